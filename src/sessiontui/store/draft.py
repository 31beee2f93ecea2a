"""The live session's draft: one small JSON file, independent of the archive.

Saving costs the same with 10 or 10,000 stored sessions because it never
opens TinyDB; it is just an atomic write of one session.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from sessiontui.model import Session
from sessiontui.store.atomic import atomic_write_text
from sessiontui.store.datadir import DataDir
from sessiontui.store.errors import CorruptFileError
from sessiontui.store.quarantine import move_aside
from sessiontui.store.tinydb_storage import read_json_file


@dataclass
class DraftLoad:
    """What was found at start: a session to resume, and/or a draft moved aside."""

    session: Session | None
    moved_aside: Path | None


class DraftStore:
    """Save, load and discard the draft of the session in progress."""

    def __init__(self, data_dir: DataDir) -> None:
        self._path = data_dir.draft_path

    def save(self, session: Session) -> None:
        """Write the draft atomically; raises OSError on disk trouble."""
        atomic_write_text(self._path, json.dumps(session.to_json_dict(), ensure_ascii=False))

    def load(self) -> DraftLoad:
        """The saved draft; an unparseable or invalid one is moved aside, never deleted."""
        if not self._path.exists():
            return DraftLoad(session=None, moved_aside=None)
        try:
            session = Session.model_validate(read_json_file(self._path))
        except (CorruptFileError, ValidationError):
            return DraftLoad(session=None, moved_aside=move_aside(self._path))
        return DraftLoad(session=session, moved_aside=None)

    def discard(self) -> None:
        """Remove the draft (after the session was archived or the mentor discarded it)."""
        self._path.unlink(missing_ok=True)

    def exists(self) -> bool:
        """True when a draft is present (an interrupted session, if none is running)."""
        return self._path.exists()
