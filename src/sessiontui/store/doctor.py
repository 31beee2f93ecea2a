"""`sessiontui doctor`: look at the data folder and say what was found.

Read-only: it never creates the folder, never takes the lock, never moves or
rewrites a file. One line per finding, each "ok", "warning" or "problem".
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from sessiontui.i18n import N_, _, current, ngettext
from sessiontui.model import Session
from sessiontui.store.archive import TABLE_NAME
from sessiontui.store.atomic import is_temp_name
from sessiontui.store.datadir import DataDir
from sessiontui.store.errors import CorruptFileError, os_error_reason
from sessiontui.store.lock import lock_holder
from sessiontui.store.quarantine import CORRUPT_INFIX
from sessiontui.store.tinydb_storage import read_json_file


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


_LEVEL_LABELS = {
    Level.OK: N_("ok"),
    Level.WARNING: N_("warning"),
    Level.PROBLEM: N_("problem"),
}
_FOLDER_MODE = N_("folder {path} can be read by others (mode {mode}); fix: chmod 700 {path}")
_FILE_MODE = N_("file {path} can be read by others (mode {mode}); fix: chmod 600 {path}")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _check_folder(folder: Path) -> list[Finding]:
    loose = _loose(folder, _FOLDER_MODE)
    findings = [loose or Finding(Level.OK, _("data folder {path} is private (0700)", path=folder))]
    if not os.access(folder, os.W_OK | os.X_OK):
        findings.append(
            Finding(
                Level.PROBLEM, _("cannot write in {path}; sessions could not be saved", path=folder)
            )
        )
    return findings


def _loose(path: Path, message: str) -> Finding | None:
    """A problem if group or others have any access to `path` (`message` says which)."""
    mode = _mode(path)
    if mode & 0o077:
        octal = f"{mode:04o}"
        return Finding(Level.PROBLEM, _(message, path=path, mode=octal))
    return None


def _check_modes(data_dir: DataDir) -> list[Finding]:
    summaries = data_dir.summaries_dir
    folders = [data_dir.path] + ([summaries] if summaries.is_dir() else [])
    files = [p for folder in folders for p in sorted(folder.iterdir()) if p.is_file()]
    found = [_loose(p, _FILE_MODE) for p in files]
    if summaries.is_dir():
        found.insert(0, _loose(summaries, _FOLDER_MODE))
    findings = [f for f in found if f is not None]
    if findings:
        return findings
    private = ngettext(
        "the only file is private (0600)", "all {n} files are private (0600)", len(files)
    )
    return [Finding(Level.OK, private)]


def _read(path: Path) -> tuple[Any, str | None]:
    """The parsed JSON, or an error reason."""
    try:
        return read_json_file(path), None
    except CorruptFileError as exc:
        return None, exc.reason
    except OSError as exc:
        return None, os_error_reason(exc)


def _check_archive(data_dir: DataDir) -> list[Finding]:
    path = data_dir.db_path
    if not path.exists() or path.stat().st_size == 0:
        return [Finding(Level.OK, _("no sessions stored yet"))]
    data, reason = _read(path)
    if reason is None and not isinstance(data, dict):
        reason = _("not a JSON object")
    if reason is not None:
        return [
            Finding(
                Level.PROBLEM,
                _(
                    "history {path} cannot be read ({reason}); the next start keeps it aside and "
                    "begins a new one",
                    path=path,
                    reason=reason,
                ),
            )
        ]
    records = data.get(TABLE_NAME, {})
    records = records if isinstance(records, dict) else {}
    invalid = 0
    for record in records.values():
        try:
            Session.model_validate(record)
        except ValidationError:
            invalid += 1
    stored = ngettext("{n} session stored", "{n} sessions stored", len(records) - invalid)
    findings = [Finding(Level.OK, stored)]
    if invalid:
        unreadable = ngettext(
            "{n} stored session cannot be read by this version and is not shown",
            "{n} stored sessions cannot be read by this version and are not shown",
            invalid,
        )
        findings.append(Finding(Level.WARNING, unreadable))
    backup = data_dir.backup_path
    if backup.exists() and _read(backup)[1] is not None:
        findings.append(
            Finding(Level.WARNING, _("the backup copy {path} cannot be read", path=backup))
        )
    return findings


def _check_draft(data_dir: DataDir, locked: bool) -> list[Finding]:
    path = data_dir.draft_path
    if not path.exists():
        return [Finding(Level.OK, _("no interrupted session"))]
    data, reason = _read(path)
    if reason is None:
        try:
            session = Session.model_validate(data)
        except ValidationError as exc:
            count = exc.error_count()
            reason = ngettext("{n} invalid field", "{n} invalid fields", count)
    if reason is not None:
        return [
            Finding(
                Level.PROBLEM,
                _(
                    "the interrupted session {path} cannot be read ({reason}); the next start "
                    "keeps it aside",
                    path=path,
                    reason=reason,
                ),
            )
        ]
    if locked:
        return [Finding(Level.OK, _("a session is in progress"))]
    return [
        Finding(
            Level.WARNING,
            _(
                "an interrupted session (mentee {mentee}, started {started}) "
                "can be resumed: start sessiontui",
                mentee=session.mentee or "-",
                started=_when(session.started_at),
            ),
        )
    ]


def _when(started_at: str) -> str:
    """A stored start time as people read it; the raw value if it is not ISO-8601."""
    try:
        return current().format_datetime(datetime.fromisoformat(started_at), time_format="short")
    except ValueError:
        return started_at


def _check_leftovers(data_dir: DataDir) -> list[Finding]:
    findings = []
    for path in sorted(data_dir.path.iterdir()):
        if is_temp_name(path.name):
            findings.append(
                Finding(
                    Level.WARNING,
                    _(
                        "leftover temporary file from an interrupted save: {path} (safe to delete)",
                        path=path,
                    ),
                )
            )
        elif CORRUPT_INFIX in path.name:
            findings.append(
                Finding(Level.WARNING, _("unreadable file kept aside: {path}", path=path))
            )
    return findings


def check_data_dir(path: Path) -> list[Finding]:
    """Every finding about the data folder at `path`, in reading order."""
    path = path.expanduser().absolute()
    if not path.exists():
        return [
            Finding(
                Level.WARNING,
                _(
                    "data folder {path} does not exist yet; it is created when a session starts",
                    path=path,
                ),
            )
        ]
    if not path.is_dir():
        return [
            Finding(
                Level.PROBLEM,
                _(
                    "{path} is a file, not a folder; move it away or choose another --data-dir",
                    path=path,
                ),
            )
        ]
    data_dir = DataDir(path)
    holder = lock_holder(path)
    lock_line = (
        _("in use by a running sessiontui (pid {pid})", pid=holder)
        if holder is not None
        else _("not in use by any running sessiontui")
    )
    findings = [*_check_folder(path), Finding(Level.OK, lock_line)]
    try:
        findings += _check_archive(data_dir)
        findings += _check_draft(data_dir, locked=holder is not None)
        findings += _check_leftovers(data_dir)
        findings += _check_modes(data_dir)
    except OSError as exc:
        # e.g. a folder this user may not list: say so rather than crash.
        reason = os_error_reason(exc)
        findings.append(
            Finding(
                Level.PROBLEM, _("cannot look inside {path}: {reason}", path=path, reason=reason)
            )
        )
    return findings


def run_doctor(data_dir: Path, out: TextIO) -> int:
    """Write one line per finding to `out`; return 1 if any is a problem, else 0."""
    findings = check_data_dir(data_dir)
    for finding in findings:
        level = _(_LEVEL_LABELS[finding.level])
        out.write(_("{level}: {message}", level=level, message=finding.message) + "\n")
    return 1 if any(f.level is Level.PROBLEM for f in findings) else 0
