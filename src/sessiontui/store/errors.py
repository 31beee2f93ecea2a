"""Errors raised by the store, and a readable reason for an OSError."""

from __future__ import annotations

import errno
from pathlib import Path

from sessiontui.errors import UserError
from sessiontui.i18n import N_, _
from sessiontui.process_info import describe_process
from sessiontui.text import clean

# errno -> reason: the OS's own strerror is English-only and often cryptic.
_REASONS: dict[int, str] = {
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("the disk is full"),
    errno.ENOTDIR: N_("part of the path is a file, not a folder"),
}


def os_error_reason(exc: OSError) -> str:
    """A short, translated reason for `exc` (e.g. "permission denied")."""
    if isinstance(exc, StoreRefusal):
        return exc.reason
    reason = _REASONS.get(exc.errno or 0)
    if reason is not None:
        return _(reason)
    # str(exc) may name a file: shown, never obeyed.
    return clean((exc.strerror or str(exc)).lower())


class StoreRefusal(OSError):
    """The store will not read or write something, for a reason the user can act on.

    An OSError, so that every caller that already handles disk trouble (the
    autosave, Send, quitting) shows `reason` instead of crashing.
    """

    def __init__(self, path: Path, reason: str, code: int | None = None) -> None:
        super().__init__(code or errno.EPERM, reason, str(path))
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class UnsafeFileError(StoreRefusal):
    """A path that is not a regular file we may use: a link, a folder, a FIFO, too large."""


class NewerDataError(StoreRefusal):
    """Data written by a newer sessiontui: kept untouched, never rewritten or set aside."""

    def __init__(self, path: Path, version: int, supported: int) -> None:
        reason = _(
            "it was written by a newer sessiontui (data version {version}; this one reads "
            "up to {supported}) and is left untouched: update sessiontui to use it",
            version=version,
            supported=supported,
        )
        super().__init__(path, reason)
        self.version = version


class DataDirTakenOver(StoreRefusal):
    """The data folder vanished mid-session and another sessiontui now holds the new one."""

    def __init__(self, path: Path) -> None:
        reason = _(
            "the data folder {path} disappeared and another sessiontui is using it now; "
            "nothing more is saved there",
            path=path,
        )
        super().__init__(path, reason, errno.EBUSY)


class CorruptFileError(Exception):
    """A data file exists but cannot be parsed; it must never be overwritten."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def lock_holder_explained(pid: int) -> str:
    """Which process holds the data folder and how to end it, for the user.

    E.g. "pid 4242, python -m sessiontui --mentee Ana; if it no longer
    responds, end it with: kill 4242". Shared by the second start and `doctor`.
    """
    process = describe_process(pid)
    if process.command:
        holder = _("pid {pid}, {command}", pid=pid, command=process.command)
    else:
        holder = _("pid {pid}", pid=pid)
    if process.stopped:
        # A stopped process acts on SIGTERM only once it is continued.
        return _(
            "{holder}, stopped; continue it (fg in its terminal) or end it with: "
            "kill {pid}; kill -CONT {pid}",
            holder=holder,
            pid=pid,
        )
    return _("{holder}; if it no longer responds, end it with: kill {pid}", holder=holder, pid=pid)


class DataDirBusy(UserError):
    """Another live process holds the data folder's lock."""

    def __init__(self, path: Path, pid: int | None) -> None:
        if pid is None:
            message = _("another sessiontui is already using {path}; close it first", path=path)
        else:
            message = _(
                "another sessiontui is already using {path}: {holder}",
                path=path,
                holder=lock_holder_explained(pid),
            )
        super().__init__(message)
        self.path = path
        self.pid = pid
