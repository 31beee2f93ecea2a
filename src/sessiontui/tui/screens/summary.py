"""The summary screen: see and edit the summary, then send it and store the session.

Sending runs in a thread (the clipboard may spawn xclip; the archive rewrites
its whole file). The draft is removed only once the archive holds the
session, so a failing disk never costs the session; the text stays on screen
so the mentor can always copy it by hand.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Footer, Static, TextArea
from textual.worker import Worker, WorkerState

from sessiontui.clipboard import deliver
from sessiontui.i18n import _
from sessiontui.launch import Launch
from sessiontui.model import Session
from sessiontui.store.errors import os_error_reason
from sessiontui.summary import render_summary

_SHORT_ID = 8


def _slug(text: str) -> str:
    """Lowercase ASCII words joined by "-" ("José Núñez" -> "jose-nunez")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(ch if ch.isalnum() else " " for ch in ascii_text.lower()).split()
    return "-".join(words)


def summary_file_stem(session: Session) -> str:
    """`<date>-<mentee>-<short id>`: sorts by date, tells mentees apart, never collides."""
    parts = [session.started_at.date().isoformat(), _slug(session.mentee), session.id[:_SHORT_ID]]
    return "-".join(part for part in parts if part)


@dataclass(frozen=True)
class SendOutcome:
    """What sending did: the delivery line, and the archive's result."""

    delivery: str
    archived: bool
    lines: tuple[str, ...]


def send_summary(
    launch: Launch, session: Session, text: str, terminal_copy: Callable[[str], None]
) -> SendOutcome:
    """Deliver `text`, store the session with it, then drop the draft (blocking).

    The draft is discarded only after the archive write succeeded.
    """
    report = deliver(
        text,
        summaries_dir=launch.data_dir.summaries_dir,
        file_stem=summary_file_stem(session),
        terminal_copy=terminal_copy,
    )
    session.summary_text = text
    try:
        launch.archive.add(session)
    except OSError as exc:
        failed = _(
            "Could not store the session in the history: {reason}. It is kept as an interrupted "
            "session; copy the text by hand if needed and press Send to try again.",
            reason=os_error_reason(exc),
        )
        # Keep the finished session (with the text as edited) as the draft, so
        # the next start reopens this summary even if the app is closed now.
        kept = save_finished_draft(launch, session)
        return SendOutcome(report.message(), archived=False, lines=(failed, kept))
    lines = [_("Session stored in the history ({path}).", path=launch.data_dir.db_path)]
    if launch.archive.moved_aside is not None:
        lines.append(
            _(
                "The old history file could not be read; it was kept aside at {path}.",
                path=launch.archive.moved_aside,
            )
        )
    try:
        launch.drafts.discard()
    except OSError as exc:
        lines.append(
            _(
                "The draft could not be removed ({reason}); the next start will offer this "
                "session again.",
                reason=os_error_reason(exc),
            )
        )
    return SendOutcome(report.message(), archived=True, lines=tuple(lines))


def save_finished_draft(launch: Launch, session: Session) -> str:
    """Save the finished, not yet stored session as the draft; a line saying how it went."""
    try:
        launch.drafts.save(session)
    except OSError as exc:
        return _(
            "The session could not be kept either ({reason}): copy the text now.",
            reason=os_error_reason(exc),
        )
    return _("The finished session is kept: the next start reopens this summary.")


