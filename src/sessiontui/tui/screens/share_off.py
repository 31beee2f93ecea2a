"""Stop sharing? The one question before private entries show again.

Nothing typed by accident can answer yes: "Keep sharing" has the focus (so
Enter and Escape keep sharing), no letter is bound, and F12 pressed again
leaves the question open. Only moving to "Show private entries" on purpose
(Tab or a click) and pressing it stops sharing.
"""

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


class ShareOffScreen(ModalScreen[bool]):
    """Dismisses with True to stop sharing, False to keep sharing."""

    SCOPE: ClassVar[Scope] = Scope.SHARE_OFF

    def __init__(self) -> None:
        super().__init__()
        bind_actions(self, self.SCOPE)

    def compose(self) -> ComposeResult:
        """The question, what it means, and two buttons; the safe one first."""
        with Vertical(id="share-off-dialog"):
            yield Static(
                Content(_("Stop sharing? Your private entries will show on this screen.")),
                id="share-off-question",
            )
            yield Static(
                Content(_("Stop sharing your screen on the call first.")),
                id="share-off-hint",
            )
            with Horizontal(id="share-off-buttons"):
                yield Button(_("Keep sharing"), id="share-off-keep", variant="primary")
                yield Button(_("Show private entries"), id="share-off-stop", variant="error")

    def on_mount(self) -> None:
        """Start on the safe answer."""
        self.query_one("#share-off-keep", Button).focus()

    @on(Button.Pressed, "#share-off-keep")
    def action_keep_sharing(self) -> None:
        """Keep sharing: nothing changes."""
        self.dismiss(False)

    @on(Button.Pressed, "#share-off-stop")
    def _stop_sharing(self) -> None:
        self.dismiss(True)
