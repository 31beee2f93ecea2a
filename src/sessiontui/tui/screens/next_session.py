"""The next session, set at wrap-up: date and time proposed from the agreed
rhythm (editable), its length, and what to prepare for next time. Both go
into the summary and the calendar file written beside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Input, Label, Static

from sessiontui.dates import DueDateError, parse_due, parse_time_of_day
from sessiontui.i18n import _
from sessiontui.model import NextSession
from sessiontui.tui.screens.form_screen import FormScreen


@dataclass(frozen=True)
class NextSessionDraft:
    """What the form saved."""

    starts_at: datetime
    minutes: int
    prepare: str


class NextSessionScreen(FormScreen[NextSessionDraft]):
    """Dismisses with the next session, or None when cancelled."""

    AUTO_FOCUS = "#next-date"

    def __init__(
        self, proposed: datetime, minutes: int, current: NextSession | None, today: date
    ) -> None:
        """`proposed` by the agreement's rhythm; `current` when already set in this
        session; `today` anchors a relative date ("+2w")."""
        super().__init__()
        self._today = today
        self._zone = proposed.tzinfo
        self._start = current.starts_at.astimezone(self._zone) if current else proposed
        self._minutes = current.minutes if current else minutes
        self._prepare = current.prepare if current else ""

    def compose(self) -> ComposeResult:
        """Date, time, length, what to prepare."""
        with VerticalScroll(classes="rel-form"):
            yield Static(_("Next session"), classes="rel-title", markup=False)
            yield Label(_("Date (YYYY-MM-DD, +2w), proposed from the agreement"), markup=False)
            yield Input(self._start.date().isoformat(), id="next-date", compact=True)
            yield Label(_("Time (HH:MM)"), markup=False)
            yield Input(self._start.strftime("%H:%M"), id="next-time", compact=True)
            yield Label(_("Length (minutes)"), markup=False)
            yield Input(str(self._minutes), id="next-minutes", compact=True)
            yield Label(_("To prepare for next time"), markup=False)
            yield Input(self._prepare, id="next-prepare", compact=True)
            yield Static("", id="next-error", classes="rel-hint", markup=False)
            yield Static(_("Ctrl+S saves · Escape cancels"), classes="rel-muted", markup=False)
        yield Footer()

    def _value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value.strip()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "next-prepare":
            self.action_save()
        else:
            self.focus_next()

    def _error(self, field: str, reason: str) -> None:
        self.query_one("#next-error", Static).update(Content(reason))
        self.query_one(f"#{field}", Input).focus()

    def action_save(self) -> None:
        """Save, or say which field cannot be read."""
        try:
            day = parse_due(self._value("next-date"), self._today)
        except DueDateError:
            day = None
        if day is None:
            self._error("next-date", _("Not a date: use YYYY-MM-DD or +2w."))
            return
        at = parse_time_of_day(self._value("next-time"))
        if at is None:
            self._error("next-time", _("Not a time: use HH:MM."))
            return
        minutes = self._value("next-minutes")
        if not minutes.isdigit() or not 5 <= int(minutes) <= 600:
            self._error("next-minutes", _("Not a length from 5 to 600 minutes."))
            return
        starts_at = datetime.combine(day, at, tzinfo=self._zone)
        self.dismiss(NextSessionDraft(starts_at, int(minutes), self._value("next-prepare")))
