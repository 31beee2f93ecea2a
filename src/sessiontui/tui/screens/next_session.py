"""The next session, set from the follow-up (F4, then n): date and time proposed
from the agreed rhythm (editable), its length, and what to prepare for next
time. Both go into the summary and the calendar file written beside it. The
fields are the Listening pane's (`widgets/next_session_form.py`)."""

from __future__ import annotations

from datetime import date, datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from sessiontui.i18n import _
from sessiontui.model import NextSession
from sessiontui.tui.screens.form_screen import FormScreen
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.next_session_form import NextSessionDraft, NextSessionFields

__all__ = ["NextSessionDraft", "NextSessionScreen"]


class NextSessionScreen(FormScreen[NextSessionDraft]):
    """Dismisses with the next session, or None when cancelled."""

    FIRST_FIELD = "#next-date"

    def __init__(
        self, proposed: datetime, minutes: int, current: NextSession | None, today: date
    ) -> None:
        """`proposed` by the agreement's rhythm; `current` when already set in this
        session; `today` anchors a relative date ("+2w")."""
        super().__init__()
        self._today = today
        zone = proposed.tzinfo
        self._start = current.starts_at.astimezone(zone) if current else proposed
        self._minutes = current.minutes if current else minutes
        self._prepare = current.prepare if current else ""

    def compose(self) -> ComposeResult:
        """Date, time, length, what to prepare."""
        with VerticalScroll(classes="rel-form"):
            yield Static(_("Next session"), classes="rel-title", markup=False)
            yield NextSessionFields()
            yield Static(_("Enter saves · Escape cancels"), classes="rel-muted", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        """Fill the fields, then remember them (to ask before throwing away a change)."""
        self.query_one(NextSessionFields).fill(self._start, self._minutes, self._prepare)
        super().on_mount()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        # Enter in any field saves, as in the Listening pane's form (next_session_form.py).
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        """Save, or say which field cannot be read."""
        draft = self.query_one(NextSessionFields).draft(self._today)
        if draft is not None:
            self.dismiss(draft)
