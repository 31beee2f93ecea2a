"""Read the colours a real terminal shows: tmux's `capture-pane -e` rows, cell by cell.

Each row is text with SGR sequences (ESC [ ... m); `cells` replays them into
one (character, foreground, background) per cell, each colour as tmux
reports it: an ANSI number (0-15), a 256-colour index, an (r, g, b) triple,
or None for the terminal's default. `is_red` says whether a colour is red to
the eye: ANSI red or bright red, or a 256/truecolour whose red clearly leads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Colour = int | tuple[int, int, int] | None

_SGR = re.compile(r"\x1b\[([0-9;:]*)m")
# The 6x6x6 cube of the 256-colour palette.
_CUBE = (0, 95, 135, 175, 215, 255)


@dataclass(frozen=True)
class Cell:
    """One cell on screen: its character and colours."""

    char: str
    fg: Colour
    bg: Colour


def cells(row: str) -> list[Cell]:
    """The cells of one captured row, in order (one per character)."""
    fg: Colour = None
    bg: Colour = None
    out: list[Cell] = []
    position = 0
    for match in _SGR.finditer(row):
        out.extend(Cell(char, fg, bg) for char in row[position : match.start()])
        fg, bg = _apply(match.group(1), fg, bg)
        position = match.end()
    out.extend(Cell(char, fg, bg) for char in row[position:])
    return out


def _apply(codes: str, fg: Colour, bg: Colour) -> tuple[Colour, Colour]:
    numbers = [int(code) if code else 0 for code in re.split("[;:]", codes)]
    index = 0
    while index < len(numbers):
        code = numbers[index]
        if code == 0:
            fg = bg = None
        elif 30 <= code <= 37:
            fg = code - 30
        elif 90 <= code <= 97:
            fg = code - 90 + 8
        elif code == 39:
            fg = None
        elif 40 <= code <= 47:
            bg = code - 40
        elif 100 <= code <= 107:
            bg = code - 100 + 8
        elif code == 49:
            bg = None
        elif code in (38, 48):
            colour: Colour
            if numbers[index + 1] == 5:
                colour, index = numbers[index + 2], index + 2
            else:
                rgb = numbers[index + 2 : index + 5]
                colour, index = (rgb[0], rgb[1], rgb[2]), index + 4
            if code == 38:
                fg = colour
            else:
                bg = colour
        index += 1
    return fg, bg


def _rgb(colour: int) -> tuple[int, int, int] | None:
    if 16 <= colour <= 231:
        red, rest = divmod(colour - 16, 36)
        green, blue = divmod(rest, 6)
        return _CUBE[red], _CUBE[green], _CUBE[blue]
    return None


def is_red(colour: Colour) -> bool:
    """Whether `colour` reads as red (ANSI 1 or 9, or an RGB where red leads)."""
    if colour is None:
        return False
    if isinstance(colour, int):
        if colour in (1, 9):
            return True
        rgb = _rgb(colour)
        if rgb is None:
            return False
        colour = rgb
    red, green, blue = colour
    return red >= 150 and red - max(green, blue) >= 60 and abs(green - blue) < 70 and green < 120


def red_cells(rows: list[str], columns: slice) -> list[str]:
    """The characters drawn in red (foreground or background) in `columns` of `rows`."""
    return [
        cell.char
        for row in rows
        for cell in cells(row)[columns]
        if (is_red(cell.fg) and cell.char.strip()) or is_red(cell.bg)
    ]
