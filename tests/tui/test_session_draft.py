"""The live draft: saved in a worker after changes, every ten seconds while only the
timer runs, a visible warning (and retries) on disk trouble, saved on quit (stop
signals: test_stop_signals.py)."""

from __future__ import annotations

import errno

import pytest
from textual.widgets import Static

from sessiontui.model import Session
from sessiontui.service import CLOCK_SAVE_INTERVAL
from sessiontui.store import DraftStore
from sessiontui.tui.app import create_app

from .conftest import LaunchFactory, ManualClock
from .helpers import session_screen, settle, wait_until


def _draft(app: object) -> Session:
    launch = app.launch  # type: ignore[attr-defined]
    loaded = DraftStore(launch.data_dir).load()
    assert loaded.session is not None, "no draft on disk"
    return loaded.session


async def test_changes_reach_the_draft_file(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+o", *"Book the room", "enter")
        await pilot.press("ctrl+n")
        await settle(app)
        draft = _draft(app)
        assert [item.text for item in draft.action_items] == ["Book the room"]
        assert draft.clock.current_index == 1
        assert draft.mentee == "Ana"


async def test_while_only_the_timer_runs_the_draft_is_written_every_ten_seconds(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)):
        screen = session_screen(app)
        await settle(app)
        clock.advance(CLOCK_SAVE_INTERVAL - 1)
        screen.autosave_tick()  # what the one-second interval calls
        await settle(app)
        assert _draft(app).segments[0].spent_seconds == 0
        clock.advance(33)
        screen.autosave_tick()
        await settle(app)
        assert _draft(app).segments[0].spent_seconds == CLOCK_SAVE_INTERVAL + 32


async def test_disk_trouble_shows_a_warning_and_the_next_save_clears_it(
    make_launch: LaunchFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = session_screen(app)
        warning = screen.query_one("#save-warning", Static)
        await settle(app)
        real_save = DraftStore.save

        def full_disk(self: DraftStore, session: Session) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(DraftStore, "save", full_disk)
        # By key, not a click: the running timer's autosave may fail first, and
        # the warning it shows moves the field down under a click's aim.
        await pilot.press("ctrl+l", *"kept in memory", "enter")
        await settle(app)
        await wait_until(lambda: warning.display, "the save warning shown")
        assert str(warning.content) == (
            "Cannot save the draft: the disk is full. Your session is kept in memory; retrying."
        )
        assert screen.live.session.parking_lot[0].text == "kept in memory"

        monkeypatch.setattr(DraftStore, "save", real_save)
        screen.autosave_tick()  # the retry, without any new change
        await settle(app)
        await wait_until(lambda: not warning.display, "the save warning gone")
        assert [item.text for item in _draft(app).parking_lot] == ["kept in memory"]


async def test_quit_saves_the_draft_for_resume(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        # Feedback to the mentee asks shared or private: Ctrl+F chooses shared.
        await pilot.press("ctrl+r", *"Clear slides", "ctrl+f", "enter")
        clock.advance(90)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    draft = _draft(app)
    assert [entry.situation for entry in draft.feedback] == ["Clear slides"]
    assert draft.segments[0].spent_seconds == 90
    assert draft.finished_at is None


async def test_quit_when_the_draft_cannot_be_saved_asks_for_a_second_press(
    make_launch: LaunchFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app)

        def read_only(self: DraftStore, session: Session) -> None:
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(DraftStore, "save", read_only)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.is_running
        assert isinstance(app.screen, type(session_screen(app)))
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert not app.is_running
