"""What the history does with a file it cannot read: set it aside, then restore or rebuild.

An unreadable mentee record is moved aside (never overwritten); its backup
copy is used when it reads (one from before the rows files brings its rows),
else the record is rebuilt by storing the mentee's sessions again in order
(each stored session keeps what it changed: its agreement version, goal
check-ins, reviews and open items). Only the mentor's private notes on the
mentee live nowhere else: the notice names the file kept aside. An unreadable
rows file is moved aside and its year's rows are listed again from the stored
sessions of that year.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sessiontui.clock import WallClock
from sessiontui.i18n import _
from sessiontui.model import Mentee, MenteeEntry, MenteeRecord, Session, SessionRow
from sessiontui.relationship.names import display_name
from sessiontui.relationship.record import apply_session, session_row
from sessiontui.store.documents import RECORD_TABLE, TableFile, read_record
from sessiontui.store.errors import CorruptFileError, NewerDataError
from sessiontui.store.layout import Layout
from sessiontui.store.quarantine import move_aside


def _backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


class Repairs:
    """Sets unreadable files aside and remembers what it did, for the mentor to read."""

    def __init__(self, layout: Layout, wall_clock: WallClock) -> None:
        self._layout = layout
        self._wall_clock = wall_clock
        self.moved_aside: list[Path] = []
        self.notices: list[str] = []

    def set_aside(self, path: Path, reason: str) -> Path:
        """Move an unreadable file aside and say so."""
        moved = move_aside(path, self._wall_clock())
        self.moved_aside.append(moved)
        self.notices.append(
            _(
                "{path} could not be read ({reason}); it was kept aside at {moved}",
                path=path,
                reason=reason,
                moved=moved,
            )
        )
        return moved

    def rows(
        self, problem: CorruptFileError, mentee: Mentee, year: int, sessions: list[Session]
    ) -> list[SessionRow]:
        """The rows of a year whose file is unreadable (set aside): from the stored
        sessions of that year."""
        self.set_aside(problem.path, problem.reason)
        self.notices.append(
            _(
                "The sessions of {name} in {year} were listed again from their stored files",
                name=display_name(mentee.name),
                year=year,
            )
        )
        return [session_row(s) for s in sessions if s.started_at.year == year]

    def _from_backup(self, mentee_id: str) -> MenteeRecord | None:
        path = _backup_path(self._layout.record_path(mentee_id))
        if not path.exists():
            return None
        file = TableFile(path, RECORD_TABLE)
        try:
            document = file.document()
            record = read_record(document, path) if document is not None else None
        except (CorruptFileError, OSError, ValueError, NewerDataError):
            return None
        if record is None or record.mentee.id != mentee_id:
            return None
        return record

    def record(
        self,
        mentee_id: str,
        problem: CorruptFileError | None,
        entry: MenteeEntry | None,
        sessions: list[Session],
    ) -> MenteeRecord:
        """A record for a mentee whose file is unreadable (`problem`) or missing (None)."""
        if problem is not None:
            self.set_aside(problem.path, problem.reason)
        restored = self._from_backup(mentee_id)
        if restored is not None:
            name = display_name(restored.mentee.name)
            self.notices.append(_("The record of {name} was restored from its backup", name=name))
            return restored
        record = MenteeRecord(mentee=self._mentee(mentee_id, entry, sessions))
        for session in sessions:
            record = apply_session(record, session)
        self.notices.append(
            _(
                "The record of {name} was rebuilt from its stored sessions",
                name=display_name(record.mentee.name),
            )
        )
        return record

    def _mentee(self, mentee_id: str, entry: MenteeEntry | None, sessions: list[Session]) -> Mentee:
        latest = sessions[-1] if sessions else None
        created: datetime = sessions[0].started_at if sessions else self._wall_clock()
        if entry is not None:
            return Mentee(
                id=mentee_id,
                created_at=created,
                name=entry.name,
                email=entry.email,
                language=entry.language,
            )
        return Mentee(
            id=mentee_id,
            created_at=created,
            name=latest.mentee if latest is not None else "",
            language=latest.language if latest is not None else "en",
        )
