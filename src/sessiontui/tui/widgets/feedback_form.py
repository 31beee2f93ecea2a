"""The feedback form: direction, situation–behaviour–impact or own words, visibility.

Feedback from the mentor to the mentee has no default visibility (it is
often said aloud but not always meant for the email): the form asks, and
refuses to save until the mentor chooses. The other directions start private.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Select

from sessiontui.entries import Entry, EntryKind, default_visibility
from sessiontui.i18n import N_, _
from sessiontui.model import Feedback, FeedbackContent, FeedbackDirection, Visibility
from sessiontui.tui.formatting import DIRECTION_LABELS
from sessiontui.tui.widgets.entry_form import EntryForm, FormInput, VisibilitySwitch

# Each text field and its placeholder (translated when shown).
_TEXT_FIELDS = {
    "situation": N_("Situation: when and where"),
    "behaviour": N_("Behaviour: what was said or done"),
    "impact": N_("Impact: what it led to"),
    "text": N_("Or in your own words"),
}


class FeedbackForm(EntryForm):
    """Direction and switch, then the four text fields."""

    KIND = EntryKind.FEEDBACK
    FIRST = "#feedback-situation"

    def compose(self) -> ComposeResult:
        """Direction and visibility on one line, the text fields, the reasons."""
        with Horizontal(classes="form-row"):
            yield Select(
                [(_(DIRECTION_LABELS[d]), d) for d in FeedbackDirection],
                value=FeedbackDirection.MENTOR_TO_MENTEE,
                allow_blank=False,
                compact=True,
                id="feedback-direction",
            )
            yield VisibilitySwitch()
        for name, placeholder in _TEXT_FIELDS.items():
            yield FormInput(_(placeholder), id=f"feedback-{name}")
        yield self.error_label("text")
        yield self.error_label("visibility")

    def _direction(self) -> FeedbackDirection:
        selected = self.query_one("#feedback-direction", Select).selection
        return selected or FeedbackDirection.MENTOR_TO_MENTEE

    def default_visibility(self) -> Visibility | None:
        """The chosen direction's default (the defaults table)."""
        return default_visibility(EntryKind.FEEDBACK, direction=self._direction())

    @on(Select.Changed, "#feedback-direction")
    def _direction_changed(self, event: Select.Changed) -> None:
        event.stop()
        if not self.switch.chosen:
            self.switch.preset(self.default_visibility())

    def clear(self) -> None:
        """Empty the fields; the direction back to mentor → mentee."""
        super().clear()
        for field in self.query(Input):
            field.clear()
        self.query_one("#feedback-direction", Select).value = FeedbackDirection.MENTOR_TO_MENTEE

    def fill(self, entry: Entry) -> None:
        """Show a feedback entry for correction."""
        assert isinstance(entry, Feedback)
        self.query_one("#feedback-direction", Select).value = entry.direction
        for name in _TEXT_FIELDS:
            self.query_one(f"#feedback-{name}", Input).value = getattr(entry, name)
        super().fill(entry)

    def fields(self) -> dict[str, Any] | None:
        """Direction, the four texts and visibility, if something was written."""
        texts = {name: self.query_one(f"#feedback-{name}", Input).value for name in _TEXT_FIELDS}
        empty = FeedbackContent(**texts).is_empty()
        self.show_error(
            "text", _("Write a situation, behaviour, impact or your own words.") if empty else ""
        )
        visibility = self.visibility_chosen()
        if empty or visibility is None:
            return None
        return {"direction": self._direction(), **texts, "visibility": visibility}
