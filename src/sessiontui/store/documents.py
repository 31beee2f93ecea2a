"""Reading and writing the history's files: one TinyDB table per file, validated on read.

A record, rows or session file holds one document; the index holds one document
per mentee. Reads check TinyDB's shape and the document's `schema_version`
(data from a newer sessiontui raises NewerDataError and is never rewritten);
writes are atomic, keep the previous good copy as `<file>.bak`, and create
the file's folder private (0700) first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from sessiontui.i18n import _
from sessiontui.model import SCHEMA_VERSION, MenteeEntry, MenteeRecord, SessionRow
from sessiontui.model.mentee import row_year
from sessiontui.store.errors import CorruptFileError, NewerDataError
from sessiontui.store.files import ensure_private_dir
from sessiontui.store.layout import checked_id
from sessiontui.store.migrations import MigrationError, stored_version
from sessiontui.store.tinydb_storage import AtomicJSONStorage
from sessiontui.text import clean_data

RECORD_TABLE = "mentee"
SESSION_TABLE = "sessions"
INDEX_TABLE = "mentees"
ROWS_TABLE = "rows"

# The first version of the record and index shapes: older ones never existed.
FIRST_RECORD_VERSION = 4
# The first version whose record keeps its session rows in rows files (one per year).
ROWS_FILES_VERSION = 6

Document = dict[str, Any]


class TableFile:
    """One TinyDB file, read and written as a whole table (one write per change)."""

    def __init__(
        self, path: Path, table: str, before_write: Callable[[], None] | None = None
    ) -> None:
        self.path = path
        self.table = table
        self._storage = AtomicJSONStorage(path, before_write=before_write)

    def documents(self) -> list[Document] | None:
        """The table's documents in stored order; None when the file is missing or empty.

        Raises CorruptFileError (not TinyDB's shape) or OSError (unsafe, unreadable).
        """
        data = self._storage.read()
        if data is None:
            return None
        table = data.get(self.table, {})
        return [table[key] for key in sorted(table, key=int)]

    def document(self) -> Document | None:
        """The one document of a single-document file (None when missing or empty)."""
        documents = self.documents()
        if documents is None:
            return None
        if len(documents) != 1:
            raise CorruptFileError(
                self.path,
                _("table {table!r} should hold one document", table=self.table),
            )
        return documents[0]

    def write(self, documents: list[Document]) -> None:
        """Replace the file with `documents` (atomically; the old good copy becomes .bak)."""
        ensure_private_dir(self.path.parent, follow_symlinks=False, parents=True)
        self._storage.write({self.table: {str(n): d for n, d in enumerate(documents, 1)}})


def _check_version(document: Document, source: Path) -> None:
    """Refuse a document from a newer sessiontui, or one of a version that never existed."""
    version = stored_version(document)
    if version > SCHEMA_VERSION:
        raise NewerDataError(source, version, SCHEMA_VERSION)
    if version < FIRST_RECORD_VERSION:
        raise MigrationError(f"schema_version {version} has no mentee records")


def to_document(model: BaseModel) -> Document:
    """A JSON-ready document of `model`."""
    return model.model_dump(mode="json")


def record_document(record: MenteeRecord) -> Document:
    """The stored document of a record: everything but its rows (they have their files)."""
    return record.model_dump(mode="json", exclude={"sessions"})


def rows_document(rows: list[SessionRow]) -> Document:
    """The stored document of one year's rows file."""
    return {"schema_version": SCHEMA_VERSION, "rows": [to_document(row) for row in rows]}


def read_record(document: Document, source: Path) -> MenteeRecord:
    """A mentee's record from its stored document (NewerDataError, ValueError).

    A record from before the rows files (schema 5 and earlier) comes with its
    rows and their counts per year, for the caller to move them into their
    files; a later one comes with its counts only (rows in its document are
    not ours, and ignored). Every text in it passes the sanitizing rule, as a
    stored session's does. Ids name files, so one that could point outside
    its folder is invalid.
    """
    _check_version(document, source)
    with_rows = stored_version(document) < ROWS_FILES_VERSION
    fields = {k: v for k, v in document.items() if with_rows or k != "sessions"}
    record = MenteeRecord.model_validate(clean_data({**fields, "schema_version": SCHEMA_VERSION}))
    checked_id(record.mentee.id)
    for row in record.sessions:
        checked_id(row.id)
    if with_rows:
        return record.holding(record.sessions, {row_year(row) for row in record.sessions})
    return record


def read_rows(document: Document, source: Path, year: int) -> list[SessionRow]:
    """The rows of one year's file (NewerDataError, ValueError: also for a row of
    another year, which would make the counts wrong)."""
    _check_version(document, source)
    rows = document.get("rows")
    if not isinstance(rows, list):
        raise ValueError("rows: not a list")
    read = [SessionRow.model_validate(row) for row in clean_data(rows)]
    for row in read:
        checked_id(row.id)
        if row_year(row) != year:
            raise ValueError(f"rows: a session of {row_year(row)} in the file of {year}")
    return read


def read_entry(document: Document, source: Path) -> MenteeEntry:
    """An index line from its stored document (NewerDataError, ValueError)."""
    _check_version(document, source)
    entry = MenteeEntry.model_validate(clean_data({**document, "schema_version": SCHEMA_VERSION}))
    checked_id(entry.id)
    return entry
