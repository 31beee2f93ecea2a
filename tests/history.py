"""The stored history read back, for the tests: the app only ever adds to it.

Read straight from the files (one per stored session, under its mentee's
folder), without the archive's side effects (an unreadable file is not moved
aside here); each record is migrated as the app's own readers will migrate it.
"""

from __future__ import annotations

import json
from pathlib import Path

from sessiontui.model import Session
from sessiontui.store import DataDir
from sessiontui.store.documents import SESSION_TABLE
from sessiontui.store.layout import SESSIONS_FOLDER, Layout
from sessiontui.store.migrations import read_session


def _session_files(data_dir: DataDir) -> list[Path]:
    return sorted(Layout(data_dir).root.glob(f"*/{SESSIONS_FOLDER}/*.json"))


def stored_sessions(data_dir: DataDir) -> list[Session]:
    """Every stored session that this version can read, oldest start first."""
    sessions = []
    for path in _session_files(data_dir):
        try:
            table = json.loads(path.read_text(encoding="utf-8")).get(SESSION_TABLE, {})
            sessions += [read_session(document, path) for document in table.values()]
        except (ValueError, OSError):  # another shape, or a newer version's record
            continue
    return sorted(sessions, key=lambda session: session.started_at)


def stored_session(data_dir: DataDir, session_id: str) -> Session | None:
    """The stored session with this id, or None."""
    return next((s for s in stored_sessions(data_dir) if s.id == session_id), None)


def stored_ids(data_dir: DataDir) -> list[str]:
    """The ids of the stored sessions, oldest start first."""
    return [session.id for session in stored_sessions(data_dir)]
