"""A small yes/no question (finish the session?)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from sessiontui.i18n import t


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True for yes, False for no or Escape."""

    # The key that asked the question (F10 for finish) answers yes when
    # pressed again; letters are safe here because the dialog has no input.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "no", show=False),
        Binding("y,s,f10", "yes", show=False),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        """The question and two buttons; "No" has the focus so Enter is safe."""
        with Vertical(id="confirm-dialog"):
            yield Static(Content(self._question), id="confirm-question", markup=False)
            yield Static(t("live.confirm.keys"), id="confirm-keys", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(t("live.confirm.yes"), id="confirm-yes", variant="warning")
                yield Button(t("live.confirm.no"), id="confirm-no")

    def on_mount(self) -> None:
        """Start on the safe answer."""
        self.query_one("#confirm-no", Button).focus()

    @on(Button.Pressed, "#confirm-yes")
    def action_yes(self) -> None:
        """Answer yes."""
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def action_no(self) -> None:
        """Answer no."""
        self.dismiss(False)
