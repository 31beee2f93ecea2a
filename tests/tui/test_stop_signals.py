"""Stop signals through the ShutdownGuard: the app saves the draft and exits with
128 + the signal; keys still queued never delay the exit; a signal that came
before the app was up ends it at once.

The guard's watchdog is given long waits here, so that what is checked is
the app's own (orderly) way out; the watchdog has its own unit tests.
"""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Iterator

import pytest
from textual import events
from textual.app import App

from sessiontui.model import Session
from sessiontui.shutdown import ShutdownGuard
from sessiontui.store import DraftStore
from sessiontui.tui.app import create_app

from .conftest import LaunchFactory, ManualClock
from .helpers import session_screen, settle

EXIT_WITHIN = 10.0  # seconds; a generous bound for a loaded machine


@pytest.fixture
def guard() -> Iterator[ShutdownGuard]:
    """A guard as the CLI installs it, with a pretend lock and process end."""
    ended: list[int] = []
    the_guard = ShutdownGuard(
        lambda: None, save_wait=EXIT_WITHIN, deadline=EXIT_WITHIN * 2, end_process=ended.append
    )
    the_guard.install()
    yield the_guard
    the_guard.close()


def _draft(app: App[None]) -> Session:
    launch = app.launch  # type: ignore[attr-defined]
    loaded = DraftStore(launch.data_dir).load()
    assert loaded.session is not None, "no draft on disk"
    return loaded.session


async def _wait_for_exit(app: App[None]) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + EXIT_WITHIN
    while app.return_code is None:
        assert loop.time() < deadline, "the app did not exit"
        await asyncio.sleep(0.01)


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM, signal.SIGINT])
async def test_a_stop_signal_saves_the_draft_and_exits(
    make_launch: LaunchFactory, clock: ManualClock, guard: ShutdownGuard, signum: signal.Signals
) -> None:
    app = create_app(make_launch(), guard)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+g", *"before the window closed", "enter")
        clock.advance(12)
        await settle(app)
        os.kill(os.getpid(), signum)
        await _wait_for_exit(app)
    assert app.return_code == 128 + signum
    draft = _draft(app)
    assert [note.text for note in draft.notes] == ["before the window closed"]
    assert draft.segments[0].spent_seconds == 12


async def test_keys_still_queued_do_not_delay_the_exit(
    make_launch: LaunchFactory, guard: ShutdownGuard
) -> None:
    app = create_app(make_launch(), guard)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+o", *"Book the room", "enter")
        await settle(app)
        # A key repeat arrived just before the terminal closed.
        for _ in range(6):
            app.post_message(events.Key("ctrl+n", None))
        guard.trigger(129)
        await _wait_for_exit(app)
        assert session_screen(app).live.clock.index == 0
    assert app.return_code == 129
    draft = _draft(app)
    assert [item.text for item in draft.action_items] == ["Book the room"]
    assert draft.clock.current_index == 0


async def test_a_signal_before_the_app_was_up_ends_it_at_once(
    make_launch: LaunchFactory, guard: ShutdownGuard
) -> None:
    guard.trigger(143)
    app = create_app(make_launch(), guard)
    async with app.run_test(size=(100, 30)):
        await _wait_for_exit(app)
    assert app.return_code == 143
    assert not app.launch.data_dir.draft_path.exists()
