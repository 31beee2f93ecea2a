"""A list of one kind of entry, each marked shared or private, with keys on the highlighted one.

Entries arrive as rows set from above; Enter (edit), Space (tick off) and
Delete post messages naming the entry, and the screen decides what they
mean. The keys come from the action registry (Scope.ENTRY_LIST), so the
footer shows them while the list has the focus. Every row says who may see
it: a quiet "shared", a distinct "private" (styled in TCSS through the
component classes). Text is shown as typed, never as markup. The marks'
colours are taken when a row is built, so the rows are built again when the
app's theme changes (share mode may switch it); the highlighted row's mark
takes the row's own colour, which every theme makes legible on the highlight.

Share mode is applied here, for every list: while the app shares the screen,
only what `sessiontui.share` says is shown (the keys act on those rows only),
and the empty-list text is the same whether private entries exist or not.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.containers import ScrollableContainer
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.style import Style
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from sessiontui.entries import EntryKind
from sessiontui.i18n import _
from sessiontui.model import Visibility
from sessiontui.share import NOTHING_SHOWN, shown_entries
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.textual_compat import highlighted_lines, start_compact
from sessiontui.tui.widgets.marked_line import MarkedLine
from sessiontui.tui.widgets.sharing import follow_share_mode, share_mode


@dataclass(frozen=True)
class EntryRow:
    """One row: the entry's id, its text, who may see it (the entry's visibility, or
    private when anything it belongs to is: `share.effective_visibility`), and a
    warning (overdue)."""

    entry_id: str
    text: str
    visibility: Visibility
    warning: str = ""


class EntryList(OptionList):
    """Entries of one kind, one per line."""

    COMPONENT_CLASSES = {  # noqa: RUF012 (Textual declares it a plain set)
        "entry-list--shared",
        "entry-list--private",
        "entry-list--warning",
    }

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

        @property
        def kind(self) -> EntryKind:
            """The kind of entry."""
            return self.entry_list.kind

    class Edit(_EntryMessage):
        """The mentor wants to correct an entry."""

    class Toggle(_EntryMessage):
        """The mentor ticked an entry off (done, achieved, reviewed) or back."""

    class Delete(_EntryMessage):
        """The mentor deleted an entry."""

    def __init__(
        self, kind: EntryKind, *, empty_text: str, can_toggle: bool, id: str | None = None
    ) -> None:
        super().__init__(id=id, markup=False)
        start_compact(self)  # not compact=True: that restyles it before its mount
        self.kind = kind
        self._empty_text = empty_text
        self._can_toggle = can_toggle
        self._shown: tuple[EntryRow, ...] = ()
        """The rows on screen: all of them, or only the shared ones while sharing."""
        self._plain_mark: int | None = None
        """The row whose mark is drawn in the highlight's colour (None: no row)."""
        bind_actions(self, Scope.ENTRY_LIST, replace=True)

    def on_mount(self) -> None:
        """Show the entries (or the empty-list text), and again when sharing starts or stops."""
        follow_share_mode(self, self._share_mode_changed)
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        self._show_rows(self.rows)

    def _share_mode_changed(self, _sharing: bool) -> None:
        self._show_rows(self.rows)
        self.refresh_bindings()

    def on_focus(self) -> None:
        """Land on an entry, so the keys act at once."""
        if self.highlighted is None and self._shown:
            self.highlighted = 0
        self.call_after_refresh(self._keep_highlight_in_view)

    def watch_has_focus(self, has_focus: bool) -> None:
        """The highlight shows only with the focus: the mark's colour follows it."""
        super().watch_has_focus(has_focus)
        self._style_highlighted_mark()

    def watch_highlighted(self, highlighted: int | None) -> None:
        """Draw the newly highlighted row's mark in the highlight's colour."""
        super().watch_highlighted(highlighted)
        self._style_highlighted_mark()
        if self.has_focus:
            self.call_after_refresh(self._keep_highlight_in_view)

    def _keep_highlight_in_view(self) -> None:
        """Scroll the pane the list is in so the highlighted row shows: the list is as
        high as its rows (up to 12), and the pane scrolls, not a Tab stop of its own."""
        lines = highlighted_lines(self)
        frame = next(
            (node for node in self.ancestors if isinstance(node, ScrollableContainer)), None
        )
        if lines is None or frame is None or not self.has_focus:
            return
        first, height = lines
        top = self.content_region.y - frame.content_region.y + first - round(self.scroll_y)
        frame.scroll_to_region(
            Region(0, top + round(frame.scroll_y), 1, height),
            animate=False,
            immediate=True,
            x_axis=False,
        )

    def _style_highlighted_mark(self) -> None:
        """Give the mark of the row shown highlighted (focused lists only) the row's own
        colour, and the previous one its colour back: an orange "private" on a yellow
        highlight could not be read."""
        wanted = self.highlighted if self.has_focus and self._shown else None
        if wanted == self._plain_mark:
            return
        for index, plain in ((self._plain_mark, False), (wanted, True)):
            if index is not None and index < min(len(self._shown), self.option_count):
                content = self._row_content(self._shown[index], plain_mark=plain)
                self.replace_option_prompt_at_index(index, content)
        self._plain_mark = wanted

    def watch_rows(self, rows: tuple[EntryRow, ...]) -> None:
        """Rebuild the options, keeping the highlight where it was."""
        self._show_rows(rows)
        self.refresh_bindings()

    def highlight_entry(self, entry_id: str) -> None:
        """Move the highlight to the entry with `entry_id` (if it is listed)."""
        for index, row in enumerate(self._shown):
            if row.entry_id == entry_id:
                self.highlighted = index
                return

    def _row_content(self, row: EntryRow, *, plain_mark: bool = False) -> Content:
        shared = row.visibility is Visibility.SHARED
        style = self.get_visual_style(
            "entry-list--shared" if shared else "entry-list--private", partial=True
        )
        if plain_mark:
            style = Style(bold=style.bold, italic=style.italic)
        mark = _("shared") if shared else _("private")
        text = Content(row.text)
        if row.warning:
            warning = self.get_visual_style("entry-list--warning", partial=True)
            text = Content.assemble(text, "  ", (row.warning, warning))
        return MarkedLine(text, Content.styled(mark, style))

    def _show_rows(self, rows: tuple[EntryRow, ...]) -> None:
        sharing = share_mode(self)
        self._shown = tuple(shown_entries(rows, sharing))
        highlighted = self.highlighted
        self._plain_mark = None
        self.clear_options()
        if not self._shown:
            empty = _(NOTHING_SHOWN) if sharing else self._empty_text
            self.add_option(Option(Content(empty), disabled=True))
            return
        self.add_options(Option(self._row_content(row), id=row.entry_id) for row in self._shown)
        if highlighted is not None:
            self.highlighted = min(highlighted, len(self._shown) - 1)
        elif self.has_focus:
            # Focused before its entries came (a screen's first list): land on the first.
            self.highlighted = 0
        self._style_highlighted_mark()

    def highlighted_id(self) -> str | None:
        """The id of the highlighted entry (None when the list is empty)."""
        if self.highlighted is None or not self._shown:
            return None
        return self.get_option_at_index(self.highlighted).id

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the entry keys only when there is an entry (and ticking where it means
        something)."""
        if action in {"edit_entry", "delete_entry"}:
            return bool(self._shown)
        if action == "toggle_entry":
            return self._can_toggle and bool(self._shown)
        return True

    def _post(self, message: type[_EntryMessage]) -> None:
        entry_id = self.highlighted_id()
        if entry_id is not None:
            self.post_message(message(self, entry_id))

    def action_edit_entry(self) -> None:
        """Ask to correct the highlighted entry."""
        self._post(self.Edit)

    def action_toggle_entry(self) -> None:
        """Tick the highlighted entry off, or back."""
        if self._can_toggle:
            self._post(self.Toggle)

    def action_delete_entry(self) -> None:
        """Delete the highlighted entry."""
        self._post(self.Delete)
