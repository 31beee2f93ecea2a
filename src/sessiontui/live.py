"""LiveSession: the session being run, and every operation the mentor can do on it.

The TUI is a thin shell over this class: widgets post messages, the screen
calls one method here, and the service saves `snapshot()`. Each change to
what is stored bumps `revision`, so the autosave knows when the draft is
stale. What is not stored lives here too: the listening deck's order and
position (rebuilt for each segment) and the time-warning bell.
"""

from __future__ import annotations

import time
from datetime import datetime

from sessiontui.bell import WarningBell
from sessiontui.clock import SessionClock, TimeSource, WallClock
from sessiontui.listening import PromptDeck, PromptTechnique, PromptView, prompt_label
from sessiontui.live_entries import EntryOperations
from sessiontui.model import SegmentRun, Session, SessionRelationship
from sessiontui.relationship.live import LiveRelationship
from sessiontui.scripts.schema import Script, Segment
from sessiontui.timing import SegmentTiming


def session_from_script(
    script: Script,
    mentee: str,
    started_at: datetime,
    *,
    mentee_id: str | None = None,
    relationship: SessionRelationship | None = None,
) -> Session:
    """A new, not yet started session that follows `script`, begun at `started_at`.

    `mentee_id` and `relationship` tie it to a stored mentee and the copy of
    their relationship it works on (see `relationship.record.state_for_session`).
    """
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
        mentee_id=mentee_id,
        relationship=relationship or SessionRelationship(),
    )


class LiveSession(EntryOperations):
    """A session in progress: the model, its clock and a change counter.

    The entry operations (add, edit, delete, undo, visibility) are in
    `EntryOperations` (live_entries.py).

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
        self._deleted = []
        self.relationship = LiveRelationship(session, wall_clock, self._changed)
        """Agreement, long-term goals, carried-over items and the next session."""

    def rename_mentee(self, name: str) -> bool:
        """Show and greet the mentee by `name` (their record was edited); True if changed."""
        if name == self.session.mentee:
            return False
        self.session.mentee = name
        return self._changed()

    @property
    def script(self) -> Script | None:
        """The script the session follows (None if it is no longer installed)."""
        return self._script

    # --- segments and timer --------------------------------------------------

    @property
    def current_segment(self) -> SegmentRun:
        """The segment the session is in."""
        return self.session.segments[self.clock.index]

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
            filtered=deck.technique is not None,
        )

    def next_prompt(self) -> None:
        """Show the next listening prompt (the deck's place is not stored)."""
        self._current_deck().next()

    def cycle_technique(self) -> PromptTechnique | None:
        """Show one technique's prompts only, then the next technique's, then all again."""
        return self._current_deck().cycle_technique()

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
