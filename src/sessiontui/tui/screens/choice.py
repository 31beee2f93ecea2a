"""A short list to choose one from (which session goal to link); Escape cancels.

Its rows are the shared `ReadList`: a private one is hidden as soon as sharing starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static

from sessiontui.i18n import _
from sessiontui.tui.widgets.read_list import ReadList, ReadRow


class ChoiceScreen(ModalScreen[str]):
    """Dismisses with the chosen option's id, or None on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", show=False)]
    AUTO_FOCUS = "#choice-options"

    def __init__(self, question: str, options: Sequence[ReadRow]) -> None:
        """`options` are rows, their text shown as typed."""
        super().__init__()
        self._question = question
        self._options = options

    def compose(self) -> ComposeResult:
        """The question and the options."""
        with Vertical(id="choice-dialog"):
            yield Static(Content(self._question), id="choice-question", markup=False)
            yield ReadList(empty_text=_("Nothing to choose from."), id="choice-options")

    def on_mount(self) -> None:
        """List the options."""
        self.query_one(ReadList).rows = tuple(self._options)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        """Choose nothing."""
        self.dismiss(None)
