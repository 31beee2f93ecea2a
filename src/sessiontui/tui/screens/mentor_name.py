"""First run: the mentor's name, asked once, for the summaries' sign-off.

Shown before anything else when the settings file holds no name. Enter keeps
the name (the app writes it to the settings file); Escape goes on without one,
and the question comes back at the next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from sessiontui.config import NAME_MAX
from sessiontui.i18n import _
from sessiontui.tui.widgets.steady_field import SteadyField


class MentorNameScreen(ModalScreen[str | None]):
    """Asks for the mentor's name; dismisses with it, or None when skipped."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "skip", show=False)]

    def __init__(self, settings: Path) -> None:
        super().__init__()
        self._settings = settings

    def compose(self) -> ComposeResult:
        """The question, where the answer is kept, the field and its keys."""
        with Vertical(id="mentor-dialog"):
            yield Static(Content(_("Your name")), id="mentor-title", markup=False)
            yield Static(
                Content(
                    _(
                        "It signs the summaries you send your mentees. Asked once, kept in {path}.",
                        path=self._settings,
                    )
                ),
                id="mentor-why",
                markup=False,
            )
            yield SteadyField(
                placeholder=_("e.g. Sam Taylor"), max_length=NAME_MAX, id="mentor-name"
            )
            yield Static(
                Content(_("Enter: keep it · Esc: not now (asked again next time)")),
                id="mentor-keys",
                markup=False,
            )

    @on(Input.Submitted, "#mentor-name")
    def _submitted(self, event: Input.Submitted) -> None:
        name = " ".join(event.value.split())
        if name:
            self.dismiss(name)

    def action_skip(self) -> None:
        """Go on without a name (the sign-off then has none)."""
        self.dismiss(None)
