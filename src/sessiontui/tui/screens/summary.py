"""The summary screen: see and edit the email, then copy and save it and store the session.

The subject is shown apart from the text. "Copy and save" puts the text on
the clipboard and in a file and stores the session: the `SessionService`
does it (clipboard, file, history) in a worker thread and decides what is
kept as the draft. "Copy subject" puts the subject on the clipboard; "Open
in mail app" hands subject, text and the mentee's address to the system's
mail app (`sessiontui.mail`). This screen shows the text, hands edits and
requests on, and reports truthfully what happened. The text stays on screen
whatever fails, so the mentor can always copy it by hand.

What will be sent is marked as such. The text is rendered from shared
entries only (`summary.py`), and an edit is the mentor's own words, sent as
typed: nothing private is ever put back into it, not by an edit, not by a
resume (an edited text comes back as edited), not by a retry.
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Static, TextArea
from textual.worker import Worker, WorkerState

from sessiontui.clipboard import DeliveryReport
from sessiontui.i18n import _
from sessiontui.mail import MailOutcome, mailto_url, open_in_mail_app
from sessiontui.service import DraftSave, SendOutcome, SessionService, Stage
from sessiontui.store.errors import os_error_reason
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.letters import quit_letter
from sessiontui.tui.screens.relationship_help import show_help
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.path_text import PathText
from sessiontui.tui.widgets.rehearsal_banner import rehearsal_banner, rehearsing
from sessiontui.tui.widgets.sharing import ShareBanner
from sessiontui.tui.widgets.summary_editor import SummaryEditor


class SummaryScreen(Screen[None]):
    """Shows the subject and the editable text; Copy and save delivers it and stores
    the session."""

    SCOPE: ClassVar[Scope] = Scope.SUMMARY

    def __init__(self, service: SessionService) -> None:
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._service = service

    def compose(self) -> ComposeResult:
        """Title, privacy note, subject, the editable text, the status line and the buttons."""
        yield ShareBanner()
        yield from rehearsal_banner(self)
        yield Static(_("Summary for your mentee"), id="summary-title", markup=False)
        yield Static(
            _("Private entries are left out. Edit the text if you like, then copy and save it."),
            id="summary-note",
            markup=False,
        )
        yield Static(
            _("Subject: {subject}", subject=self._service.summary_subject),
            id="summary-subject",
            markup=False,
        )
        # A summary edited before an interruption comes back as it was edited.
        yield SummaryEditor(self._service.summary_text, id="summary-text", soft_wrap=True)
        yield Static("", id="summary-status", markup=False)
        with Horizontal(id="summary-buttons"):
            # Compact: on a 60x20 terminal every row goes to the text and the status.
            yield Button(
                _("Copy and save (ctrl+s)"), id="summary-send", variant="primary", compact=True
            )
            yield Button(_("Quit ({key})", key=quit_letter()), id="summary-quit", compact=True)
        yield KeyFooter()

    def on_mount(self) -> None:
        """Nothing to report yet; Quit appears once the session is stored.

        A session finished a moment ago is written as the draft now, so the
        next start reopens this summary until it is stored.
        """
        self.query_one("#summary-status").display = False
        self.query_one("#summary-quit").display = False
        editor = self.query_one("#summary-text", TextArea)
        editor.border_title = _("What will be sent")
        editor.focus()
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
        """Copy and save while the summary waits for it; Quit once the session is stored."""
        if action == "send":
            return self._service.stage is Stage.FINISHED
        if action == "quit":
            return self._service.stage is Stage.STORED
        return True

    @on(Button.Pressed, "#summary-send")
    def action_send(self) -> None:
        """Copy and save the text as edited, unless already doing it or done."""
        text = self._service.begin_send()
        if text is None:
            return
        self.query_one("#summary-send", Button).disabled = True
        # What is typed from now on would not be in the text being delivered.
        self.query_one("#summary-text", TextArea).read_only = True
        self._show_status(_("Copying and saving…"), error=False)
        self.refresh_bindings()
        self._send_in_thread(text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="send-summary")
    def _send_in_thread(self, text: str) -> SendOutcome:
        app = self.app
        # OSC 52 goes out through the driver, which belongs to the UI thread.
        return self._service.send(text, partial(app.call_from_thread, app.copy_to_clipboard))

    def action_copy_subject(self) -> None:
        """Put the email's subject on the clipboard."""
        self._copy_subject_in_thread()

    @work(thread=True, exclusive=True, exit_on_error=False, group="copy-subject")
    def _copy_subject_in_thread(self) -> DeliveryReport:
        app = self.app
        return self._service.copy_subject(partial(app.call_from_thread, app.copy_to_clipboard))

    def action_open_mail(self) -> None:
        """Hand subject, text and the mentee's address to the system's mail app."""
        url = mailto_url(self._service.summary_subject, self.text, self._service.mentee_email)
        self._open_mail_in_thread(url)

    @work(thread=True, exclusive=True, exit_on_error=False, group="mail")
    def _open_mail_in_thread(self, url: str) -> MailOutcome:
        return open_in_mail_app(url)

    def _subject_copied(self, report: DeliveryReport) -> None:
        if report.copied:
            self._show_status(_("Subject copied to the clipboard."), error=False)
        elif report.sent_to_terminal:
            self._show_status(
                _(
                    "No system clipboard ({reason}): subject sent to the terminal (OSC 52) — "
                    "your terminal may or may not accept it.",
                    reason=report.clipboard_reason,
                ),
                error=False,
            )
        else:
            self._show_status(
                _(
                    "Subject not copied ({reason}): copy it from the screen.",
                    reason=report.clipboard_reason,
                ),
                error=True,
            )

    @on(Worker.StateChanged)
    def _worker_done(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state is WorkerState.SUCCESS and isinstance(worker.result, DeliveryReport):
            self._subject_copied(worker.result)
        elif event.state is WorkerState.SUCCESS and isinstance(worker.result, MailOutcome):
            self._show_status(worker.result.message, error=not worker.result.handed_over)
        elif worker.group == "draft" and event.state is WorkerState.SUCCESS and worker.result:
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
                    "Copy and save failed: {error}. The text is still here; "
                    "press Ctrl+S to try again.",
                    error=error,
                ),
                error=True,
            )
        else:
            lines = [outcome.delivery, *outcome.lines]
            if rehearsing(self):
                lines.append(
                    _(
                        "A rehearsal: these files are in its throwaway folder, "
                        "deleted when you quit."
                    )
                )
            if sent:
                lines.append(_("Done. Press {key} to quit.", key=quit_letter()))
            self._show_status("\n".join(lines), error=not sent)
        send = self.query_one("#summary-send", Button)
        send.disabled = sent
        self.query_one("#summary-text", TextArea).read_only = sent
        if sent:
            send.display = False
            self.query_one("#summary-text", TextArea).read_only = True
            quit_button = self.query_one("#summary-quit", Button)
            quit_button.display = True
            quit_button.focus()
        self.refresh_bindings()

    def _show_status(self, message: str, *, error: bool) -> None:
        status = self.query_one("#summary-status", Static)
        # Paths in it break only after a "/", never mid-name.
        status.update(PathText(message))
        status.set_class(error, "-error")
        status.display = True

    def action_help(self) -> None:
        """Every key of this screen."""
        show_help(self, self.SCOPE)

    @on(Button.Pressed, "#summary-quit")
    def action_quit(self) -> None:
        """Leave the app (offered once the session is stored)."""
        if self._service.stage is Stage.STORED:
            self.app.exit()
