"""The Agenda: the live countdown, and every segment with its planned minutes.

Rows carry CSS classes for their status (current, done, skipped) and the
countdown carries the phase (warning, overtime), so all styling is in TCSS.
The screen sets `rows` and `current` from the clock; nothing here reads a clock.
The countdown is its own widget so that it stays at the top of the pane while
the rows (and the goals under them) scroll.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from sessiontui.i18n import _
from sessiontui.timing import Phase, SegmentStatus, SegmentTiming
from sessiontui.tui.formatting import countdown_text

_MARKERS = {
    SegmentStatus.PENDING: " ",
    SegmentStatus.CURRENT: "▶",
    SegmentStatus.DONE: "✓",
    SegmentStatus.SKIPPED: "»",
}


class AgendaView(Vertical):
    """One row per segment with its planned minutes and status."""

    rows: reactive[tuple[SegmentTiming, ...]] = reactive((), init=False)

    def __init__(self, titles: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._titles = tuple(titles)

    def compose(self) -> ComposeResult:
        """One row per segment (fixed for a session)."""
        for index in range(len(self._titles)):
            yield Static(classes="agenda-row", id=f"agenda-row-{index}", markup=False)

    def watch_rows(self, rows: tuple[SegmentTiming, ...]) -> None:
        """Redraw the rows from one clock reading."""
        for row in rows:
            self._draw_row(row)

    def _draw_row(self, row: SegmentTiming) -> None:
        widget = self.query_one(f"#agenda-row-{row.index}", Static)
        for status in SegmentStatus:
            widget.set_class(status is row.status, f"-{status.value}")
        minutes = _("{n} min", n=round(row.planned / 60))
        skipped = " " + _("(skipped)") if row.status is SegmentStatus.SKIPPED else ""
        text = f"{_MARKERS[row.status]} {self._titles[row.index]}{skipped} · {minutes}"
        widget.update(Content(text))


class Countdown(Static):
    """The current segment's countdown: "2/7 · 04:58 left", or overtime counting up."""

    current: reactive[SegmentTiming | None] = reactive(None, init=False)

    def __init__(self, total: int, *, id: str | None = None) -> None:
        """`total` is the number of segments in the session."""
        super().__init__(id=id, markup=False)
        self._total = total

    def watch_current(self, current: SegmentTiming | None) -> None:
        """Redraw from a fresh reading of the current segment."""
        if current is None:
            return
        self.set_class(current.phase is Phase.WARNING, "-warning")
        self.set_class(current.phase is Phase.OVERTIME, "-overtime")
        fields = {"n": current.index + 1, "total": self._total, "time": countdown_text(current)}
        if current.phase is Phase.OVERTIME:
            text = _("{n}/{total} · {time} over time", **fields)
        else:
            text = _("{n}/{total} · {time} left", **fields)
        self.update(Content(text))
