"""Errors raised by the store, and a readable reason for an OSError."""

from __future__ import annotations

import errno
from pathlib import Path

from sessiontui.errors import UserError
from sessiontui.i18n import _, t

# errno -> i18n key: the OS's own strerror is English-only and often cryptic.
_REASON_KEYS: dict[int, str] = {
    errno.EACCES: "store.reason.permission",
    errno.EPERM: "store.reason.permission",
    errno.EROFS: "store.reason.read_only",
    errno.ENOSPC: "store.reason.disk_full",
    errno.EDQUOT: "store.reason.disk_full",
    errno.ENOTDIR: "store.reason.not_a_folder_in_path",
}


def os_error_reason(exc: OSError) -> str:
    """A short, translated reason for `exc` (e.g. "permission denied")."""
    if isinstance(exc, StoreRefusal):
        return exc.reason
    key = _REASON_KEYS.get(exc.errno or 0)
    if key is not None:
        return t(key)
    return (exc.strerror or str(exc)).lower()


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


class DataDirBusy(UserError):
    """Another live process holds the data folder's lock."""

    def __init__(self, path: Path, pid: int | None) -> None:
        if pid is None:
            message = t("store.error.busy_no_pid", path=path)
        else:
            message = t("store.error.busy", path=path, pid=pid)
        super().__init__(message)
        self.path = path
        self.pid = pid
