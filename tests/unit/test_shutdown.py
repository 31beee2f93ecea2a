"""ShutdownGuard: on a stop signal the UI saves and exits; if it cannot, the
watchdog saves, frees the lock and ends the process by the deadline."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator

import pytest

from sessiontui.shutdown import TERMINAL_GONE_STATUS, ShutdownGuard, signal_status

WAIT = 10.0  # generous bound for the events below; they normally come in milliseconds


class Recorder:
    """Fake lock release, save and process end, recording what happened in which order."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.threads: dict[str, str] = {}
        self.ended = threading.Event()
        self.status: int | None = None

    def release(self) -> None:
        self.events.append("release")

    def save(self) -> None:
        self.events.append("save")
        self.threads["save"] = threading.current_thread().name

    def end_process(self, status: int) -> None:
        self.events.append("end")
        self.status = status
        self.ended.set()


@pytest.fixture
def recorder() -> Recorder:
    """A fresh recorder."""
    return Recorder()


@pytest.fixture
def guards() -> Iterator[list[ShutdownGuard]]:
    """Guards made by a test, closed afterwards (signal handlers given back)."""
    made: list[ShutdownGuard] = []
    yield made
    for guard in made:
        guard.close()


def make_guard(
    guards: list[ShutdownGuard], recorder: Recorder, *, save_wait: float, deadline: float
) -> ShutdownGuard:
    guard = ShutdownGuard(
        recorder.release, save_wait=save_wait, deadline=deadline, end_process=recorder.end_process
    )
    guards.append(guard)
    return guard


def test_signal_status_is_128_plus_the_signal() -> None:
    assert signal_status(signal.SIGHUP) == 129 == TERMINAL_GONE_STATUS
    assert signal_status(signal.SIGINT) == 130
    assert signal_status(signal.SIGTERM) == 143


def test_a_stuck_ui_is_saved_for_then_released_and_ended_by_the_deadline(
    guards: list[ShutdownGuard], recorder: Recorder
) -> None:
    guard = make_guard(guards, recorder, save_wait=0.05, deadline=0.2)
    asked: list[int] = []
    guard.attach(recorder.save, asked.append)  # the UI is asked, but never answers
    guard.install(())

    guard.trigger(143)

    assert recorder.ended.wait(WAIT)
    assert asked == [143]
    assert recorder.events == ["save", "release", "end"]
    assert recorder.threads["save"] == "sessiontui-shutdown"
    assert recorder.status == 143


def test_a_ui_that_saved_is_not_saved_for_again(
    guards: list[ShutdownGuard], recorder: Recorder
) -> None:
    guard = make_guard(guards, recorder, save_wait=0.05, deadline=0.2)
    guard.attach(recorder.save, lambda status: guard.save_once())
    guard.install(())

    guard.trigger(129)

    assert recorder.ended.wait(WAIT)
    assert recorder.events == ["save", "release", "end"]
    assert recorder.threads["save"] == threading.current_thread().name


def test_after_the_release_nothing_is_saved(
    guards: list[ShutdownGuard], recorder: Recorder
) -> None:
    # The orderly exit freed the lock (another sessiontui may start): a late
    # save from the watchdog would write into a folder that is not ours.
    guard = make_guard(guards, recorder, save_wait=0.05, deadline=0.2)
    guard.attach(recorder.save, lambda status: None)
    guard.install(())
    guard.release_once()

    guard.trigger(129)

    assert recorder.ended.wait(WAIT)
    assert recorder.events == ["release", "end"]


def test_only_the_first_trigger_counts(guards: list[ShutdownGuard], recorder: Recorder) -> None:
    guard = make_guard(guards, recorder, save_wait=0.05, deadline=0.2)
    asked: list[int] = []
    guard.attach(recorder.save, asked.append)
    guard.install(())

    guard.trigger(129)
    guard.trigger(143)

    assert recorder.ended.wait(WAIT)
    assert asked == [129]
    assert guard.status == recorder.status == 129


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_triggers_it_and_uninstall_gives_the_signal_back(
    guards: list[ShutdownGuard], recorder: Recorder, signum: signal.Signals
) -> None:
    before = signal.getsignal(signum)
    guard = make_guard(guards, recorder, save_wait=0.05, deadline=0.2)
    asked: list[int] = []
    guard.attach(recorder.save, asked.append)
    guard.install()

    os.kill(os.getpid(), signum)

    assert recorder.ended.wait(WAIT)
    assert asked == [128 + signum]
    guard.uninstall()
    assert signal.getsignal(signum) == before


def test_closing_an_untriggered_guard_stops_its_watchdog(recorder: Recorder) -> None:
    before = set(threading.enumerate())
    guard = ShutdownGuard(recorder.release, end_process=recorder.end_process)
    guard.install(())
    watchdogs = [t for t in set(threading.enumerate()) - before if t.name == "sessiontui-shutdown"]
    assert len(watchdogs) == 1

    guard.close()

    assert not any(t.is_alive() for t in watchdogs)
    assert recorder.events == []


def test_a_failing_save_still_ends_the_process(
    guards: list[ShutdownGuard], recorder: Recorder
) -> None:
    guard = make_guard(guards, recorder, save_wait=0.05, deadline=0.2)

    def broken_save() -> None:
        raise OSError(28, "No space left on device")

    guard.attach(broken_save, lambda status: None)
    guard.install(())
    guard.trigger(129)

    assert recorder.ended.wait(WAIT)
    assert recorder.events == ["release", "end"]
