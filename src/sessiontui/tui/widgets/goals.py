"""Session goals: what this session should achieve and how we will know.

The form refuses a blank goal with a reason under the field and posts a valid
goal up; the list (the shared `EntryList`) ticks goals achieved with Space and
deletes them with Del. The screen decides what each message means.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Label, Static

from sessiontui.i18n import _
from sessiontui.model import Visibility
from sessiontui.tui.widgets.entry_list import EntryList
from sessiontui.tui.widgets.refocus import refocus
from sessiontui.tui.widgets.sharing import mask_private_typing
from sessiontui.tui.widgets.visibility_select import VisibilitySelect


class GoalsBox(Vertical):
    """Goal text, its measure and visibility (Enter adds), then the goals so far."""

    class Submitted(Message):
        """A goal with text, to add."""

        def __init__(self, text: str, measure: str, visibility: Visibility) -> None:
            super().__init__()
            self.text = text
            self.measure = measure
            self.visibility = visibility

    def on_mount(self) -> None:
        """While sharing, a private entry is typed as dots."""
        mask_private_typing(self, self.query_one("#goal-visibility"))

    def compose(self) -> ComposeResult:
        """Heading with the visibility, goal text with its reason, measure, and the list."""
        with Horizontal(classes="form-row section-heading"):
            yield Static(Content(_("Session goals (Ctrl+Y)")), classes="heading-text", markup=False)
            yield VisibilitySelect(Visibility.SHARED, id="goal-visibility")
        yield Input(placeholder=_("A goal for this session (Enter)"), id="goal-text", compact=True)
        yield Label(id="goal-error", classes="form-error", markup=False)
        yield Input(placeholder=_("How will we know? (measure)"), id="goal-measure", compact=True)
        yield EntryList(
            empty_text=_("No goals yet. Space: achieved · Del: delete"),
            can_toggle=True,
            can_delete=True,
            id="goals-list",
        )

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        text_input = self.query_one("#goal-text", Input)
        measure_input = self.query_one("#goal-measure", Input)
        error = self.query_one("#goal-error", Label)
        if not text_input.value.strip():
            error.update(Content(_("Write the goal first.")))
            error.add_class("-visible")
            refocus(self, text_input)
            return
        error.update(Content(""))
        error.remove_class("-visible")
        visibility = self.query_one("#goal-visibility", VisibilitySelect).visibility
        self.post_message(self.Submitted(text_input.value, measure_input.value, visibility))
        text_input.clear()
        measure_input.clear()
        refocus(self, text_input)
