"""What `sessiontui doctor` finds in the data folder, as data (the CLI prints it).

Read-only: it never creates the folder, never takes the lock (it asks the
kernel whether someone holds it), never moves or rewrites a file, and reads
only regular files, never through a link. Each finding is "ok", "warning"
or "problem", with one line of text.
"""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from sessiontui.crashlog import is_crash_log
from sessiontui.i18n import _, current, ngettext
from sessiontui.model import Session
from sessiontui.store.atomic import is_temp_name
from sessiontui.store.datadir import DataDir
from sessiontui.store.draft import read_draft, recoverable_temp, temp_drafts
from sessiontui.store.errors import (
    CorruptFileError,
    NewerDataError,
    lock_holder_explained,
    os_error_reason,
)
from sessiontui.store.files import not_regular_reason
from sessiontui.store.findings import FILE_MODE, FOLDER_MODE, Finding, Level, cannot_use, loose_mode
from sessiontui.store.history_check import check_history, history_folders
from sessiontui.store.legacy import LEGACY_TABLE
from sessiontui.store.lock import LockHolder, lock_holder
from sessiontui.store.migrations import read_session
from sessiontui.store.quarantine import CORRUPT_INFIX
from sessiontui.store.tinydb_storage import HISTORY_MAX_BYTES, check_tinydb_shape, read_json_file


def _when(moment: datetime) -> str:
    return current().format_datetime(moment, time_format="short")


def _check_folder(folder: Path) -> list[Finding]:
    loose = loose_mode(folder, FOLDER_MODE)
    findings = [loose or Finding(Level.OK, _("data folder {path} is private (0700)", path=folder))]
    if not os.access(folder, os.W_OK | os.X_OK):
        findings.append(
            Finding(
                Level.PROBLEM, _("cannot write in {path}; sessions could not be saved", path=folder)
            )
        )
    return findings


def _check_lock(data_dir: DataDir) -> tuple[list[Finding], LockHolder | None]:
    path = data_dir.lock_path
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return [Finding(Level.OK, _("not in use by any running sessiontui"))], None
    if not stat.S_ISREG(mode):
        reason = not_regular_reason(mode, path)
        message = _("{path} cannot be used: {reason}; move it away", path=path, reason=reason)
        return [Finding(Level.PROBLEM, message)], None
    try:
        holder = lock_holder(data_dir.path)
    except OSError as exc:
        return [cannot_use(path, exc)], None
    if holder is None:
        return [Finding(Level.OK, _("not in use by any running sessiontui"))], None
    if holder.pid is None:
        return [Finding(Level.OK, _("in use by a running sessiontui (pid {pid})", pid="?"))], holder
    # What the process is and how to end it, in case it hangs.
    explained = lock_holder_explained(holder.pid)
    return [
        Finding(Level.OK, _("in use by a running sessiontui: {holder}", holder=explained))
    ], holder


def _check_summaries(data_dir: DataDir) -> list[Finding]:
    summaries = data_dir.summaries_dir
    try:
        mode = summaries.lstat().st_mode
    except FileNotFoundError:
        return []
    if stat.S_ISLNK(mode) or not stat.S_ISDIR(mode):
        reason = not_regular_reason(mode, summaries)
        message = _(
            "{path} cannot be used: {reason}; summaries are not saved there until it is "
            "a folder of its own",
            path=summaries,
            reason=reason,
        )
        return [Finding(Level.PROBLEM, message)]
    loose = loose_mode(summaries, FOLDER_MODE)
    return [loose] if loose is not None else []


def _is_folder(path: Path) -> bool:
    """A folder itself, not a link to one."""
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except FileNotFoundError:
        return False


def _check_modes(data_dir: DataDir) -> list[Finding]:
    summaries = data_dir.summaries_dir
    folders = [data_dir.path] + ([summaries] if _is_folder(summaries) else [])
    folders += history_folders(data_dir)
    files = [
        p for folder in folders for p in sorted(folder.iterdir()) if stat.S_ISREG(p.lstat().st_mode)
    ]
    findings = [f for f in (loose_mode(p, FILE_MODE) for p in files) if f is not None]
    return findings or [
        Finding(
            Level.OK,
            ngettext(
                "the only file is private (0600)", "all {n} files are private (0600)", len(files)
            ),
        )
    ]


def _read_history(path: Path) -> tuple[Any, Finding | None]:
    """The history's parsed JSON, or the finding saying why it cannot be used."""
    try:
        return check_tinydb_shape(read_json_file(path, HISTORY_MAX_BYTES), path), None
    except CorruptFileError as exc:
        return None, Finding(
            Level.PROBLEM,
            _(
                "history {path} cannot be read ({reason}); the next start keeps it aside and "
                "begins a new one",
                path=path,
                reason=exc.reason,
            ),
        )
    except OSError as exc:
        return None, cannot_use(path, exc)


