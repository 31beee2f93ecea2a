"""The line on top of every screen of a rehearsal (`--demo`): nothing here is real."""

from __future__ import annotations

from textual.widgets import Static

from sessiontui.i18n import _


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
        """Show in a rehearsal only (an app without a launch is not one)."""
        launch = getattr(self.app, "launch", None)
        self.display = bool(getattr(launch, "rehearsal", False))
