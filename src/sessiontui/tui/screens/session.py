"""The live session screen: messages up to the session, figures down to the widgets.

Each message from a widget and each action (key or palette) becomes one call on
the `LiveSession` or the `SessionService`; then the screen pushes fresh figures
down into the widgets' reactive attributes. The clock is read (never counted)
just after each second it shows changes; a widget redraws only when what it
shows changed. The layout and the focus belong to `PaneDeck`; the service
writes the draft.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.containers import Container
from textual.message import Message
from textual.worker import Worker, WorkerState

from sessiontui.entries import EntryKind, entries_of
from sessiontui.i18n import N_, _
from sessiontui.launch import Launch
from sessiontui.live import LiveSession
from sessiontui.model import ActionItem
from sessiontui.service import DraftSave, SessionService, Stage
from sessiontui.store.errors import os_error_reason
from sessiontui.timing import SessionTiming, until_next_second
from sessiontui.tui.actions import Scope, bind_actions, footer_order
from sessiontui.tui.breakpoints import breakpoint_classes
from sessiontui.tui.formatting import entry_line, overdue
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.session_relationship import RelationshipActions
from sessiontui.tui.widgets.agenda import AgendaView, agenda_row
from sessiontui.tui.widgets.countdown import Countdown, countdown_view
from sessiontui.tui.widgets.entry_form import EntryForm
from sessiontui.tui.widgets.entry_list import EntryList, EntryRow
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.listening import PromptCard
from sessiontui.tui.widgets.pane_deck import PaneDeck
from sessiontui.tui.widgets.rehearsal_banner import rehearsal_banner
from sessiontui.tui.widgets.save_warning import SaveWarning
from sessiontui.tui.widgets.sharing import ShareBanner, confirm_private
from sessiontui.tui.widgets.status_bar import StatusBar, StatusView
from sessiontui.tui.widgets.too_small import MIN_HEIGHT, MIN_WIDTH, TooSmall

# A reading lands this long after a shown second changes (a timer may wake early).
TICK_MARGIN = 0.01

_DELETED = {
    EntryKind.NOTE: N_("Note deleted."),
    EntryKind.PARKED: N_("Parked thought deleted."),
    EntryKind.FEEDBACK: N_("Feedback deleted."),
    EntryKind.ACTION: N_("Action item deleted."),
    EntryKind.GOAL: N_("Goal deleted."),
}


class SessionScreen(RelationshipActions):
    """Status line, the panes, and the session's keys."""

    SCOPE: ClassVar[Scope] = Scope.SESSION
    AUTO_FOCUS = ""  # on_mount focuses the segment's pane: no other pane restyled before
    # Textual declares these as plain (list) attributes; a ClassVar would clash.
    HORIZONTAL_BREAKPOINTS = [(0, "-tiny-width"), (MIN_WIDTH, "-narrow"), (80, "-wide")]  # noqa: RUF012
    VERTICAL_BREAKPOINTS = [(0, "-tiny-height"), (MIN_HEIGHT, "-short"), (30, "-tall")]  # noqa: RUF012

    class Finished(Message):
        """The mentor finished the session; the app shows the summary."""

        def __init__(self, service: SessionService) -> None:
            super().__init__()
            self.service = service

    def __init__(self, launch: Launch, service: SessionService) -> None:
        super().__init__(classes=breakpoint_classes(self))
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

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The footer's keys in the registry's order, whichever widget binds them:
        Finish first, then what the mentor is doing now (a list, a form)."""
        return footer_order(super().active_bindings, lambda active: active.binding.action)

    # --- layout --------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """Status, the save warning, the panes, the too-small message and the footer."""
        yield ShareBanner()
        yield from rehearsal_banner(self)
        yield StatusBar(id="status")
        yield SaveWarning(id="save-warning")
        with Container(id="main"):
            titles = [run.title for run in self._live.session.segments]
            yield PaneDeck(titles, self._today, self._live.current_segment.kind, id="panes")
        yield TooSmall(id="too-small")
        yield KeyFooter()

    async def on_mount(self) -> None:
        """Draw everything, bring the right pane forward, start reading the clock."""
        self._refresh_all()
        await self._deck.bring_forward(self._live.current_segment.kind)
        self._tick()

    def _tick(self) -> None:
        """Show the clock and ask for the draft; again when a shown second changes
        (at least once a second, so a failed save is retried within one)."""
        timing = self.refresh_clock()
        self.autosave_tick()
        self.set_timer(until_next_second(timing) + TICK_MARGIN, self._tick)

    @property
    def _deck(self) -> PaneDeck:
        return self.query_one(PaneDeck)

    # --- drawing (attributes down) ------------------------------------------

    def _refresh_all(self) -> None:
        self.refresh_clock()
        self._refresh_prompt()
        self._refresh_entries()

    def refresh_clock(self) -> SessionTiming:
        """Read the clock once and show it everywhere; the reading shown."""
        live = self._live
        clock = live.clock
        timing = clock.timing()
        session = live.session
        self.query_one(StatusBar).view = StatusView(
            session.mentee, session.script_title, timing, self._launch.wall_clock()
        )
        self.query_one(AgendaView).rows = tuple(
            agenda_row(clock.segment(i)) for i in range(clock.segment_count)
        )
        self.query_one(Countdown).view = countdown_view(
            timing.current,
            paused=timing.paused or not timing.started,
            total=clock.segment_count,
            title=live.current_segment.title,
        )
        if live.ring_due(timing.current):
            self.app.bell()
        return timing

    def _refresh_prompt(self) -> None:
        self.query_one(PromptCard).view = self._live.prompt_view()

    def _refresh_entries(self) -> None:
        today = self._today()
        for kind in EntryKind:
            rows = tuple(
                EntryRow(
                    entry.id,
                    entry_line(entry),
                    entry.visibility,
                    _("overdue") if isinstance(entry, ActionItem) and overdue(entry, today) else "",
                )
                for entry in entries_of(self._live.session, kind)
            )
            self._deck.section(kind).entry_list.rows = rows
        self._refresh_relationship()

    async def _changed(self) -> None:
        """After any change: bring a new segment's pane forward, redraw, save."""
        if self._live.clock.index != self._segment_shown:
            self._segment_shown = self._live.clock.index
            await self._deck.build_for(self._live.current_segment.kind)
            self._refresh_all()
            await self._deck.bring_forward(self._live.current_segment.kind)
            self.offer_for_segment()
        else:
            self._refresh_all()
        self._save_if_due()

    # --- messages up ------------------------------------------------------------

    @on(EntryForm.Saved)
    async def _saved(self, event: EntryForm.Saved) -> None:
        try:
            if event.entry_id is None:
                entry = self._live.add_entry(event.kind, **event.fields)
            else:
                entry = self._live.edit_entry(event.kind, event.entry_id, **event.fields)
        except (ValueError, KeyError) as exc:
            # The form checked everything it can; what is left is a bug to report, not hide.
            self.notify(_("Not saved: {reason}", reason=str(exc)), severity="warning")
            return
        await self._changed()
        self._deck.entry_saved(event.kind, entry.id)
        confirm_private(self, entry if event.entry_id is None else None)  # a new one only

    @on(EntryList.Edit)
    async def _edit(self, event: EntryList.Edit) -> None:
        entry = self._live.find_entry(event.kind, event.entry_id)
        await self._deck.open_form(event.kind, entry)

    @on(EntryList.Toggle)
    async def _toggle(self, event: EntryList.Toggle) -> None:
        if self._live.toggle_done(event.kind, event.entry_id):
            await self._changed()

    @on(EntryList.Delete)
    async def _delete(self, event: EntryList.Delete) -> None:
        self._live.delete_entry(event.kind, event.entry_id)
        await self._changed()
        self.notify(_(_DELETED[event.kind]) + " " + _("Ctrl+Z brings it back."), timeout=8)

    # --- actions (keys and palette; see tui/actions.py) ---------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer each action only when it can do something now."""
        if action == "pause":
            return not self._live.clock.paused
        if action == "resume":
            return self._live.clock.paused
        if action == "undo":
            return self._live.can_undo
        if action == "toggle_visibility":
            return self._visibility_target() is not None
        return True

    async def action_next_segment(self) -> None:
        """Mark this segment done and move on."""
        if self._live.next_segment():
            await self._changed()

    async def action_previous_segment(self) -> None:
        """Go back one segment."""
        if self._live.previous_segment():
            await self._changed()

    async def action_skip_segment(self) -> None:
        """Move on without covering this segment."""
        if self._live.skip_segment():
            await self._changed()

    async def action_toggle_pause(self) -> None:
        """Pause or resume the timer."""
        self._live.toggle_pause()
        await self._changed()

    async def action_pause(self) -> None:
        """Pause the timer."""
        self._live.pause()
        await self._changed()

    async def action_resume(self) -> None:
        """Resume the timer."""
        self._live.resume()
        await self._changed()

    async def action_extend(self, minutes: int) -> None:
        """Give the current segment more minutes."""
        self._live.extend(minutes)
        await self._changed()
        self.notify(_("Segment extended by {n} min.", n=minutes))

    async def action_rebalance(self) -> None:
        """Shrink the remaining segments so the session ends on time."""
        changed = self._live.rebalance()
        await self._changed()
        if changed:
            self.notify(_("Remaining segments shortened to end on time."))
        else:
            self.notify(_("Already on time: nothing to rebalance."))

    def action_next_prompt(self) -> None:
        """Show the next listening prompt."""
        self._live.next_prompt()
        self._refresh_prompt()

    def action_cycle_technique(self) -> None:
        """Narrow the prompts to the next technique (then all of them again)."""
        self._live.cycle_technique()
        self._refresh_prompt()

    async def action_mark_prompt_used(self) -> None:
        """Remember that the prompt on show was used."""
        if self._live.mark_prompt_used():
            await self._changed()

    async def action_add(self, kind: str) -> None:
        """Open the form for an entry of `kind` (an `EntryKind` value)."""
        await self._deck.open_form(EntryKind(kind))

    def _visibility_target(self) -> EntryForm | EntryList | None:
        """What Ctrl+F acts on: the form in focus, or the list in focus with an entry."""
        form = self._deck.focused_form()
        if form is not None:
            return form
        focused = self.focused
        if isinstance(focused, EntryList) and focused.highlighted_id() is not None:
            return focused
        return None

    async def action_toggle_visibility(self) -> None:
        """Make the form's entry, or the highlighted one, shared or private."""
        target = self._visibility_target()
        if isinstance(target, EntryForm):
            target.switch.flip()
        elif isinstance(target, EntryList):
            entry_id = target.highlighted_id()
            if entry_id is not None:
                self._live.toggle_visibility(target.kind, entry_id)
                await self._changed()

    async def action_undo(self) -> None:
        """Bring back the entry deleted last."""
        restored = self._live.undo_delete()
        if restored is None:
            return
        await self._changed()
        section = self._deck.section(restored.kind)
        section.entry_list.highlight_entry(restored.entry.id)

    def action_toggle_bell(self) -> None:
        """Turn the time-warning bell off or back on, for this session."""
        on = self._live.toggle_bell()
        self.notify(_("Time-warning bell on") if on else _("Time-warning bell off"))

    def action_difficult_moments(self) -> None:
        """Open the difficult-moments deck; it may ask to pause the timer as it closes."""
        from sessiontui.tui.screens.difficult import DifficultMomentsScreen  # noqa: PLC0415 (when opened)

        moments = DifficultMomentsScreen(self._live.session.language)
        self.app.push_screen(moments, self._moments_closed)

    async def _moments_closed(self, pause: bool | None) -> None:
        if pause:
            await self.action_pause()

    def action_help(self) -> None:
        """Show the help: the panes and their practice, every key, sharing and privacy."""
        from sessiontui.tui.screens.help import HelpScreen  # noqa: PLC0415 (when opened)

        self.app.push_screen(HelpScreen(self.SCOPE, self._launch.data_dir.path))

    def action_finish(self) -> None:
        """Ask, then finish the session and hand it to the summary."""
        question = ConfirmScreen(_("Finish the session and show the summary?"))
        self.app.push_screen(question, self._finish_confirmed)

    def _finish_confirmed(self, confirmed: bool | None) -> None:
        if not confirmed or self._service.stage is not Stage.RUNNING:
            return
        self._service.finish()
        self.post_message(self.Finished(self._service))

    # --- the draft ----------------------------------------------------------------

    def autosave_tick(self) -> None:
        """Ask the service whether the draft is due (each tick), and write it if so."""
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
