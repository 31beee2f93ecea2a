"""A list row whose mark ("shared", "private") never stands alone on a line.

Textual wraps a row at any space, so a row one word too long for its pane
left its mark on a line of its own ("words" / "shared"), where it reads as
an entry. A `MarkedLine` wraps like any text but keeps the mark on the line
of the text's last word: that word moves down with it.
"""

from __future__ import annotations

from textual.content import Content

from sessiontui.tui.widgets.broken_lines import BrokenLines

# A stand-in for the spaces that must not break (same width, never a break).
_KEEP = "_"


class MarkedLine(BrokenLines):
    """`text` then its `mark`, two spaces apart; the mark stays on the text's last line."""

    __slots__ = ("_glued_from",)

    def __init__(self, text: Content, mark: Content) -> None:
        whole = Content.assemble(text, "  ", mark)
        super().__init__(whole.plain, list(whole.spans))
        self._glued_from = len(text.plain)

    def _lines(self, width: int) -> Content:
        """The row with its line breaks made explicit, none of them inside the mark."""
        plain = self.plain
        guarded = Content(plain[: self._glued_from] + plain[self._glued_from :].replace(" ", _KEEP))
        offsets: list[int] = []
        position = 0
        for line in guarded.wrap(max(width, 1)):
            words = line.plain.strip()
            if not words:
                continue
            start = guarded.plain.find(words, position)
            if start > 0:
                offsets.append(start)
            position = start + len(words)
        pieces = self.divide(offsets) if offsets else [self]
        return Content("\n").join(piece.rstrip() for piece in pieces)
