"""The live session screen: messages up to the session, figures down to the widgets.

Each message from a widget and each action (key or palette) becomes one call
on the `LiveSession` or the `SessionService`; then the screen pushes fresh
figures down into the widgets' reactive attributes. The clock is read (never
counted) four times a second. The layout and the focus belong to `PaneDeck`;
the draft belongs to the service: the screen only runs its writes in a worker.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Container
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer
from textual.worker import Worker, WorkerState

from sessiontui.entries import EntryKind
from sessiontui.i18n import _
from sessiontui.launch import Launch
from sessiontui.live import LiveSession
from sessiontui.service import DraftSave, SessionService, Stage
from sessiontui.store.errors import os_error_reason
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.formatting import (
    action_line,
    feedback_line,
    goal_line,
    note_line,
    parked_line,
)
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.widgets.action_items import ActionItemForm
from sessiontui.tui.widgets.agenda import AgendaView, Countdown
from sessiontui.tui.widgets.entry_list import EntryList, EntryRow
from sessiontui.tui.widgets.feedback_form import FeedbackForm
from sessiontui.tui.widgets.goals import GoalsBox
from sessiontui.tui.widgets.listening import PromptCard
from sessiontui.tui.widgets.notes import NotesBox
from sessiontui.tui.widgets.pane_deck import Form, PaneDeck
from sessiontui.tui.widgets.parking_lot import ParkingLot
from sessiontui.tui.widgets.save_warning import SaveWarning
from sessiontui.tui.widgets.status_bar import StatusBar, StatusView
from sessiontui.tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmall

DISPLAY_INTERVAL = 0.25
# How often the screen asks the service whether the draft is due (the service
# decides; see service/autosave.py).
SAVE_CHECK_INTERVAL = 1.0


class SessionScreen(Screen[None]):
    """Status line, the panes, and the session's keys."""

    SCOPE: ClassVar[Scope] = Scope.SESSION
    # Textual declares these as plain (list) attributes; a ClassVar would clash.
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-tiny-width"),
        (MIN_WIDTH, "-narrow"),
        (80, "-wide"),
    ]
    VERTICAL_BREAKPOINTS = [  # noqa: RUF012
        (0, "-tiny-height"),
        (MIN_HEIGHT, "-short"),
        (30, "-tall"),
    ]

    class Finished(Message):
        """The mentor finished the session; the app shows the summary."""

        def __init__(self, service: SessionService) -> None:
            super().__init__()
            self.service = service

    def __init__(self, launch: Launch, service: SessionService) -> None:
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._launch = launch
        self._service = service
        self._live = service.live
        self._segment_shown = self._live.clock.index

    @property
    def live(self) -> LiveSession:
        """The session being run (read-only access for the app and tests)."""
        return self._live

    @property
    def service(self) -> SessionService:
        """The owner of the session's life (draft, finish)."""
        return self._service

    # --- layout --------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """Status, the save warning, the panes, the too-small message and the footer."""
        yield StatusBar(id="status")
        yield SaveWarning(id="save-warning")
        with Container(id="main"):
            titles = [run.title for run in self._live.session.segments]
            yield PaneDeck(titles, self._today, id="panes")
        yield TooSmall(id="too-small")
        yield Footer()

    def on_mount(self) -> None:
        """Draw everything, bring the right pane forward, start the timers."""
        self._refresh_all()
        self._bring_forward()
        self.set_interval(DISPLAY_INTERVAL, self.refresh_clock)
        self.set_interval(SAVE_CHECK_INTERVAL, self.autosave_tick)
        self._save_if_due()

    def _today(self) -> date:
        return self._launch.wall_clock().date()

    def _bring_forward(self) -> None:
        self.query_one(PaneDeck).bring_forward(
            self._live.current_segment.kind, self._live.clock.index
        )

    # --- drawing (attributes down) ------------------------------------------

    def _refresh_all(self) -> None:
        self.refresh_clock()
        self._refresh_prompt()
        self._refresh_entries()

    def refresh_clock(self) -> None:
        """Read the clock once and show it everywhere (called four times a second)."""
        live = self._live
        clock = live.clock
        timing = clock.timing()
        session = live.session
        self.query_one(StatusBar).view = StatusView(
            session.mentee,
            session.script_title,
            timing,
            self._launch.wall_clock(),
        )
        self.query_one(AgendaView).rows = tuple(
            clock.segment(i) for i in range(clock.segment_count)
        )
        self.query_one(Countdown).current = timing.current
        if live.ring_due(timing.current):
            self.app.bell()

    def _refresh_prompt(self) -> None:
        self.query_one(PromptCard).view = self._live.prompt_view()

    def _refresh_entries(self) -> None:
        session = self._live.session
        self.query_one("#feedback-list", EntryList).rows = tuple(
            EntryRow(entry.id, feedback_line(entry)) for entry in session.feedback
        )
        self.query_one("#actions-list", EntryList).rows = tuple(
            EntryRow(item.id, action_line(item)) for item in session.action_items
        )
        self.query_one("#parking-list", EntryList).rows = tuple(
            EntryRow(item.id, parked_line(item)) for item in session.parking_lot
        )
        self.query_one("#notes-list", EntryList).rows = tuple(
            EntryRow(note.id, note_line(note)) for note in session.notes
        )
        self.query_one("#goals-list", EntryList).rows = tuple(
            EntryRow(goal.id, goal_line(goal)) for goal in session.goals
        )

    def _changed(self) -> None:
        """After any change: bring a new segment's pane forward, redraw, save."""
        if self._live.clock.index != self._segment_shown:
            self._segment_shown = self._live.clock.index
            self._bring_forward()
        self._refresh_all()
        self._save_if_due()

    # --- messages up ------------------------------------------------------------

    @on(FeedbackForm.Submitted)
    def _add_feedback(self, event: FeedbackForm.Submitted) -> None:
        self._live.add_feedback(event.content, event.visibility)
        self._changed()

    @on(ActionItemForm.Submitted)
    def _add_action(self, event: ActionItemForm.Submitted) -> None:
        self._live.add_action_item(event.text, event.owner, event.due, event.visibility)
        self._changed()

    @on(EntryList.Toggle, "#actions-list")
    def _toggle_action(self, event: EntryList.Toggle) -> None:
        self._live.toggle_done(EntryKind.ACTION, event.entry_id)
        self._changed()

    @on(EntryList.Delete, "#actions-list")
    def _delete_action(self, event: EntryList.Delete) -> None:
        self._live.delete_entry(EntryKind.ACTION, event.entry_id)
        self._changed()

    @on(EntryList.Delete, "#feedback-list")
    def _delete_feedback(self, event: EntryList.Delete) -> None:
        self._live.delete_entry(EntryKind.FEEDBACK, event.entry_id)
        self._changed()

    @on(EntryList.Toggle, "#parking-list")
    def _toggle_parked(self, event: EntryList.Toggle) -> None:
        self._live.toggle_done(EntryKind.PARKED, event.entry_id)
        self._changed()

    @on(ParkingLot.Parked)
    def _park(self, event: ParkingLot.Parked) -> None:
        self._live.park(event.text)
        self._changed()

    @on(NotesBox.NoteAdded)
    def _note(self, event: NotesBox.NoteAdded) -> None:
        self._live.add_note(event.text, event.visibility)
        self._changed()

    @on(GoalsBox.Submitted)
    def _add_goal(self, event: GoalsBox.Submitted) -> None:
        self._live.add_goal(event.text, event.measure, event.visibility)
        self._changed()

    @on(EntryList.Toggle, "#goals-list")
    def _toggle_goal(self, event: EntryList.Toggle) -> None:
        self._live.toggle_done(EntryKind.GOAL, event.entry_id)
        self._changed()

    @on(EntryList.Delete, "#goals-list")
    def _delete_goal(self, event: EntryList.Delete) -> None:
        self._live.delete_entry(EntryKind.GOAL, event.entry_id)
        self._changed()

    # --- actions (keys and palette; see tui/actions.py) ---------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer Pause only while the timer runs, and Resume only while it is paused."""
        if action == "pause":
            return not self._live.clock.paused
        if action == "resume":
            return self._live.clock.paused
        return True

    def action_next_segment(self) -> None:
        """Mark this segment done and move on."""
        if self._live.next_segment():
            self._changed()

    def action_previous_segment(self) -> None:
        """Go back one segment."""
        if self._live.previous_segment():
            self._changed()

    def action_skip_segment(self) -> None:
        """Move on without covering this segment."""
        if self._live.skip_segment():
            self._changed()

    def action_toggle_pause(self) -> None:
        """Pause or resume the timer."""
        self._live.toggle_pause()
        self._changed()

    def action_pause(self) -> None:
        """Pause the timer."""
        self._live.pause()
        self._changed()

    def action_resume(self) -> None:
        """Resume the timer."""
        self._live.resume()
        self._changed()

    def action_extend(self, minutes: int) -> None:
        """Give the current segment more minutes."""
        self._live.extend(minutes)
        self._changed()
        self.notify(_("Segment extended by {n} min.", n=minutes))

    def action_rebalance(self) -> None:
        """Shrink the remaining segments so the session ends on time."""
        changed = self._live.rebalance()
        self._changed()
        if changed:
            self.notify(_("Remaining segments shortened to end on time."))
        else:
            self.notify(_("Already on time: nothing to rebalance."))

    def action_next_prompt(self) -> None:
        """Show the next listening prompt."""
        self._live.next_prompt()
        self._refresh_prompt()

    def action_shuffle_prompts(self) -> None:
        """Reorder the general prompts."""
        self._live.shuffle_prompts()
        self._refresh_prompt()

    def action_mark_prompt_used(self) -> None:
        """Remember that the prompt on show was used."""
        if self._live.mark_prompt_used():
            self._changed()

    def action_park(self) -> None:
        """Focus the parking-lot input."""
        self.query_one(PaneDeck).open_form(Form.PARK)

    def action_add_note(self) -> None:
        """Focus the note input."""
        self.query_one(PaneDeck).open_form(Form.NOTE)

    def action_add_feedback(self) -> None:
        """Focus the feedback form."""
        self.query_one(PaneDeck).open_form(Form.FEEDBACK)

    def action_add_action(self) -> None:
        """Focus the action-item form."""
        self.query_one(PaneDeck).open_form(Form.ACTION)

    def action_add_goal(self) -> None:
        """Focus the session-goal input."""
        self.query_one(PaneDeck).open_form(Form.GOAL)

    def action_toggle_bell(self) -> None:
        """Turn the time-warning bell off or back on, for this session."""
        on = self._live.toggle_bell()
        self.notify(_("Time-warning bell on") if on else _("Time-warning bell off"))

    def action_help(self) -> None:
        """Show every action with its key and palette name."""
        self.app.push_screen(HelpScreen(self.SCOPE))

    def action_finish(self) -> None:
        """Ask, then finish the session and hand it to the summary."""
        self.app.push_screen(
            ConfirmScreen(_("Finish the session and show the summary?")), self._finish_confirmed
        )

    def _finish_confirmed(self, confirmed: bool | None) -> None:
        if not confirmed or self._service.stage is not Stage.RUNNING:
            return
        self._service.finish()
        self.post_message(self.Finished(self._service))

    # --- the draft ----------------------------------------------------------------

    def autosave_tick(self) -> None:
        """Once a second: ask the service whether the draft is due, and write it if so."""
        self._save_if_due()

    def _save_if_due(self) -> None:
        save = self._service.pending_save()
        if save is None:
            return
        self.run_worker(
            partial(self._write_draft, save),
            thread=True,
            exclusive=True,
            group="draft",
            exit_on_error=False,
        )

    def _write_draft(self, save: DraftSave) -> str | None:
        """Runs in a worker thread: the reason the save failed, or None."""
        try:
            self._service.write_draft(save)
        except OSError as exc:
            return os_error_reason(exc)
        return None

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Show or clear the save warning when a draft save ends."""
        worker = event.worker
        if worker.group != "draft":
            return
        warning = self.query_one(SaveWarning)
        if event.state is WorkerState.SUCCESS:
            warning.show_reason(None if worker.result is None else str(worker.result))
        elif event.state is WorkerState.ERROR:
            warning.show_reason(str(worker.error))
