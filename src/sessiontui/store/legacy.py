"""The single history file of earlier releases (`sessions.json`), imported into the
per-mentee layout on first start.

Sessions are grouped by mentee name (case and spacing ignored; the name of
the latest session is kept, and sessions stored without a name go to one
mentee shown as "(no name)"); each mentee's record is built by storing their
sessions in order, and the open action items and unreviewed parked thoughts
of their latest session carry over to the next one (older ones stay in their
sessions: the earlier release never reviewed them, and years of them would
bury the review). Nothing is lost on the way:

- the first import builds the whole new layout in a folder of its own and
  renames it into place only when every file is written and synced: a crash
  leaves the old file as it was, and the next start imports again;
- when the new layout exists already (an older sessiontui was run on this
  folder since), only sessions not stored yet are added, one by one;
- the old file is then kept, renamed, never deleted, and the mentor is told.

A record this version cannot read is left out of the import but stays in the
kept file; a file from a newer sessiontui is refused and left untouched.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from sessiontui.i18n import _, ngettext
from sessiontui.model import Mentee, MenteeEntry, MenteeRecord, Session, new_id
from sessiontui.model.mentee import row_year
from sessiontui.relationship.names import name_key
from sessiontui.relationship.record import apply_session, archived_relationship
from sessiontui.store.archive import SessionArchive
from sessiontui.store.documents import (
    INDEX_TABLE,
    RECORD_TABLE,
    ROWS_TABLE,
    SESSION_TABLE,
    Document,
    TableFile,
    record_document,
    rows_document,
    to_document,
)
from sessiontui.store.errors import CorruptFileError, NewerDataError
from sessiontui.store.files import create_private_file, fsync_dir, make_private_dirs
from sessiontui.store.layout import (
    INDEX_NAME,
    RECORD_NAME,
    ROWS_FOLDER,
    SESSIONS_FOLDER,
    UnsafeIdError,
    checked_id,
)
from sessiontui.store.migrations import read_session
from sessiontui.store.quarantine import move_aside

LEGACY_TABLE = "sessions"
STAGING_NAME = ".mentees-importing"
KEPT_SUFFIX = ".before-mentees"
"""The old file is kept as `sessions.json.before-mentees`."""


@dataclass(frozen=True)
class LegacyImport:
    """What the import did: sessions imported, records left out, where the old file is."""

    imported: int
    left_out: int
    kept_at: Path
    unreadable: bool = False

    def notice(self) -> str:
        """One line for the mentor."""
        if self.unreadable:
            return _(
                "The old history file could not be read; it was kept aside at {path}",
                path=self.kept_at,
            )
        line = ngettext(
            "Your history ({n} session) now has one file per mentee; the old file is kept at "
            "{path}",
            "Your history ({n} sessions) now has one file per mentee; the old file is kept at "
            "{path}",
            self.imported,
            path=self.kept_at,
        )
        if self.left_out:
            line += " " + ngettext(
                "({n} stored session could not be read by this version and stays only there)",
                "({n} stored sessions could not be read by this version and stay only there)",
                self.left_out,
            )
        return line


def _read_legacy(path: Path) -> tuple[list[Session], int]:
    """The readable sessions of the old file, and how many records were left out."""
    documents = TableFile(path, LEGACY_TABLE).documents() or []
    sessions: dict[str, Session] = {}
    left_out = 0
    for document in documents:
        try:
            session = read_session(document, path)
        except NewerDataError:
            raise
        except ValueError:
            left_out += 1
            continue
        try:
            checked_id(session.id)
        except UnsafeIdError:
            session = session.model_copy(update={"id": new_id()})
        sessions[session.id] = session
    return sorted(sessions.values(), key=lambda s: s.started_at), left_out


def _keep(path: Path) -> Path:
    """Rename the old file to its kept name (never over an existing file)."""
    target = path.with_name(path.name + KEPT_SUFFIX)
    candidates = [target] + [target.with_name(f"{target.name}-{n}") for n in range(2, 1000)]
    for candidate in candidates:
        if not os.path.lexists(candidate):
            os.rename(path, candidate)
            fsync_dir(path.parent)
            return candidate
    raise FileExistsError(target)


def _write_unsynced(path: Path, table: str, documents: list[Document]) -> None:
    """Write a new TinyDB file; the caller syncs everything once at the end."""
    data = {table: {str(n): document for n, document in enumerate(documents, 1)}}
    fd = create_private_file(path)
    with os.fdopen(fd, "wb") as handle:
        handle.write(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _group(sessions: list[Session]) -> list[list[Session]]:
    """Sessions grouped by mentee name, each group oldest first."""
    groups: dict[str, list[Session]] = {}
    for session in sessions:
        groups.setdefault(name_key(session.mentee), []).append(session)
    return list(groups.values())


def _build(staging: Path, sessions: list[Session]) -> None:
    """Write the whole per-mentee layout into `staging` and sync it."""
    entries = []
    for group in _group(sessions):
        latest = group[-1]
        mentee = Mentee(
            created_at=group[0].started_at, name=latest.mentee, language=latest.language
        )
        record = MenteeRecord(mentee=mentee)
        sessions_folder = staging / mentee.id / SESSIONS_FOLDER
        make_private_dirs(sessions_folder)
        for session in group:
            stored = session.model_copy(
                update={"mentee_id": mentee.id, "relationship": archived_relationship(session)}
            )
            path = sessions_folder / f"{session.id}.json"
            _write_unsynced(path, SESSION_TABLE, [stored.to_json_dict()])
            # Only the latest session's open items carry over: older ones were never
            # reviewed in the earlier release, and years of them would bury the review.
            record = apply_session(record, stored, carry=session is latest)
        rows_folder = staging / mentee.id / ROWS_FOLDER
        make_private_dirs(rows_folder)
        for year in sorted({row_year(row) for row in record.sessions}):
            rows = [row for row in record.sessions if row_year(row) == year]
            _write_unsynced(rows_folder / f"{year:04d}.json", ROWS_TABLE, [rows_document(rows)])
        _write_unsynced(staging / mentee.id / RECORD_NAME, RECORD_TABLE, [record_document(record)])
        entries.append(to_document(MenteeEntry.of(record)))
    _write_unsynced(staging / INDEX_NAME, INDEX_TABLE, entries)
    # One sync for thousands of files, instead of one each: the import stays quick.
    os.sync()


def import_legacy(archive: SessionArchive) -> LegacyImport | None:
    """Import the old single history file if there is one (see the module's docstring).

    Raises NewerDataError (the file is left untouched) and OSError on disk trouble.
    """
    layout = archive.layout
    legacy = layout.legacy_path
    if not os.path.lexists(legacy):
        return None
    layout.data_dir.ensure_present()
    try:
        sessions, left_out = _read_legacy(legacy)
    except CorruptFileError as exc:
        moved = move_aside(exc.path, layout.data_dir.wall_clock())
        return LegacyImport(imported=0, left_out=0, kept_at=moved, unreadable=True)
    if not os.path.lexists(layout.root):
        staging = layout.data_dir.path / STAGING_NAME
        # A leftover of an import a crash cut short: the old file is still there.
        shutil.rmtree(staging, ignore_errors=True)
        make_private_dirs(staging)
        _build(staging, sessions)
        os.rename(staging, layout.root)
        fsync_dir(layout.data_dir.path)
    else:
        for session in sessions:
            if archive.get(session.id) is None:
                archive.add(session)
    return LegacyImport(imported=len(sessions), left_out=left_out, kept_at=_keep(legacy))


def open_archive(archive: SessionArchive) -> list[str]:
    """Import the old history if present; the notices for the mentor (import and repairs)."""
    imported = import_legacy(archive)
    notices = [imported.notice()] if imported is not None else []
    return notices + archive.take_notices()
