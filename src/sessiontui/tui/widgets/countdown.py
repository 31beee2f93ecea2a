"""The countdown a mentor reads from the corner of an eye: time left, the phase, a bar.

Large digits wherever there is room; in the narrow layout one line instead
(TCSS chooses: both are here). Beside the digits go the phase in words (on
time, nearly over, over time, or paused with the key that resumes), the
segment, and a bar of the segment's time spent against its plan. The phase
is a CSS class, so every colour is in TCSS: red (the theme's error colour)
only ever means over time.

The screen sets `view` from each clock reading; the view holds only what is
shown, so nothing is redrawn until a shown second, word or bar cell changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Digits, Label

from sessiontui.i18n import _
from sessiontui.timing import Phase, SegmentTiming
from sessiontui.tui.formatting import countdown_text

# How finely the bar moves: a change smaller than this is not redrawn.
BAR_STEPS = 200


@dataclass(frozen=True)
class CountdownView:
    """What the countdown shows at one reading."""

    time: str  # "04:58", or "+01:02" in overtime
    phase: Phase
    paused: bool
    number: int  # 1-based
    total: int
    title: str
    steps: int  # the bar's fill, 0..BAR_STEPS

    @property
    def phase_text(self) -> str:
        """The phase in words (paused first: it says which key resumes)."""
        if self.paused:
            return _("Paused — Ctrl+T to resume")
        return {
            Phase.ON_TIME: _("On time"),
            Phase.WARNING: _("Nearly over"),
            Phase.OVERTIME: _("Over time"),
        }[self.phase]


def countdown_view(
    current: SegmentTiming, *, paused: bool, total: int, title: str
) -> CountdownView:
    """The countdown of the `current` segment (`title`, one of `total`) at one reading."""
    if current.planned <= 0:
        steps = BAR_STEPS
    else:
        steps = min(BAR_STEPS, int(current.spent * BAR_STEPS // current.planned))
    return CountdownView(
        time=countdown_text(current),
        phase=current.phase,
        paused=paused,
        number=current.index + 1,
        total=total,
        title=title,
        steps=steps,
    )


class SegmentBar(Widget):
    """A one-line bar: the segment's time spent against its plan.

    `show` takes the fill in steps; the bar redraws only when that moves a
    cell at its present width (a 40-cell bar over five minutes: every 7.5 s).
    """

    COMPONENT_CLASSES = {"segment-bar--spent", "segment-bar--left"}  # noqa: RUF012

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.steps = 0

    def _cells(self, steps: int) -> int:
        return round(min(steps, BAR_STEPS) * self.content_size.width / BAR_STEPS)

    def show(self, steps: int) -> None:
        """Fill the bar to `steps` (of BAR_STEPS), redrawing only a changed cell."""
        changed = self._cells(steps) != self._cells(self.steps)
        self.steps = steps
        if changed:
            self.refresh()

    def render(self) -> Content:
        """Spent cells, then the cells left."""
        width = self.content_size.width
        spent = self._cells(self.steps)
        return Content.assemble(
            ("━" * spent, self.get_visual_style("segment-bar--spent", partial=True)),
            ("━" * (width - spent), self.get_visual_style("segment-bar--left", partial=True)),
        )


class Countdown(Vertical):
    """Big digits with the phase, the segment and the bar; or one line (narrow)."""

    # Each part redraws itself when its text changes (`watch_view`); repainting the
    # whole countdown for a new view would redraw the digits with every bar step.
    view: reactive[CountdownView | None] = reactive(None, init=False, repaint=False)

    def compose(self) -> ComposeResult:
        """The large variant and the one-line variant (TCSS shows one of them)."""
        with Horizontal(id="countdown-large"):
            yield Digits(id="countdown-digits")
            with Vertical(id="countdown-side"):
                yield Label(id="countdown-phase", markup=False)
                yield Label(id="countdown-segment", markup=False)
                yield SegmentBar(id="countdown-bar")
        with Horizontal(id="countdown-line"):
            yield Label(id="countdown-line-time", markup=False)
            yield Label(id="countdown-line-phase", markup=False)
            yield SegmentBar(id="countdown-line-bar")

    def watch_view(self, old: CountdownView | None, view: CountdownView | None) -> None:
        """Redraw what differs from the reading on show (each part on its own)."""
        if view is None:
            return
        self.set_class(view.phase is Phase.WARNING, "-warning")
        self.set_class(view.phase is Phase.OVERTIME, "-overtime")
        self.set_class(view.paused, "-paused")
        if old is None or old.time != view.time:
            self.query_one(Digits).update(view.time)
        if old is None or old.phase_text != view.phase_text:
            phase = Content(view.phase_text)
            self.query_one("#countdown-phase", Label).update(phase)
            self.query_one("#countdown-line-phase", Label).update(phase)
        if old is None or (old.number, old.total, old.title) != (
            view.number,
            view.total,
            view.title,
        ):
            self.query_one("#countdown-segment", Label).update(
                Content(
                    _("{n}/{total} · {title}", n=view.number, total=view.total, title=view.title)
                )
            )
        if old is None or (old.time, old.phase) != (view.time, view.phase):
            if view.phase is Phase.OVERTIME:
                line = _("{time} over", time=view.time)
            else:
                line = _("{time} left", time=view.time)
            # The same width (a new second): no layout, which would reflow the screen.
            label = self.query_one("#countdown-line-time", Label)
            relayout = old is None or cell_len(str(label.content)) != cell_len(line)
            label.update(Content(line), layout=relayout)
        for bar in self.query(SegmentBar):
            bar.show(view.steps)
