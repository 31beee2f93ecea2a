"""The timing rules of docs/timing.md, one move at a time: planned end, projected end,
ahead/behind after a pause, an extension, a skip, a rebalance and a resumed draft.

A 60-minute script of three segments (10, 30, 20 minutes) started at 10:00; the
wall clock follows the fake monotonic clock, as in the app.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

import pytest

from sessiontui.clock import SessionClock
from sessiontui.model import ClockState, SegmentKind, SegmentRun
from sessiontui.timing import SessionTiming

if TYPE_CHECKING:
    from tests.unit.conftest import FakeTime

START = datetime(2025, 6, 2, 10, 0, tzinfo=timezone(timedelta(hours=2)))
MINUTE = 60


def _to_minute(when: datetime) -> str:
    return (when + timedelta(seconds=30)).strftime("%H:%M")


class Session:
    """A clock with a wall clock tied to it, read as the status line reads it."""

    def __init__(self, fake_time: FakeTime, state: ClockState | None = None) -> None:
        self.time = fake_time
        self.origin = fake_time.now
        self.segments = [
            SegmentRun(
                segment_id=f"s{i}",
                title=f"S{i}",
                kind=SegmentKind.DISCUSSION,
                script_seconds=m * MINUTE,
                planned_seconds=m * MINUTE,
            )
            for i, m in enumerate((10, 30, 20))
        ]
        self.state = state or ClockState()
        self.clock = SessionClock(self.segments, self.state, fake_time)

    def wait(self, minutes: float) -> None:
        self.time.advance(minutes * MINUTE)

    @property
    def now(self) -> datetime:
        return START + timedelta(seconds=self.time.now - self.origin)

    def read(self) -> SessionTiming:
        return self.clock.timing()

    def ends(self) -> tuple[str, str]:
        """(planned end, projected end) to the nearest minute, as the status line shows them."""
        timing = self.read()
        return (
            _to_minute(timing.planned_end(self.now)),
            _to_minute(timing.projected_end(self.now)),
        )

    def behind_minutes(self) -> float:
        return self.read().behind / MINUTE


@pytest.fixture
def session(fake_time: FakeTime) -> Session:
    started = Session(fake_time)
    started.clock.start()
    return started


def test_on_plan_the_planned_and_projected_ends_agree(session: Session) -> None:
    session.wait(10)
    session.clock.next()
    assert session.ends() == ("11:00", "11:00")
    assert session.behind_minutes() == 0


def test_a_pause_makes_the_session_behind_by_its_length(session: Session) -> None:
    session.wait(4)
    session.clock.pause()
    session.wait(2)
    timing = session.read()
    # The segment stands still; the call does not.
    assert timing.current.spent == 4 * MINUTE
    assert timing.elapsed == 6 * MINUTE
    assert timing.paused_time == 2 * MINUTE
    assert session.behind_minutes() == 2
    assert session.ends() == ("11:00", "11:02")
    session.clock.resume()
    session.wait(6)
    assert session.read().current.remaining == 0
    assert session.behind_minutes() == 2
    assert session.ends() == ("11:00", "11:02")


def test_behind_keeps_growing_while_paused(session: Session) -> None:
    session.clock.pause()
    session.wait(1)
    first = session.behind_minutes()
    session.wait(3)
    assert (first, session.behind_minutes()) == (1, 4)


def test_rebalance_after_a_pause_ends_on_time_again(session: Session) -> None:
    session.wait(5)
    session.clock.pause()
    session.wait(3)
    session.clock.resume()
    assert session.clock.rebalance()
    # 52 minutes left for 5 + 30 + 20 minutes of plan: each shrinks in proportion
    # (to whole seconds, so up to a second per segment is lost).
    assert [run.planned_seconds for run in session.segments] == [583, 1701, 1134]
    assert session.ends() == ("11:00", "11:00")
    assert -3 < session.read().behind <= 0


def test_extending_puts_you_behind_by_exactly_the_extension(session: Session) -> None:
    session.wait(5)
    session.clock.extend(5 * MINUTE)
    assert session.behind_minutes() == 5
    assert session.ends() == ("11:00", "11:05")
    assert session.clock.rebalance()
    assert session.ends() == ("11:00", "11:00")


def test_skipping_puts_you_ahead_by_what_the_segment_had_left(session: Session) -> None:
    session.wait(10)
    session.clock.next()
    session.wait(22)
    session.clock.skip()
    assert session.behind_minutes() == -8
    assert session.ends() == ("11:00", "10:52")
    # Nothing to shrink when ahead.
    assert not session.clock.rebalance()


def test_next_and_back_count_what_each_segment_still_has(session: Session) -> None:
    session.wait(12)  # two minutes over
    session.clock.next()
    assert session.behind_minutes() == 2
    session.wait(1)
    session.clock.previous()  # the second segment is pending again: 29 minutes still planned
    assert session.behind_minutes() == 2
    assert session.ends() == ("11:00", "11:02")


def test_a_resumed_draft_comes_back_paused_and_counts_from_its_reopening(
    session: Session, fake_time_factory: type[FakeTime]
) -> None:
    session.wait(10)
    session.clock.next()
    session.wait(5)
    session.clock.pause()
    session.wait(1)
    # The draft as the app saves it (the running pause included), then the app is gone.
    segments = [run.model_copy(deep=True) for run in session.segments]
    segments[1].spent_seconds = session.clock.spent(1)
    state = session.state.model_copy(update={"paused_seconds": session.clock.paused_time()})

    later = fake_time_factory(start=50_000.0)  # another process, hours later
    resumed = SessionClock(segments, state, later)
    timing = resumed.timing()
    assert timing.paused
    # Only the minute paused before the quit counts; the time no process ran does not.
    assert (timing.active, timing.paused_time) == (15 * MINUTE, 1 * MINUTE)
    assert timing.behind == 1 * MINUTE
    later.advance(2 * MINUTE)  # back at the call, the timer not yet running
    assert resumed.timing().behind == 3 * MINUTE
    resumed.resume()
    later.advance(MINUTE)
    timing = resumed.timing()
    assert (timing.active, timing.paused_time) == (16 * MINUTE, 3 * MINUTE)
    assert timing.current.spent == 6 * MINUTE


def test_finishing_stops_the_pause_too(session: Session) -> None:
    session.wait(5)
    session.clock.pause()
    session.wait(1)
    session.clock.finish()
    session.wait(30)
    timing = session.read()
    assert (timing.active, timing.paused_time) == (5 * MINUTE, 1 * MINUTE)
    assert timing.projected_total == timing.elapsed == 6 * MINUTE
