"""SessionClock: every figure exact to the second, from an injected time source."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessiontui.clock import MIN_SEGMENT_SECONDS, SessionClock
from sessiontui.model import ClockState, SegmentKind, SegmentRun
from sessiontui.timing import Phase, SegmentStatus, SessionTiming, until_next_second

if TYPE_CHECKING:
    from tests.unit.conftest import FakeTime


def runs(*minutes: int, warn: int = 60) -> list[SegmentRun]:
    """Segments of the given lengths, as a fresh session would have them."""
    return [
        SegmentRun(
            segment_id=f"s{i}",
            title=f"Segment {i}",
            kind=SegmentKind.DISCUSSION,
            script_seconds=m * 60,
            planned_seconds=m * 60,
            warn_before_end_seconds=warn,
        )
        for i, m in enumerate(minutes)
    ]


def make_clock(fake_time: FakeTime, *minutes: int, warn: int = 60) -> SessionClock:
    return SessionClock(runs(*minutes, warn=warn), ClockState(), fake_time)


def started(fake_time: FakeTime, *minutes: int, warn: int = 60) -> SessionClock:
    clock = make_clock(fake_time, *minutes, warn=warn)
    clock.start()
    return clock


# --- countdown, warning, overtime ----------------------------------------------


def test_nothing_counts_before_start(fake_time: FakeTime) -> None:
    clock = make_clock(fake_time, 10, 20)
    fake_time.advance(500)
    timing = clock.timing()
    assert not timing.started
    assert timing.elapsed == 0
    assert timing.current.spent == 0
    assert timing.current.phase is Phase.ON_TIME
    assert timing.projected_total == timing.planned_total == 1800


def test_countdown_shows_remaining_after_time_passes(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 20)
    fake_time.advance(125)
    current = clock.timing().current
    assert current.spent == 125
    assert current.remaining == 475
    assert current.overtime == 0
    assert current.phase is Phase.ON_TIME
    assert current.status is SegmentStatus.CURRENT


def test_warning_begins_exactly_at_planned_minus_warn(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, warn=90)
    fake_time.advance(509)
    assert clock.timing().current.phase is Phase.ON_TIME
    fake_time.advance(1)
    current = clock.timing().current
    assert current.remaining == 90
    assert current.phase is Phase.WARNING


def test_overtime_counts_up_after_planned(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10)
    fake_time.advance(600)
    at_end = clock.timing().current
    assert at_end.remaining == 0
    assert at_end.overtime == 0
    assert at_end.phase is Phase.WARNING
    fake_time.advance(1)
    assert clock.timing().current.phase is Phase.OVERTIME
    assert clock.timing().current.overtime == 1
    fake_time.advance(74)
    current = clock.timing().current
    assert current.overtime == 75
    assert current.remaining == -75
    assert current.phase is Phase.OVERTIME


def test_timing_reads_the_time_source_once() -> None:
    # A source that moves on every read exposes figures taken at different instants.
    ticks = iter(range(1, 1000))
    clock = SessionClock(runs(10, 10), ClockState(), lambda: float(next(ticks)))
    clock.start()
    clock.next()
    timing = clock.timing()
    assert timing.elapsed == clock.segment(0).spent + timing.current.spent
    assert timing.projected_total == timing.elapsed + (600 - timing.current.spent)


# --- pause and resume ----------------------------------------------------------


def test_pause_freezes_the_segment_but_not_the_session(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 20)
    fake_time.advance(100)
    clock.pause()
    frozen = clock.timing()
    fake_time.advance(500)
    later = clock.timing()
    assert later.current == frozen.current
    assert later.paused
    assert not clock.running
    assert later.current.spent == 100
    assert later.active == 100
    # The call goes on while the timer stands: the session is 500 s behind.
    assert later.paused_time == 500
    assert later.elapsed == 600
    assert later.projected_total == 1800 + 500
    assert later.behind == 500


def test_resume_continues_from_the_frozen_figures(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 20)
    fake_time.advance(100)
    clock.pause()
    fake_time.advance(3000)
    clock.resume()
    fake_time.advance(20)
    timing = clock.timing()
    assert not timing.paused
    assert timing.current.spent == 120
    assert timing.active == 120
    assert timing.paused_time == 3000
    assert timing.elapsed == 3120


def test_pause_before_start_is_a_no_op(fake_time: FakeTime) -> None:
    clock = make_clock(fake_time, 10)
    clock.pause()
    assert not clock.paused
    assert not clock.started
    assert not clock.running


def test_repeated_pause_and_resume_are_idempotent(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10)
    fake_time.advance(10)
    clock.pause()
    clock.pause()
    fake_time.advance(10)
    clock.resume()
    clock.resume()
    fake_time.advance(5)
    assert clock.spent(0) == 15


def test_toggle_pause_alternates(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10)
    fake_time.advance(30)
    clock.toggle_pause()
    assert clock.paused
    fake_time.advance(30)
    clock.toggle_pause()
    assert not clock.paused
    fake_time.advance(30)
    assert clock.spent(0) == 60


def test_resume_before_start_starts(fake_time: FakeTime) -> None:
    clock = make_clock(fake_time, 10)
    clock.resume()
    fake_time.advance(7)
    assert clock.started
    assert clock.spent(0) == 7


# --- extend --------------------------------------------------------------------


@pytest.mark.parametrize("minutes", [1, 5])
def test_extend_grows_plan_projection_and_behind_by_exactly_that(
    fake_time: FakeTime, minutes: int
) -> None:
    clock = started(fake_time, 10, 20)
    fake_time.advance(200)
    before = clock.timing()
    clock.extend(minutes * 60)
    after = clock.timing()
    assert after.current.planned == 600 + minutes * 60
    assert after.current.remaining == before.current.remaining + minutes * 60
    assert after.projected_total == before.projected_total + minutes * 60
    assert after.behind == before.behind + minutes * 60
    assert after.planned_total == before.planned_total == 1800


def test_extension_postpones_the_warning_and_overtime(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10)
    fake_time.advance(610)
    assert clock.timing().current.phase is Phase.OVERTIME
    clock.extend(60)
    assert clock.timing().current.phase is Phase.WARNING
    assert clock.timing().current.remaining == 50


# --- next, previous, skip ------------------------------------------------------


def test_next_marks_done_and_previous_keeps_and_continues_time(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10, 10)
    fake_time.advance(100)
    assert clock.next()
    assert clock.status(0) is SegmentStatus.DONE
    assert clock.status(1) is SegmentStatus.CURRENT
    assert clock.status(2) is SegmentStatus.PENDING
    fake_time.advance(40)
    assert clock.previous()
    assert clock.index == 0
    assert clock.status(0) is SegmentStatus.CURRENT
    assert clock.status(1) is SegmentStatus.PENDING
    fake_time.advance(5)
    assert clock.spent(0) == 105
    assert clock.spent(1) == 40
    assert clock.next()
    fake_time.advance(3)
    assert clock.spent(1) == 43
    assert clock.timing().elapsed == 148


def test_skip_marks_skipped_and_keeps_time(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10, 10)
    fake_time.advance(30)
    assert clock.skip()
    assert clock.status(0) is SegmentStatus.SKIPPED
    assert clock.index == 1
    fake_time.advance(10)
    assert clock.spent(0) == 30
    assert clock.spent(1) == 10
    assert clock.previous()
    assert clock.status(0) is SegmentStatus.CURRENT
    assert clock.next()
    assert clock.status(0) is SegmentStatus.DONE


def test_next_on_last_and_previous_on_first_refuse(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10)
    assert not clock.previous()
    assert clock.index == 0
    assert clock.next()
    fake_time.advance(12)
    assert not clock.next()
    assert not clock.skip()
    assert clock.index == 1
    assert clock.status(1) is SegmentStatus.CURRENT
    fake_time.advance(3)
    assert clock.spent(1) == 15


def test_moving_while_paused_stays_paused_and_counts_nothing(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10, 10)
    fake_time.advance(50)
    clock.pause()
    assert clock.next()
    fake_time.advance(100)
    assert clock.skip()
    fake_time.advance(100)
    assert clock.previous()
    fake_time.advance(100)
    assert clock.paused
    assert not clock.running
    assert [clock.spent(i) for i in range(3)] == [50, 0, 0]
    assert clock.index == 1
    clock.resume()
    fake_time.advance(9)
    assert clock.spent(1) == 9


def test_moving_before_start_counts_nothing(fake_time: FakeTime) -> None:
    clock = make_clock(fake_time, 10, 10)
    assert clock.next()
    fake_time.advance(100)
    assert clock.timing().elapsed == 0
    clock.start()
    fake_time.advance(4)
    assert clock.spent(1) == 4
    assert clock.spent(0) == 0


# --- session figures -----------------------------------------------------------


def test_elapsed_is_the_sum_of_spent(fake_time: FakeTime) -> None:
    clock = started(fake_time, 5, 10, 15)
    fake_time.advance(70)
    clock.next()
    fake_time.advance(130)
    clock.skip()
    fake_time.advance(11)
    timing = clock.timing()
    assert timing.elapsed == 211
    assert timing.elapsed == sum(clock.spent(i) for i in range(3))
    assert timing.planned_total == 1800


def test_finishing_a_segment_early_puts_you_ahead_by_the_saved_time(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10)
    fake_time.advance(420)
    clock.next()
    timing = clock.timing()
    assert timing.projected_total == 1020
    assert timing.behind == -180
    assert timing.remaining == 600


def test_overrun_puts_you_behind_by_the_overtime(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10)
    fake_time.advance(725)
    assert clock.timing().behind == 125
    clock.next()
    fake_time.advance(100)
    timing = clock.timing()
    assert timing.behind == 125
    assert timing.projected_total == 1325
    assert timing.remaining == 500


def test_skipping_an_untouched_segment_saves_its_whole_plan(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 15, 10)
    fake_time.advance(600)
    clock.next()
    clock.skip()
    assert clock.timing().behind == -900


# --- rebalance -----------------------------------------------------------------


def planned(clock: SessionClock) -> list[int]:
    return [clock.segment(i).planned for i in range(clock.segment_count)]


def test_rebalance_shrinks_the_rest_proportionally_to_end_on_time(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 5, 10, 15)
    fake_time.advance(780)
    clock.next()
    assert clock.timing().behind == 180
    assert clock.rebalance()
    # 1620 s left for 1800 s of plan: every remaining segment gets 90 %.
    assert planned(clock) == [600, 270, 540, 810]
    timing = clock.timing()
    assert timing.projected_total == timing.planned_total == 2400
    assert timing.behind == 0


def test_rebalance_includes_the_current_segments_remainder(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10, 10)
    fake_time.advance(900)
    clock.next()
    fake_time.advance(120)
    assert clock.rebalance()
    # 780 s left, shared 480:600 -> 346.67 and 433.33, floored to whole seconds.
    assert planned(clock) == [600, 120 + 346, 433]
    timing = clock.timing()
    assert timing.projected_total <= timing.planned_total
    assert timing.planned_total - timing.projected_total < 2


def test_rebalance_keeps_one_minute_and_still_ends_on_time(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 20, 2)
    fake_time.advance(1500)
    clock.next()
    assert clock.rebalance()
    # 420 s left: the 2-minute segment stops at the one-minute floor and the
    # other takes the rest, so the session still ends exactly on time.
    assert planned(clock) == [600, 360, 60]
    assert clock.timing().projected_total == clock.timing().planned_total


def test_rebalance_when_impossible_leaves_everything_at_one_minute(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 5, 5, 5)
    fake_time.advance(1800)
    clock.next()
    assert clock.rebalance()
    assert planned(clock) == [600, 60, 60, 60]
    assert clock.timing().projected_total == 1800 + 180


def test_rebalance_returns_false_when_on_time(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10)
    fake_time.advance(600)
    assert not clock.rebalance()
    clock.next()
    assert not clock.rebalance()
    assert planned(clock) == [600, 600]


def test_rebalance_never_lengthens(fake_time: FakeTime) -> None:
    segments = runs(10, 1, 10)
    segments[1].planned_seconds = segments[1].script_seconds = 30
    clock = SessionClock(segments, ClockState(), fake_time)
    clock.start()
    fake_time.advance(700)
    clock.next()
    assert clock.rebalance()
    plans = planned(clock)
    assert plans[1] == 30
    assert plans[2] == 500
    assert clock.timing().projected_total == clock.timing().planned_total


def test_rebalance_leaves_done_and_skipped_segments_alone(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10, 10, 10)
    fake_time.advance(300)
    clock.next()
    fake_time.advance(1200)
    clock.skip()
    fake_time.advance(700)
    assert clock.rebalance()
    plans = planned(clock)
    assert plans[:2] == [600, 600]
    assert clock.status(0) is SegmentStatus.DONE
    assert clock.status(1) is SegmentStatus.SKIPPED
    # Spent 2200 of 2400: 200 s left for the current (already over) and the last.
    assert plans[2] == 600
    assert plans[3] == 200


def test_rebalance_absorbs_an_extension(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10)
    clock.extend(300)
    fake_time.advance(900)
    clock.next()
    assert clock.rebalance()
    assert planned(clock) == [900, 300]
    assert clock.timing().behind == 0


# --- a whole 90-minute session, read sparsely ------------------------------------


# One continuous story reads best as one test, hence the long body.
def test_ninety_minute_session_with_stalls_is_exact(fake_time: FakeTime) -> None:  # noqa: PLR0915
    # check-in 5, review 10, goals 15, discussion 30, feedback 15, plan 10, wrap-up 5
    clock = started(fake_time, 5, 10, 15, 30, 15, 10, 5)
    assert clock.timing().planned_total == 5400

    fake_time.advance(37)  # the first read comes after a 37-second stall
    timing = clock.timing()
    assert (timing.elapsed, timing.current.remaining) == (37, 263)

    fake_time.advance(285)
    clock.next()  # check-in took 322 s
    fake_time.advance(660)  # eleven minutes without a single read
    timing = clock.timing()
    assert timing.current.spent == 660
    assert timing.current.overtime == 60
    assert timing.current.phase is Phase.OVERTIME
    assert timing.elapsed == 982
    assert timing.projected_total == 982 + 4500
    assert timing.behind == 82

    clock.pause()  # a dropped call of seven minutes
    fake_time.advance(420)
    timing = clock.timing()
    assert (timing.active, timing.elapsed, timing.behind) == (982, 982 + 420, 82 + 420)
    clock.resume()

    clock.next()  # goals, given five more minutes
    clock.extend(300)
    fake_time.advance(1234)
    timing = clock.timing()
    assert timing.current.planned == 1200
    assert timing.current.overtime == 34
    assert timing.behind == 82 + 420 + 300 + 34

    clock.next()  # discussion, then back to goals for a minute
    fake_time.advance(600)
    clock.previous()
    fake_time.advance(66)
    assert clock.spent(2) == 1300
    assert clock.spent(3) == 600
    assert clock.status(3) is SegmentStatus.PENDING

    clock.next()
    fake_time.advance(900)
    clock.skip()  # discussion cut short after 1500 s in all
    assert clock.status(3) is SegmentStatus.SKIPPED

    clock.extend(60)  # feedback runs long, then a 17-minute stall
    fake_time.advance(1020)
    timing = clock.timing()
    assert timing.current.overtime == 60
    assert timing.active == 322 + 660 + 1300 + 1500 + 1020
    assert timing.elapsed == timing.active + 420

    # 178 s left (the pause counts) for 600 + 300 s of plan; wrap-up keeps its minute.
    assert clock.rebalance()
    assert planned(clock)[5:] == [118, 60]
    assert clock.timing().projected_total == 5400

    clock.next()
    fake_time.advance(118)
    assert clock.timing().current.remaining == 0
    clock.next()
    fake_time.advance(60)
    clock.finish()
    fake_time.advance(1000)
    timing = clock.timing()
    assert timing.active == 4980
    assert timing.elapsed == 5400
    assert [clock.spent(i) for i in range(7)] == [322, 660, 1300, 1500, 1020, 118, 60]
    assert timing.behind == 0


# --- finish and restart ----------------------------------------------------------


def test_finish_marks_current_done_and_stops_counting(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 10, 10)
    fake_time.advance(100)
    clock.next()
    fake_time.advance(50)
    clock.finish()
    fake_time.advance(500)
    timing = clock.timing()
    assert clock.status(1) is SegmentStatus.DONE
    assert not clock.running
    assert timing.elapsed == 150
    assert timing.paused_time == 0
    # The session is over: its projected end is its actual end.
    assert timing.projected_total == 150
    clock.resume()
    fake_time.advance(10)
    assert clock.timing().elapsed == 150


def test_a_session_finished_before_start_never_counts(fake_time: FakeTime) -> None:
    clock = make_clock(fake_time, 10)
    clock.finish()
    clock.start()
    fake_time.advance(30)
    assert clock.timing().elapsed == 0
    assert clock.status(0) is SegmentStatus.DONE


def test_restart_from_saved_state_comes_back_paused(
    fake_time: FakeTime, fake_time_factory: type[FakeTime]
) -> None:
    segments = runs(10, 10)
    state = ClockState()
    clock = SessionClock(segments, state, fake_time)
    clock.start()
    fake_time.advance(700)
    clock.next()
    fake_time.advance(45.5)
    clock.pause()
    saved_segments = [run.model_copy(deep=True) for run in segments]
    saved_state = state.model_copy(deep=True)
    saved_state.paused = False  # as a crash mid-count would leave it

    # The time no process ran is not counted; once reopened, the clock stands paused
    # and that pause counts like any other (the mentor is back at the call).
    far_away = fake_time_factory(start=7_654_321.0)
    restored = SessionClock(saved_segments, saved_state, far_away)
    far_away.advance(3600)
    timing = restored.timing()
    assert timing.paused
    assert not restored.running
    assert restored.index == 1
    assert timing.active == 745.5
    assert timing.paused_time == 3600
    assert timing.current.spent == 45.5
    restored.resume()
    far_away.advance(14.5)
    assert restored.spent(1) == 60
    assert restored.timing().elapsed == 760 + 3600


def test_restart_with_an_earlier_origin_is_exact(fake_time_factory: type[FakeTime]) -> None:
    segments = runs(10)
    state = ClockState(started=True, current_index=0)
    segments[0].spent_seconds = 90
    near_zero = fake_time_factory(start=0.25)
    clock = SessionClock(segments, state, near_zero)
    clock.resume()
    near_zero.advance(10)
    assert clock.spent(0) == 100


def test_empty_segment_list_is_refused(fake_time: FakeTime) -> None:
    with pytest.raises(ValueError, match="at least one segment"):
        SessionClock([], ClockState(), fake_time)


# --- random operation sequences ----------------------------------------------------

OPERATIONS = st.one_of(
    st.tuples(st.just("advance"), st.integers(min_value=0, max_value=1500)),
    st.tuples(
        st.sampled_from(["pause", "resume", "toggle", "next", "previous", "skip", "rebalance"]),
        st.just(0),
    ),
    st.tuples(st.just("extend"), st.sampled_from([60, 300])),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    minutes=st.lists(st.integers(min_value=1, max_value=30), min_size=1, max_size=8),
    operations=st.lists(OPERATIONS, max_size=60),
)
def test_random_operations_keep_the_invariants(
    fake_time_factory: type[FakeTime], minutes: list[int], operations: list[tuple[str, int]]
) -> None:
    source = fake_time_factory()
    clock = SessionClock(runs(*minutes), ClockState(), source)
    clock.start()
    count = len(minutes)
    counted = paused_counted = 0
    previous_spent = [0.0] * count
    changed = False
    for name, amount in operations:
        plans_before = planned(clock)
        open_before = [
            i
            for i in range(count)
            if i == clock.index or (i > clock.index and clock.status(i) is SegmentStatus.PENDING)
        ]
        if name == "advance":
            if clock.running:
                counted += amount
            else:  # started, so not running means paused: the session's time goes on
                paused_counted += amount
            source.advance(amount)
        elif name == "extend":
            clock.extend(amount)
        elif name == "toggle":
            clock.toggle_pause()
        elif name == "rebalance":
            changed = clock.rebalance()
        else:
            getattr(clock, name)()

        timing = clock.timing()
        spent = [clock.spent(i) for i in range(count)]
        assert all(s >= 0 for s in spent)
        assert all(now >= before for now, before in zip(spent, previous_spent, strict=True))
        previous_spent = spent
        assert timing.active == counted
        assert timing.paused_time == paused_counted
        assert timing.elapsed == counted + paused_counted
        statuses = [clock.status(i) for i in range(count)]
        assert statuses.count(SegmentStatus.CURRENT) == 1
        assert statuses[clock.index] is SegmentStatus.CURRENT
        done_or_skipped = (SegmentStatus.DONE, SegmentStatus.SKIPPED)
        assert all(s in done_or_skipped for s in statuses[: clock.index])
        assert timing.projected_total >= timing.elapsed
        if name == "rebalance":
            check_rebalance(
                changed=changed,
                before=plans_before,
                after=planned(clock),
                open_=open_before,
                spent=spent,
                timing=timing,
            )


def check_rebalance(
    *,
    changed: bool,
    before: list[int],
    after: list[int],
    open_: list[int],
    spent: list[float],
    timing: SessionTiming,
) -> None:
    """What any rebalance must guarantee, whatever came before it."""
    assert changed == (after != before)
    assert all(a <= b for a, b in zip(after, before, strict=True))
    assert all(after[i] == before[i] for i in range(len(before)) if i not in open_)
    assert all(after[i] >= min(before[i], MIN_SEGMENT_SECONDS) for i in open_)
    budget = timing.planned_total - timing.elapsed
    needed = sum(max(0.0, before[i] - spent[i]) for i in open_)
    if needed <= budget:
        assert not changed
        return
    # The least each open segment can keep: up to one minute, never more than it had.
    floors = sum(
        min(max(0.0, before[i] - spent[i]), max(0.0, MIN_SEGMENT_SECONDS - spent[i])) for i in open_
    )
    if floors <= budget:
        # Ends on time, losing less than a second per segment to whole-second plans.
        assert timing.projected_total <= timing.planned_total + 1e-6
        assert timing.planned_total - timing.projected_total < len(open_)
    else:
        assert all(
            after[i] == min(before[i], max(MIN_SEGMENT_SECONDS, math.floor(spent[i])))
            for i in open_
        )


# --- when the screen reads the clock next ----------------------------------------------


def test_the_next_reading_comes_when_a_shown_second_changes(fake_time: FakeTime) -> None:
    clock = make_clock(fake_time, 10, 20)
    assert until_next_second(clock.timing()) == 1.0  # nothing runs yet: a second
    clock.start()
    fake_time.advance(10.25)
    assert until_next_second(clock.timing()) == pytest.approx(0.75)
    # A new segment counts from its own start: its countdown's seconds and the
    # session's elapsed ones now change at different instants.
    fake_time.advance(0.25)
    clock.next()
    assert until_next_second(clock.timing()) == pytest.approx(0.5)  # elapsed 10.5
    fake_time.advance(0.5)
    assert until_next_second(clock.timing()) == pytest.approx(0.5)  # segment 0.5
    fake_time.advance(0.5)
    assert until_next_second(clock.timing()) == pytest.approx(0.5)  # elapsed 11.5


def test_while_paused_only_the_elapsed_time_sets_the_next_reading(fake_time: FakeTime) -> None:
    clock = started(fake_time, 10, 20)
    fake_time.advance(3.75)
    clock.pause()
    fake_time.advance(0.5)  # elapsed 4.25, the segment frozen at 3.75
    assert until_next_second(clock.timing()) == pytest.approx(0.75)
