"""The stored history read back, for the tests: the app only ever adds to it.

Read straight from the file, without TinyDB's side effects (an unreadable
file is not moved aside here); each record is migrated as the app's own
readers will migrate it.
"""

from __future__ import annotations

import json

from sessiontui.model import Session
from sessiontui.store import DataDir
from sessiontui.store.archive import TABLE_NAME
from sessiontui.store.migrations import read_session


def stored_documents(data_dir: DataDir) -> dict[int, object]:
    """Every stored record by TinyDB document id, as on disk ({} when there is no history)."""
    path = data_dir.db_path
    if not path.exists():
        return {}
    table = json.loads(path.read_text(encoding="utf-8")).get(TABLE_NAME, {})
    return {int(key): document for key, document in table.items()}


def stored_sessions(data_dir: DataDir) -> list[Session]:
    """Every stored session that this version can read, in the order they were stored."""
    sessions = []
    for _, document in sorted(stored_documents(data_dir).items()):
        try:
            sessions.append(read_session(document, data_dir.db_path))
        except (ValueError, OSError):  # another shape, or a newer version's record
            continue
    return sessions


def stored_session(data_dir: DataDir, session_id: str) -> Session | None:
    """The stored session with this id, or None."""
    return next((s for s in stored_sessions(data_dir) if s.id == session_id), None)


def stored_ids(data_dir: DataDir) -> list[str]:
    """The ids of the stored sessions, in the order they were stored."""
    return [session.id for session in stored_sessions(data_dir)]
