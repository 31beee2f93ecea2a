"""The app's text field: a `SteadyInput` (typing lays nothing out) with a steady cursor.

Textual's `Input` blinks its cursor twice a second while it has the focus, each
blink a repaint: a screen left open with the focus in a field (the start
screen's name, a form read aloud during the call) would never be idle. Only
for a field whose width and height its styles fix (never `auto`): see
`SteadyInput`.
"""

from __future__ import annotations

from sessiontui.tui.textual_compat import SteadyInput


class SteadyField(SteadyInput):
    """A text field that repaints only when its text or the focus changes."""

    def __init__(
        self,
        value: str | None = None,
        placeholder: str = "",
        *,
        max_length: int = 0,
        id: str | None = None,
        compact: bool = False,
    ) -> None:
        super().__init__(value, placeholder, max_length=max_length, id=id, compact=compact)
        self.cursor_blink = False
