"""The data folder during a session: it vanishes, someone else takes it, a crash cuts a save.

Real files, a real second process holding the lock, a real kill -9: the app
is driven through Pilot where it must tell the mentor something.
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Static

from sessiontui.model import Session
from sessiontui.store import DataDir, DataDirLock, DraftStore
from sessiontui.store.draft import temp_drafts
from sessiontui.store.lock import LockHolder, lock_holder
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.resume import ResumeScreen

from .conftest import LaunchFactory
from .helpers import session_screen, settle

# Another sessiontui: takes the (recreated) folder, saves its own draft, waits.
_OTHER_INSTANCE = """
import sys, time
from datetime import datetime, timezone
from pathlib import Path
from sessiontui.model import Session
from sessiontui.store import DataDir, DataDirLock, DraftStore
folder = DataDir.open(Path(sys.argv[1]))
DataDirLock(folder).acquire()
started = datetime(2025, 1, 1, tzinfo=timezone.utc)
DraftStore(folder).save(
    Session(script_id="regular", script_title="Theirs", mentee="Theirs", started_at=started)
)
print("ready", flush=True)
time.sleep(60)
"""

# A save killed after its temp file was written in full, before the rename.
_KILLED_SAVE = """
import sys, time
from datetime import datetime, timezone
from pathlib import Path
from sessiontui.live import session_from_script
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.store import DataDir, DraftStore, atomic
folder = DataDir.open(Path(sys.argv[1]))
session = session_from_script(
    ScriptLibrary.load(None).get("regular"), "Rosa", datetime(2025, 3, 14, 9, tzinfo=timezone.utc)
)
store = DraftStore(folder)
if sys.argv[2] == "second":
    store.save(session)  # a first, complete save
    session.mentee = "Rosa Ibáñez"
def stuck(src, dst):
    print("ready", flush=True)
    time.sleep(60)
atomic._replace = stuck
store.save(session)
"""


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def no_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def _child(source: str, *args: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", source, *args], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


def _end(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        child.kill()
    child.wait(timeout=10)
    assert child.stdout is not None
    child.stdout.close()


def _warning(app: object) -> Static:
    return session_screen(app).query_one("#save-warning", Static)  # type: ignore[arg-type]


@pytest.mark.usefixtures("no_umask")
async def test_a_vanished_data_folder_comes_back_private_and_locked(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch()
    folder = launch.data_dir.path
    with DataDirLock(launch.data_dir):
        app = create_app(launch)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(app)
            shutil.rmtree(folder)  # a sync tool, a clean-up script, a mistaken rm -r
            await pilot.press("ctrl+l", *"after the folder vanished", "enter")
            await settle(app)
            await pilot.pause()
            assert not _warning(app).display
            assert _mode(folder) == 0o700
            assert _mode(launch.data_dir.draft_path) == 0o600
            assert _mode(launch.data_dir.lock_path) == 0o600
            assert lock_holder(folder) == LockHolder(os.getpid())
            saved = DraftStore(launch.data_dir).load().session
            assert saved is not None
            assert [p.text for p in saved.parking_lot] == ["after the folder vanished"]


@pytest.mark.slow
async def test_a_vanished_folder_taken_by_another_instance_is_left_to_it(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch()
    folder = launch.data_dir.path
    with DataDirLock(launch.data_dir):
        app = create_app(launch)
        async with app.run_test(size=(100, 30)) as pilot:
            # Paused, nothing changes: no autosave races the other instance to the folder.
            await pilot.press("ctrl+t")
            await settle(app)
            shutil.rmtree(folder)
            other = _child(_OTHER_INSTANCE, str(folder))
            try:
                await pilot.press("ctrl+l", *"mine", "enter")
                await settle(app)
                await pilot.pause()
                warning = _warning(app)
                assert warning.display
                assert str(warning.content) == (
                    f"Cannot save the draft: the data folder {folder} disappeared and another "
                    "sessiontui is using it now; nothing more is saved there. Your session is "
                    "kept in memory; retrying."
                )
                session_screen(app).autosave_tick()  # the retry a second later
                await settle(app)
                await pilot.pause()
                assert warning.display
                theirs = DraftStore(DataDir(folder)).load().session
                assert theirs is not None
                assert theirs.mentee == "Theirs"
                assert lock_holder(folder) == LockHolder(other.pid)
            finally:
                _end(other)


def _killed_save(folder: Path, when: str) -> None:
    child = _child(_KILLED_SAVE, str(folder), when)
    os.kill(child.pid, signal.SIGKILL)
    _end(child)


@pytest.mark.slow
async def test_a_first_save_cut_by_kill_9_is_offered_for_resume(
    make_launch: LaunchFactory, tmp_path: Path
) -> None:
    data = DataDir.open(tmp_path / "data")
    _killed_save(data.path, "first")
    assert not data.draft_path.exists()
    [temp] = temp_drafts(data)
    found = DraftStore(data).load()  # what the command line does at start
    assert found.recovered_from == temp
    assert found.session is not None
    assert data.draft_path.exists()
    assert temp_drafts(data) == []
    app = create_app(make_launch(draft=found.session, mentee=None, script=None))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResumeScreen)
        facts = str(app.screen.query_one("#resume-facts", Static).content)
        assert "Rosa" in facts


@pytest.mark.slow
def test_a_later_save_cut_by_kill_9_wins_over_the_older_draft(tmp_path: Path) -> None:
    data = DataDir.open(tmp_path / "data")
    _killed_save(data.path, "second")
    [temp] = temp_drafts(data)
    assert Session.model_validate_json(data.draft_path.read_bytes()).mentee == "Rosa"
    found = DraftStore(data).load()
    assert found.recovered_from == temp
    assert found.session is not None
    assert found.session.mentee == "Rosa Ibáñez"


def test_a_temp_draft_older_than_the_draft_or_half_written_is_not_offered(
    tmp_path: Path,
) -> None:
    data = DataDir.open(tmp_path / "data")
    _killed_save(data.path, "first")
    [temp] = temp_drafts(data)
    store = DraftStore(data)
    newer = Session.model_validate_json(temp.read_bytes()).model_copy(update={"mentee": "Now"})
    store.save(newer)  # the session went on and saved later: the temp is stale
    os.utime(temp, ns=(1, 1))
    half = temp.with_name(temp.name + "x")
    half.write_bytes(temp.read_bytes()[:50])
    found = store.load()
    assert found.recovered_from is None
    assert found.session == newer
    assert sorted(temp_drafts(data)) == sorted([temp, half])  # left for doctor to describe