def _check_legacy(data_dir: DataDir) -> list[Finding]:
    """The single history file of earlier releases, if it is still there."""
    path = data_dir.db_path
    try:
        st = path.lstat()
    except FileNotFoundError:
        return []
    if stat.S_ISREG(st.st_mode) and st.st_size == 0:
        return []
    data, unusable = _read_history(path)
    if unusable is not None:
        return [unusable]
    records = data.get(LEGACY_TABLE, {})
    invalid, newer = 0, None
    for record in records.values():
        try:
            read_session(record, path)
        except NewerDataError as exc:
            newer = exc
        except ValueError:
            invalid += 1
    if newer is not None:
        return [cannot_use(path, newer)]
    findings = [
        Finding(
            Level.WARNING,
            ngettext(
                "{path} holds {n} session of an earlier release; the next start moves it to "
                "one file per mentee",
                "{path} holds {n} sessions of an earlier release; the next start moves them to "
                "one file per mentee",
                len(records) - invalid,
                path=path,
            ),
        )
    ]
    if invalid:
        findings.append(
            Finding(
                Level.WARNING,
                ngettext(
                    "{n} stored session cannot be read by this version and is not shown",
                    "{n} stored sessions cannot be read by this version and are not shown",
                    invalid,
                ),
            )
        )
    backup = data_dir.backup_path
    if os.path.lexists(backup) and _read_history(backup)[1] is not None:
        findings.append(
            Finding(Level.WARNING, _("the backup copy {path} cannot be read", path=backup))
        )
    return findings


def _check_draft(data_dir: DataDir, locked: bool) -> tuple[list[Finding], Session | None]:
    path = data_dir.draft_path
    if not os.path.lexists(path):
        return [Finding(Level.OK, _("no interrupted session"))], None
    try:
        session = read_draft(path)
    except OSError as exc:
        return [cannot_use(path, exc)], None
    except (CorruptFileError, ValueError) as exc:
        if isinstance(exc, CorruptFileError):
            reason = exc.reason
        elif isinstance(exc, ValidationError):
            reason = ngettext("{n} invalid field", "{n} invalid fields", exc.error_count())
        else:  # MigrationError: a schema_version that is not a number
            reason = str(exc)
        unreadable = _(
            "the interrupted session {path} cannot be read ({reason}); the next start keeps it "
            "aside",
            path=path,
            reason=reason,
        )
        return [Finding(Level.PROBLEM, unreadable)], None
    if locked:
        return [Finding(Level.OK, _("a session is in progress"))], session
    started = _when(session.started_at)
    line = _(
        "an interrupted session (mentee {mentee}, started {started}) can be resumed: start "
        "sessiontui",
        mentee=session.mentee or "-",
        started=started,
    )
    return [Finding(Level.WARNING, line)], session


def _temp_draft_finding(data_dir: DataDir, path: Path, draft: Session | None) -> Finding:
    """What a temp draft holds, and whether the next start offers it."""
    try:
        held = read_draft(path)
    except OSError as exc:
        return cannot_use(path, exc)
    except (CorruptFileError, ValueError):
        message = _(
            "{path} is a save that never finished: it holds no whole session and cannot be resumed",
            path=path,
        )
        return Finding(Level.WARNING, message)
    if draft is not None and held.id != draft.id:
        message = _(
            "{path} holds another session (mentee {mentee}, started {started}) than "
            "the interrupted one; it is kept for you to look at",
            path=path,
            mentee=held.mentee or "-",
            started=_when(held.started_at),
        )
        return Finding(Level.WARNING, message)
    draft_path = data_dir.draft_path
    try:
        draft_mtime = draft_path.lstat().st_mtime_ns if draft is not None else None
    except FileNotFoundError:
        draft_mtime = None
    chosen = recoverable_temp(data_dir, draft, draft_mtime)
    if chosen is not None and chosen.path == path:
        message = _(
            "{path} holds the latest state of the interrupted session (mentee {mentee}, "
            "started {started}), cut short while saving: the next start recovers it "
            "and offers to resume it",
            path=path,
            mentee=held.mentee or "-",
            started=_when(held.started_at),
        )
        return Finding(Level.WARNING, message)
    message = _(
        "{path} holds an older copy of the interrupted session than {draft}; "
        "it is not needed (safe to delete)",
        path=path,
        draft=draft_path.name,
    )
    return Finding(Level.WARNING, message)


def _check_leftovers(data_dir: DataDir, draft: Session | None) -> list[Finding]:
    findings = []
    draft_temps = set(temp_drafts(data_dir))
    for path in sorted(data_dir.path.iterdir()):
        if path in draft_temps:
            findings.append(_temp_draft_finding(data_dir, path, draft))
        elif is_temp_name(path.name):
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
        elif is_crash_log(path.name):
            message = _(
                "crash log of an unexpected error: {path} (it holds no session text: attach "
                "it to a bug report, then delete it)",
                path=path,
            )
            findings.append(Finding(Level.WARNING, message))
    return findings


def check_data_dir(path: Path) -> list[Finding]:
    """Every finding about the data folder at `path`, in reading order."""
    path = path.expanduser().absolute()
    findings: list[Finding] = []
    try:
        if not path.exists():
            return [
                Finding(
                    Level.WARNING,
                    _(
                        "data folder {path} does not exist yet; it is created when a session "
                        "starts",
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
        findings += _check_folder(path)
        os.listdir(path)  # a folder we may not list: say so once, look no further
        lock_findings, holder = _check_lock(data_dir)
        findings += lock_findings
        findings += _check_legacy(data_dir)
        findings += check_history(data_dir)
        draft_findings, draft = _check_draft(data_dir, locked=holder is not None)
        findings += draft_findings
        findings += _check_leftovers(data_dir, draft)
        findings += _check_summaries(data_dir)
        findings += _check_modes(data_dir)
    except OSError as exc:
        # e.g. a folder this user may not list or reach: say so rather than crash.
        reason = os_error_reason(exc)
        findings.append(
            Finding(
                Level.PROBLEM, _("cannot look inside {path}: {reason}", path=path, reason=reason)
            )
        )
    return findings
