"""What `doctor` finds: one line each, "ok", "warning" or "problem"."""

from __future__ import annotations

import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sessiontui.i18n import N_, _
from sessiontui.store.errors import NewerDataError, os_error_reason


class Level(StrEnum):
    """How serious a finding is; any PROBLEM makes the exit status 1."""

    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"


@dataclass(frozen=True)
class Finding:
    """One line of the doctor's report."""

    level: Level
    message: str


FOLDER_MODE = N_("folder {path} can be read by others (mode {mode}); fix: chmod 700 {path}")
FILE_MODE = N_("file {path} can be read by others (mode {mode}); fix: chmod 600 {path}")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def cannot_use(path: Path, exc: OSError) -> Finding:
    """A problem for a file the app will not use, with the reason and what to do."""
    if isinstance(exc, NewerDataError):
        return Finding(
            Level.PROBLEM, _("{path} cannot be used: {reason}", path=path, reason=exc.reason)
        )
    return Finding(
        Level.PROBLEM,
        _("{path} cannot be used: {reason}; move it away", path=path, reason=os_error_reason(exc)),
    )


def loose_mode(path: Path, message: str) -> Finding | None:
    """A problem if group or others have any access to `path`."""
    mode = _mode(path)
    if mode & 0o077:
        return Finding(Level.PROBLEM, _(message, path=path, mode=f"{mode:04o}"))
    return None
