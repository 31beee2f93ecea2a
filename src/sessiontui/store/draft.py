"""The live session's draft: one small JSON file, independent of the archive.

Saving costs the same with 10 or 10,000 stored sessions because it never
opens TinyDB; it is just an atomic write of one session. Loading reads only
a regular file below DRAFT_MAX_BYTES, never through a link, and also looks at
temp files left by a save that a crash cut short: a complete one newer than
the draft is the session's latest state, so it becomes the draft.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from sessiontui.errors import UserError
from sessiontui.i18n import _
from sessiontui.model import SCHEMA_VERSION, Session
from sessiontui.store.atomic import atomic_write_text, temp_glob
from sessiontui.store.datadir import DataDir
from sessiontui.store.errors import CorruptFileError, NewerDataError, os_error_reason
from sessiontui.store.files import fsync_dir, read_regular_file
from sessiontui.store.migrations import read_session
from sessiontui.store.quarantine import move_aside
from sessiontui.store.tinydb_storage import parse_json

# A 90-minute session's draft is a few tens of KB; anything near this is not one.
DRAFT_MAX_BYTES = 10_000_000


def read_draft(path: Path) -> Session:
    """The session in the draft file `path`.

    Raises OSError (StoreRefusal: a link, a folder, a FIFO, too large, from a
    newer sessiontui), CorruptFileError (not JSON) or ValueError (not a session).
    """
    return read_session(parse_json(read_regular_file(path, DRAFT_MAX_BYTES), path), path)


def temp_drafts(data_dir: DataDir) -> list[Path]:
    """Temp files of draft saves that never finished, oldest name first."""
    return sorted(data_dir.path.glob(temp_glob(data_dir.draft_path)))


@dataclass(frozen=True)
class TempDraft:
    """A temp draft that holds a whole session, and when it was written."""

    path: Path
    session: Session
    mtime_ns: int


def complete_temp_drafts(data_dir: DataDir) -> list[TempDraft]:
    """The temp drafts that hold a whole, readable session (others are skipped)."""
    found = []
    for path in temp_drafts(data_dir):
        try:
            mtime = path.lstat().st_mtime_ns
            session = read_draft(path)
        except (OSError, CorruptFileError, ValueError):
            continue
        found.append(TempDraft(path, session, mtime))
    return found


def recoverable_temp(
    data_dir: DataDir, draft: Session | None, draft_mtime_ns: int | None
) -> TempDraft | None:
    """The newest complete temp draft written after the draft (of the same session).

    `draft` and `draft_mtime_ns` describe draft.json (None when it is absent
    or unreadable). A temp of another session is never chosen: doctor reports it.
    """
    newer = [
        temp
        for temp in complete_temp_drafts(data_dir)
        if (draft_mtime_ns is None or temp.mtime_ns > draft_mtime_ns)
        and (draft is None or temp.session.id == draft.id)
    ]
    return max(newer, key=lambda temp: temp.mtime_ns, default=None)


@dataclass
class DraftLoad:
    """What was found at start: a session to resume, a draft moved aside, a save completed."""

    session: Session | None
    moved_aside: Path | None
    recovered_from: Path | None = None


class DraftStore:
    """Save, load and discard the draft of the session in progress."""

    def __init__(self, data_dir: DataDir) -> None:
        self._data_dir = data_dir
        self._path = data_dir.draft_path

    def save(self, session: Session) -> None:
        """Write the draft atomically; raises OSError on disk trouble."""
        self._data_dir.ensure_present()
        atomic_write_text(self._path, json.dumps(session.to_json_dict(), ensure_ascii=False))

    def load(self) -> DraftLoad:
        """The saved draft, or the newer whole session a cut-short save left in a temp file.

        An unparseable or invalid draft is moved aside, never deleted. A draft
        that cannot be used at all (a link, a folder, a FIFO, too large,
        unreadable, or from a newer sessiontui) is left untouched and raises
        UserError: one line saying what to do.
        """
        session, mtime, moved = None, None, None
        if os.path.lexists(self._path):
            try:
                mtime = self._path.lstat().st_mtime_ns
                session = read_draft(self._path)
            except (CorruptFileError, ValueError):
                moved = move_aside(self._path, self._data_dir.wall_clock())
                mtime = None
            except NewerDataError as exc:
                raise UserError(
                    _(
                        "the interrupted session {path} was written by a newer sessiontui "
                        "(data version {version}; this one reads up to {supported}); it is "
                        "left untouched: update sessiontui, or move it away to start a new "
                        "session",
                        path=self._path,
                        version=exc.version,
                        supported=SCHEMA_VERSION,
                    )
                ) from exc
            except OSError as exc:
                raise UserError(
                    _(
                        "cannot read the interrupted session {path}: {reason}; "
                        "move it away and start again",
                        path=self._path,
                        reason=os_error_reason(exc),
                    )
                ) from exc
        latest = recoverable_temp(self._data_dir, session, mtime)
        if latest is None:
            return DraftLoad(session=session, moved_aside=moved)
        try:
            # Finish the save the crash interrupted: the temp becomes the draft.
            os.replace(latest.path, self._path)
            fsync_dir(self._path.parent)
        except OSError as exc:
            raise UserError(
                _(
                    "cannot recover the interrupted session from {path}: {reason}",
                    path=latest.path,
                    reason=os_error_reason(exc),
                )
            ) from exc
        return DraftLoad(session=latest.session, moved_aside=moved, recovered_from=latest.path)

    def discard(self) -> None:
        """Remove the draft (after the session was archived or the mentor discarded it)."""
        self._path.unlink(missing_ok=True)
