"""The line on top of every screen of a rehearsal (`--demo`): nothing here is real."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Static

from sessiontui.i18n import _


def rehearsing(widget: Widget) -> bool:
    """Whether the app runs a rehearsal (an app without a launch does not)."""
    return bool(getattr(getattr(widget.app, "launch", None), "rehearsal", False))


class RehearsalBanner(Static):
    """Says that this is a rehearsal: an invented mentee, and nothing is kept.

    Every screen yields one; it shows only when the app's launch is a rehearsal,
    so each screen need not know.
    """

    def __init__(self) -> None:
        super().__init__(
            _("REHEARSAL · invented mentee · nothing is kept when you quit"),
            id="rehearsal-banner",
            markup=False,
        )

    def on_mount(self) -> None:
        """Show in a rehearsal only."""
        self.display = rehearsing(self)
