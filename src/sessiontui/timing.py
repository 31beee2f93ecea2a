"""The figures one reading of the session clock gives: pure data, no clock.

`SessionClock` (clock.py) makes them; the screen, the bell and the tests read
them. The rules behind them are in docs/timing.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class Phase(StrEnum):
    """Where the current segment stands against its plan."""

    ON_TIME = "on-time"
    WARNING = "warning"
    OVERTIME = "overtime"


class SegmentStatus(StrEnum):
    """How a segment shows on the agenda."""

    PENDING = "pending"
    CURRENT = "current"
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class SegmentTiming:
    """One segment's figures at one instant (seconds)."""

    index: int
    planned: int
    spent: float
    status: SegmentStatus
    phase: Phase

    @property
    def remaining(self) -> float:
        """Seconds left in the plan; negative once in overtime."""
        return self.planned - self.spent

    @property
    def overtime(self) -> float:
        """Seconds spent beyond the plan (0 while on time)."""
        return max(0.0, self.spent - self.planned)


@dataclass(frozen=True)
class SessionTiming:
    """The whole session's figures at one instant (seconds).

    `elapsed` is the session's time as the mentor lives it: the time counted
    in segments (`active`) plus the time paused (`paused_time`).
    """

    elapsed: float
    planned_total: int
    projected_total: float
    paused: bool
    started: bool
    current: SegmentTiming
    paused_time: float = 0.0

    @property
    def active(self) -> float:
        """Seconds counted in segments (the session's time less its pauses)."""
        return self.elapsed - self.paused_time

    @property
    def behind(self) -> float:
        """Projected minus the script's plan: positive = behind, negative = ahead."""
        return self.projected_total - self.planned_total

    @property
    def remaining(self) -> float:
        """Seconds until the projected end."""
        return max(0.0, self.projected_total - self.elapsed)

    @property
    def until_planned_end(self) -> float:
        """Seconds until the planned end (negative once it has passed)."""
        return self.planned_total - self.elapsed

    def planned_end(self, now: datetime) -> datetime:
        """When the call is planned to end: the script's length after the session began
        (`now` is the time of day of this reading)."""
        return now + timedelta(seconds=self.until_planned_end)

    def projected_end(self, now: datetime) -> datetime:
        """When the session will end if every open segment takes what it still has planned."""
        return now + timedelta(seconds=self.remaining)


def until_next_second(timing: SessionTiming) -> float:
    """Seconds until a whole second the screen shows changes (at most one): the
    session's elapsed time, which runs on through a pause, or, while the clock
    runs, the current segment's time (its countdown counts whole seconds spent)."""
    if not timing.started:
        return 1.0
    wait = 1.0 - timing.elapsed % 1.0
    if not timing.paused:
        wait = min(wait, 1.0 - timing.current.spent % 1.0)
    return wait
