"""A small yes/no question (finish the session? create this mentee? discard what you typed?)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from sessiontui.i18n import _
from sessiontui.tui.actions import Scope, bind_actions


class ConfirmScreen(ModalScreen[bool]):
    """Dismisses with True for yes, False for no or Escape."""

    SCOPE: ClassVar[Scope] = Scope.CONFIRM

    def __init__(
        self,
        question: str,
        *,
        yes: str | None = None,
        no: str | None = None,
        start_on_yes: bool = False,
    ) -> None:
        """`yes` and `no` name the two answers (finishing the session when not given);
        `start_on_yes` gives "yes" the focus, for a yes that destroys nothing."""
        super().__init__()
        self._question = question
        self._yes = yes
        self._no = no
        self._start_on_yes = start_on_yes
        # Arrows, Enter, Escape and F10 again: the resume dialog's keys, and no
        # letter that typing could press (see tui/actions.py).
        bind_actions(self, self.SCOPE)

    def compose(self) -> ComposeResult:
        """The question and two buttons."""
        with Vertical(id="confirm-dialog"):
            yield Static(Content(self._question), id="confirm-question", markup=False)
            if self._yes is None or self._no is None:
                keys = _("F10 again: finish · Esc: keep going · ←/→ and Enter: choose")
            else:
                keys = _("Esc: {no} · ←/→ and Enter: choose", no=self._no.lower())
            yield Static(keys, id="confirm-keys", markup=False)
            with Horizontal(id="confirm-buttons"):
                yield Button(self._yes or _("Finish"), id="confirm-yes", variant="warning")
                yield Button(self._no or _("Keep going"), id="confirm-no")

    def on_mount(self) -> None:
        """Start on the safe answer ("no", unless "yes" destroys nothing)."""
        self.query_one("#confirm-yes" if self._start_on_yes else "#confirm-no", Button).focus()

    @on(Button.Pressed, "#confirm-yes")
    def action_yes(self) -> None:
        """Answer yes."""
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def action_safe_choice(self) -> None:
        """Answer no."""
        self.dismiss(False)
