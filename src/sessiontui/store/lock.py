"""One instance per data folder: an flock on `sessiontui.lock` holding our pid.

The kernel drops an flock when its process dies (even on kill -9), so a lock
left by a dead process is free and simply taken over. The lock file is opened
without following a link and must be a regular file of ours with one name:
anything else is refused, never truncated.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from sessiontui.errors import UserError
from sessiontui.i18n import _
from sessiontui.store.datadir import DataDir
from sessiontui.store.errors import DataDirBusy, DataDirTakenOver, os_error_reason
from sessiontui.store.files import FILE_MODE, open_own_file, read_regular_file

if sys.platform != "win32":  # sessiontui is POSIX-only: cli.main says so before any lock
    import fcntl

_PID_LIMIT = 64


def read_lock_pid(lock_path: Path) -> int | None:
    """The pid written in the lock file, or None if absent or unreadable."""
    try:
        text = read_regular_file(lock_path, _PID_LIMIT).decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdecimal() else None


@dataclass(frozen=True)
class LockHolder:
    """A live process holding a data folder's lock; `pid` as it wrote it (None if unreadable)."""

    pid: int | None


def lock_holder(data_dir: Path) -> LockHolder | None:
    """Who holds the folder's lock, without taking it (for `doctor`).

    Asks the kernel: a shared flock on a read-only descriptor is refused while
    an instance holds its exclusive one, and granted (then dropped at once)
    otherwise. Anything but a regular lock file raises UnsafeFileError.
    """
    lock_path = DataDir(data_dir).lock_path
    try:
        fd = os.open(lock_path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return LockHolder(read_lock_pid(lock_path))
    finally:
        os.close(fd)  # also drops the shared lock if it was granted
    return None


class DataDirLock:
    """An exclusive lock on a data folder, kept for the life of the process.

    While held it guards the folder (see `DataDir.ensure_present`): if the
    lock file is gone or replaced, the lock is taken again before any write.
    If another instance got there first, this and every later write is refused
    with DataDirTakenOver, even once that instance is gone: its draft may be
    in the folder, and ours must not replace it.
    """

    def __init__(self, data_dir: DataDir) -> None:
        self._data_dir = data_dir
        self._fd: int | None = None
        self._identity: tuple[int, int] | None = None
        self._guarding = False
        self._lost = False
        self._mutex = threading.Lock()

    def acquire(self) -> None:
        """Take the lock and record our pid.

        Raises DataDirBusy if another process holds it, and UserError (one
        line) if the lock file is unusable: a link, a folder, a FIFO, another
        user's file.
        """
        try:
            self._take()
        except OSError as exc:
            path = self._data_dir.lock_path
            raise UserError(
                _(
                    "cannot use the lock file {path}: {reason}; move it away and start again",
                    path=path,
                    reason=os_error_reason(exc),
                )
            ) from exc

    def _take(self) -> None:
        if self._fd is not None:
            return
        path = self._data_dir.lock_path
        fd = open_own_file(path)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise DataDirBusy(self._data_dir.path, read_lock_pid(path)) from None
        except BaseException:
            os.close(fd)
            raise
        os.fchmod(fd, FILE_MODE)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        st = os.fstat(fd)
        self._fd, self._identity = fd, (st.st_dev, st.st_ino)
        if not self._guarding:
            self._data_dir.add_guard(self.check_held)
            self._guarding = True

    def check_held(self) -> None:
        """Re-take the lock if its file vanished or was replaced (a folder recreated).

        Raises DataDirTakenOver when another sessiontui got there first.
        """
        with self._mutex:
            if self._lost:
                raise DataDirTakenOver(self._data_dir.path)
            if self._fd is None:
                return  # released on purpose: nothing to guard
            try:
                st = os.lstat(self._data_dir.lock_path)
                if (st.st_dev, st.st_ino) == self._identity:
                    return
            except FileNotFoundError:
                pass
            # Our flock now guards a file nobody else will open: let it go.
            stale, self._fd = self._fd, None
            os.close(stale)
            try:
                self._take()
            except DataDirBusy:
                self._lost = True
                raise DataDirTakenOver(self._data_dir.path) from None

    def release(self) -> None:
        """Clear our pid and drop the lock (also done by the kernel at exit)."""
        with self._mutex:
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
