"""The "difficult moments" deck over the session: pick a moment, read what to do and say.

Opened with one key from any segment (Ctrl+S); the session keeps running
beneath it. Ctrl+T closes it and pauses the timer (an emotion needs time
more than an agenda); Escape or Ctrl+S closes it. The words come from
`sessiontui.difficult`.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from sessiontui.difficult import MomentCard, moment_cards
from sessiontui.i18n import _


class DifficultMomentsScreen(ModalScreen[bool]):
    """The seven moments, one shown in full. Dismissed with True to pause the timer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,ctrl+s", "close", show=False),
        Binding("ctrl+t", "pause_and_close", show=False),
    ]

    def __init__(self, session_language: str) -> None:
        super().__init__()
        self._cards = moment_cards(session_language)

    def compose(self) -> ComposeResult:
        """The list of moments, then what to do and what to say for the highlighted one."""
        with Vertical(id="moments-dialog"):
            yield Static(Content(_("Difficult moments")), id="moments-heading", markup=False)
            yield OptionList(
                *(Option(Content(card.title), id=card.moment.value) for card in self._cards),
                id="moment-list",
            )
            with VerticalScroll(id="moment-detail"):
                yield Static(Content(_("What to do")), classes="moment-label", markup=False)
                yield Static(id="moment-do", markup=False)
                yield Static(Content(_("What to say")), classes="moment-label", markup=False)
                yield Static(id="moment-say", markup=False)
            yield Static(
                Content(_("↑/↓ choose · Ctrl+T pause the timer and close · Esc close")),
                id="moments-keys",
                markup=False,
            )

    def on_mount(self) -> None:
        """The first moment is shown at once."""
        options = self.query_one("#moment-list", OptionList)
        options.highlighted = 0
        options.focus()
        self._show(self._cards[0])

    @on(OptionList.OptionHighlighted, "#moment-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show(self._cards[event.option_index])

    def _show(self, card: MomentCard) -> None:
        self.query_one("#moment-do", Static).update(Content(card.do))
        self.query_one("#moment-say", Static).update(Content(card.say))
        self.query_one("#moment-detail", VerticalScroll).scroll_home(animate=False)

    def action_close(self) -> None:
        """Back to the session."""
        self.dismiss(False)

    def action_pause_and_close(self) -> None:
        """Back to the session with its timer paused."""
        self.dismiss(True)
