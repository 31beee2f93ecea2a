"""The archive of finished sessions, in TinyDB.

Opened lazily and written once per finished session: TinyDB rewrites its whole
file on every operation, so the live session never touches it (see draft.py).
The app only adds to it; `doctor` checks what it holds. A file of the wrong
shape is set aside like an unparseable one, a file holding a newer version's
session is left untouched and refused.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any, TypeVar

from tinydb import Query, TinyDB
from tinydb.table import Document, Table

from sessiontui.model import Session
from sessiontui.store.datadir import DataDir
from sessiontui.store.errors import CorruptFileError
from sessiontui.store.quarantine import move_aside
from sessiontui.store.tinydb_storage import AtomicJSONStorage

TABLE_NAME = "sessions"

_T = TypeVar("_T")


def _replacing(document: dict[str, object]) -> Callable[[MutableMapping[str, Any]], None]:
    """A TinyDB update that replaces a stored document's content entirely."""

    def replace(stored: MutableMapping[str, Any]) -> None:
        stored.clear()
        stored.update(document)

    return replace


class SessionArchive:
    """Finished sessions, one document each, keyed by the session's own id."""

    def __init__(self, data_dir: DataDir) -> None:
        self._data_dir = data_dir
        self._db: TinyDB | None = None
        self.moved_aside: Path | None = None
        """Where an unreadable archive was moved, if that happened."""

    def _table(self) -> Table:
        if self._db is None:
            self._db = TinyDB(
                self._data_dir.db_path,
                storage=AtomicJSONStorage,
                backup_path=self._data_dir.backup_path,
                before_write=self._data_dir.ensure_present,
            )
        return self._db.table(TABLE_NAME)

    def _run(self, operation: Callable[[Table], _T]) -> _T:
        """Run `operation`; an unparseable file is moved aside and a fresh DB used."""
        try:
            return operation(self._table())
        except CorruptFileError as exc:
            self._db = None
            self.moved_aside = move_aside(exc.path, self._data_dir.wall_clock())
            return operation(self._table())

    def add(self, session: Session) -> None:
        """Store `session`, replacing any stored session with the same id (one write).

        The script copy a draft keeps for resuming is left out: the history
        records what happened, and stays small.
        """
        document = session.model_copy(update={"script_copy": None}).to_json_dict()

        def add(table: Table) -> None:
            existing = table.get(Query().id == session.id)
            if isinstance(existing, Document):
                table.update(_replacing(document), doc_ids=[existing.doc_id])
            else:
                table.insert(document)

        self._run(add)
