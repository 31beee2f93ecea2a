"""The top status line: who, which script, and where the session stands in time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Label

from sessiontui.clock import SessionTiming
from sessiontui.i18n import t
from sessiontui.tui.formatting import clock_text, drift_text, projected_end_text


@dataclass(frozen=True)
class StatusView:
    """Everything the status line shows, read at one instant."""

    mentee: str
    script_title: str
    timing: SessionTiming
    now: datetime


class StatusBar(Horizontal):
    """Mentee · script · elapsed / planned · projected end · drift, and a PAUSED badge."""

    view: reactive[StatusView | None] = reactive(None, init=False)

    def compose(self) -> ComposeResult:
        """The figures and the badge (hidden unless the timer stands still)."""
        yield Label(id="status-text", markup=False)
        yield Label(t("live.status.paused"), id="paused-badge")

    def watch_view(self, view: StatusView | None) -> None:
        """Redraw from a fresh reading."""
        if view is None:
            return
        timing = view.timing
        mentee = view.mentee or t("live.status.no_mentee")
        text = t(
            "live.status.line",
            mentee=mentee,
            title=view.script_title,
            elapsed=clock_text(timing.elapsed),
            planned=clock_text(timing.planned_total),
            end=projected_end_text(timing, view.now),
            drift=drift_text(timing),
        )
        self.query_one("#status-text", Label).update(Content(text))
        self.set_class(timing.paused or not timing.started, "-paused")
