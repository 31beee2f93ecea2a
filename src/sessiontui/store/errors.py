"""Errors raised by the store, and a readable reason for an OSError."""

from __future__ import annotations

import errno
from pathlib import Path

from sessiontui.errors import UserError
from sessiontui.i18n import _, t
from sessiontui.process_info import describe_process

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
    key = _REASON_KEYS.get(exc.errno or 0)
    if key is not None:
        return t(key)
    return (exc.strerror or str(exc)).lower()


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
            message = t("store.error.busy_no_pid", path=path)
        else:
            message = _(
                "another sessiontui is already using {path}: {holder}",
                path=path,
                holder=lock_holder_explained(pid),
            )
        super().__init__(message)
        self.path = path
        self.pid = pid
