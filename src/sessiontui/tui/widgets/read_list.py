"""A list to read and pick from: the relationship screens' rows (goals, carried
items, sessions, entries of a stored session).

Rows arrive as (id, text, visibility) set from above; the screen's own keys
act on the highlighted row. Text is shown as typed, never as markup. Unlike
the session's `EntryList`, it binds no entry keys (edit, tick off, delete).
While the app shares the screen, only the rows `sessiontui.share` shows are
listed, and an empty list says the same whether private rows exist or not.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from sessiontui.i18n import _
from sessiontui.model import Visibility
from sessiontui.share import NOTHING_SHOWN, shown_entries
from sessiontui.tui.textual_compat import start_compact
from sessiontui.tui.widgets.sharing import follow_share_mode, share_mode


@dataclass(frozen=True)
class ReadRow:
    """One row: an id, the text to show (its private marks included), and who may see
    it (used only to hide it while sharing: private when anything it belongs to is)."""

    row_id: str
    text: str
    visibility: Visibility = Visibility.SHARED


class ReadList(OptionList):
    """Rows, one option each, with a text of its own while empty."""

    rows: reactive[tuple[ReadRow, ...]] = reactive((), init=False)

    def __init__(self, *, empty_text: str, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        start_compact(self)  # not compact=True: that restyles it before its mount
        self._empty_text = empty_text
        self._shown: tuple[ReadRow, ...] = ()

    def on_mount(self) -> None:
        """Show the rows (or the empty-list text), and again when sharing starts or stops."""
        follow_share_mode(self, lambda _sharing: self._show_rows(self.rows))

    def on_focus(self) -> None:
        """Land on the first row, so the screen's keys act at once."""
        if self.highlighted is None and self._shown:
            self.highlighted = 0

    def watch_rows(self, rows: tuple[ReadRow, ...]) -> None:
        """Rebuild the options, keeping the highlight where it was."""
        self._show_rows(rows)

    @property
    def empty(self) -> bool:
        """True when no row is on screen (none at all, or none while sharing)."""
        return not self._shown

    def highlighted_id(self) -> str | None:
        """The id of the highlighted row (None when there is none)."""
        if self.highlighted is None or not self._shown:
            return None
        return self.get_option_at_index(self.highlighted).id

    def _show_rows(self, rows: tuple[ReadRow, ...]) -> None:
        sharing = share_mode(self)
        self._shown = tuple(shown_entries(rows, sharing))
        highlighted = self.highlighted
        self.clear_options()
        if not self._shown:
            empty = _(NOTHING_SHOWN) if sharing else self._empty_text
            self.add_option(Option(Content(empty), disabled=True))
            return
        self.add_options(Option(Content(row.text), id=row.row_id) for row in self._shown)
        if highlighted is not None:
            self.highlighted = min(highlighted, len(self._shown) - 1)
        elif self.has_focus:
            # Focused before its rows came (a screen's first list): land on the first.
            self.highlighted = 0
