"""What every entry form shares: its text fields, its shared/private switch, Save and Close.

A form adds an entry, or corrects one (`fill`); it checks what was typed,
showing each reason next to its field, and posts `Saved` with the fields
for the screen to hand to the live session. Escape posts `Closed`. A form
opens on its kind's default visibility (`entries.DEFAULT_VISIBILITY`) and
goes back to it after every entry (`reset`).

Enter is handled by the field that received it (`FormInput`), never looked
up against whatever has the focus when it is handled: a shortcut pressed
right after Enter (Ctrl+N, F10) may have moved the focus already, and the
entry must still be saved from the form it was typed in.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events, on
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Label, Static

from sessiontui.entries import Entry, EntryKind, default_visibility
from sessiontui.i18n import _
from sessiontui.model import Visibility
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.widgets.sharing import mask_private_typing
from sessiontui.tui.widgets.steady_field import SteadyField


class FormInput(SteadyField):
    """A form's text field: Enter saves the form this field is in."""

    def __init__(self, placeholder: str, *, id: str) -> None:
        super().__init__(placeholder=placeholder, id=id, compact=True)
        # Enter keeps its action (submit); the binding gives it the footer's label.
        bind_actions(self, Scope.ENTRY_FORM, replace=True, only={"submit"})

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            await self.action_submit()
            return
        await super()._on_key(event)


class VisibilitySwitch(Static):
    """Shared or private (or not chosen yet); Ctrl+F or a click flips it."""

    value: reactive[Visibility | None] = reactive(None)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False, classes="visibility-switch")
        self.chosen = False
        """True once the mentor flipped it (a default may still follow the form's choices)."""

    def watch_value(self, value: Visibility | None) -> None:
        """Say the choice, marked by class for TCSS (private stands out)."""
        for choice in Visibility:
            self.set_class(value is choice, f"-{choice.value}")
        self.set_class(value is None, "-ask")
        if value is Visibility.SHARED:
            text = _("Shared")
        elif value is Visibility.PRIVATE:
            text = _("Private")
        else:
            text = _("Shared or private? Ctrl+F")
        self.update(Content(text))

    def flip(self) -> None:
        """Shared becomes private; private (or no choice yet) becomes shared."""
        self.chosen = True
        self.value = Visibility.PRIVATE if self.value is Visibility.SHARED else Visibility.SHARED

    def preset(self, value: Visibility | None) -> None:
        """Start on `value`, as no choice of the mentor's."""
        self.chosen = False
        self.value = value

    def on_click(self) -> None:
        """A click flips it too."""
        self.flip()


class EntryForm(Vertical):
    """The common part of the five entry forms."""

    KIND: ClassVar[EntryKind]
    FIRST: ClassVar[str]
    """The selector of the field that gets the focus when the form opens."""

    class Saved(Message):
        """A checked entry to add (`entry_id` None) or the correction of one."""

        def __init__(self, kind: EntryKind, entry_id: str | None, fields: dict[str, Any]) -> None:
            super().__init__()
            self.kind = kind
            self.entry_id = entry_id
            self.fields = fields

    class Closed(Message):
        """The mentor closed the form without saving."""

        def __init__(self, form: EntryForm) -> None:
            super().__init__()
            self.form = form

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="entry-form")
        self.editing: str | None = None
        bind_actions(self, Scope.ENTRY_FORM)

    # --- what each form defines -----------------------------------------------------

    def clear(self) -> None:
        """Empty every field (subclasses; the base hides the reasons)."""
        for label in self.query(".form-error"):
            label.set_class(False, "-visible")

    def fill(self, entry: Entry) -> None:
        """Show `entry` for correction (subclasses fill their fields first)."""
        self.editing = entry.id
        self.switch.preset(entry.visibility)
        self.switch.chosen = True  # the entry's own choice: nothing else changes it
        self.set_class(True, "-editing")

    def fields(self) -> dict[str, Any] | None:
        """The checked fields, or None after showing why not (subclasses)."""
        raise NotImplementedError

    def default_visibility(self) -> Visibility | None:
        """The visibility a new entry starts with (None: the mentor must choose)."""
        return default_visibility(self.KIND)

    # --- shared behaviour -----------------------------------------------------------

    @property
    def switch(self) -> VisibilitySwitch:
        """The form's shared/private switch."""
        return self.query_one(VisibilitySwitch)

    def on_mount(self) -> None:
        """A new form starts empty, on its kind's default visibility; while sharing, what is
        typed for a private entry shows as dots."""
        self.reset()
        mask_private_typing(self, self.switch)

    def reset(self) -> None:
        """Back to adding a new entry: empty, on the default visibility."""
        self.editing = None
        self.set_class(False, "-editing")
        self.clear()
        self.switch.preset(self.default_visibility())

    @property
    def blank(self) -> bool:
        """True for a new entry with nothing typed yet."""
        return self.editing is None and not any(field.value.strip() for field in self.query(Input))

    def show_error(self, name: str, message: str) -> None:
        """Show `message` on the reason line of field `name`, or hide the line when empty."""
        label = self.query_one("#" + self._error_id(name), Label)
        label.update(Content(message))
        label.set_class(bool(message), "-visible")

    def visibility_chosen(self) -> Visibility | None:
        """The chosen visibility, or None after saying that a choice is needed."""
        value = self.switch.value
        self.show_error(
            "visibility",
            "" if value is not None else _("Choose shared or private first: Ctrl+F."),
        )
        return value

    def _error_id(self, name: str) -> str:
        return f"{self.id}-{name}-error"

    def error_label(self, name: str) -> Label:
        """The line where a field's reason shows (hidden until there is one)."""
        return Label(id=self._error_id(name), classes="form-error", markup=False)

    def focus_first(self) -> None:
        """Put the focus in the form's first field."""
        self.screen.set_focus(self.query_one(self.FIRST))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        """Check the form and post what it holds."""
        fields = self.fields()
        if fields is not None:
            self.post_message(self.Saved(self.KIND, self.editing, fields))

    def action_cancel(self) -> None:
        """Close without saving (what was typed stays for next time)."""
        self.post_message(self.Closed(self))
