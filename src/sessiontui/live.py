"""LiveSession: the session being run, and every operation the mentor can do on it.

The TUI is a thin shell over this class: widgets post messages, the screen
calls one method here, and the service saves `snapshot()`. Each change to
what is stored bumps `revision`, so the autosave knows when the draft is
stale. What is not stored lives here too: the listening deck's order and
position (rebuilt for each segment) and the time-warning bell.
"""

from __future__ import annotations

import time
from datetime import date, datetime
from typing import TypeVar

from sessiontui.bell import WarningBell
from sessiontui.clock import SessionClock, TimeSource, WallClock
from sessiontui.listening import PromptDeck, PromptView, prompt_label
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackContent,
    Note,
    Owner,
    ParkingLotItem,
    SegmentRun,
    Session,
    SessionGoal,
    Visibility,
)
from sessiontui.scripts.schema import Script, Segment
from sessiontui.timing import SegmentTiming

_EntryT = TypeVar("_EntryT", ActionItem, Feedback, ParkingLotItem, SessionGoal)


def session_from_script(script: Script, mentee: str, started_at: datetime) -> Session:
    """A new, not yet started session that follows `script`, begun at `started_at`."""
    segments = [
        SegmentRun(
            segment_id=segment.id,
            title=segment.title,
            kind=segment.kind,
            script_seconds=segment.minutes * 60,
            planned_seconds=segment.minutes * 60,
            warn_before_end_seconds=script.warn_seconds(index),
        )
        for index, segment in enumerate(script.segments)
    ]
    return Session(
        mentee=mentee.strip(),
        script_id=script.id,
        script_title=script.title,
        language=script.language,
        started_at=started_at,
        segments=segments,
    )


