"""A full-screen form over the session: Ctrl+S saves, Escape cancels.

Cancelling a form by mistake never loses what was typed without asking: if
any field differs from what the form opened with, Escape asks first.

Notices never cover a form: those shown when it opens (the rehearsal's, a
"Saved.") belong to the screen beneath and come back when it closes, if their
time is not up; only the form's own show over it.
"""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from textual.notifications import Notification
from textual.screen import Screen
from textual.widgets import Checkbox, Input, Select, TextArea

from sessiontui.i18n import _
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.relationship_help import show_help
from sessiontui.tui.textual_compat import bring_back_notices, hold_notices
from sessiontui.tui.widgets.entry_form import VisibilitySwitch

Result = TypeVar("Result")


class FormScreen(Screen[Result], Generic[Result]):
    """Subclasses compose their fields and implement `action_save` (dismissing
    with what was saved); `action_cancel` dismisses with None, asking first
    when something was typed."""

    SCOPE: ClassVar[Scope] = Scope.FORM
    # Textual's auto focus centres its field before the form has a layout, which
    # opened a long form (the agreement at 80x24) scrolled past its title: the
    # form focuses FIRST_FIELD itself and opens at its top.
    AUTO_FOCUS = ""
    FIRST_FIELD: ClassVar[str]

    def __init__(self) -> None:
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._opened_with: tuple[object, ...] = ()
        self._held_notices: list[Notification] = []

    def on_mount(self) -> None:
        """Focus the first field, the form at its top; remember what the fields hold,
        to tell later whether anything was typed. The notices shown wait until it closes."""
        # Added to: Textual calls this handler, and a subclass's on_mount calls it again.
        self._held_notices += hold_notices(self.app)
        self.set_focus(self.query_one(self.FIRST_FIELD), scroll_visible=False)
        # Now, not after the first frame: an Escape pressed before it must not ask
        # whether to throw away what nobody typed.
        self._remember()

    def on_unmount(self) -> None:
        """Bring back the notices of the screen beneath that are still due."""
        bring_back_notices(self.app, self._held_notices)

    def _remember(self) -> None:
        self._opened_with = self._values()

    def _values(self) -> tuple[object, ...]:
        values: list[object] = []
        for widget in self.query("Input, TextArea, Select, Checkbox"):
            if isinstance(widget, Input):
                values.append(widget.value)
            elif isinstance(widget, TextArea):
                values.append(widget.text)
            elif isinstance(widget, Select | Checkbox):
                values.append(widget.value)
        return tuple(values)

    @property
    def changed(self) -> bool:
        """True when a field differs from what the form opened with."""
        return self._values() != self._opened_with

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer Ctrl+F (shared/private) only on a form that has the switch."""
        if action == "toggle_visibility":
            return bool(self.query(VisibilitySwitch))
        return True

    def action_toggle_visibility(self) -> None:
        """Flip the form's shared/private switch (a form without one has nothing to flip)."""
        for switch in self.query(VisibilitySwitch):
            switch.flip()

    def action_help(self) -> None:
        """Every key of this screen."""
        show_help(self, self.SCOPE)

    def action_cancel(self) -> None:
        """Close without saving; ask first if anything was typed."""
        if not self.changed:
            self.dismiss(None)
            return
        self.app.push_screen(
            ConfirmScreen(
                _("Throw away what you typed in this form?"),
                yes=_("Throw away"),
                no=_("Keep editing"),
            ),
            self._cancel_confirmed,
        )

    def _cancel_confirmed(self, confirmed: bool | None) -> None:
        if confirmed:
            self.dismiss(None)
