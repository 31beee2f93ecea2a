"""A list to read and pick from: the relationship screens' rows (goals, carried
items, sessions, entries of a stored session).

Rows arrive as (id, text) pairs set from above; the screen's own keys act on
the highlighted row. Text is shown as typed, never as markup. Unlike the
session's `EntryList`, it binds no entry keys (edit, tick off, delete).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option


@dataclass(frozen=True)
class ReadRow:
    """One row: an id and the text to show (its private marks included)."""

    row_id: str
    text: str


class ReadList(OptionList):
    """Rows, one option each, with a text of its own while empty."""

    rows: reactive[tuple[ReadRow, ...]] = reactive((), init=False)

    def __init__(self, *, empty_text: str, id: str | None = None) -> None:
        super().__init__(id=id, compact=True, markup=False)
        self._empty_text = empty_text

    def on_mount(self) -> None:
        """Show the empty-list text until rows arrive."""
        self._show_rows(())

    def on_focus(self) -> None:
        """Land on the first row, so the screen's keys act at once."""
        if self.highlighted is None and self.rows:
            self.highlighted = 0

    def watch_rows(self, rows: tuple[ReadRow, ...]) -> None:
        """Rebuild the options, keeping the highlight where it was."""
        self._show_rows(rows)

    def highlighted_id(self) -> str | None:
        """The id of the highlighted row (None when there is none)."""
        if self.highlighted is None or not self.rows:
            return None
        return self.get_option_at_index(self.highlighted).id

    def _show_rows(self, rows: tuple[ReadRow, ...]) -> None:
        highlighted = self.highlighted
        self.clear_options()
        if not rows:
            self.add_option(Option(Content(self._empty_text), disabled=True))
            return
        self.add_options(Option(Content(row.text), id=row.row_id) for row in rows)
        if highlighted is not None:
            self.highlighted = min(highlighted, len(rows) - 1)
        elif self.has_focus:
            # Focused before its rows came (a screen's first list): land on the first.
            self.highlighted = 0
