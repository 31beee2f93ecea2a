"""`doctor` on the per-mentee history: every file readable, index and records agree, modes.

Read-only like the rest of doctor: it reads files (regular ones, never through
a link) and reports; the repairs it announces are made by the app itself
(see archive.py).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sessiontui.i18n import _, ngettext
from sessiontui.model import MenteeEntry, MenteeRecord, SessionRow
from sessiontui.relationship.names import display_name
from sessiontui.store.datadir import DataDir
from sessiontui.store.documents import (
    INDEX_TABLE,
    RECORD_TABLE,
    ROWS_FILES_VERSION,
    ROWS_TABLE,
    SESSION_TABLE,
    TableFile,
    read_entry,
    read_record,
    read_rows,
)
from sessiontui.store.errors import CorruptFileError
from sessiontui.store.files import not_regular_reason
from sessiontui.store.findings import FOLDER_MODE, Finding, Level, cannot_use, loose_mode
from sessiontui.store.layout import Layout
from sessiontui.store.legacy import KEPT_SUFFIX
from sessiontui.store.migrations import read_session, stored_version


def _unreadable(path: Path, reason: str, repair: str) -> Finding:
    return Finding(
        Level.PROBLEM,
        _("{path} cannot be read ({reason}); {repair}", path=path, reason=reason, repair=repair),
    )


def _read_index(layout: Layout) -> tuple[list[MenteeEntry] | None, list[Finding]]:
    path = layout.index_path
    repair = _("the next start keeps it aside and rebuilds it from the mentees' records")
    try:
        documents = TableFile(path, INDEX_TABLE).documents()
    except CorruptFileError as exc:
        return None, [_unreadable(path, exc.reason, repair)]
    except OSError as exc:
        return None, [cannot_use(path, exc)]
    try:
        return [read_entry(document, path) for document in documents or []], []
    except OSError as exc:  # NewerDataError
        return None, [cannot_use(path, exc)]
    except ValueError as exc:
        return None, [_unreadable(path, str(exc).splitlines()[0], repair)]


def _read_record(layout: Layout, mentee_id: str) -> tuple[MenteeRecord | None, list[Finding]]:
    path = layout.record_path(mentee_id)
    repair = _(
        "the next use keeps it aside and restores it from its backup, or rebuilds it from "
        "the stored sessions"
    )
    try:
        document = TableFile(path, RECORD_TABLE).document()
        if document is None:
            return None, [_unreadable(path, _("it is missing or empty"), repair)]
        head = read_record(document, path)
    except CorruptFileError as exc:
        return None, [_unreadable(path, exc.reason, repair)]
    except OSError as exc:
        return None, [cannot_use(path, exc)]
    except ValueError as exc:
        return None, [_unreadable(path, str(exc).splitlines()[0], repair)]
    if stored_version(document) < ROWS_FILES_VERSION:
        return head, []  # its rows are still in it: the next use moves them out
    return _with_rows(layout, head)


def _with_rows(layout: Layout, head: MenteeRecord) -> tuple[MenteeRecord, list[Finding]]:
    """`head` holding the rows of every year that has a rows file, and what is wrong
    with those files or with the record's counts of them."""
    mentee_id = head.mentee.id
    years = {*layout.row_years_on_disk(mentee_id), *map(int, head.session_years)}
    rows: list[SessionRow] = []
    findings: list[Finding] = []
    repair = _("the next use keeps it aside and lists that year's sessions again from their files")
    for year in sorted(years):
        path = layout.rows_path(mentee_id, year)
        try:
            document = TableFile(path, ROWS_TABLE).document()
            rows += read_rows(document, path, year) if document is not None else []
        except CorruptFileError as exc:
            findings.append(_unreadable(path, exc.reason, repair))
        except OSError as exc:
            findings.append(cannot_use(path, exc))
        except ValueError as exc:
            findings.append(_unreadable(path, str(exc).splitlines()[0], repair))
    record = head.holding(rows, years)
    if not findings and record.session_years != head.session_years:
        message = _(
            "the record of {name} counts its sessions differently from their lists: a store "
            "that was cut short; the next look at their history counts them again",
            name=display_name(head.mentee.name),
        )
        findings.append(Finding(Level.WARNING, message))
    return record, findings


