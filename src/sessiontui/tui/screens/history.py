"""The history of one mentee: their stored sessions, and one opened to read.

The list shows each session's date and script, and a small picture of
sessions per month over the last year. Enter opens a session: its summary
(what the mentee received) and every entry, private ones marked for the
mentor.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static

from sessiontui.entries import EntryKind, entries_of
from sessiontui.i18n import N_, _, ngettext
from sessiontui.model import MenteeRecord, Session
from sessiontui.store.archive import SessionArchive
from sessiontui.store.errors import os_error_reason
from sessiontui.summary import render_summary
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.formatting import entry_line, private_suffix
from sessiontui.tui.relationship_format import day, months_chart
from sessiontui.tui.screens.relationship_help import show_help
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.read_list import ReadList, ReadRow
from sessiontui.tui.widgets.rehearsal_banner import rehearsal_banner
from sessiontui.tui.widgets.sharing import ShareBanner

# Each kind's label, in the order a stored session lists them.
_ENTRY_LABELS = {
    EntryKind.GOAL: N_("Goal: {line}"),
    EntryKind.ACTION: N_("Action: {line}"),
    EntryKind.FEEDBACK: N_("Feedback: {line}"),
    EntryKind.NOTE: N_("Note: {line}"),
    EntryKind.PARKED: N_("Parked: {line}"),
}


def session_entries(session: Session) -> tuple[ReadRow, ...]:
    """Every entry of a stored session, in the lists' own rendering (each with its
    visibility: the list hides the private ones while sharing)."""
    return tuple(
        ReadRow(
            entry.id,
            _(label, line=entry_line(entry) + private_suffix(entry.visibility)),
            entry.visibility,
        )
        for kind, label in _ENTRY_LABELS.items()
        for entry in entries_of(session, kind)
    )


class SessionReadScreen(Screen[None]):
    """One stored session: the summary the mentee received, then every entry."""

    SCOPE: ClassVar[Scope] = Scope.HISTORY_READ

    def __init__(self, session: Session) -> None:
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._session = session

    def compose(self) -> ComposeResult:
        """Heading, summary, entries."""
        session = self._session
        yield ShareBanner()
        yield from rehearsal_banner(self)
        with VerticalScroll(classes="rel-body"):
            heading = f"{day(session.started_at)} · {session.script_title}"
            yield Static(heading, classes="rel-title", markup=False)
            yield Static(_("What your mentee received"), classes="rel-muted", markup=False)
            yield Static(Content(render_summary(session).text()), id="read-summary")
            yield Static(_("Every entry"), classes="rel-muted", markup=False)
            yield ReadList(empty_text=_("No entries."), id="read-entries")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Fill the entries."""
        self.query_one(ReadList).rows = session_entries(self._session)

    def action_help(self) -> None:
        """Every key of this screen."""
        show_help(self, self.SCOPE)

    def action_close(self) -> None:
        """Back to the list."""
        self.dismiss(None)


class HistoryScreen(Screen[None]):
    """A mentee's stored sessions, newest first; Enter opens one."""

    SCOPE: ClassVar[Scope] = Scope.HISTORY
    AUTO_FOCUS = "#history-sessions"

    def __init__(
        self,
        archive: SessionArchive,
        mentee_id: str | None,
        label: str,
        today: Callable[[], date],
    ) -> None:
        """`mentee_id` None: a mentee with nothing stored yet."""
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._archive = archive
        self._mentee_id = mentee_id
        self._label = label
        self._today = today

    def compose(self) -> ComposeResult:
        """Title, sessions per month, the sessions."""
        yield ShareBanner()
        yield from rehearsal_banner(self)
        with Vertical(classes="rel-body"):
            title = _("History with {mentee}", mentee=self._label or _("(no name)"))
            yield Static(title, classes="rel-title", markup=False)
            yield Static("", id="history-months", classes="rel-muted", markup=False)
            yield ReadList(
                empty_text=_("No stored sessions yet."), id="history-sessions"
            ).add_class("rel-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Read the mentee's record (one small file) and list their sessions."""
        record: MenteeRecord | None = None
        problem = ""
        if self._mentee_id is not None:
            try:
                record = self._archive.record(self._mentee_id)
            except OSError as exc:
                problem = _("The history cannot be read: {reason}", reason=os_error_reason(exc))
        rows = sorted(record.sessions, key=lambda r: r.started_at, reverse=True) if record else []
        self.query_one(ReadList).rows = tuple(
            ReadRow(row.id, f"{day(row.started_at)}  {row.script_title}") for row in rows
        )
        bars, initials = months_chart([row.started_at for row in rows], self._today())
        count = ngettext("{n} session", "{n} sessions", len(rows))
        label = _("per month")
        pad = " " * len(label)
        months = f"{count}\n{label}  {bars}\n{pad}  {initials}"
        self.query_one("#history-months", Static).update(Content(problem or months))

    @on(OptionList.OptionSelected, "#history-sessions")
    def action_open(self) -> None:
        """Open the highlighted session."""
        listing = self.query_one(ReadList)
        if self._mentee_id is None or listing.highlighted is None or not listing.rows:
            return
        session_id = listing.get_option_at_index(listing.highlighted).id
        if session_id is None:
            return
        try:
            session = self._archive.session(self._mentee_id, session_id)
        except OSError as exc:
            session = None
            self.notify(os_error_reason(exc), severity="error")
        if session is None:
            self.notify(_("This session cannot be read."), severity="warning")
            return
        self.app.push_screen(SessionReadScreen(session))

    def action_help(self) -> None:
        """Every key of this screen."""
        show_help(self, self.SCOPE)

    def action_close(self) -> None:
        """Back."""
        self.dismiss(None)
