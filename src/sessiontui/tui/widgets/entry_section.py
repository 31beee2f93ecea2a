"""One kind of entry in its pane: an optional heading, its form (only once opened), its list.

The form is mounted the first time it opens (start-up and idle cost nothing
for a form never used); closing hides it. What was typed in a closed form
stays for the next time it opens; a correction that is closed unsaved is
dropped (the entry is unchanged), and a saved entry leaves the form empty, on
its kind's default visibility, for the next one.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.widgets import Static

from sessiontui.entries import Entry, EntryKind
from sessiontui.tui.widgets.entry_form import EntryForm
from sessiontui.tui.widgets.entry_list import EntryList


class ListFrame(VerticalScroll, can_focus=False):
    """A pane's scrolling frame around its sections: no Tab stop of its own (focused, it
    showed nothing); the list in focus brings its highlighted row into view in it
    (widgets/entry_list.py)."""


class EntrySection(Vertical):
    """Heading, form (above the list, once opened) and list for entries of `kind`."""

    def __init__(
        self,
        kind: EntryKind,
        make_form: Callable[[], EntryForm],
        *,
        title: str | None,
        empty_text: str,
        can_toggle: bool,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id, classes="entry-section")
        self.kind = kind
        self._make_form = make_form
        self._title = title
        self._empty_text = empty_text
        self._can_toggle = can_toggle
        self._form: EntryForm | None = None

    def compose(self) -> ComposeResult:
        """The heading (if any) and the list (the form goes between them once opened)."""
        if self._title is not None:
            yield Static(Content(self._title), classes="section-heading", markup=False)
        yield EntryList(
            self.kind,
            empty_text=self._empty_text,
            can_toggle=self._can_toggle,
            id=f"{self.id}-list",
        )

    @property
    def entry_list(self) -> EntryList:
        """The section's list."""
        return self.query_one(EntryList)

    @property
    def form(self) -> EntryForm | None:
        """The form, once it was opened (None before)."""
        return self._form

    @property
    def form_open(self) -> bool:
        """True while the form is on screen."""
        return self._form is not None and self._form.display

    async def open_form(self, entry: Entry | None = None) -> EntryForm:
        """Show the form (mounting it the first time): empty to add, or `entry` to correct."""
        form = self._form
        if form is None:
            form = self._make_form()
            self._form = form
            await self.mount(form, before=self.entry_list)
        form.display = True
        if entry is not None:
            form.reset()
            form.fill(entry)
        elif form.editing is not None:
            form.reset()
        return form

    def close_form(self, *, saved: bool = False) -> None:
        """Hide the form; after a save, or a correction given up, empty it.

        The focus goes to the list (on the saved entry) only if it was still in
        the form: a shortcut pressed right after Enter has already moved it on.
        """
        form = self._form
        if form is None or not form.display:
            return
        had_focus = form.has_focus_within
        if saved or form.editing is not None:
            form.reset()
        form.display = False
        if had_focus:
            self.screen.set_focus(self.entry_list)

    @on(EntryForm.Closed)
    def _form_closed(self, event: EntryForm.Closed) -> None:
        event.stop()
        self.close_form()
