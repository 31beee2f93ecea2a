"""A short list to choose one from (which session goal to link); Escape cancels."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option


class ChoiceScreen(ModalScreen[str]):
    """Dismisses with the chosen option's id, or None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]
    AUTO_FOCUS = "#choice-options"

    def __init__(self, question: str, options: list[tuple[str, str]]) -> None:
        """`options` are (id, text) pairs, shown as typed."""
        super().__init__()
        self._question = question
        self._options = options

    def compose(self) -> ComposeResult:
        """The question and the options."""
        with Vertical(id="choice-dialog"):
            yield Static(Content(self._question), id="choice-question", markup=False)
            yield OptionList(
                *(Option(Content(text), id=option_id) for option_id, text in self._options),
                id="choice-options",
                markup=False,
            )

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Choose nothing."""
        self.dismiss(None)
