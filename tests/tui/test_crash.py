"""An unexpected error: the session is saved first, logged without its text, never shown."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from sessiontui.tui.app import SessionTuiApp, create_app
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import session_screen, type_into, wait_until

MARKER = "PRIVATE-c4a1e9"


class HandlerBug(Exception):
    """The bug a test plants in a key's handler."""


def plant_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """F2 now fails, with the private notes in a local variable and in the message."""

    def broken(self: SessionScreen) -> None:
        notes = [note.text for note in self.live.session.notes]
        raise HandlerBug(f"cannot open the agreement with notes {notes}")

    monkeypatch.setattr(SessionScreen, "action_agreement", broken)


async def note_then_f2(app: SessionTuiApp) -> None:
    """Write the private note, press the broken key, wait until the app records the crash."""
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+g")
        await type_into(pilot, "#note-input", MARKER)
        await pilot.press("enter")
        await wait_until(lambda: bool(session_screen(app).live.session.notes), "the note")
        await pilot.press("f2")
        await wait_until(lambda: app.crash is not None, "the crash is recorded")


async def run_until_crash(app: SessionTuiApp) -> None:
    async with app.run_test(size=(100, 30)):
        await wait_until(lambda: app.crash is not None, "the crash is recorded")


async def test_an_error_in_a_handler_saves_the_draft_and_logs_no_session_text(
    make_launch: LaunchFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    plant_bug(monkeypatch)
    launch = make_launch()
    app = create_app(launch)
    with pytest.raises(HandlerBug):  # Pilot hands the app's error back to the test
        await note_then_f2(app)

    assert app.return_code == 1
    assert app.crash is not None
    assert app.crash.draft_saved is True
    draft = launch.drafts.load().session
    assert draft is not None
    assert [note.text for note in draft.notes] == [MARKER]

    log = app.crash.log
    assert log is not None
    assert log.parent == launch.data_dir.path
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text(encoding="utf-8")
    assert "HandlerBug (message left out)" in text
    assert "in broken" in text  # the frame where it happened
    assert MARKER not in text


async def test_textual_prints_no_report_of_its_own(
    make_launch: LaunchFactory, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plant_bug(monkeypatch)
    app = create_app(make_launch())
    with pytest.raises(HandlerBug):
        await note_then_f2(app)
    captured = capsys.readouterr()
    assert MARKER not in captured.out + captured.err
    assert "Traceback" not in captured.out + captured.err


async def test_an_error_before_any_session_has_nothing_to_save(
    make_launch: LaunchFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_mount(self: SessionScreen) -> None:
        raise HandlerBug("at mount")

    monkeypatch.setattr(SessionScreen, "on_mount", broken_mount)
    app = create_app(make_launch())
    with pytest.raises(HandlerBug):
        await run_until_crash(app)
    assert app.crash is not None
    assert app.crash.log is not None
    assert app.return_code == 1


async def test_a_rehearsals_crash_log_is_kept_outside_its_throwaway_folder(
    make_launch: LaunchFactory, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plant_bug(monkeypatch)
    kept = tmp_path / "tmp"
    launch = make_launch(rehearsal=True, crash_dir=kept)
    app = create_app(launch)
    with pytest.raises(HandlerBug):
        await note_then_f2(app)
    assert app.crash is not None
    assert app.crash.log is not None
    assert app.crash.log.parent == kept
    assert not list(launch.data_dir.path.glob("crash-*.log"))
    assert MARKER not in app.crash.log.read_text(encoding="utf-8")
