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
    """A one-line bar: the segment's time spent against its plan."""

    COMPONENT_CLASSES = {"segment-bar--spent", "segment-bar--left"}  # noqa: RUF012

    steps: reactive[int] = reactive(0)

    def render(self) -> Content:
        """Spent cells, then the cells left."""
        width = self.content_size.width
        spent = round(min(self.steps, BAR_STEPS) * width / BAR_STEPS)
        return Content.assemble(
            ("━" * spent, self.get_visual_style("segment-bar--spent", partial=True)),
            ("━" * (width - spent), self.get_visual_style("segment-bar--left", partial=True)),
        )


class Countdown(Vertical):
    """Big digits with the phase, the segment and the bar; or one line (narrow)."""

    view: reactive[CountdownView | None] = reactive(None, init=False)

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

    def watch_view(self, view: CountdownView | None) -> None:
        """Redraw from a reading that differs from the one on show."""
        if view is None:
            return
        self.set_class(view.phase is Phase.WARNING, "-warning")
        self.set_class(view.phase is Phase.OVERTIME, "-overtime")
        self.set_class(view.paused, "-paused")
        self.query_one(Digits).update(view.time)
        phase = Content(view.phase_text)
        self.query_one("#countdown-phase", Label).update(phase)
        self.query_one("#countdown-line-phase", Label).update(phase)
        self.query_one("#countdown-segment", Label).update(
            Content(_("{n}/{total} · {title}", n=view.number, total=view.total, title=view.title))
        )
        if view.phase is Phase.OVERTIME:
            line = _("{time} over", time=view.time)
        else:
            line = _("{time} left", time=view.time)
        self.query_one("#countdown-line-time", Label).update(Content(line))
        for bar in self.query(SegmentBar):
            bar.steps = view.steps
