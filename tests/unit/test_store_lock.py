"""One instance per data folder; a lock left by a dead process is taken over."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from sessiontui.errors import UserError
from sessiontui.model import Session
from sessiontui.process_info import describe_process
from sessiontui.store.datadir import DataDir
from sessiontui.store.draft import DraftStore
from sessiontui.store.errors import DataDirBusy, DataDirTakenOver, os_error_reason
from sessiontui.store.lock import DataDirLock, LockHolder, lock_holder

_HOLDER = """
import sys, time
from pathlib import Path
from sessiontui.store import DataDir, DataDirLock
DataDirLock(DataDir.open(Path(sys.argv[1]))).acquire()
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir.open(tmp_path / "data")


@pytest.fixture
def holder(data_dir: DataDir) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(data_dir.path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(timeout=10)
    child.stdout.close()


def test_acquire_writes_pid_and_release_clears_it(data_dir: DataDir) -> None:
    lock = DataDirLock(data_dir)
    lock.acquire()
    assert data_dir.lock_path.read_text().strip() == str(os.getpid())
    assert oct(data_dir.lock_path.stat().st_mode & 0o777) == oct(0o600)
    lock.release()
    assert data_dir.lock_path.read_text() == ""
    with DataDirLock(data_dir):  # free again after release
        pass


def test_second_lock_in_same_process_is_refused(data_dir: DataDir) -> None:
    with DataDirLock(data_dir), pytest.raises(DataDirBusy) as caught:
        DataDirLock(data_dir).acquire()
    assert caught.value.pid == os.getpid()


@pytest.mark.slow
def test_second_process_is_told_the_pid_then_takes_over_after_kill_9(
    data_dir: DataDir, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(DataDirBusy) as caught:
        DataDirLock(data_dir).acquire()
    busy = caught.value
    assert isinstance(busy, UserError)
    assert busy.pid == holder.pid
    # What the process is and how to end it, on one line.
    said = str(busy)
    assert said.startswith(
        f"another sessiontui is already using {data_dir.path}: "
        f"pid {holder.pid}, {sys.executable} -c import sys, time"
    ), said
    assert said.endswith(f"; if it no longer responds, end it with: kill {holder.pid}"), said
    assert "\n" not in said
    assert lock_holder(data_dir.path) == LockHolder(holder.pid)

    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    # The dead process's pid is still written in the file; the lock is free anyway.
    assert data_dir.lock_path.read_text().strip() == str(holder.pid)
    assert lock_holder(data_dir.path) is None
    with DataDirLock(data_dir):
        assert data_dir.lock_path.read_text().strip() == str(os.getpid())
        assert lock_holder(data_dir.path) == LockHolder(os.getpid())


@pytest.mark.slow
def test_a_stopped_holder_is_said_to_be_stopped(
    data_dir: DataDir, holder: subprocess.Popen[str]
) -> None:
    # SIGTERM waits while a process is stopped: say how to end it anyway.
    os.kill(holder.pid, signal.SIGSTOP)
    deadline = time.monotonic() + 10
    while describe_process(holder.pid).stopped is False:  # the stop takes effect soon after
        assert time.monotonic() < deadline, "the holder did not stop"
        time.sleep(0.01)
    try:
        with pytest.raises(DataDirBusy) as caught:
            DataDirLock(data_dir).acquire()
    finally:
        os.kill(holder.pid, signal.SIGCONT)
    said = str(caught.value)
    assert said.endswith(
        f", stopped; continue it (fg in its terminal) or end it with: "
        f"kill {holder.pid}; kill -CONT {holder.pid}"
    ), said


def test_busy_without_readable_pid(data_dir: DataDir) -> None:
    with DataDirLock(data_dir):
        data_dir.lock_path.write_text("garbage")
        with pytest.raises(DataDirBusy) as caught:
            DataDirLock(data_dir).acquire()
    assert caught.value.pid is None
    assert str(caught.value) == (
        f"another sessiontui is already using {data_dir.path}; close it first"
    )


def test_lock_holder_is_none_without_lock_file(data_dir: DataDir) -> None:
    assert lock_holder(data_dir.path) is None
    assert not data_dir.lock_path.exists()


def test_lock_holder_asks_the_kernel_not_the_pid(data_dir: DataDir) -> None:
    with DataDirLock(data_dir):
        assert lock_holder(data_dir.path) == LockHolder(os.getpid())
        data_dir.lock_path.write_text("garbage")
        assert lock_holder(data_dir.path) == LockHolder(None)  # held, pid unknown
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    # A pid left in a free lock file (a process killed long ago) is no holder, even if
    # that pid is alive again: here it is this very process.
    data_dir.lock_path.write_text(finished.stdout)
    assert lock_holder(data_dir.path) is None
    data_dir.lock_path.write_text(str(os.getpid()))
    assert lock_holder(data_dir.path) is None
    with DataDirLock(data_dir):  # the probe left the lock free
        pass


def _session() -> Session:
    started = datetime(2025, 1, 1, tzinfo=UTC)
    return Session(script_id="regular", script_title="Regular", started_at=started)


def test_a_vanished_folder_is_recreated_and_relocked_before_a_write(data_dir: DataDir) -> None:
    with DataDirLock(data_dir):
        shutil.rmtree(data_dir.path)
        old = os.umask(0)
        try:
            DraftStore(data_dir).save(_session())
        finally:
            os.umask(old)
        assert stat.S_IMODE(data_dir.path.stat().st_mode) == 0o700
        assert data_dir.lock_path.read_text().strip() == str(os.getpid())
        assert lock_holder(data_dir.path) == LockHolder(os.getpid())
    assert lock_holder(data_dir.path) is None  # released as usual


@pytest.mark.slow
def test_a_folder_taken_over_by_another_instance_is_never_written_again(
    data_dir: DataDir,
) -> None:
    with DataDirLock(data_dir):
        shutil.rmtree(data_dir.path)
        other = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(data_dir.path)], stdout=subprocess.PIPE, text=True
        )
        assert other.stdout is not None
        assert other.stdout.readline().strip() == "locked"
        drafts = DraftStore(data_dir)
        with pytest.raises(DataDirTakenOver):
            drafts.save(_session())
        other.kill()
        other.wait(timeout=10)
        other.stdout.close()
        # The other instance is gone, but its draft could be there: still ours to leave.
        with pytest.raises(DataDirTakenOver) as caught:
            drafts.save(_session())
        assert os_error_reason(caught.value) == (
            f"the data folder {data_dir.path} disappeared and another sessiontui is using it "
            "now; nothing more is saved there"
        )
    assert not data_dir.draft_path.exists()
