"""The short entry forms: a parked thought, a note, a session goal.

Each is one line of text (a goal adds its measure) with its shared/private
switch. A note written in the expectations and confidentiality segments is
part of the mentoring agreement: shared by default, with a hint naming what
an agreement covers.
"""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, Static

from sessiontui.entries import Entry, EntryKind, default_visibility
from sessiontui.i18n import _
from sessiontui.model import Note, ParkingLotItem, SessionGoal, Visibility
from sessiontui.tui.widgets.entry_form import EntryForm, FormInput, VisibilitySwitch


class ParkForm(EntryForm):
    """A thought for later, instead of interrupting."""

    KIND = EntryKind.PARKED
    FIRST = "#park-input"

    def compose(self) -> ComposeResult:
        """The thought and its switch."""
        with Horizontal(classes="form-row"):
            yield FormInput(_("A thought for later"), id="park-input")
            yield VisibilitySwitch()
        yield self.error_label("text")
        yield self.error_label("visibility")

    def clear(self) -> None:
        """Empty the field."""
        super().clear()
        self.query_one("#park-input", Input).clear()

    def fill(self, entry: Entry) -> None:
        """Show a parked thought for correction."""
        assert isinstance(entry, ParkingLotItem)
        self.query_one("#park-input", Input).value = entry.text
        super().fill(entry)

    def fields(self) -> dict[str, Any] | None:
        """The thought, if there is one."""
        text = self.query_one("#park-input", Input).value
        self.show_error("text", "" if text.strip() else _("Write the thought."))
        visibility = self.visibility_chosen()
        if not text.strip() or visibility is None:
            return None
        return {"text": text, "visibility": visibility}


class NoteForm(EntryForm):
    """A note of the mentor's own, or a point of the mentoring agreement."""

    KIND = EntryKind.NOTE
    FIRST = "#note-input"

    def __init__(self, *, agreement: bool = False, id: str | None = None) -> None:
        super().__init__(id=id)
        self._agreement = agreement

    def compose(self) -> ComposeResult:
        """The agreement hint (agreement segments only), the note and its switch."""
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
        with Horizontal(classes="form-row"):
            yield FormInput(_("A private note"), id="note-input")
            yield VisibilitySwitch()
        yield self.error_label("text")
        yield self.error_label("visibility")

    def on_mount(self) -> None:
        """Start empty, and say in the field where the note goes."""
        super().on_mount()
        self.set_class(self._agreement, "-agreement")
        self.watch(self.switch, "value", self._show_placeholder)

    def set_agreement(self, agreement: bool) -> None:
        """Preset the form for the mentoring agreement (shared) or a note (private)."""
        if agreement == self._agreement:
            return
        self._agreement = agreement
        self.set_class(agreement, "-agreement")
        if not self.switch.chosen and self.editing is None:
            self.switch.preset(self.default_visibility())

    def default_visibility(self) -> Visibility | None:
        """Shared for the agreement, private otherwise (the defaults table)."""
        return default_visibility(EntryKind.NOTE, agreement=self._agreement)

    def _show_placeholder(self, visibility: Visibility | None) -> None:
        if visibility is Visibility.PRIVATE:
            placeholder = _("A private note")
        elif self._agreement:
            placeholder = _("What we agree")
        else:
            placeholder = _("A shared note: it goes in the summary")
        self.query_one("#note-input", Input).placeholder = placeholder

    def clear(self) -> None:
        """Empty the field."""
        super().clear()
        self.query_one("#note-input", Input).clear()

    def fill(self, entry: Entry) -> None:
        """Show a note for correction."""
        assert isinstance(entry, Note)
        self.query_one("#note-input", Input).value = entry.text
        super().fill(entry)

    def fields(self) -> dict[str, Any] | None:
        """The note, if there is one."""
        text = self.query_one("#note-input", Input).value
        self.show_error("text", "" if text.strip() else _("Write the note."))
        visibility = self.visibility_chosen()
        if not text.strip() or visibility is None:
            return None
        return {"text": text, "visibility": visibility}


class GoalForm(EntryForm):
    """What this session should achieve, and how we will know."""

    KIND = EntryKind.GOAL
    FIRST = "#goal-text"

    def compose(self) -> ComposeResult:
        """The goal and its switch, then its measure."""
        with Horizontal(classes="form-row"):
            yield FormInput(_("A goal for this session"), id="goal-text")
            yield VisibilitySwitch()
        yield self.error_label("text")
        yield FormInput(_("How will we know? (measure)"), id="goal-measure")
        yield self.error_label("visibility")

    def clear(self) -> None:
        """Empty both fields."""
        super().clear()
        for field in self.query(Input):
            field.clear()

    def fill(self, entry: Entry) -> None:
        """Show a goal for correction."""
        assert isinstance(entry, SessionGoal)
        self.query_one("#goal-text", Input).value = entry.text
        self.query_one("#goal-measure", Input).value = entry.measure
        super().fill(entry)

    def fields(self) -> dict[str, Any] | None:
        """The goal and its measure, if there is a goal."""
        text = self.query_one("#goal-text", Input).value
        self.show_error("text", "" if text.strip() else _("Write the goal first."))
        visibility = self.visibility_chosen()
        if not text.strip() or visibility is None:
            return None
        measure = self.query_one("#goal-measure", Input).value.strip()
        return {"text": text, "measure": measure, "visibility": visibility}
