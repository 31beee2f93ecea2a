"""One instance per data folder: an flock on `sessiontui.lock` holding our pid.

The kernel drops an flock when its process dies (even on kill -9), so a lock
left by a dead process is free and simply taken over.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType

from sessiontui.store.datadir import DataDir
from sessiontui.store.errors import DataDirBusy


def read_lock_pid(lock_path: Path) -> int | None:
    """The pid written in the lock file, or None if absent or unreadable."""
    try:
        text = lock_path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdecimal() else None


def _flock_held_in_proc(lock_path: Path) -> bool | None:
    """Whether /proc/locks lists an flock on this file; None where /proc is unavailable."""
    try:
        st = lock_path.stat()
        lines = Path("/proc/locks").read_text(encoding="ascii").splitlines()
    except OSError:
        return None
    device = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    return any(" FLOCK " in line and device in line.split() for line in lines)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_holder(data_dir: Path) -> int | None:
    """The pid of a live process holding the folder's lock, without taking it.

    Used by `doctor`, which must not lock. Uses /proc/locks when present,
    otherwise whether the recorded pid is alive.
    """
    lock_path = DataDir(data_dir).lock_path
    if not lock_path.exists():
        return None
    pid = read_lock_pid(lock_path)
    held = _flock_held_in_proc(lock_path)
    if held is None:
        held = pid is not None and _alive(pid)
    return pid if held else None


class DataDirLock:
    """An exclusive lock on a data folder, kept for the life of the process."""

    def __init__(self, data_dir: DataDir) -> None:
        self._data_dir = data_dir
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock and record our pid; raise DataDirBusy if another process holds it."""
        if self._fd is not None:
            return
        path = self._data_dir.lock_path
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise DataDirBusy(self._data_dir.path, read_lock_pid(path)) from None
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd = fd

    def release(self) -> None:
        """Clear our pid and drop the lock (also done by the kernel at exit)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        finally:
            os.close(fd)

    def __enter__(self) -> DataDirLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