class SummaryCommands(Provider):
    """Command palette entries of the summary screen."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        screen = self.screen
        if not isinstance(screen, SummaryScreen) or not screen.check_action("send", ()):
            return []
        return [
            (
                _("Send summary"),
                _("Copy the summary, save it to a file and store the session"),
                screen.action_send,
            )
        ]

    async def discover(self) -> Hits:
        """Offer the commands before anything is typed."""
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """The commands matching `query`."""
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)


class SummaryScreen(Screen[None]):
    """Shows the editable summary; Send delivers it and archives `session`."""

    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {SummaryCommands}

    def __init__(self, launch: Launch, session: Session) -> None:
        super().__init__()
        self._launch = launch
        self._session = session
        self._sending = False
        self._sent = False
        # Bound here, not in BINDINGS, so the footer speaks the language chosen at start.
        self._bindings.bind("ctrl+s", "send", _("Send"))
        self._bindings.bind("q", "quit", _("Quit"))

    def compose(self) -> ComposeResult:
        """Title, privacy note, the editable text, the status line and the buttons."""
        yield Static(_("Session summary"), id="summary-title", markup=False)
        yield Static(
            _("Private entries are left out. Edit the text if you like, then send it."),
            id="summary-note",
            markup=False,
        )
        # A summary edited before an interruption comes back as it was edited.
        text = self._session.summary_text or render_summary(self._session).text()
        yield TextArea(text, id="summary-text", soft_wrap=True)
        yield Static("", id="summary-status", markup=False)
        with Horizontal(id="summary-buttons"):
            # Compact: on a 60x20 terminal every row goes to the text and the status.
            yield Button(_("Send (ctrl+s)"), id="summary-send", variant="primary", compact=True)
            yield Button(_("Quit (q)"), id="summary-quit", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        """Nothing to report yet; Quit appears once the session is stored."""
        self.query_one("#summary-status").display = False
        self.query_one("#summary-quit").display = False
        self.query_one("#summary-text", TextArea).focus()

    @property
    def stored(self) -> bool:
        """True once the session is in the history (nothing is left to keep)."""
        return self._sent

    @property
    def text(self) -> str:
        """The summary as it stands in the editor."""
        return self.query_one("#summary-text", TextArea).text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Send while not sent (and not sending); Quit once the session is stored."""
        if action == "send":
            return not self._sent and not self._sending
        if action == "quit":
            return self._sent
        return True

    @on(Button.Pressed, "#summary-send")
    def action_send(self) -> None:
        """Start sending the text as edited, unless already sending or sent."""
        if self._sending or self._sent:
            return
        self._sending = True
        self.query_one("#summary-send", Button).disabled = True
        self._show_status(_("Sending…"), error=False)
        self.refresh_bindings()
        self._send_in_thread(self.text)

    @work(thread=True, exclusive=True, exit_on_error=False, group="send-summary")
    def _send_in_thread(self, text: str) -> SendOutcome:
        app = self.app
        # OSC 52 goes out through the driver, which belongs to the UI thread.
        return send_summary(
            self._launch, self._session, text, partial(app.call_from_thread, app.copy_to_clipboard)
        )

    @on(Worker.StateChanged)
    def _sending_finished(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "send-summary":
            return
        if event.state is WorkerState.SUCCESS and isinstance(event.worker.result, SendOutcome):
            self._finish_sending(event.worker.result)
        elif event.state is WorkerState.ERROR:
            self._finish_sending(None, error=event.worker.error)

    def _finish_sending(
        self, outcome: SendOutcome | None, error: BaseException | None = None
    ) -> None:
        self._sending = False
        if outcome is None:
            self._show_status(
                _(
                    "Sending failed: {error}. The text is still here; press Send to try again.",
                    error=error,
                ),
                error=True,
            )
        else:
            self._sent = outcome.archived
            lines = [outcome.delivery, *outcome.lines]
            if self._sent:
                lines.append(_("Done. Press q to quit."))
            self._show_status("\n".join(lines), error=not self._sent)
        send = self.query_one("#summary-send", Button)
        send.disabled = self._sent
        if self._sent:
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

    def save_for_exit(self) -> str | None:
        """On quit or hang-up before the session is stored: keep it, text as edited.

        Returns the reason if the draft could not be saved.
        """
        if self._sent:
            return None
        self._session.summary_text = self.text
        try:
            self._launch.drafts.save(self._session)
        except OSError as exc:
            return os_error_reason(exc)
        return None

    @on(Button.Pressed, "#summary-quit")
    def action_quit(self) -> None:
        """Leave the app (offered once the session is stored)."""
        if self._sent:
            self.app.exit()
