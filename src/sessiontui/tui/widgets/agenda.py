"""The Agenda: every segment with its planned minutes, and the live countdown.

Rows carry CSS classes for their status (current, done, skipped) and the
countdown carries the phase (warning, overtime), so all styling is in TCSS.
The screen sets `rows` from the clock; nothing here reads a clock.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from sessiontui.clock import Phase, SegmentStatus, SegmentTiming
from sessiontui.i18n import t
from sessiontui.tui.formatting import countdown_text

_MARKERS = {
    SegmentStatus.PENDING: " ",
    SegmentStatus.CURRENT: "▶",
    SegmentStatus.DONE: "✓",
    SegmentStatus.SKIPPED: "»",
}


class AgendaView(Vertical):
    """Segment rows plus the current segment's countdown."""

    rows: reactive[tuple[SegmentTiming, ...]] = reactive((), init=False)

    def __init__(self, titles: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._titles = tuple(titles)

    def compose(self) -> ComposeResult:
        """One row per segment (fixed for a session), then the countdown."""
        for index in range(len(self._titles)):
            yield Static(classes="agenda-row", id=f"agenda-row-{index}", markup=False)
        yield Static(id="agenda-countdown", markup=False)

    def watch_rows(self, rows: tuple[SegmentTiming, ...]) -> None:
        """Redraw the rows and the countdown from one clock reading."""
        for row in rows:
            self._draw_row(row)
        current = next((row for row in rows if row.status is SegmentStatus.CURRENT), None)
        if current is not None:
            self._draw_countdown(current)

    def _draw_row(self, row: SegmentTiming) -> None:
        widget = self.query_one(f"#agenda-row-{row.index}", Static)
        for status in SegmentStatus:
            widget.set_class(status is row.status, f"-{status.value}")
        minutes = t("live.agenda.minutes", n=round(row.planned / 60))
        skipped = " " + t("live.agenda.skipped") if row.status is SegmentStatus.SKIPPED else ""
        text = f"{_MARKERS[row.status]} {self._titles[row.index]}{skipped} · {minutes}"
        widget.update(Content(text))

    def _draw_countdown(self, current: SegmentTiming) -> None:
        widget = self.query_one("#agenda-countdown", Static)
        widget.set_class(current.phase is Phase.WARNING, "-warning")
        widget.set_class(current.phase is Phase.OVERTIME, "-overtime")
        key = "live.agenda.overtime" if current.phase is Phase.OVERTIME else "live.agenda.countdown"
        text = t(
            key,
            n=current.index + 1,
            total=len(self._titles),
            time=countdown_text(current),
        )
        widget.update(Content(text))
