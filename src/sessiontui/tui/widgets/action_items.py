"""The action-item form: what, who, by when, and who may see it.

The form refuses blank text and a due date it cannot read, each with a reason
under the field. A due date already past is not refused but questioned: the
first Enter says so, a second Enter with the same date keeps it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Select

from sessiontui.dates import DueDateError, parse_due
from sessiontui.entries import Entry, EntryKind
from sessiontui.i18n import _, current
from sessiontui.model import ActionItem, Owner
from sessiontui.tui.formatting import OWNER_LABELS
from sessiontui.tui.widgets.entry_form import EntryForm, FormInput, VisibilitySwitch


class ActionItemForm(EntryForm):
    """The step, its switch, then who does it and by when."""

    KIND = EntryKind.ACTION
    FIRST = "#action-text"

    def __init__(self, today: Callable[[], date], *, id: str | None = None) -> None:
        """`today` anchors relative due dates ("+3d") to the app's wall clock."""
        super().__init__(id=id)
        self._today = today
        self._past_due_accepted: date | None = None

    def compose(self) -> ComposeResult:
        """Text and switch; owner and due date; a reason line under each."""
        with Horizontal(classes="form-row"):
            yield FormInput(_("Next step"), id="action-text")
            yield VisibilitySwitch()
        yield self.error_label("text")
        with Horizontal(classes="form-row"):
            yield Select(
                [(_(OWNER_LABELS[o]), o) for o in Owner],
                value=Owner.MENTEE,
                allow_blank=False,
                compact=True,
                id="action-owner",
            )
            # Short enough to show whole in a half-width pane; a wrong date's message
            # names every form (YYYY-MM-DD, +3d, +2w).
            yield FormInput(_("Due, e.g. +3d"), id="action-due")
        yield self.error_label("due")
        yield self.error_label("visibility")

    def clear(self) -> None:
        """Empty the fields; the owner back to the mentee."""
        super().clear()
        for field in self.query(Input):
            field.clear()
        self.query_one("#action-owner", Select).value = Owner.MENTEE
        self._past_due_accepted = None

    def fill(self, entry: Entry) -> None:
        """Show an action item for correction."""
        assert isinstance(entry, ActionItem)
        self.query_one("#action-text", Input).value = entry.text
        self.query_one("#action-owner", Select).value = entry.owner
        due = "" if entry.due is None else entry.due.isoformat()
        self.query_one("#action-due", Input).value = due
        super().fill(entry)

    def fields(self) -> dict[str, Any] | None:
        """Text, owner, due date and visibility, if all can be used."""
        text = self.query_one("#action-text", Input).value
        self.show_error("text", "" if text.strip() else _("Write what needs doing."))
        due = self._due()
        visibility = self.visibility_chosen()
        if not text.strip() or due is False or visibility is None:
            return None
        owner = self.query_one("#action-owner", Select).selection
        return {
            "text": text,
            "owner": owner or Owner.MENTEE,
            "due": due,
            "visibility": visibility,
        }

    def _due(self) -> date | bool | None:
        """The due date (None: none given), or False after showing why it cannot be used."""
        text = self.query_one("#action-due", Input).value
        try:
            due = parse_due(text, self._today())
        except DueDateError as exc:
            self.show_error("due", str(exc))
            return False
        if due is not None and due < self._today() and due != self._past_due_accepted:
            self._past_due_accepted = due
            self.show_error(
                "due",
                _(
                    "{date} has passed. Enter again to keep it, or change it.",
                    date=current().format_date(due, "EEE d MMM"),
                ),
            )
            return False
        self.show_error("due", "")
        return due
