"""Plain aligned text tables for terminal output (no UI library needed).

Widths are measured with `wcwidth`, which knows wide characters, combining
marks and emoji sequences (👩‍💻 is one glyph, two columns wide).
"""

from __future__ import annotations

from collections.abc import Sequence

from sessiontui.text import one_line


def display_width(text: str) -> int:
    """Terminal columns `text` takes on one line."""
    # Imported here: every command module is loaded at start-up, the app's
    # included, and wcwidth's tables cost it ~8 MiB and tens of ms.
    import wcwidth  # noqa: PLC0415

    return int(wcwidth.width(text))


def render_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()
) -> str:
    """Columns separated by two spaces; column indexes in `right` are right-aligned.

    Each cell is cleaned and kept on one line, so a title with a newline or an
    escape sequence cannot break the columns.
    """
    table = [[one_line(cell) for cell in row] for row in (headers, *rows)]
    widths = [0] * len(headers)
    for row in table:
        for column, cell in enumerate(row):
            widths[column] = max(widths[column], display_width(cell))
    lines = []
    for row in table:
        cells = []
        for column, cell in enumerate(row):
            padding = " " * (widths[column] - display_width(cell))
            cells.append(padding + cell if column in right else cell + padding)
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)
