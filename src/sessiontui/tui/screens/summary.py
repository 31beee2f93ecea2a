"""The summary screen: see and edit the summary, then send it and store the session.

The `SessionService` does the sending (clipboard, file, history) in a worker
thread and decides what is kept as the draft; this screen shows the text,
hands edits and the Send request to it, and reports what happened. The text
stays on screen whatever fails, so the mentor can always copy it by hand.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Footer, Static, TextArea
from textual.worker import Worker, WorkerState

from sessiontui.i18n import _
from sessiontui.service import DraftSave, SendOutcome, SessionService, Stage
from sessiontui.store.errors import os_error_reason
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.widgets.rehearsal_banner import RehearsalBanner


class SummaryScreen(Screen[None]):
    """Shows the editable summary; Send delivers it and stores the session."""

    SCOPE: ClassVar[Scope] = Scope.SUMMARY

    def __init__(self, service: SessionService, *, rehearsal: bool = False) -> None:
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._service = service
        self._rehearsal = rehearsal

    def compose(self) -> ComposeResult:
        """Title, privacy note, the editable text, the status line and the buttons."""
        if self._rehearsal:
            yield RehearsalBanner()
        yield Static(_("Session summary"), id="summary-title", markup=False)
        yield Static(
            _("Private entries are left out. Edit the text if you like, then send it."),
            id="summary-note",
            markup=False,
        )
        # A summary edited before an interruption comes back as it was edited.
        yield TextArea(self._service.summary_text, id="summary-text", soft_wrap=True)
        yield Static("", id="summary-status", markup=False)
        with Horizontal(id="summary-buttons"):
            # Compact: on a 60x20 terminal every row goes to the text and the status.
            yield Button(_("Send (ctrl+s)"), id="summary-send", variant="primary", compact=True)
            yield Button(_("Quit (q)"), id="summary-quit", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        """Nothing to report yet; Quit appears once the session is stored.

        A session finished a moment ago is written as the draft now, so the
        next start reopens this summary until it is stored.
        """
        self.query_one("#summary-status").display = False
        self.query_one("#summary-quit").display = False
        self.query_one("#summary-text", TextArea).focus()
        save = self._service.pending_save()
        if save is not None:
            self._keep_finished(save)

    @work(thread=True, exit_on_error=False, group="draft")
    def _keep_finished(self, save: DraftSave) -> str | None:
        try:
            self._service.write_draft(save)
        except OSError as exc:
            return os_error_reason(exc)
        return None

    @property
    def text(self) -> str:
        """The summary as it stands in the editor."""
        return self.query_one("#summary-text", TextArea).text

    @on(TextArea.Changed, "#summary-text")
    def _edited(self) -> None:
        self._service.edit_summary(self.text)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Send while the summary waits to be sent; Quit once the session is stored."""
        if action == "send":
            return self._service.stage is Stage.FINISHED
        if action == "quit":
            return self._service.stage is Stage.STORED
        return True

    @on(Button.Pressed, "#summary-send")
    def action_send(self) -> None:
        """Start sending the text as edited, unless already sending or sent."""
        text = self._service.begin_send()
        if text is None:
            return
        self.query_one("#summary-send", Button).disabled = True
        self._show_status(_("Sending…"), error=False)
        self.refresh_bindings()
        self._send_in_thread(text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="send-summary")
    def _send_in_thread(self, text: str) -> SendOutcome:
        app = self.app
        # OSC 52 goes out through the driver, which belongs to the UI thread.
        return self._service.send(text, partial(app.call_from_thread, app.copy_to_clipboard))

    @on(Worker.StateChanged)
    def _worker_done(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "draft" and event.state is WorkerState.SUCCESS and worker.result:
            self.notify(
                _(
                    "Cannot save the draft: {reason}. Your session is kept in memory; retrying.",
                    reason=worker.result,
                ),
                severity="error",
            )
        elif worker.group != "send-summary":
            return
        elif event.state is WorkerState.SUCCESS and isinstance(worker.result, SendOutcome):
            self._finish_sending(worker.result)
        elif event.state is WorkerState.ERROR:
            self._finish_sending(None, error=worker.error)

    def _finish_sending(
        self, outcome: SendOutcome | None, error: BaseException | None = None
    ) -> None:
        sent = self._service.stage is Stage.STORED
        if outcome is None:
            self._show_status(
                _(
                    "Sending failed: {error}. The text is still here; press Send to try again.",
                    error=error,
                ),
                error=True,
            )
        else:
            lines = [outcome.delivery, *outcome.lines]
            if sent:
                lines.append(_("Done. Press q to quit."))
            self._show_status("\n".join(lines), error=not sent)
        send = self.query_one("#summary-send", Button)
        send.disabled = sent
        if sent:
            send.display = False
            self.query_one("#summary-text", TextArea).read_only = True
            quit_button = self.query_one("#summary-quit", Button)
            quit_button.display = True
            quit_button.focus()
        self.refresh_bindings()

    def _show_status(self, message: str, *, error: bool) -> None:
        status = self.query_one("#summary-status", Static)
        status.update(message)
        status.set_class(error, "-error")
        status.display = True

    @on(Button.Pressed, "#summary-quit")
    def action_quit(self) -> None:
        """Leave the app (offered once the session is stored)."""
        if self._service.stage is Stage.STORED:
            self.app.exit()
