"""A list of session entries with keys on the highlighted entry (toggle, delete).

Shared by action items, feedback, the parking lot and notes. Entries arrive
as rows (id, text, visibility) set from above; keys post messages naming the
entry, and the screen decides what they mean. Text is shown as typed, never
as markup.

Share mode is applied here, for every list: while the app shares the screen,
only what `sessiontui.share` says is shown, and the empty-list text is the
same whether private entries exist or not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from sessiontui.i18n import _
from sessiontui.model import Visibility
from sessiontui.share import NOTHING_SHOWN, shown_entries
from sessiontui.tui.widgets.sharing import follow_share_mode, share_mode


@dataclass(frozen=True)
class EntryRow:
    """One row: the entry's id, the text to show, and who may see it (the entry's
    visibility, or private when anything it belongs to is: `share.effective_visibility`)."""

    entry_id: str
    text: str
    visibility: Visibility


class EntryList(OptionList):
    """Entries, one per line; space toggles, delete removes (when enabled)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_entry", show=False),
        Binding("delete", "delete_entry", show=False),
    ]

    rows: reactive[tuple[EntryRow, ...]] = reactive((), init=False)

    class _EntryMessage(Message):
        """A key pressed on one entry; the screen decides what it means."""

        def __init__(self, entry_list: EntryList, entry_id: str) -> None:
            super().__init__()
            self.entry_list = entry_list
            self.entry_id = entry_id

        @property
        def control(self) -> EntryList:
            """The list the entry belongs to (for @on selectors)."""
            return self.entry_list

    class Toggle(_EntryMessage):
        """The mentor toggled an entry (done, reviewed, achieved)."""

    class Delete(_EntryMessage):
        """The mentor asked to delete an entry."""

    def __init__(
        self,
        *,
        empty_text: str,
        can_toggle: bool = False,
        can_delete: bool = False,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, compact=True, markup=False)
        self._empty_text = empty_text
        self._can_toggle = can_toggle
        self._can_delete = can_delete

    def on_mount(self) -> None:
        """Show the entries (or the empty-list hint), and again when sharing starts or stops."""
        follow_share_mode(self, lambda _sharing: self._show_rows(self.rows))

    def on_focus(self) -> None:
        """Land on the first entry, so the keys act at once."""
        if self.highlighted is None and self.rows:
            self.highlighted = 0

    def watch_rows(self, rows: tuple[EntryRow, ...]) -> None:
        """Rebuild the options, keeping the highlight where it was."""
        self._show_rows(rows)

    def _show_rows(self, rows: tuple[EntryRow, ...]) -> None:
        sharing = share_mode(self)
        visible = shown_entries(rows, sharing)
        highlighted = self.highlighted
        self.clear_options()
        if not visible:
            empty = _(NOTHING_SHOWN) if sharing else self._empty_text
            self.add_option(Option(Content(empty), disabled=True))
            return
        self.add_options(Option(Content(row.text), id=row.entry_id) for row in visible)
        if highlighted is not None:
            self.highlighted = min(highlighted, len(visible) - 1)
        elif self.has_focus:
            # Focused before its entries came (a screen's first list): land on the first.
            self.highlighted = 0

    def _highlighted_id(self) -> str | None:
        if self.highlighted is None or not self.option_count:
            return None
        return self.get_option_at_index(self.highlighted).id

    def action_toggle_entry(self) -> None:
        """Post a Toggle for the highlighted entry."""
        entry_id = self._highlighted_id()
        if self._can_toggle and entry_id is not None:
            self.post_message(self.Toggle(self, entry_id))

    def action_delete_entry(self) -> None:
        """Post a Delete for the highlighted entry."""
        entry_id = self._highlighted_id()
        if self._can_delete and entry_id is not None:
            self.post_message(self.Delete(self, entry_id))
