"""The live session screen: the only place that changes the running session.

Widgets post messages up; handlers here call one `LiveSession` method, then
push fresh figures down into the widgets' reactive attributes. The clock is
read (never counted) four times a second; the draft is saved in a worker
thread whenever the session changed, and every second while the timer runs.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from textual import on
from textual.app import ComposeResult
from textual.containers import Container, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static, Tab, Tabs
from textual.worker import Worker, WorkerState

from sessiontui.clock import Phase
from sessiontui.i18n import N_, _
from sessiontui.launch import Launch
from sessiontui.listening import PromptDeck, prompt_label
from sessiontui.live import LiveSession
from sessiontui.model import SegmentKind, Session
from sessiontui.scripts.schema import Script, Segment
from sessiontui.store.errors import os_error_reason
from sessiontui.tui.autosave import DraftSaver
from sessiontui.tui.commands import SESSION_KEYS
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
from sessiontui.tui.widgets.listening import PromptCard, PromptView
from sessiontui.tui.widgets.notes import NotesBox
from sessiontui.tui.widgets.parking_lot import ParkingLot
from sessiontui.tui.widgets.status_bar import StatusBar, StatusView
from sessiontui.tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmall

DISPLAY_INTERVAL = 0.25
SAVE_INTERVAL = 1.0

LISTENING, FEEDBACK, ACTIONS, GOALS = "listening", "feedback", "actions", "goals"
TABBED_PANES = (LISTENING, FEEDBACK, ACTIONS, GOALS)

# The goals live in the Agenda pane, under the segments (their own tab when narrow).
_PANE_ID = {
    LISTENING: "#listening-pane",
    FEEDBACK: "#feedback-pane",
    ACTIONS: "#actions-pane",
    GOALS: "#agenda-pane",
}
_PANE_TITLES = {
    LISTENING: N_("Listening"),
    FEEDBACK: N_("Feedback"),
    ACTIONS: N_("Action items"),
    GOALS: N_("Goals"),
}
# What scrolls in each pane (the Agenda's countdown stays put above its rows).
_SCROLLER = {**_PANE_ID, GOALS: "#agenda-body"}

# Which pane a segment brings forward, and which field gets the focus there.
_FORWARD: dict[SegmentKind, tuple[str, str]] = {
    SegmentKind.EXPECTATIONS: (LISTENING, "#note-input"),
    SegmentKind.CONFIDENTIALITY: (LISTENING, "#note-input"),
    SegmentKind.GOALS: (GOALS, "#goal-text"),
    SegmentKind.FEEDBACK: (FEEDBACK, "#feedback-situation"),
    SegmentKind.ACTION_PLAN: (ACTIONS, "#action-text"),
    SegmentKind.REVIEW_ACTIONS: (ACTIONS, "#action-text"),
    SegmentKind.WRAP_UP: (LISTENING, "#parking-list"),
}
_DEFAULT_FORWARD = (LISTENING, "#park-input")
# A segment that brings the goals forward shows the whole form, not just its first field.
_REVEAL = {GOALS: "#goals"}
# Segments whose shared notes make up the mentoring agreement.
_AGREEMENT_KINDS = frozenset({SegmentKind.EXPECTATIONS, SegmentKind.CONFIDENTIALITY})


class SessionScreen(Screen[None]):
    """Status line, Agenda, Listening, Feedback and Action items, and the session's keys."""

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

        def __init__(self, session: Session) -> None:
            super().__init__()
            self.session = session

    def __init__(self, launch: Launch, live: LiveSession, script: Script | None) -> None:
        """`script` gives guidance and prompts (None if a resumed script is gone)."""
        super().__init__()
        # Footer labels are translated at run time, after the language is set.
        # Priority bindings run as the key arrives, before later keys are handed
        # to the focused field: text typed right after Ctrl+O lands in its form.
        for key in SESSION_KEYS:
            self._bindings.bind(key.key, key.action, key.label(), priority=True)
        self._launch = launch
        self._live = live
        self._script = script
        self._saver = DraftSaver(launch.drafts)
        self._scheduled_revision: int | None = None
        self._save_failed = False
        self._finished = False
        self._rung: set[tuple[int, Phase]] = set()
        self._bell = launch.bell
        self._deck_index = live.clock.index
        self._deck = self._new_deck()

    @property
    def live(self) -> LiveSession:
        """The session being run (read-only access for the app and tests)."""
        return self._live

    @property
    def bell(self) -> bool:
        """Whether time warnings ring the terminal bell (toggled from the palette)."""
        return self._bell

    # --- layout --------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """Status, the save warning, four panes (tabs when narrow), and the footer."""
        yield StatusBar(id="status")
        yield Static(id="save-warning", markup=False)
        with Container(id="main"), Container(id="panes"):
            # The tabs (narrow only) come first: they switch what shows under the agenda.
            yield Tabs(
                *(Tab(_(_PANE_TITLES[name]), id=f"tab-{name}") for name in TABBED_PANES),
                id="pane-tabs",
            )
            with Vertical(id="agenda-pane", classes="pane"):
                titles = [run.title for run in self._live.session.segments]
                yield Countdown(len(titles), id="agenda-countdown")
                with VerticalScroll(id="agenda-body"):
                    yield AgendaView(titles, id="agenda")
                    yield GoalsBox(id="goals")
            with VerticalScroll(id="listening-pane", classes="pane -tabbed"):
                yield PromptCard(id="prompt-card")
                yield ParkingLot(id="parking-lot")
                yield NotesBox(id="notes")
            with VerticalScroll(id="feedback-pane", classes="pane -tabbed"):
                yield FeedbackForm(id="feedback-form")
                yield EntryList(
                    empty_text=_("No feedback yet."), can_delete=True, id="feedback-list"
                )
            with VerticalScroll(id="actions-pane", classes="pane -tabbed"):
                yield ActionItemForm(self._today, id="action-form")
                yield EntryList(
                    empty_text=_("No action items yet. Space: done · Del: delete"),
                    can_toggle=True,
                    can_delete=True,
                    id="actions-list",
                )
        yield TooSmall(id="too-small")
        yield Footer()

    def on_mount(self) -> None:
        """Title the panes, draw everything, bring the right pane forward, start the timers."""
        self.query_one("#agenda-pane").border_title = _("Agenda")
        for name in (LISTENING, FEEDBACK, ACTIONS):
            self.query_one(_PANE_ID[name]).border_title = _(_PANE_TITLES[name])
        self._refresh_all()
        self._bring_forward()
        self.set_interval(DISPLAY_INTERVAL, self.refresh_clock)
        self.set_interval(SAVE_INTERVAL, self.autosave_tick)
        self._save_if_changed()

    def _today(self) -> date:
        return self._launch.wall_clock().date()

    # --- drawing (attributes down) ------------------------------------------

    def _refresh_all(self) -> None:
        self.refresh_clock()
        self._refresh_prompt()
        self._refresh_entries()

    def refresh_clock(self) -> None:
        """Read the clock once and show it everywhere (called four times a second)."""
        clock = self._live.clock
        timing = clock.timing()
        session = self._live.session
        self.query_one(StatusBar).view = StatusView(
            session.mentee,
            session.script_title,
            session.started_at,
            timing,
            self._launch.wall_clock(),
        )
        self.query_one(AgendaView).rows = tuple(
            clock.segment(i) for i in range(clock.segment_count)
        )
        self.query_one(Countdown).current = timing.current
        self._ring_bell(timing.current.index, timing.current.phase, running=clock.running)

    def _ring_bell(self, index: int, phase: Phase, *, running: bool) -> None:
        """Ring once when a segment's warning starts and once when it runs over."""
        if not self._bell or not running or phase is Phase.ON_TIME:
            return
        if (index, phase) not in self._rung:
            self._rung.add((index, phase))
            self.app.bell()

    def _refresh_prompt(self) -> None:
        prompt = self._deck.current
        segment = self._script_segment()
        self.query_one(PromptCard).view = PromptView(
            guidance=segment.guidance if segment is not None else "",
            text=self._deck.shown_text(prompt),
            label=prompt_label(prompt),
            position=self._deck.position,
            used=self._deck.is_used(prompt),
        )

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
        """After any change: move the deck if the segment moved, redraw, save."""
        if self._live.clock.index != self._deck_index:
            self._deck_index = self._live.clock.index
            self._deck = self._new_deck()
            self._bring_forward()
        self._refresh_all()
        self._save_if_changed()

    # --- panes and focus ------------------------------------------------------

    def _bring_forward(self) -> None:
        """Highlight the pane the segment's kind calls for and focus its first field."""
        kind = self._live.current_segment.kind
        pane, field = _FORWARD.get(kind, _DEFAULT_FORWARD)
        for name in TABBED_PANES:
            self.query_one(_PANE_ID[name]).set_class(name == pane, "-forward")
        self.query_one("#listening-pane").set_class(kind is SegmentKind.WRAP_UP, "-wrap-up")
        self.query_one(NotesBox).set_agreement(kind in _AGREEMENT_KINDS)
        self._focus_field(pane, field, center=False)

    def _show_pane(self, pane: str) -> None:
        """In the narrow layout, show `pane` (the others wait behind their tabs)."""
        for name in TABBED_PANES:
            self.query_one(_PANE_ID[name]).set_class(name == pane, "-shown")
        # Moving the tabs here must not come back as a TabActivated: with two
        # quick changes (ctrl+n ctrl+n) the echoes of each would undo the other
        # forever, a layout loop at 100% CPU.
        with self.prevent(Tabs.TabActivated):
            self.query_one(Tabs).active = f"tab-{pane}"

    def _focus_field(self, pane: str, selector: str, *, center: bool = True) -> None:
        """Show `pane` and focus `selector` in it.

        A new segment shows its pane from the top (guidance first); a shortcut
        centres the field, so the list under it stays in view.
        """
        self._show_pane(pane)
        if pane != GOALS:
            # The goals may have scrolled the segments away: show the current one again.
            self.query_one("#agenda-body", Widget).scroll_home(animate=False)
            row = self.query_one(f"#agenda-row-{self._live.clock.index}", Widget)
            self.call_after_refresh(row.scroll_visible, animate=False)
        field = self.query_one(selector, Widget)
        # Focus now, not later: keys typed right after the shortcut must land
        # in this field. Scrolling waits for the layout (the pane may just
        # have been shown).
        self.set_focus(field, scroll_visible=False)
        if center:
            self.call_after_refresh(self.scroll_to_center, field, animate=False)
        else:
            self.query_one(_SCROLLER[pane], Widget).scroll_home(animate=False)
            reveal = self.query_one(_REVEAL[pane], Widget) if pane in _REVEAL else field
            self.call_after_refresh(reveal.scroll_visible, animate=False)

    @on(Tabs.TabActivated, "#pane-tabs")
    def _tab_chosen(self, event: Tabs.TabActivated) -> None:
        # Show the tab active now, not the one the event names: an event posted
        # before a later change (the tabs' own first activation, a click just
        # before ctrl+n) is stale and must not bring back an older pane.
        active = event.tabs.active
        if active:
            self._show_pane(active.removeprefix("tab-"))

    # --- listening deck -------------------------------------------------------

    def _script_segment(self) -> Segment | None:
        if self._script is None:
            return None
        segment_id = self._live.current_segment.segment_id
        return next((s for s in self._script.segments if s.id == segment_id), None)

    def _new_deck(self) -> PromptDeck:
        segment = self._script_segment()
        prompts = segment.prompts if segment is not None else []
        session = self._live.session
        return PromptDeck(prompts, session.language, used=session.prompts_used)

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
        item = next(i for i in self._live.session.action_items if i.id == event.entry_id)
        self._live.set_action_done(item.id, not item.done)
        self._changed()

    @on(EntryList.Delete, "#actions-list")
    def _delete_action(self, event: EntryList.Delete) -> None:
        self._live.delete_action_item(event.entry_id)
        self._changed()

    @on(EntryList.Delete, "#feedback-list")
    def _delete_feedback(self, event: EntryList.Delete) -> None:
        self._live.delete_feedback(event.entry_id)
        self._changed()

    @on(EntryList.Toggle, "#parking-list")
    def _toggle_parked(self, event: EntryList.Toggle) -> None:
        item = next(i for i in self._live.session.parking_lot if i.id == event.entry_id)
        self._live.set_parked_reviewed(item.id, not item.reviewed)
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
        goal = next(g for g in self._live.session.goals if g.id == event.entry_id)
        self._live.set_goal_achieved(goal.id, not goal.achieved)
        self._changed()

    @on(EntryList.Delete, "#goals-list")
    def _delete_goal(self, event: EntryList.Delete) -> None:
        self._live.delete_goal(event.entry_id)
        self._changed()

    # --- actions (keys and palette) ---------------------------------------------

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
        self._rung = {(i, p) for i, p in self._rung if i != self._live.clock.index}
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
        self._deck.next()
        self._refresh_prompt()

    def action_shuffle_prompts(self) -> None:
        """Reorder the general prompts."""
        self._deck.shuffle()
        self._refresh_prompt()

    def action_mark_prompt_used(self) -> None:
        """Remember that the prompt on show was used."""
        self._deck.mark_used()
        self._live.mark_prompt_used(self._deck.current.text)
        self._changed()

    def action_park(self) -> None:
        """Focus the parking-lot input."""
        self._focus_field(LISTENING, "#park-input")

    def action_add_note(self) -> None:
        """Focus the note input."""
        self._focus_field(LISTENING, "#note-input")

    def action_add_feedback(self) -> None:
        """Focus the feedback form."""
        self._focus_field(FEEDBACK, "#feedback-situation")

    def action_add_action(self) -> None:
        """Focus the action-item form."""
        self._focus_field(ACTIONS, "#action-text")

    def action_add_goal(self) -> None:
        """Focus the session-goal input."""
        self._focus_field(GOALS, "#goal-text")

    def action_toggle_bell(self) -> None:
        """Turn the time-warning bell off or back on, for this session."""
        self._bell = not self._bell
        self.notify(_("Time-warning bell on") if self._bell else _("Time-warning bell off"))

    def action_help(self) -> None:
        """Show every action with its key and palette name."""
        self.app.push_screen(HelpScreen())

    def action_finish(self) -> None:
        """Ask, then finish the session and hand it to the summary."""
        self.app.push_screen(
            ConfirmScreen(_("Finish the session and show the summary?")), self._finish_confirmed
        )

    def _finish_confirmed(self, confirmed: bool | None) -> None:
        if not confirmed or self._finished:
            return
        finished = self._live.finish()
        self._finished = True
        try:
            self._saver.save_final(finished)
        except OSError as exc:
            # The summary is still shown so the mentor can copy it by hand.
            self._saver.close()
            self.notify(
                _(
                    "Cannot save the draft: {reason}. Your session is kept in memory; retrying.",
                    reason=os_error_reason(exc),
                ),
                severity="error",
            )
        self.post_message(self.Finished(finished))

    # --- the draft ----------------------------------------------------------------

    def autosave_tick(self) -> None:
        """Once a second: save if changed, if a save failed, or if the timer runs."""
        self._save_if_changed(timer=True)

    def _save_if_changed(self, *, timer: bool = False) -> None:
        if self._finished:
            return
        live = self._live
        stale = live.revision != self._scheduled_revision or self._save_failed
        if not stale and not (timer and live.clock.running):
            return
        self._scheduled_revision = live.revision
        self._save_failed = False
        snapshot, ticket = live.snapshot(), self._saver.ticket()
        self.run_worker(
            partial(self._save_in_thread, snapshot, ticket),
            thread=True,
            exclusive=True,
            group="draft",
            exit_on_error=False,
        )

    def _save_in_thread(self, snapshot: Session, ticket: int) -> str | None:
        """Runs in a worker thread: the reason it failed, or None."""
        try:
            self._saver.save(snapshot, ticket)
        except OSError as exc:
            return os_error_reason(exc)
        return None

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Show or clear the save warning when a draft save ends."""
        worker = event.worker
        if worker.group != "draft":
            return
        if event.state is WorkerState.SUCCESS and worker.result is None:
            self._set_save_warning(None)
        elif event.state is WorkerState.SUCCESS:
            self._set_save_warning(str(worker.result))
        elif event.state is WorkerState.ERROR:
            self._set_save_warning(str(worker.error))

    def _set_save_warning(self, reason: str | None) -> None:
        warning = self.query_one("#save-warning", Static)
        if reason is None:
            # Every successful save lands here (once a second while the timer
            # runs): only a warning on show needs a new layout.
            if warning.has_class("-visible"):
                warning.remove_class("-visible")
                warning.update(Content(""))
            return
        self._save_failed = True
        warning.add_class("-visible")
        warning.update(
            Content(
                _(
                    "Cannot save the draft: {reason}. Your session is kept in memory; retrying.",
                    reason=reason,
                )
            )
        )

    def save_for_exit(self) -> str | None:
        """Save the draft now (quit, SIGTERM, SIGHUP); the reason if that failed."""
        if self._finished:
            return None
        try:
            self._saver.save_final(self._live.snapshot())
        except OSError as exc:
            return os_error_reason(exc)
        return None
