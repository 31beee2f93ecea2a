"""The summary's editor: a TextArea that also jumps to the start and the end of the text."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import TextArea


class SummaryEditor(TextArea):
    """The editable summary. Ctrl+Home / Ctrl+End go to the first / last character
    (with Shift they select up to it), as in any editor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+home", "document_start", show=False),
        Binding("ctrl+end", "document_end", show=False),
        Binding("ctrl+shift+home", "document_start(True)", show=False),
        Binding("ctrl+shift+end", "document_end(True)", show=False),
    ]

    def action_document_start(self, select: bool = False) -> None:
        """Put the cursor before the first character."""
        self.move_cursor((0, 0), select=select)

    def action_document_end(self, select: bool = False) -> None:
        """Put the cursor after the last character."""
        self.move_cursor(self.document.end, select=select)