def _check_sessions(layout: Layout, record: MenteeRecord) -> tuple[int, list[Finding]]:
    """How many listed sessions read well, and what is wrong with the others."""
    mentee_id = record.mentee.id
    name = display_name(record.mentee.name)
    findings = []
    readable = 0
    for row in record.sessions:
        path = layout.session_path(mentee_id, row.id)
        try:
            document = TableFile(path, SESSION_TABLE).document()
            if document is None:
                message = _(
                    "a session of {name} is listed but its file {path} is missing",
                    name=name,
                    path=path,
                )
                findings.append(Finding(Level.PROBLEM, message))
                continue
            read_session(document, path)
            readable += 1
        except CorruptFileError as exc:
            repair = _("the next time it is opened it is kept aside")
            findings.append(_unreadable(path, exc.reason, repair))
        except OSError as exc:
            findings.append(cannot_use(path, exc))
        except ValueError:
            message = _("{path} cannot be read by this version and is not shown", path=path)
            findings.append(Finding(Level.WARNING, message))
    listed = {row.id for row in record.sessions}
    folder = layout.sessions_folder(mentee_id)
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        if path.stem not in listed:
            message = _(
                "{path} is not listed in the record of {name}: a store that was cut short; "
                "finishing that session again lists it",
                path=path,
                name=name,
            )
            findings.append(Finding(Level.WARNING, message))
    return readable, findings


def _check_index(entries: list[MenteeEntry], records: dict[str, MenteeRecord]) -> list[Finding]:
    indexed = {entry.id: entry for entry in entries}
    missing = [mentee_id for mentee_id in records if mentee_id not in indexed]
    ghosts = [mentee_id for mentee_id in indexed if mentee_id not in records]
    stale = [
        record
        for mentee_id, record in records.items()
        if mentee_id in indexed and indexed[mentee_id].in_window() != MenteeEntry.of(record)
    ]
    if not (missing or ghosts or stale):
        return [Finding(Level.OK, _("the index of mentees agrees with their records"))]
    findings = []
    if missing or ghosts:
        message = _(
            "the index of mentees does not list the mentees found; the next start rebuilds it"
        )
        findings.append(Finding(Level.WARNING, message))
    for record in stale:
        message = _(
            "the index is out of date for {name}; the next session with them updates it",
            name=display_name(record.mentee.name),
        )
        findings.append(Finding(Level.WARNING, message))
    return findings


def history_folders(data_dir: DataDir) -> list[Path]:
    """Every real folder of the history (links are not entered), for the modes check."""
    root = Layout(data_dir).root
    if not root.is_dir() or root.is_symlink():
        return []
    return [Path(folder) for folder, _folders, _files in os.walk(root)]


def _check_tree(root: Path) -> list[Finding]:
    """Loose folders and entries that are not regular files or folders below the history."""
    findings: list[Finding] = []
    for folder, folders, files in os.walk(root):
        base = Path(folder)
        finding = loose_mode(base, FOLDER_MODE)
        if finding is not None:
            findings.append(finding)
        for name in files + [f for f in folders if (base / f).is_symlink()]:
            path = base / name
            mode = path.lstat().st_mode
            if not stat.S_ISREG(mode):
                reason = not_regular_reason(mode, path)
                message = _(
                    "{path} cannot be used: {reason}; move it away", path=path, reason=reason
                )
                findings.append(Finding(Level.PROBLEM, message))
    return findings


def check_history(data_dir: DataDir) -> list[Finding]:
    """Every finding about the stored history (the per-mentee layout)."""
    layout = Layout(data_dir)
    kept = data_dir.db_path.with_name(data_dir.db_path.name + KEPT_SUFFIX)
    findings: list[Finding] = []
    if os.path.lexists(kept):
        message = _("the history from before one file per mentee is kept at {path}", path=kept)
        findings.append(Finding(Level.OK, message))
    try:
        mode = layout.root.lstat().st_mode
    except FileNotFoundError:
        if not os.path.lexists(data_dir.db_path):
            findings.append(Finding(Level.OK, _("no sessions stored yet")))
        return findings
    if not stat.S_ISDIR(mode):
        reason = not_regular_reason(mode, layout.root)
        message = _(
            "{path} cannot be used: {reason}; move it away", path=layout.root, reason=reason
        )
        return [*findings, Finding(Level.PROBLEM, message)]
    entries, index_findings = _read_index(layout)
    records: dict[str, MenteeRecord] = {}
    sessions = 0
    problems: list[Finding] = []
    for mentee_id in layout.mentee_ids_on_disk():
        record, record_findings = _read_record(layout, mentee_id)
        problems += record_findings
        if record is not None:
            records[mentee_id] = record
            readable, session_findings = _check_sessions(layout, record)
            sessions += readable
            problems += session_findings
    findings.append(
        Finding(Level.OK, ngettext("{n} session stored", "{n} sessions stored", sessions))
    )
    findings += index_findings
    if entries is not None:
        findings += _check_index(entries, records)
    return findings + problems + _check_tree(layout.root)
