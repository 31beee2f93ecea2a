"""Persistence: file modes and safe reads (files), atomic writes, the private data
folder, the live draft, the history (archive: an index of mentees, a record per
mentee, a file per session; legacy: the import of the earlier single file),
migrations of older data, the instance lock, and what `doctor` finds."""

from sessiontui.store.archive import SessionArchive
from sessiontui.store.atomic import atomic_write_bytes, atomic_write_text
from sessiontui.store.datadir import DataDir
from sessiontui.store.draft import DraftLoad, DraftStore
from sessiontui.store.errors import CorruptFileError, DataDirBusy
from sessiontui.store.lock import DataDirLock
from sessiontui.store.quarantine import move_aside
from sessiontui.store.tinydb_storage import AtomicJSONStorage

__all__ = [
    "AtomicJSONStorage",
    "CorruptFileError",
    "DataDir",
    "DataDirBusy",
    "DataDirLock",
    "DraftLoad",
    "DraftStore",
    "SessionArchive",
    "atomic_write_bytes",
    "atomic_write_text",
    "move_aside",
]
