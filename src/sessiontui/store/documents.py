"""Reading and writing the history's files: one TinyDB table per file, validated on read.

A record or session file holds one document; the index holds one document per
mentee. Reads check TinyDB's shape and the document's `schema_version`
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
from sessiontui.model import SCHEMA_VERSION, MenteeEntry, MenteeRecord
from sessiontui.store.errors import CorruptFileError, NewerDataError
from sessiontui.store.files import ensure_private_dir
from sessiontui.store.layout import checked_id
from sessiontui.store.migrations import MigrationError, stored_version
from sessiontui.store.tinydb_storage import AtomicJSONStorage
from sessiontui.text import clean_data

RECORD_TABLE = "mentee"
SESSION_TABLE = "sessions"
INDEX_TABLE = "mentees"

# The first version of the record and index shapes: older ones never existed.
FIRST_RECORD_VERSION = 4

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


def read_record(document: Document, source: Path) -> MenteeRecord:
    """A mentee's record from its stored document (NewerDataError, ValueError).

    Every text in it passes the sanitizing rule, as a stored session's does.
    Ids name files, so one that could point outside its folder is invalid.
    """
    _check_version(document, source)
    record = MenteeRecord.model_validate(clean_data({**document, "schema_version": SCHEMA_VERSION}))
    checked_id(record.mentee.id)
    for row in record.sessions:
        checked_id(row.id)
    return record


def read_entry(document: Document, source: Path) -> MenteeEntry:
    """An index line from its stored document (NewerDataError, ValueError)."""
    _check_version(document, source)
    entry = MenteeEntry.model_validate(clean_data({**document, "schema_version": SCHEMA_VERSION}))
    checked_id(entry.id)
    return entry
