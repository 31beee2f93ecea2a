"""Notes: the mentor's own jottings, private unless shared on purpose.

Shared notes are what the summary lists under "What we agreed", so in the
expectations and confidentiality segments the screen presets the form to
shared, with a placeholder naming what a mentoring agreement covers.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Select, Static

from sessiontui.i18n import _
from sessiontui.model import Visibility
from sessiontui.tui.widgets.entry_list import EntryList
from sessiontui.tui.widgets.sharing import mask_private_typing
from sessiontui.tui.widgets.visibility_select import VisibilitySelect


class NotesBox(Vertical):
    """An input for a note with its visibility, and the list of notes."""

    class NoteAdded(Message):
        """The mentor wrote a note."""

        def __init__(self, text: str, visibility: Visibility) -> None:
            super().__init__()
            self.text = text
            self.visibility = visibility

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._agreement = False

    def on_mount(self) -> None:
        """While sharing, a private entry is typed as dots."""
        mask_private_typing(self, self.query_one("#note-visibility"))

    def compose(self) -> ComposeResult:
        """Heading with the visibility, the agreement hint (when preset), input, list."""
        with Horizontal(classes="form-row section-heading"):
            yield Static(Content(_("Notes (Ctrl+G)")), classes="heading-text", markup=False)
            yield VisibilitySelect(Visibility.PRIVATE, id="note-visibility")
        yield Static(
            Content(
                _(
                    "What we agree: frequency, duration, topics, commitment, what stays "
                    "confidential. Shared notes go in the summary under “What we agreed”."
                )
            ),
            id="agreement-hint",
            markup=False,
        )
        yield Input(placeholder=_("A private note (Enter)"), id="note-input", compact=True)
        yield EntryList(empty_text=_("No notes yet."), id="notes-list")

    def set_agreement(self, agreement: bool) -> None:
        """Preset the form: shared, for the mentoring agreement, or private (the default)."""
        self._agreement = agreement
        self.set_class(agreement, "-agreement")
        visibility = Visibility.SHARED if agreement else Visibility.PRIVATE
        self.query_one("#note-visibility", Select).value = visibility
        self._show_placeholder(visibility)

    @on(Select.Changed, "#note-visibility")
    def _visibility_changed(self, event: Select.Changed) -> None:
        event.stop()
        if isinstance(event.value, Visibility):
            self._show_placeholder(event.value)

    def _show_placeholder(self, visibility: Visibility) -> None:
        """Say where the note goes: private, the summary, or the agreement."""
        if visibility is Visibility.PRIVATE:
            placeholder = _("A private note (Enter)")
        elif self._agreement:
            placeholder = _("What we agree (Enter)")
        else:
            placeholder = _("A shared note: it goes in the summary (Enter)")
        self.query_one("#note-input", Input).placeholder = placeholder

    @on(Input.Submitted, "#note-input")
    def _submit(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            visibility = self.query_one("#note-visibility", VisibilitySelect).visibility
            self.post_message(self.NoteAdded(event.value, visibility))
            event.input.clear()
