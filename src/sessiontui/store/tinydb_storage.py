"""A TinyDB storage that reads safely, writes atomically and keeps one previous good copy.

What it reads must have TinyDB's shape, `{table: {"<integer id>": {document}}}`;
anything else (`{"sessions": []}`, `null`, a key like "abc") is a
CorruptFileError, so the archive sets the file aside instead of failing on
every write. A file holding a session from a newer sessiontui is never
rewritten (NewerDataError).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from sessiontui.i18n import _
from sessiontui.model import SCHEMA_VERSION
from sessiontui.store.atomic import atomic_write_bytes, temp_path_for
from sessiontui.store.errors import CorruptFileError, NewerDataError
from sessiontui.store.files import make_file_private, read_regular_file

# Far above any real history (a session takes a few KB); what a read may cost.
HISTORY_MAX_BYTES = 512_000_000

_Fingerprint = tuple[int, int, int]


def _fingerprint(path: Path) -> _Fingerprint | None:
    """Identity of the file's current content (inode, size, mtime), or None if absent."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def parse_json(raw: bytes, path: Path) -> Any:
    """Parse UTF-8 JSON read from `path`; raise CorruptFileError if it cannot be parsed."""
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise CorruptFileError(path, str(exc)) from exc


def read_json_file(path: Path, limit: int) -> Any:
    """Parse a regular UTF-8 JSON file of at most `limit` bytes (see `read_regular_file`)."""
    return parse_json(read_regular_file(path, limit), path)


def check_tinydb_shape(data: Any, path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """`data` if it has TinyDB's shape; else CorruptFileError with the reason."""
    if not isinstance(data, dict):
        raise CorruptFileError(path, _("not a JSON object"))
    for table, documents in data.items():
        if not isinstance(documents, dict):
            raise CorruptFileError(path, _("table {table!r} is not a JSON object", table=table))
        for key, document in documents.items():
            if not key.isdecimal():
                raise CorruptFileError(path, _("document key {key!r} is not a number", key=key))
            if not isinstance(document, dict):
                raise CorruptFileError(path, _("document {key} is not a JSON object", key=key))
    return data


def newest_version(data: dict[str, dict[str, dict[str, Any]]]) -> int:
    """The highest `schema_version` of the documents (0 when there are none)."""
    versions = [
        document.get("schema_version")
        for documents in data.values()
        for document in documents.values()
    ]
    return max((v for v in versions if isinstance(v, int) and not isinstance(v, bool)), default=0)


class AtomicJSONStorage(Storage):
    """JSON storage for TinyDB: UTF-8, unescaped, atomic, with `<file>.bak`.

    The backup is only refreshed from a file this storage has itself read or
    written successfully, so a damaged file never replaces the good backup.
    `before_write` runs before every write (the data folder's presence check).
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        backup_path: Path | None = None,
        before_write: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self._path = Path(path)
        self._backup_path = backup_path or self._path.with_name(self._path.name + ".bak")
        self._before_write = before_write
        self._known_good: _Fingerprint | None = None
        self._newer: int | None = None

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The whole database, or None when the file is missing or empty."""
        try:
            empty = self._path.lstat().st_size == 0
        except FileNotFoundError:
            empty = True
        if empty:
            self._newer = None
            return None
        data = check_tinydb_shape(read_json_file(self._path, HISTORY_MAX_BYTES), self._path)
        newest = newest_version(data)
        self._newer = newest if newest > SCHEMA_VERSION else None
        self._known_good = _fingerprint(self._path)
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Back up the current good file, then replace it atomically.

        Refuses (NewerDataError) to rewrite a file that holds a session from a
        newer sessiontui.
        """
        if self._newer is not None:
            raise NewerDataError(self._path, self._newer, SCHEMA_VERSION)
        if self._before_write is not None:
            self._before_write()
        serialized = json.dumps(data, ensure_ascii=False).encode("utf-8")
        if self._known_good is not None and self._known_good == _fingerprint(self._path):
            self._backup_current()
        atomic_write_bytes(self._path, serialized)
        self._known_good = _fingerprint(self._path)

    def _backup_current(self) -> None:
        """Make `<file>.bak` a copy of the current file (0600), atomically."""
        tmp = temp_path_for(self._backup_path)
        try:
            # A hard link is instant; the next replace of the main file gives it
            # a new inode, leaving this one as the backup.
            os.link(self._path, tmp, follow_symlinks=False)
        except OSError:
            atomic_write_bytes(self._backup_path, read_regular_file(self._path, HISTORY_MAX_BYTES))
            return
        try:
            # The linked inode keeps the old file's mode: 0644 if someone loosened it.
            make_file_private(tmp)
            os.replace(tmp, self._backup_path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
