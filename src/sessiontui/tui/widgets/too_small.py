"""The message that replaces the layout when the terminal is too small."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from sessiontui.i18n import _

MIN_WIDTH = 60
MIN_HEIGHT = 20


class TooSmall(Static):
    """ "Enlarge the terminal to at least 60x20" (the session keeps running behind it)."""

    def __init__(self, *, id: str | None = None) -> None:
        text = _(
            "Enlarge the terminal to at least {width}x{height}.\n"
            "The session keeps running; nothing is lost.",
            width=MIN_WIDTH,
            height=MIN_HEIGHT,
        )
        super().__init__(Content(text), id=id, markup=False)
