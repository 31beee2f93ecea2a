"""Notes: the mentor's own jottings, private unless said otherwise."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static

from sessiontui.i18n import t
from sessiontui.tui.widgets.entry_list import EntryList


class NotesBox(Vertical):
    """An input for a private note and the list of notes."""

    class NoteAdded(Message):
        """The mentor wrote a note."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def compose(self) -> ComposeResult:
        """Heading, input and the list."""
        yield Static(Content(t("live.notes.heading")), classes="section-heading", markup=False)
        yield Input(placeholder=t("live.notes.placeholder"), id="note-input", compact=True)
        yield EntryList(empty_key="live.notes.empty", id="notes-list")

    @on(Input.Submitted, "#note-input")
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.post_message(self.NoteAdded(event.value))
            event.input.clear()
