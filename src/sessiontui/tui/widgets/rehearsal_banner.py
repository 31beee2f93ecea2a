"""The line on top of every screen of a rehearsal (`--demo`): nothing here is real."""

from __future__ import annotations

from collections.abc import Iterator

from textual.widget import Widget
from textual.widgets import Static

from sessiontui.i18n import _


def rehearsing(widget: Widget) -> bool:
    """Whether the app runs a rehearsal (an app without a launch does not)."""
    return bool(getattr(getattr(widget.app, "launch", None), "rehearsal", False))


class RehearsalBanner(Static):
    """Says that this is a rehearsal: an invented mentee, and nothing is kept."""

    def __init__(self) -> None:
        super().__init__(
            _("REHEARSAL · invented mentee · nothing is kept when you quit"),
            id="rehearsal-banner",
            markup=False,
        )


def rehearsal_banner(screen: Widget) -> Iterator[RehearsalBanner]:
    """The banner, in a rehearsal only: every screen yields from this, so none need
    know. A real session gets no hidden banner (each widget, even hidden, costs a
    start its mount and its styles)."""
    if rehearsing(screen):
        yield RehearsalBanner()
