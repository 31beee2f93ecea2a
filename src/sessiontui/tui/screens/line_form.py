"""A one-line form: a question and a field (a check-in's note, a new due date)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Label, Static

from sessiontui.i18n import _
from sessiontui.tui.screens.form_screen import FormScreen
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.steady_field import SteadyField


class LineFormScreen(FormScreen[str]):
    """Dismisses with the text typed (Enter or Ctrl+S), or None when cancelled."""

    FIRST_FIELD = "#line-field"

    def __init__(self, question: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self._question = question
        self._value = value
        self._placeholder = placeholder

    def compose(self) -> ComposeResult:
        """The question, the field and how to leave."""
        with Vertical(classes="rel-form"):
            yield Label(self._question, markup=False)
            yield SteadyField(
                self._value, placeholder=self._placeholder, id="line-field", compact=True
            )
            yield Static(_("Enter saves · Escape cancels"), classes="rel-muted", markup=False)
        yield KeyFooter()

    @on(Input.Submitted)
    def action_save(self) -> None:
        """Save what was typed."""
        self.dismiss(self.query_one("#line-field", Input).value.strip())
