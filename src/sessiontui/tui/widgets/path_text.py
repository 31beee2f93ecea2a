"""Text with file paths in it that wraps a long path only after a path separator.

Textual wraps at spaces and folds a word longer than the line anywhere, so a
delivery report at 80 columns showed "…e24b97e3.tx" / "t.". A `PathText`
breaks a line at a space or just after a "/", so a path reads whole up to
each separator; only a single name longer than the whole line is still folded.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual.content import Content

from sessiontui.tui.widgets.broken_lines import BrokenLines

# The pieces a line may break before: runs of spaces, and words cut after each "/".
_PIECE = re.compile(r" +|[^ /]*/|[^ /]+")


def break_offsets(text: str, width: int) -> list[int]:
    """Where to break `text` (its own newlines kept) so each line fits `width`,
    breaking only at spaces or after a "/"."""
    offsets: list[int] = []
    start = 0
    for paragraph in text.split("\n"):
        column = 0
        for piece in _PIECE.finditer(paragraph):
            size = cell_len(piece.group())
            if piece.group().startswith(" "):
                column += size  # trailing spaces are trimmed where a line breaks
            elif column and column + size > width:
                offsets.append(start + piece.start())
                column = size
            else:
                column += size
        start += len(paragraph) + 1
    return offsets


class PathText(BrokenLines):
    """Plain text whose lines break at spaces or after a path separator."""

    __slots__ = ()

    def _lines(self, width: int) -> Content:
        offsets = break_offsets(self.plain, max(width, 1))
        pieces = self.divide(offsets) if offsets else [self]
        return Content("\n").join(piece.rstrip(" ") for piece in pieces)
