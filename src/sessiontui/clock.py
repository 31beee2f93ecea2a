"""SessionClock: the session's timing, pure and driven by an injected time source.

All figures are computed from a monotonic reading at the moment they are
asked for, never by counting ticks: a display that refreshes late (an
event-loop stall) still shows the exact time. The clock works directly on the
session's `SegmentRun` records and `ClockState`, so what is saved is always
what the clock shows.

The rules (docs/timing.md): the call ends at the planned time whatever
happens, so the session's time is the segments' time plus the time paused;
a pause freezes the segment's countdown but not the session, which falls
behind by the length of the pause. A clock rebuilt from saved state (a
resumed draft) comes back paused; the time no process ran is not counted.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import datetime

from sessiontui.model import ClockState, SegmentRun
from sessiontui.rebalance import share_budget
from sessiontui.timing import Phase, SegmentStatus, SegmentTiming, SessionTiming

TimeSource = Callable[[], float]
WallClock = Callable[[], datetime]
"""The time of day, aware: injected everywhere a timestamp is made (tests fix it)."""


def local_now() -> datetime:
    """The system's wall-clock time in the local time zone: the one real wall clock.

    Whole seconds: stored times stay as readable as the ISO-8601 of version 1.
    """
    return datetime.now().astimezone().replace(microsecond=0)


MIN_SEGMENT_SECONDS = 60


class SessionClock:
    """Per-segment countdown, overtime, pause, extend, skip, back and rebalance.

    Time spent is the sum of closed intervals stored in each segment's
    `spent_seconds` plus the open interval of the current segment, measured
    from `_anchor`. Pausing closes that interval and opens a pause, measured
    from `_pause_anchor` and added to the state's `paused_seconds` when it
    ends: the segments stand still, the session's time does not.
    """

    def __init__(
        self,
        segments: list[SegmentRun],
        state: ClockState,
        time_source: TimeSource = time.monotonic,
    ) -> None:
        if not segments:
            raise ValueError("a session clock needs at least one segment")
        self._segments = segments
        self._state = state
        self._now = time_source
        self._anchor: float | None = None
        self._pause_anchor: float | None = None
        if state.current_index >= len(segments):
            state.current_index = len(segments) - 1
        # A clock rebuilt from saved state must not count time that passed
        # while no process was running: it comes back paused, and the pause
        # counts from now (the mentor is back at the call).
        if state.started and not self._finished:
            state.paused = True
            self._pause_anchor = self._now()

    # --- reading -----------------------------------------------------------

    @property
    def index(self) -> int:
        """The current segment's index."""
        return self._state.current_index

    @property
    def segment_count(self) -> int:
        """How many segments the session has."""
        return len(self._segments)

    @property
    def started(self) -> bool:
        """True once the clock has been started."""
        return self._state.started

    @property
    def paused(self) -> bool:
        """True while the mentor has paused the timer."""
        return self._state.paused

    @property
    def running(self) -> bool:
        """True while time is being counted."""
        return self._anchor is not None

    @property
    def script_total(self) -> int:
        """Seconds the script planned: the session's agreed length."""
        return sum(run.script_seconds for run in self._segments)

    def spent(self, index: int) -> float:
        """Seconds spent in segment `index` up to now."""
        return self._spent_at(index, self._now())

    def status(self, index: int) -> SegmentStatus:
        """The agenda status of segment `index`."""
        run = self._segments[index]
        # The current segment is only ever done once the session is finished.
        if index == self.index and not run.done:
            return SegmentStatus.CURRENT
        if run.skipped:
            return SegmentStatus.SKIPPED
        if run.done:
            return SegmentStatus.DONE
        return SegmentStatus.PENDING

    def segment(self, index: int) -> SegmentTiming:
        """The figures of segment `index` now."""
        return self._segment_at(index, self._now())

    def paused_time(self) -> float:
        """Seconds the session has stood paused up to now (the open pause included)."""
        return self._paused_at(self._now())

    def timing(self) -> SessionTiming:
        """The whole session's figures now, all from one time reading."""
        now = self._now()
        spent = [self._spent_at(i, now) for i in range(len(self._segments))]
        paused = self._paused_at(now)
        elapsed = sum(spent) + paused
        projected = elapsed + sum(
            max(0.0, run.planned_seconds - spent[i])
            for i, run in enumerate(self._segments)
            if self._is_open(i)
        )
        return SessionTiming(
            elapsed=elapsed,
            planned_total=self.script_total,
            projected_total=projected,
            paused=self.paused,
            started=self.started,
            current=self._segment_at(self.index, now),
            paused_time=paused,
        )

    # --- acting ------------------------------------------------------------

    def start(self) -> None:
        """Start counting (no effect once started or finished)."""
        if self._state.started or self._finished:
            return
        self._state.started = True
        self._state.paused = False
        self._open()

    def pause(self) -> None:
        """Stop the segment's figures (a dropped call); the session's time goes on."""
        if not self._state.started or self._state.paused or self._finished:
            return
        self._close()
        self._state.paused = True
        self._pause_anchor = self._now()

    def resume(self) -> None:
        """Count again after a pause (also after a restart from saved state).

        A finished session stays stopped.
        """
        if not self._state.started:
            self.start()
            return
        if not self._state.paused or self._finished:
            return
        self._end_pause()
        self._state.paused = False
        self._open()

    def toggle_pause(self) -> None:
        """Pause when running, resume when paused."""
        if self.running:
            self.pause()
        else:
            self.resume()

    def next(self) -> bool:
        """Mark the current segment done and move on; False on the last one."""
        return self._leave(self.index + 1, done=True)

    def skip(self) -> bool:
        """Move on without covering the current segment; its time is kept."""
        return self._leave(self.index + 1, done=False)

    def previous(self) -> bool:
        """Go back one segment; its earlier time is kept and counting continues."""
        return self._leave(self.index - 1, done=None)

    def extend(self, seconds: int) -> None:
        """Give the current segment more time."""
        run = self._segments[self.index]
        run.planned_seconds = max(0, run.planned_seconds + seconds)

    def finish(self) -> None:
        """Stop the clock and mark the current segment done."""
        self._close()
        self._end_pause()
        run = self._segments[self.index]
        run.done = True
        run.skipped = False
        self._state.paused = True

    def rebalance(self) -> bool:
        """Shrink the remaining segments so the session ends on time.

        The time the script planned, less the session's time so far (pauses
        included: the call still ends at the planned time), is shared among
        the current segment's remainder and the pending segments in
        proportion to what each still has planned, never below one minute
        per segment; nothing is lengthened. Returns True if a plan changed.
        """
        now = self._now()
        spent = [self._spent_at(i, now) for i in range(len(self._segments))]
        open_ = [i for i in range(len(self._segments)) if self._is_open(i)]
        need = {i: max(0.0, self._segments[i].planned_seconds - spent[i]) for i in open_}
        budget = max(0.0, self.script_total - sum(spent) - self._paused_at(now))
        if sum(need.values()) <= budget:
            return False
        changed = False
        for i, share in share_budget(need, spent, budget, floor=MIN_SEGMENT_SECONDS).items():
            run = self._segments[i]
            new_plan = max(MIN_SEGMENT_SECONDS, math.floor(spent[i] + share))
            if new_plan < run.planned_seconds:
                run.planned_seconds = new_plan
                changed = True
        return changed

    # --- internals -----------------------------------------------------------

    @property
    def _finished(self) -> bool:
        """True once `finish()` ran: only then is the current segment done."""
        return self._segments[self.index].done

    def _is_open(self, index: int) -> bool:
        """True for the current segment and pending ones after it, until finished."""
        if self._finished:
            return False
        run = self._segments[index]
        return index == self.index or (index > self.index and not (run.done or run.skipped))

    def _spent_at(self, index: int, now: float) -> float:
        spent = self._segments[index].spent_seconds
        if index == self.index and self._anchor is not None:
            spent += max(0.0, now - self._anchor)
        return spent

    def _paused_at(self, now: float) -> float:
        paused = self._state.paused_seconds
        if self._pause_anchor is not None:
            paused += max(0.0, now - self._pause_anchor)
        return paused

    def _end_pause(self) -> None:
        """Add the open pause (if any) to the stored total."""
        if self._pause_anchor is None:
            return
        self._state.paused_seconds += max(0.0, self._now() - self._pause_anchor)
        self._pause_anchor = None

    def _segment_at(self, index: int, now: float) -> SegmentTiming:
        run = self._segments[index]
        spent = self._spent_at(index, now)
        remaining = run.planned_seconds - spent
        if remaining < 0:
            phase = Phase.OVERTIME
        elif index == self.index and self.started and remaining <= run.warn_before_end_seconds:
            phase = Phase.WARNING
        else:
            phase = Phase.ON_TIME
        return SegmentTiming(index, run.planned_seconds, spent, self.status(index), phase)

    def _open(self) -> None:
        self._anchor = self._now()
        run = self._segments[self.index]
        run.visited = True

    def _close(self) -> None:
        if self._anchor is None:
            return
        run = self._segments[self.index]
        run.spent_seconds += max(0.0, self._now() - self._anchor)
        self._anchor = None

    def _leave(self, target: int, *, done: bool | None) -> bool:
        if not 0 <= target < len(self._segments):
            return False
        was_running = self._anchor is not None
        self._close()
        run = self._segments[self.index]
        if done is True:
            run.done, run.skipped = True, False
        elif done is False:
            run.done, run.skipped = False, True
        self._state.current_index = target
        target_run = self._segments[target]
        target_run.done = target_run.skipped = False
        if was_running:
            self._open()
        elif self._state.started:
            target_run.visited = True
        return True
