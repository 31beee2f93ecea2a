"""The top status line: who, which script, and where the session stands in time.

The line is rebuilt for the width it has: on a narrow terminal the script
title and then the planned end give way, so that elapsed / planned, ahead or
behind and the PAUSED badge are never cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Label

from sessiontui.i18n import _
from sessiontui.timing import SessionTiming
from sessiontui.tui.formatting import (
    clock_text,
    drift_text,
    planned_end_text,
    projected_end_text,
    status_line,
)

# The badge's padding (one cell each side, see session.tcss).
_BADGE_PADDING = 2


@dataclass(frozen=True)
class StatusView:
    """Everything the status line shows, read at one instant."""

    mentee: str
    script_title: str
    timing: SessionTiming
    now: datetime


class StatusBar(Horizontal):
    """Mentee · script · elapsed / planned · projected and planned end · drift · PAUSED."""

    # A fresh view arrives with every clock reading; `_draw` redraws the label
    # only when its text changed, so the bar itself is never repainted for it.
    view: reactive[StatusView | None] = reactive(None, init=False, repaint=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # The text on show: the clock may be read when only the countdown's
        # second changed (or by a change elsewhere); the line is redrawn only
        # when its own text changed.
        self._shown = ""

    def compose(self) -> ComposeResult:
        """The figures and the badge (hidden unless the timer stands still)."""
        yield Label(id="status-text", markup=False)
        yield Label(_("PAUSED"), id="paused-badge")

    def watch_view(self, view: StatusView | None) -> None:
        """Redraw from a fresh reading."""
        self._draw()

    def on_resize(self, event: events.Resize) -> None:
        """Refit the line to the new width at once."""
        self._draw()

    def _draw(self) -> None:
        view = self.view
        if view is None:
            return
        timing = view.timing
        paused = timing.paused or not timing.started
        self.set_class(paused, "-paused")
        width = self.content_size.width
        if paused:
            width -= cell_len(_("PAUSED")) + _BADGE_PADDING
        text = status_line(
            mentee=view.mentee or _("(no name)"),
            title=view.script_title,
            times=_(
                "{elapsed} / {planned}",
                elapsed=clock_text(timing.elapsed),
                planned=clock_text(timing.planned_total),
            ),
            ends=_("ends {end}", end=projected_end_text(timing, view.now)),
            planned=_("planned {end}", end=planned_end_text(timing, view.now)),
            drift=drift_text(timing),
            # Before the first layout the width is unknown: show everything.
            width=width if width > 0 else 10_000,
        )
        if text != self._shown:
            self._shown = text
            # One line of a fixed width: a new text never needs a new layout,
            # which would reflow the whole screen (every second).
            self.query_one("#status-text", Label).update(Content(text), layout=False)
