"""The line on top of every screen of a rehearsal (`--demo`): nothing here is real."""

from __future__ import annotations

from textual.widgets import Static

from sessiontui.i18n import _


class RehearsalBanner(Static):
    """Says that this is a rehearsal: an invented mentee, and nothing is kept."""

    def __init__(self) -> None:
        super().__init__(
            _("REHEARSAL · invented mentee · nothing is kept when you quit"),
            id="rehearsal-banner",
            markup=False,
        )
