"""The action-item form: what, who, by when, and who may see it.

The form refuses blank text and a due date it cannot read, each with a reason
next to the field, and posts a valid item up for the screen to add.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, Label, Select

from sessiontui.dates import DueDateError, parse_due
from sessiontui.i18n import _
from sessiontui.model import Owner, Visibility
from sessiontui.tui.formatting import OWNER_LABELS
from sessiontui.tui.widgets.refocus import refocus
from sessiontui.tui.widgets.sharing import mask_private_typing
from sessiontui.tui.widgets.visibility_select import VisibilitySelect


class ActionItemForm(Vertical):
    """Inputs for one action item and an Add button."""

    class Submitted(Message):
        """A valid action item to add."""

        def __init__(self, text: str, owner: Owner, due: date | None, visibility: Visibility):
            super().__init__()
            self.text = text
            self.owner = owner
            self.due = due
            self.visibility = visibility

    def __init__(self, today: Callable[[], date], *, id: str | None = None) -> None:
        """`today` anchors relative due dates ("+3d") to the app's wall clock."""
        super().__init__(id=id)
        self._today = today

    def on_mount(self) -> None:
        """While sharing, a private entry is typed as dots."""
        mask_private_typing(self, self.query_one("#action-visibility"))

    def compose(self) -> ComposeResult:
        """Text with its reason, owner/due/visibility, Add with the due date's reason."""
        yield Input(placeholder=_("Next step (Enter adds)"), id="action-text", compact=True)
        yield Label(id="action-text-error", classes="form-error", markup=False)
        with Horizontal(classes="form-row"):
            yield Select(
                [(_(OWNER_LABELS[o]), o) for o in Owner],
                value=Owner.MENTEE,
                allow_blank=False,
                compact=True,
                id="action-owner",
            )
            yield Input(placeholder=_("Due: YYYY-MM-DD, +3d, +1w"), id="action-due", compact=True)
        yield Label(id="action-due-error", classes="form-error", markup=False)
        with Horizontal(classes="form-row"):
            yield VisibilitySelect(Visibility.SHARED, id="action-visibility")
            yield Button(_("Add"), id="action-add", compact=True)

    @on(Input.Submitted)
    @on(Button.Pressed, "#action-add")
    def _submit(self, event: Input.Submitted | Button.Pressed) -> None:
        event.stop()
        text_input = self.query_one("#action-text", Input)
        due_input = self.query_one("#action-due", Input)
        text_error = self.query_one("#action-text-error", Label)
        due_error = self.query_one("#action-due-error", Label)
        text_ok = bool(text_input.value.strip())
        self._show_error(text_error, "" if text_ok else _("Not added: write what needs doing."))
        due: date | None = None
        try:
            due = parse_due(due_input.value, self._today())
        except DueDateError as exc:
            self._show_error(due_error, str(exc))
            refocus(self, due_input)
            return
        self._show_error(due_error, "")
        if not text_ok:
            refocus(self, text_input)
            return
        owner = self.query_one("#action-owner", Select).selection
        visibility = self.query_one("#action-visibility", VisibilitySelect).visibility
        self.post_message(
            self.Submitted(
                text_input.value,
                owner or Owner.MENTEE,
                due,
                visibility,
            )
        )
        text_input.clear()
        due_input.clear()
        refocus(self, text_input)

    @staticmethod
    def _show_error(label: Label, message: str) -> None:
        """Show `message` next to its field, or hide the line when it is empty."""
        label.update(Content(message))
        label.set_class(bool(message), "-visible")
