"""Where the history lives in the data folder (schema 3 and later; rows files since 6).

    <data>/mentees/index.json                       the index: one line per mentee
    <data>/mentees/<mentee id>/mentee.json          the mentee's record
    <data>/mentees/<mentee id>/rows/<year>.json     the rows of the sessions started that year
    <data>/mentees/<mentee id>/sessions/<id>.json   one file per stored session

Every file is a TinyDB database written by `AtomicJSONStorage` (atomic, with a
`.bak` of the previous good copy, set aside when unreadable). Storing a
session writes its own file, the rows of its year, its mentee's record and
the index: four small files whatever else is stored, so starting, finishing
and reading one mentee's history cost the same with 10 or 10,000 sessions in
other files. A session's own file, and a rows file per year rather than one
list in the record, keep finishing flat even for a mentee with years of
sessions: a store reads at most three years' rows and writes one.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sessiontui.store.datadir import DataDir

MENTEES_FOLDER = "mentees"
INDEX_NAME = "index.json"
RECORD_NAME = "mentee.json"
SESSIONS_FOLDER = "sessions"
ROWS_FOLDER = "rows"

_ID = re.compile(r"[0-9a-f]{8,64}")
_YEAR_FILE = re.compile(r"([0-9]{4})\.json")


class UnsafeIdError(ValueError):
    """An id read from a file that cannot name a file (it could point outside the folder)."""


def checked_id(record_id: str) -> str:
    """`record_id` if it is a plain lowercase hex id (as `new_id` makes), else UnsafeIdError."""
    if not _ID.fullmatch(record_id):
        raise UnsafeIdError(record_id)
    return record_id


class Layout:
    """The paths of the history's files in one data folder."""

    def __init__(self, data_dir: DataDir) -> None:
        self.data_dir = data_dir

    @property
    def root(self) -> Path:
        """The folder holding the index and one folder per mentee."""
        return self.data_dir.path / MENTEES_FOLDER

    @property
    def index_path(self) -> Path:
        """The index of mentees."""
        return self.root / INDEX_NAME

    @property
    def legacy_path(self) -> Path:
        """The single history file of schema 2 and earlier (imported on first start)."""
        return self.data_dir.db_path

    def mentee_folder(self, mentee_id: str) -> Path:
        """The folder of one mentee's files."""
        return self.root / checked_id(mentee_id)

    def record_path(self, mentee_id: str) -> Path:
        """The mentee's record: agreement, goals, carried-over items, session list."""
        return self.mentee_folder(mentee_id) / RECORD_NAME

    def sessions_folder(self, mentee_id: str) -> Path:
        """The folder of the mentee's stored sessions."""
        return self.mentee_folder(mentee_id) / SESSIONS_FOLDER

    def rows_folder(self, mentee_id: str) -> Path:
        """The folder of the mentee's rows files, one per year."""
        return self.mentee_folder(mentee_id) / ROWS_FOLDER

    def rows_path(self, mentee_id: str, year: int) -> Path:
        """The rows of the mentee's sessions started in `year`."""
        return self.rows_folder(mentee_id) / f"{year:04d}.json"

    def row_years_on_disk(self, mentee_id: str) -> list[int]:
        """The years that have a rows file (sorted): one short listing, a name per year."""
        folder = self.rows_folder(mentee_id)
        if not folder.is_dir():
            return []
        return sorted(
            int(match[1]) for name in os.listdir(folder) if (match := _YEAR_FILE.fullmatch(name))
        )

    def session_path(self, mentee_id: str, session_id: str) -> Path:
        """One stored session."""
        return self.sessions_folder(mentee_id) / f"{checked_id(session_id)}.json"

    def mentee_ids_on_disk(self) -> list[str]:
        """The ids of the mentee folders present (sorted), whatever the index says."""
        if not self.root.is_dir():
            return []
        return sorted(
            path.name
            for path in self.root.iterdir()
            if _ID.fullmatch(path.name) and path.is_dir() and not path.is_symlink()
        )

    def locate_session(self, session_id: str) -> str | None:
        """The mentee holding the stored session `session_id`, if any.

        One existence check per mentee: it never lists the sessions folders.
        """
        if not _ID.fullmatch(session_id):
            return None
        for mentee_id in self.mentee_ids_on_disk():
            if (self.sessions_folder(mentee_id) / f"{session_id}.json").exists():
                return mentee_id
        return None

    def find_session(self, prefix: str) -> list[tuple[str, str]]:
        """(mentee id, session id) of every stored session whose id starts with `prefix`.

        Looks at file names only (one folder listing per mentee), never inside files.
        """
        if not re.fullmatch(r"[0-9a-f]{0,64}", prefix):
            return []
        return [
            (path.parent.parent.name, path.stem)
            for path in sorted(self.root.glob(f"*/{SESSIONS_FOLDER}/{prefix}*.json"))
            if _ID.fullmatch(path.stem) and _ID.fullmatch(path.parent.parent.name)
        ]
