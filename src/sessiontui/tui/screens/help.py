"""F1 help: every session action with its key and its command-palette name."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from sessiontui.i18n import _
from sessiontui.tui.commands import SESSION_COMMANDS, key_display


class HelpScreen(ModalScreen[None]):
    """A list of keys and palette names; Escape (or F1) closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1", "close", show=False),
    ]

    def compose(self) -> ComposeResult:
        """A heading, one line per command, and how to close."""
        with VerticalScroll(id="help-dialog"):
            yield Static(
                Content(_("Keys and commands (Ctrl+P opens the command palette)")),
                id="help-heading",
                markup=False,
            )
            for command in SESSION_COMMANDS:
                line = _(
                    "{key:>7}  {name}: {help}",
                    key=key_display(command.key),
                    name=_(command.title),
                    help=_(command.help),
                )
                yield Static(Content(line), classes="help-line", markup=False)
            yield Static(
                Content(_("Typing in a field never runs a command. Escape closes this help.")),
                id="help-footer",
                markup=False,
            )

    def action_close(self) -> None:
        """Back to the session."""
        self.dismiss(None)
