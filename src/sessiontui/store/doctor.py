"""`sessiontui doctor`: look at the data folder and say what was found.

Read-only: it never creates the folder, never takes the lock, never moves or
rewrites a file. One line per finding, each "ok", "warning" or "problem".
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

from pydantic import ValidationError

from sessiontui.i18n import _, t
from sessiontui.model import Session
from sessiontui.store.archive import TABLE_NAME
from sessiontui.store.atomic import is_temp_name
from sessiontui.store.datadir import DataDir
from sessiontui.store.errors import CorruptFileError, lock_holder_explained, os_error_reason
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


_LEVEL_KEYS = {
    Level.OK: "doctor.level.ok",
    Level.WARNING: "doctor.level.warning",
    Level.PROBLEM: "doctor.level.problem",
}


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _check_folder(folder: Path) -> list[Finding]:
    loose = _loose(folder, "doctor.folder_mode")
    findings = [loose or Finding(Level.OK, t("doctor.folder_ok", path=folder))]
    if not os.access(folder, os.W_OK | os.X_OK):
        findings.append(Finding(Level.PROBLEM, t("doctor.not_writable", path=folder)))
    return findings


def _loose(path: Path, key: str) -> Finding | None:
    """A problem if group or others have any access to `path`."""
    mode = _mode(path)
    if mode & 0o077:
        return Finding(Level.PROBLEM, t(key, path=path, mode=f"{mode:04o}"))
    return None


def _check_modes(data_dir: DataDir) -> list[Finding]:
    summaries = data_dir.summaries_dir
    folders = [data_dir.path] + ([summaries] if summaries.is_dir() else [])
    files = [p for folder in folders for p in sorted(folder.iterdir()) if p.is_file()]
    found = [_loose(p, "doctor.file_mode") for p in files]
    if summaries.is_dir():
        found.insert(0, _loose(summaries, "doctor.folder_mode"))
    findings = [f for f in found if f is not None]
    return findings or [Finding(Level.OK, t("doctor.modes_ok", count=len(files)))]


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
        return [Finding(Level.OK, t("doctor.archive_empty"))]
    data, reason = _read(path)
    if reason is None and not isinstance(data, dict):
        reason = t("doctor.not_an_object")
    if reason is not None:
        return [Finding(Level.PROBLEM, t("doctor.archive_unreadable", path=path, reason=reason))]
    records = data.get(TABLE_NAME, {})
    records = records if isinstance(records, dict) else {}
    invalid = 0
    for record in records.values():
        try:
            Session.model_validate(record)
        except ValidationError:
            invalid += 1
    findings = [Finding(Level.OK, t("doctor.archive_ok", count=len(records) - invalid))]
    if invalid:
        findings.append(Finding(Level.WARNING, t("doctor.archive_invalid", count=invalid)))
    backup = data_dir.backup_path
    if backup.exists() and _read(backup)[1] is not None:
        findings.append(Finding(Level.WARNING, t("doctor.backup_unreadable", path=backup)))
    return findings


def _check_draft(data_dir: DataDir, locked: bool) -> list[Finding]:
    path = data_dir.draft_path
    if not path.exists():
        return [Finding(Level.OK, t("doctor.no_draft"))]
    data, reason = _read(path)
    if reason is None:
        try:
            session = Session.model_validate(data)
        except ValidationError as exc:
            reason = t("doctor.invalid_draft", count=exc.error_count())
    if reason is not None:
        return [Finding(Level.PROBLEM, t("doctor.draft_unreadable", path=path, reason=reason))]
    if locked:
        return [Finding(Level.OK, t("doctor.draft_live"))]
    return [
        Finding(
            Level.WARNING,
            t("doctor.draft_waiting", mentee=session.mentee or "-", started=session.started_at),
        )
    ]


def _check_leftovers(data_dir: DataDir) -> list[Finding]:
    findings = []
    for path in sorted(data_dir.path.iterdir()):
        if is_temp_name(path.name):
            findings.append(Finding(Level.WARNING, t("doctor.temp_left", path=path)))
        elif CORRUPT_INFIX in path.name:
            findings.append(Finding(Level.WARNING, t("doctor.kept_aside", path=path)))
    return findings


def check_data_dir(path: Path) -> list[Finding]:
    """Every finding about the data folder at `path`, in reading order."""
    path = path.expanduser().absolute()
    if not path.exists():
        return [Finding(Level.WARNING, t("doctor.missing", path=path))]
    if not path.is_dir():
        return [Finding(Level.PROBLEM, t("doctor.not_a_folder", path=path))]
    data_dir = DataDir(path)
    holder = lock_holder(path)
    if holder is not None:
        lock_line = _(
            "in use by a running sessiontui: {holder}", holder=lock_holder_explained(holder)
        )
    else:
        lock_line = t("doctor.lock_free")
    findings = [*_check_folder(path), Finding(Level.OK, lock_line)]
    try:
        findings += _check_archive(data_dir)
        findings += _check_draft(data_dir, locked=holder is not None)
        findings += _check_leftovers(data_dir)
        findings += _check_modes(data_dir)
    except OSError as exc:
        # e.g. a folder this user may not list: say so rather than crash.
        reason = os_error_reason(exc)
        findings.append(Finding(Level.PROBLEM, t("doctor.cannot_read", path=path, reason=reason)))
    return findings


def run_doctor(data_dir: Path, out: TextIO) -> int:
    """Write one line per finding to `out`; return 1 if any is a problem, else 0."""
    findings = check_data_dir(data_dir)
    for finding in findings:
        level = t(_LEVEL_KEYS[finding.level])
        out.write(t("doctor.line", level=level, message=finding.message) + "\n")
    return 1 if any(f.level is Level.PROBLEM for f in findings) else 0