class LiveSession:
    """A session in progress: the model, its clock and a change counter.

    `wall_clock` stamps every record's `created_at` and the session's end.
    `script` gives each segment's guidance and prompts (None when a resumed
    session's script is no longer installed); `bell` starts the time-warning
    bell on or off.
    """

    def __init__(
        self,
        session: Session,
        time_source: TimeSource = time.monotonic,
        *,
        wall_clock: WallClock,
        script: Script | None = None,
        bell: bool = True,
    ) -> None:
        self.session = session
        self.clock = SessionClock(session.segments, session.clock, time_source)
        self._wall_clock = wall_clock
        self._script = script
        self._bell = WarningBell(bell)
        self._deck: PromptDeck | None = None
        self._deck_index = -1
        self.revision = 0

    @property
    def script(self) -> Script | None:
        """The script the session follows (None if it is no longer installed)."""
        return self._script

    # --- segments and timer --------------------------------------------------

    @property
    def current_segment(self) -> SegmentRun:
        """The segment the session is in."""
        return self.session.segments[self.clock.index]

    def _changed(self, result: bool = True) -> bool:
        if result:
            self.revision += 1
        return result

    def start(self) -> None:
        """Start the timer (the session's first tick)."""
        self.clock.start()
        self._changed()

    def next_segment(self) -> bool:
        """Move to the next segment, marking this one done."""
        return not self.session.finished and self._changed(self.clock.next())

    def previous_segment(self) -> bool:
        """Go back one segment."""
        return not self.session.finished and self._changed(self.clock.previous())

    def skip_segment(self) -> bool:
        """Move on without covering this segment."""
        return not self.session.finished and self._changed(self.clock.skip())

    def pause(self) -> None:
        """Pause the timer."""
        self.clock.pause()
        self._changed()

    def resume(self) -> None:
        """Resume the timer."""
        self.clock.resume()
        self._changed()

    def toggle_pause(self) -> None:
        """Pause when running, resume when paused."""
        self.clock.toggle_pause()
        self._changed()

    def extend(self, minutes: int) -> None:
        """Give the current segment `minutes` more (its bell may ring again)."""
        self.clock.extend(minutes * 60)
        self._bell.rearm(self.clock.index)
        self._changed()

    def rebalance(self) -> bool:
        """Shrink what remains so the session ends on time."""
        return self._changed(self.clock.rebalance())

    # --- entries ---------------------------------------------------------------

    def add_feedback(
        self, content: FeedbackContent, visibility: Visibility = Visibility.SHARED
    ) -> Feedback:
        """Add a feedback entry (rejects an empty one with ValueError)."""
        if content.is_empty():
            raise ValueError("empty feedback")
        entry = Feedback(
            **content.model_dump(),
            visibility=visibility,
            created_at=self._wall_clock(),
            segment_id=self.current_segment.segment_id,
        )
        self.session.feedback.append(entry)
        self._changed()
        return entry

    def add_action_item(
        self,
        text: str,
        owner: Owner = Owner.MENTEE,
        due: date | None = None,
        visibility: Visibility = Visibility.SHARED,
    ) -> ActionItem:
        """Add an action item; blank text raises pydantic's ValidationError."""
        item = ActionItem(
            text=text,
            owner=owner,
            due=due,
            visibility=visibility,
            created_at=self._wall_clock(),
            segment_id=self.current_segment.segment_id,
        )
        self.session.action_items.append(item)
        self._changed()
        return item

    def toggle_action_done(self, item_id: str) -> None:
        """Mark an action item done, or not done again."""
        item = self._find(self.session.action_items, item_id)
        item.done = not item.done
        self._changed()

    def delete_action_item(self, item_id: str) -> None:
        """Remove an action item."""
        item = self._find(self.session.action_items, item_id)
        self.session.action_items.remove(item)
        self._changed()

    def delete_feedback(self, feedback_id: str) -> None:
        """Remove a feedback entry."""
        entry = self._find(self.session.feedback, feedback_id)
        self.session.feedback.remove(entry)
        self._changed()

    def add_goal(
        self, text: str, measure: str = "", visibility: Visibility = Visibility.SHARED
    ) -> SessionGoal:
        """Add a session goal; blank text raises pydantic's ValidationError."""
        goal = SessionGoal(
            text=text,
            measure=measure.strip(),
            visibility=visibility,
            created_at=self._wall_clock(),
            segment_id=self.current_segment.segment_id,
        )
        self.session.goals.append(goal)
        self._changed()
        return goal

    def toggle_goal_achieved(self, goal_id: str) -> None:
        """Mark a session goal achieved, or not achieved again."""
        goal = self._find(self.session.goals, goal_id)
        goal.achieved = not goal.achieved
        self._changed()

    def delete_goal(self, goal_id: str) -> None:
        """Remove a session goal."""
        goal = self._find(self.session.goals, goal_id)
        self.session.goals.remove(goal)
        self._changed()

    def add_note(self, text: str, visibility: Visibility = Visibility.PRIVATE) -> Note:
        """Add a note (private unless said otherwise)."""
        note = Note(
            text=text,
            visibility=visibility,
            created_at=self._wall_clock(),
            segment_id=self.current_segment.segment_id,
        )
        self.session.notes.append(note)
        self._changed()
        return note

    def park(self, text: str) -> ParkingLotItem:
        """Note a thought for later instead of interrupting."""
        item = ParkingLotItem(
            text=text, created_at=self._wall_clock(), segment_id=self.current_segment.segment_id
        )
        self.session.parking_lot.append(item)
        self._changed()
        return item

    def toggle_parked_reviewed(self, item_id: str) -> None:
        """Tick a parking-lot thought as reviewed, or untick it."""
        item = self._find(self.session.parking_lot, item_id)
        item.reviewed = not item.reviewed
        self._changed()

    # --- the listening deck ------------------------------------------------------

    def _script_segment(self) -> Segment | None:
        if self._script is None:
            return None
        segment_id = self.current_segment.segment_id
        return next((s for s in self._script.segments if s.id == segment_id), None)

    def _current_deck(self) -> PromptDeck:
        """The deck of the current segment: its own prompts first, then the general ones.

        A new segment starts a new deck, from its first prompt.
        """
        if self._deck is None or self._deck_index != self.clock.index:
            segment = self._script_segment()
            prompts = segment.prompts if segment is not None else []
            self._deck = PromptDeck(prompts, self.session.language)
            self._deck_index = self.clock.index
        return self._deck

    def prompt_view(self) -> PromptView:
        """The segment's guidance and the prompt on show, in the session's language."""
        deck = self._current_deck()
        prompt = deck.current
        segment = self._script_segment()
        return PromptView(
            guidance=segment.guidance if segment is not None else "",
            text=deck.shown_text(prompt),
            label=prompt_label(prompt),
            position=deck.position,
            used=prompt.text in self.session.prompts_used,
        )

    def next_prompt(self) -> None:
        """Show the next listening prompt (the deck's place is not stored)."""
        self._current_deck().next()

    def shuffle_prompts(self) -> None:
        """Reorder the general prompts and show the first of them."""
        self._current_deck().shuffle()

    def mark_prompt_used(self) -> bool:
        """Remember that the prompt on show was used (once, by its English text
        for a general prompt, so it reads the same in every language)."""
        text = self._current_deck().current.text
        if text in self.session.prompts_used:
            return False
        self.session.prompts_used.append(text)
        return self._changed()

    # --- the time-warning bell ---------------------------------------------------

    def toggle_bell(self) -> bool:
        """Turn the time-warning bell off, or back on (for this session); True when on."""
        return self._bell.toggle()

    def ring_due(self, current: SegmentTiming) -> bool:
        """True when this reading of the current segment should ring the bell:
        once as its warning starts and once as it runs over, while the timer runs."""
        return self._bell.due(current, running=self.clock.running)

    def finish(self) -> Session:
        """Stop the clock, close the current segment and stamp the end time."""
        self.clock.finish()
        self.session.finished_at = self._wall_clock()
        self._changed()
        return self.snapshot()

    # --- saving ----------------------------------------------------------------

    def snapshot(self) -> Session:
        """A deep copy with the running segment's time and the running pause filled in,
        safe to save from a thread."""
        copy = self.session.model_copy(deep=True)
        copy.segments[self.clock.index].spent_seconds = self.clock.spent(self.clock.index)
        copy.clock.paused_seconds = self.clock.paused_time()
        return copy

    @staticmethod
    def _find(items: list[_EntryT], item_id: str) -> _EntryT:
        for item in items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)
