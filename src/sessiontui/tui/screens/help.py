"""F1 help: every action of a screen with its key (as the footer shows it) and its palette name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from sessiontui.i18n import _
from sessiontui.tui.actions import Group, Scope, actions_for


@dataclass(frozen=True)
class HelpEntry:
    """One line of the F1 help: the action's key (as the footer shows keys), title and help."""

    key: str
    title: str
    help: str
    group: Group


def help_entries(scope: Scope, key_display: Callable[[str], str]) -> list[HelpEntry]:
    """Every titled action of `scope`, translated, its key shown by `key_display`."""
    return [
        HelpEntry(key_display(spec.first_key), _(spec.title), _(spec.help), spec.group)
        for spec in actions_for(scope)
        if spec.title is not None
    ]


class HelpScreen(ModalScreen[None]):
    """A list of keys and palette names for `scope`; Escape (or F1) closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1", "close", show=False),
    ]

    def __init__(self, scope: Scope) -> None:
        super().__init__()
        self._scope = scope

    def _key_display(self, key: str) -> str:
        # Textual's own rendering, so a key reads here as it does in the footer.
        return self.app.get_key_display(Binding(key, ""))

    def compose(self) -> ComposeResult:
        """A heading, one line per action, and how to close."""
        entries = help_entries(self._scope, self._key_display)
        width = max((len(entry.key) for entry in entries), default=0)
        with VerticalScroll(id="help-dialog"):
            yield Static(
                Content(_("Keys and commands (Ctrl+P opens the command palette)")),
                id="help-heading",
                markup=False,
            )
            for entry in entries:
                line = _(
                    "{key}  {name}: {help}",
                    key=entry.key.rjust(width),
                    name=entry.title,
                    help=entry.help,
                )
                yield Static(Content(line), classes="help-line", markup=False)
            yield Static(
                Content(_("Typing in a field never runs a command. Escape closes this help.")),
                id="help-footer",
                markup=False,
            )

    def action_close(self) -> None:
        """Back to the screen it was opened from."""
        self.dismiss(None)
