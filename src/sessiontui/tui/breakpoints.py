"""A screen's breakpoint classes, given when it is made instead of at its first resize.

Textual adds the classes of a screen's `HORIZONTAL_BREAKPOINTS` and
`VERTICAL_BREAKPOINTS` when the screen's first Resize arrives, after every
widget on it was styled, so that change of classes restyles the whole screen
a second time. A screen made with the classes that Resize would add (the
terminal's size is known by then) is styled once; later resizes add and drop
them as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.screen import Screen


def _reached(breakpoints: Sequence[tuple[int, str]], cells: int) -> list[str]:
    """The class of the widest breakpoint that `cells` reaches, as Textual picks it."""
    reached = [name for edge, name in sorted(breakpoints, reverse=True) if cells >= edge]
    return reached[:1]


def breakpoint_classes(screen: Screen[Any]) -> str:
    """The classes `screen` will get at its first resize, in the app's present size
    (the screen's breakpoints, else the app's, as Textual reads them)."""
    app = screen.app
    horizontal = screen.HORIZONTAL_BREAKPOINTS
    vertical = screen.VERTICAL_BREAKPOINTS
    if horizontal is None:
        horizontal = app.HORIZONTAL_BREAKPOINTS
    if vertical is None:
        vertical = app.VERTICAL_BREAKPOINTS
    width, height = app.size
    return " ".join([*_reached(horizontal or [], width), *_reached(vertical or [], height)])
