"""A TinyDB storage that writes atomically and keeps one previous good copy."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from sessiontui.store.atomic import atomic_write_bytes, temp_path_for
from sessiontui.store.errors import CorruptFileError

_Fingerprint = tuple[int, int, int]


def _fingerprint(path: Path) -> _Fingerprint | None:
    """Identity of the file's current content (inode, size, mtime), or None if absent."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def read_json_file(path: Path) -> Any:
    """Parse a UTF-8 JSON file; raise CorruptFileError if it cannot be parsed."""
    raw = path.read_bytes()
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorruptFileError(path, str(exc)) from exc


class AtomicJSONStorage(Storage):
    """JSON storage for TinyDB: UTF-8, unescaped, atomic, with `<file>.bak`.

    The backup is only refreshed from a file this storage has itself read or
    written successfully, so a damaged file never replaces the good backup.
    """

    def __init__(self, path: str | os.PathLike[str], backup_path: Path | None = None) -> None:
        super().__init__()
        self._path = Path(path)
        self._backup_path = backup_path or self._path.with_name(self._path.name + ".bak")
        self._known_good: _Fingerprint | None = None

    def read(self) -> dict[str, dict[str, Any]] | None:
        """The whole database, or None when the file is missing or empty."""
        try:
            if self._path.stat().st_size == 0:
                return None
        except FileNotFoundError:
            return None
        data = read_json_file(self._path)
        if not isinstance(data, dict):
            raise CorruptFileError(self._path, "top level is not a JSON object")
        self._known_good = _fingerprint(self._path)
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Back up the current good file, then replace it atomically."""
        serialized = json.dumps(data, ensure_ascii=False).encode("utf-8")
        if self._known_good is not None and self._known_good == _fingerprint(self._path):
            self._backup_current()
        atomic_write_bytes(self._path, serialized)
        self._known_good = _fingerprint(self._path)

    def _backup_current(self) -> None:
        """Make `<file>.bak` a copy of the current file, atomically."""
        tmp = temp_path_for(self._backup_path)
        try:
            # A hard link is instant and shares the 0600 inode; the next
            # replace of the main file gives it a new inode, leaving this one.
            os.link(self._path, tmp)
        except OSError:
            atomic_write_bytes(self._backup_path, self._path.read_bytes())
            return
        try:
            os.replace(tmp, self._backup_path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
