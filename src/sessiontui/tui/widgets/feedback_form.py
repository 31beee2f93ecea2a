"""The feedback form: direction, situation–behaviour–impact or free text, visibility.

The form checks that something was written (an empty entry is refused with a
visible reason) and posts the entry up; the screen adds it to the session.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, Label, Select

from sessiontui.i18n import N_, _
from sessiontui.model import FeedbackContent, FeedbackDirection, Visibility
from sessiontui.tui.formatting import DIRECTION_LABELS
from sessiontui.tui.widgets.refocus import refocus
from sessiontui.tui.widgets.sharing import mask_private_typing
from sessiontui.tui.widgets.visibility_select import VisibilitySelect

# Each text field and its placeholder (translated when shown).
_TEXT_FIELDS = {
    "situation": N_("Situation: when and where"),
    "behaviour": N_("Behaviour: what was said or done"),
    "impact": N_("Impact: what it led to"),
    "text": N_("Or in your own words"),
}


class FeedbackForm(Vertical):
    """Inputs for one feedback entry and an Add button."""

    class Submitted(Message):
        """A non-empty feedback entry to add."""

        def __init__(self, content: FeedbackContent, visibility: Visibility) -> None:
            super().__init__()
            self.content = content
            self.visibility = visibility

    def on_mount(self) -> None:
        """While sharing, a private entry is typed as dots."""
        mask_private_typing(self, self.query_one("#feedback-visibility"))

    def compose(self) -> ComposeResult:
        """Direction and visibility on one line, then the text fields, Add and the reason."""
        with Horizontal(classes="form-row"):
            yield Select(
                [(_(DIRECTION_LABELS[d]), d) for d in FeedbackDirection],
                value=FeedbackDirection.MENTOR_TO_MENTEE,
                allow_blank=False,
                compact=True,
                id="feedback-direction",
            )
            yield VisibilitySelect(Visibility.SHARED, id="feedback-visibility")
        for name, placeholder in _TEXT_FIELDS.items():
            yield Input(
                placeholder=_(placeholder),
                id=f"feedback-{name}",
                compact=True,
            )
        with Horizontal(classes="form-row"):
            yield Button(_("Add"), id="feedback-add", compact=True)
            yield Label(id="feedback-error", classes="form-error", markup=False)

    @on(Input.Submitted)
    @on(Button.Pressed, "#feedback-add")
    def _submit(self, event: Input.Submitted | Button.Pressed) -> None:
        event.stop()
        direction = self.query_one("#feedback-direction", Select).selection
        visibility = self.query_one("#feedback-visibility", VisibilitySelect).visibility
        feedback = FeedbackContent(
            direction=direction or FeedbackDirection.MENTOR_TO_MENTEE,
            situation=self._value("situation"),
            behaviour=self._value("behaviour"),
            impact=self._value("impact"),
            text=self._value("text"),
        )
        error = self.query_one("#feedback-error", Label)
        if feedback.is_empty():
            error.update(
                Content(_("Not added: write a situation, behaviour, impact or free text."))
            )
            error.add_class("-visible")
            return
        error.update(Content(""))
        error.remove_class("-visible")
        self.post_message(self.Submitted(feedback, visibility))
        for name in _TEXT_FIELDS:
            self.query_one(f"#feedback-{name}", Input).clear()
        refocus(self, self.query_one("#feedback-situation", Input))

    def _value(self, name: str) -> str:
        return self.query_one(f"#feedback-{name}", Input).value
