"""The next session's fields: date and time (proposed from the agreed rhythm), length,
and what to prepare for next time; checked into a `NextSessionDraft`.

One set of fields for both places that set it, and one behaviour: Enter in any
field saves (the fields open filled with the proposal, so a mentor changes one
and confirms it, as in every entry form of the session). The form in the
Listening pane at wrap-up (`NextSessionForm`) shows Enter as its Save, as the
session's forms do, and Escape closes it; the full-screen form of the
follow-up (F4, n) shows Ctrl+S, every full-screen form's Save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label, Static

from sessiontui.dates import DueDateError, parse_due, parse_time_of_day
from sessiontui.i18n import _
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.widgets.entry_form import FormInput
from sessiontui.tui.widgets.steady_field import SteadyField

FIELDS = ("next-date", "next-time", "next-minutes", "next-prepare")


@dataclass(frozen=True)
class NextSessionDraft:
    """What the fields hold once checked."""

    starts_at: datetime
    minutes: int
    prepare: str


class NextSessionFields(Vertical):
    """Date, time, length and what to prepare, with one line for what cannot be read."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._zone: tzinfo | None = None

    def compose(self) -> ComposeResult:
        """Each field under its label; the reason line last."""
        labels = (
            _("Date (YYYY-MM-DD, +2w), proposed from the agreement"),
            _("Time (HH:MM)"),
            _("Length (minutes)"),
            _("To prepare for next time"),
        )
        for field, label in zip(FIELDS, labels, strict=True):
            yield Label(label, markup=False)
            yield self._field(field)
        yield Static("", id="next-error", classes="form-error rel-hint", markup=False)

    def _field(self, field: str) -> Input:
        """A field of the full-screen form: Enter posts `Input.Submitted` (the screen
        saves) and stays out of its footer, whose Save is the screen's Ctrl+S."""
        return SteadyField(id=field, compact=True)

    def fill(self, start: datetime, minutes: int, prepare: str) -> None:
        """Show `start` (its zone is the one the date and time are read in), the length
        and what to prepare; no reason shown."""
        self._zone = start.tzinfo
        values = (start.date().isoformat(), start.strftime("%H:%M"), str(minutes), prepare)
        for field, value in zip(FIELDS, values, strict=True):
            self.query_one(f"#{field}", Input).value = value
        self._show_error("")

    def focus_first(self) -> None:
        """Put the focus in the date."""
        self.screen.set_focus(self.query_one("#next-date", Input))

    def _value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value.strip()

    def _show_error(self, reason: str) -> None:
        error = self.query_one("#next-error", Static)
        error.update(Content(reason))
        error.set_class(bool(reason), "-visible")

    def _error(self, field: str, reason: str) -> None:
        self._show_error(reason)
        self.query_one(f"#{field}", Input).focus()

    def draft(self, today: date) -> NextSessionDraft | None:
        """The checked fields (a relative date from `today`), or None after saying which
        field cannot be read."""
        try:
            day = parse_due(self._value("next-date"), today)
        except DueDateError:
            day = None
        if day is None:
            self._error("next-date", _("Not a date: use YYYY-MM-DD or +2w."))
            return None
        at = parse_time_of_day(self._value("next-time"))
        if at is None:
            self._error("next-time", _("Not a time: use HH:MM."))
            return None
        minutes = self._value("next-minutes")
        if not minutes.isdigit() or not 5 <= int(minutes) <= 600:
            self._error("next-minutes", _("Not a length from 5 to 600 minutes."))
            return None
        self._show_error("")
        starts_at = datetime.combine(day, at, tzinfo=self._zone)
        return NextSessionDraft(starts_at, int(minutes), self._value("next-prepare"))


class NextSessionForm(NextSessionFields):
    """The fields in the Listening pane: Enter saves (`Saved`), Escape closes (`Closed`)."""

    class Saved(Message):
        """The mentor set the next session."""

        def __init__(self, draft: NextSessionDraft) -> None:
            super().__init__()
            self.draft = draft

    class Closed(Message):
        """The mentor closed the form without saving."""

    def __init__(self, today: Callable[[], date], *, id: str | None = None) -> None:
        """`today` anchors a relative date ("+2w") to the app's wall clock."""
        super().__init__(id=id, classes="entry-form")
        bind_actions(self, Scope.ENTRY_FORM)
        self._today = today

    def _field(self, field: str) -> Input:
        """A field of the pane's form: Enter saves, and the footer says so."""
        return FormInput("", id=field)

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        """Check the fields and post what they hold."""
        draft = self.draft(self._today())
        if draft is not None:
            self.post_message(self.Saved(draft))

    def action_cancel(self) -> None:
        """Close without saving (what was typed stays for next time)."""
        self.post_message(self.Closed())
