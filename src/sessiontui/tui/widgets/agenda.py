"""The agenda: every segment with its planned minutes and where the session stands.

Rows carry CSS classes for their status (current, done, skipped), so all
styling is in TCSS. The screen sets `rows` from the clock; a row holds only
what it shows (status and whole minutes), so a reading that changes neither
redraws nothing. The current row is kept in view when the agenda scrolls, and
when its room changes (a resize, session goals added under it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from sessiontui.i18n import _
from sessiontui.timing import SegmentStatus, SegmentTiming

_MARKERS = {
    SegmentStatus.PENDING: " ",
    SegmentStatus.CURRENT: "▶",
    SegmentStatus.DONE: "✓",
    SegmentStatus.SKIPPED: "»",
}


# The cells of each row's bar: time spent against the plan.
BAR_CELLS = 6


@dataclass(frozen=True)
class AgendaRow:
    """What one agenda row shows: status, planned minutes, and the bar's filled cells
    (with `over` once the segment ran past its plan)."""

    index: int
    status: SegmentStatus
    minutes: int
    filled: int = 0
    over: bool = False


def agenda_row(timing: SegmentTiming) -> AgendaRow:
    """The row of a segment at one reading (the bar in whole cells, so a row changes
    only when a cell fills)."""
    if timing.planned <= 0:
        filled = BAR_CELLS if timing.spent > 0 else 0
    else:
        filled = min(BAR_CELLS, int(timing.spent * BAR_CELLS // timing.planned))
    return AgendaRow(
        timing.index,
        timing.status,
        round(timing.planned / 60),
        filled,
        timing.spent > timing.planned,
    )


def bar_text(row: AgendaRow) -> str:
    """The row's bar: filled cells, empty ones, and "+" past the plan."""
    return "▰" * row.filled + "▱" * (BAR_CELLS - row.filled) + ("+" if row.over else " ")


class AgendaView(Vertical):
    """One row per segment with its planned minutes and status."""

    rows: reactive[tuple[AgendaRow, ...]] = reactive((), init=False)

    def __init__(self, titles: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._titles = tuple(titles)
        self._shown: dict[int, AgendaRow] = {}

    def compose(self) -> ComposeResult:
        """One row per segment (fixed for a session), each pending until the first rows
        come: a class changed after the mount restyles the row, and at the start all
        but the first segment are pending."""
        pending = f"agenda-row -{SegmentStatus.PENDING.value}"
        for index in range(len(self._titles)):
            yield Static(classes=pending, id=f"agenda-row-{index}", markup=False)

    def watch_rows(self, rows: tuple[AgendaRow, ...]) -> None:
        """Redraw the rows that changed."""
        for row in rows:
            if self._shown.get(row.index) != row:
                self._draw_row(row)
                self._shown[row.index] = row

    def current_row(self) -> Static | None:
        """The current segment's row (None before the first reading)."""
        current = next((row for row in self.rows if row.status is SegmentStatus.CURRENT), None)
        if current is None:
            return None
        return self.query_one(f"#agenda-row-{current.index}", Static)

    def _draw_row(self, row: AgendaRow) -> None:
        widget = self.query_one(f"#agenda-row-{row.index}", Static)
        # In one batch: each class changed on its own would restyle the row again.
        widget.update_classes({f"-{each.value}": each is row.status for each in SegmentStatus})
        minutes = _("{n} min", n=row.minutes)
        skipped = " " + _("(skipped)") if row.status is SegmentStatus.SKIPPED else ""
        title = self._titles[row.index]
        text = f"{_MARKERS[row.status]} {bar_text(row)} {title}{skipped} · {minutes}"
        # A row is one line as wide as the agenda (TCSS): a new text never needs a
        # layout, which would reflow the whole screen.
        widget.update(Content(text), layout=False)


class AgendaScroll(VerticalScroll):
    """The agenda's scrolling frame: the current segment stays in view when the frame
    grows or shrinks (at 80x24 the goals under it leave the agenda a row or two).

    A Tab stop only while it has rows out of view (the arrows scroll them; its pane's
    border shows the focus): one that shows every row would show no focus at all."""

    def allow_focus(self) -> bool:
        """Focusable only while there is more to read than the frame shows."""
        return self.max_scroll_y > 0

    def on_resize(self, _event: events.Resize) -> None:
        """Bring the current row back into view (a scroll: no size changes, no loop)."""
        row = self.query_one(AgendaView).current_row()
        if row is not None:
            self.call_after_refresh(self.scroll_to_widget, row, animate=False)
