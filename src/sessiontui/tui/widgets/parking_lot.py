"""The parking lot: jot a thought with one key instead of interrupting."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from sessiontui.i18n import _
from sessiontui.tui.widgets.entry_list import EntryList
from sessiontui.tui.widgets.sharing import mask_private_typing


class ParkingLot(Vertical):
    """An input for a thought and the list of parked thoughts (tick off at wrap-up)."""

    class Parked(Message):
        """The mentor parked a thought."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def on_mount(self) -> None:
        """While sharing, a always private entry is typed as dots."""
        mask_private_typing(self, None)

    def compose(self) -> ComposeResult:
        """Heading, input, review hint (wrap-up only) and the list."""
        yield Static(Content(_("Parking lot (Ctrl+L)")), classes="section-heading", markup=False)
        yield Input(placeholder=_("A thought for later (Enter)"), id="park-input", compact=True)
        yield Static(
            Content(_("Wrap-up: go through each thought; Space marks it reviewed.")),
            id="parking-hint",
            markup=False,
        )
        yield EntryList(empty_text=_("Nothing parked yet."), can_toggle=True, id="parking-list")

    @on(Input.Submitted, "#park-input")
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.post_message(self.Parked(event.value))
            event.input.clear()
