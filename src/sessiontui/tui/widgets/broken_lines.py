"""Content that chooses its own line breaks, for rows Textual would wrap badly.

Textual's `Content` wraps at any space and folds a long word anywhere. A
subclass of `BrokenLines` says where its lines break (`_lines`), and Textual
renders and measures those lines as they are.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions


class BrokenLines(Content):
    """Content rendered as the lines `_lines(width)` makes of it."""

    __slots__ = ()

    def _lines(self, width: int) -> Content:
        """The content with its line breaks at `width` made explicit."""
        raise NotImplementedError

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Lines at `width` (Visual protocol)."""
        return self._lines(width).get_height(rules, width)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """The lines as `_lines` breaks them (Visual protocol)."""
        return self._lines(width).render_strips(width, height, style, options)
