"""The history: mentees and their stored sessions, one small file per thing (see layout.py).

Nothing is read until first use, and each operation opens only the files it
needs: the start screen's list reads the index alone; storing a session
reads its mentee's record with the rows of the latest two years and its own,
and writes its own file, the rows of its year, the record (once, with every
relationship change of the session) and the index. A file that cannot be
read is set aside, never overwritten: an unreadable index is rebuilt from
the records, an unreadable record from its backup or else from its stored
sessions, an unreadable rows file from the stored sessions of its year, and
`notices` says what happened. Data from a newer sessiontui is left untouched
and refused (NewerDataError).
"""

from __future__ import annotations

import threading
from pathlib import Path

from sessiontui.model import (
    Mentee,
    MenteeEntry,
    MenteeRecord,
    Session,
    SessionRelationship,
    SessionRow,
)
from sessiontui.model.mentee import row_year
from sessiontui.relationship.names import name_key
from sessiontui.relationship.record import apply_session, archived_relationship, state_for_session
from sessiontui.store.datadir import DataDir
from sessiontui.store.documents import (
    INDEX_TABLE,
    RECORD_TABLE,
    ROWS_FILES_VERSION,
    ROWS_TABLE,
    SESSION_TABLE,
    TableFile,
    read_entry,
    read_record,
    read_rows,
    record_document,
    rows_document,
    to_document,
)
from sessiontui.store.errors import CorruptFileError, NewerDataError
from sessiontui.store.layout import Layout
from sessiontui.store.migrations import read_session, stored_version
from sessiontui.store.repair import Repairs


class UnknownMentee(KeyError):
    """No mentee with this id is stored."""


class SessionArchive:
    """Stored mentees and sessions, per mentee. Callers from the UI thread and from
    workers may share one archive: a lock serialises its operations."""

    def __init__(self, data_dir: DataDir) -> None:
        self._data_dir = data_dir
        self.layout = Layout(data_dir)
        self._lock = threading.RLock()
        self._repairs = Repairs(self.layout, data_dir.wall_clock)
        self._files: dict[Path, TableFile] = {}

    @property
    def moved_aside(self) -> list[Path]:
        """Where unreadable files were moved, oldest first."""
        return list(self._repairs.moved_aside)

    def take_notices(self) -> list[str]:
        """One line per repair made since the last call (a file set aside, restored, rebuilt)."""
        notices, self._repairs.notices = self._repairs.notices, []
        return notices

    # --- files ---------------------------------------------------------------

    def _file(self, path: Path, table: str) -> TableFile:
        # One storage per file for the archive's life: it remembers the last
        # good content it read or wrote, which is what may become the .bak.
        file = self._files.get(path)
        if file is None:
            file = self._files[path] = TableFile(path, table, self._data_dir.ensure_present)
        return file

    def _index_file(self) -> TableFile:
        return self._file(self.layout.index_path, INDEX_TABLE)

    def _record_file(self, mentee_id: str) -> TableFile:
        return self._file(self.layout.record_path(mentee_id), RECORD_TABLE)

    def _rows_file(self, mentee_id: str, year: int) -> TableFile:
        return self._file(self.layout.rows_path(mentee_id, year), ROWS_TABLE)

    def _session_file(self, mentee_id: str, session_id: str) -> TableFile:
        return self._file(self.layout.session_path(mentee_id, session_id), SESSION_TABLE)

    # --- the index -------------------------------------------------------------

    def _read_index(self, *, check: bool = True) -> tuple[TableFile, list[MenteeEntry]]:
        """The index and its lines; rebuilt from the records when it cannot be read or,
        with `check`, when it does not list exactly the mentee folders present."""
        index = self._index_file()
        try:
            documents = index.documents()
        except CorruptFileError as exc:
            self._repairs.set_aside(exc.path, exc.reason)
            return self._rebuilt_index()
        if documents is None:
            if self.layout.mentee_ids_on_disk():
                return self._rebuilt_index()
            return index, []
        entries = []
        for document in documents:
            try:
                entries.append(read_entry(document, index.path))
            except NewerDataError:
                raise
            except ValueError:
                # A line this version cannot read: the record is the truth; rebuild.
                return self._rebuilt_index()
        if check and {e.id for e in entries} != set(self.layout.mentee_ids_on_disk()):
            # A store cut short between a new mentee's record and the index.
            return self._rebuilt_index()
        if any(entry.outdated for entry in entries):
            # Written before the index kept what the start screen draws: once, from the records.
            return self._rebuilt_index()
        return index, entries

    def _rebuilt_index(self) -> tuple[TableFile, list[MenteeEntry]]:
        entries = [MenteeEntry.of(self._recent(m)) for m in self.layout.mentee_ids_on_disk()]
        index = self._index_file()
        index.write([to_document(entry) for entry in entries])
        return index, entries

    def mentees(self) -> list[MenteeEntry]:
        """Every mentee as the index lists them: the latest session first, then by name."""
        with self._lock:
            entries = self._read_index()[1]
        return sorted(
            entries,
            key=lambda e: (
                -(e.last_session_at.timestamp() if e.last_session_at else float("-inf")),
                name_key(e.name),
            ),
        )

    def _put_entry(self, entry: MenteeEntry) -> None:
        """`entry` written into the index. The other lines go back as they were read:
        reading each one (a store at 5,000 sessions read fifty) cost more than the
        store. A line that cannot be read stays for `_read_index` to rebuild; a file
        that cannot be read is repaired here."""
        index = self._index_file()
        try:
            documents = index.documents()
        except CorruptFileError:
            documents = None
        if documents is None or not all(isinstance(d, dict) for d in documents):
            index, entries = self._read_index(check=False)
            documents = [to_document(e) for e in entries]
        others = [d for d in documents if d.get("id") != entry.id]
        index.write([*others, to_document(entry)])

    # --- mentee records ----------------------------------------------------------

    def record(self, mentee_id: str) -> MenteeRecord:
        """Everything stored about a mentee, every row (UnknownMentee if there is no such
        mentee). Rows counted differently in the record (a store cut short between a
        rows file and the record) are counted again, and the record and index rewritten."""
        with self._lock:
            head = self._head(mentee_id)
            years = {*self.layout.row_years_on_disk(mentee_id), *map(int, head.session_years)}
            record = self._holding(head, years)
            if record.session_years != head.session_years:
                self._write_record(record, set())
            return record

    def _recent(self, mentee_id: str, year: int | None = None) -> MenteeRecord:
        """The record holding the rows a store needs: those of the latest two years (the
        index's months and the latest session) and of `year`; never all of them."""
        head = self._head(mentee_id)
        years = {*self.layout.row_years_on_disk(mentee_id), *map(int, head.session_years)}
        held = {year} if year is not None else set()
        if years:
            held |= {max(years) - 1, max(years)}
        return self._holding(head, held)

    def _holding(self, head: MenteeRecord, years: set[int]) -> MenteeRecord:
        rows = [row for year in sorted(years) for row in self._year_rows(head, year)]
        return head.holding(rows, years)

    def _year_rows(self, head: MenteeRecord, year: int) -> list[SessionRow]:
        """The rows of one year ([] when it has no file). An unreadable file is set aside
        and the year's rows are listed again from the stored sessions of that year."""
        mentee_id = head.mentee.id
        file = self._rows_file(mentee_id, year)
        try:
            document = file.document()
            return read_rows(document, file.path, year) if document is not None else []
        except NewerDataError:
            raise
        except CorruptFileError as exc:
            problem = exc
        except ValueError as exc:
            problem = CorruptFileError(file.path, str(exc))
        rows = self._repairs.rows(problem, head.mentee, year, self._stored_sessions(mentee_id))
        file.write([rows_document(rows)])
        return rows

    def _head(self, mentee_id: str) -> MenteeRecord:
        """The record as its file holds it: no rows, their counts per year. A record from
        before the rows files has its rows moved into them first."""
        file = self._record_file(mentee_id)
        try:
            document = file.document()
        except CorruptFileError as exc:
            return self._repaired_record(mentee_id, exc)
        if document is None:
            if not self.layout.mentee_folder(mentee_id).is_dir():
                raise UnknownMentee(mentee_id)
            return self._repaired_record(mentee_id, None)
        try:
            record = read_record(document, file.path)
        except NewerDataError:
            raise
        except ValueError as exc:
            return self._repaired_record(mentee_id, CorruptFileError(file.path, str(exc)))
        if stored_version(document) < ROWS_FILES_VERSION:
            return self._settled(record)
        return record

    def _settled(self, record: MenteeRecord) -> MenteeRecord:
        """A record read with all its rows (schema 5, or rebuilt) stored as schema 6 keeps
        it: each year's rows into their file, then the record. Repeating it after a cut
        writes the same files."""
        self._write_record(record, {row_year(row) for row in record.sessions}, index=False)
        return record.model_copy(update={"sessions": []})

    def _repaired_record(self, mentee_id: str, problem: CorruptFileError | None) -> MenteeRecord:
        record = self._repairs.record(
            mentee_id, problem, self._indexed(mentee_id), self._stored_sessions(mentee_id)
        )
        return self._settled(record)

    def _indexed(self, mentee_id: str) -> MenteeEntry | None:
        """The index's line for a mentee, read as it is (no repair: used by repairs)."""
        index = self._index_file()
        try:
            documents = index.documents() or []
        except (CorruptFileError, OSError):
            return None
        for document in documents:
            if document.get("id") == mentee_id:
                try:
                    return read_entry(document, index.path)
                except (ValueError, NewerDataError):
                    return None
        return None

    def _write_record(self, record: MenteeRecord, years: set[int], *, index: bool = True) -> None:
        """The rows files of `years` (which `record` holds), then the record, then its
        index line: a row is stored before it is counted."""
        mentee_id = record.mentee.id
        for year in sorted(years):
            rows = [row for row in record.sessions if row_year(row) == year]
            self._rows_file(mentee_id, year).write([rows_document(rows)])
        self._record_file(mentee_id).write([record_document(record)])
        if index:
            self._put_entry(MenteeEntry.of(record))

    def create_mentee(self, mentee: Mentee) -> Mentee:
        """Store a new mentee (ValueError if one with its id exists)."""
        with self._lock:
            if self.layout.record_path(mentee.id).exists():
                raise ValueError(f"mentee {mentee.id} exists")
            self._write_record(MenteeRecord(mentee=mentee), set())
            return mentee

    def update_mentee(self, mentee: Mentee) -> None:
        """Store the mentee's changed name, email, language or private notes."""
        with self._lock:
            record = self._recent(mentee.id)
            self._write_record(record.model_copy(update={"mentee": mentee}), set())

    def relationship_for(self, mentee_id: str) -> SessionRelationship:
        """What a new session with this mentee starts from (a copy: see `state_for_session`).

        Also brings the mentee's index line up to date if a store cut short left it behind.
        """
        with self._lock:
            record = self._recent(mentee_id)
            entry = MenteeEntry.of(record)
            # A line written before the index kept only recent months is still right.
            if entry not in (e.in_window() for e in self._read_index(check=False)[1]):
                self._put_entry(entry)
            return state_for_session(record)

    # --- sessions -----------------------------------------------------------------

    def _mentee_of(self, session: Session) -> str:
        """The mentee a session without `mentee_id` belongs to: where it is stored
        already, else the mentee of that name (the latest seen), else a new one."""
        stored = self.layout.locate_session(session.id)
        if stored is not None:
            return stored
        key = name_key(session.mentee)
        for entry in self.mentees():
            if name_key(entry.name) == key:
                return entry.id
        mentee = Mentee(
            created_at=session.started_at, name=session.mentee, language=session.language
        )
        return self.create_mentee(mentee).id

    def add(self, session: Session) -> Mentee:
        """Store a finished `session` with its mentee; return that mentee.

        Writes the session's own file, then the rows of its year, then the
        mentee's record with every relationship change of the session (one
        write), then the index. Each
        step can be repeated: storing the same session again after a failure
        gives the same history as storing it once. The script copy a draft
        keeps for resuming is left out: the history records what happened,
        and stays small.
        """
        with self._lock:
            mentee_id = session.mentee_id or self._mentee_of(session)
            record = self._recent(mentee_id, session.started_at.year)
            stored = session.model_copy(
                update={
                    "mentee_id": mentee_id,
                    "relationship": archived_relationship(session),
                    "script_copy": None,
                }
            )
            self._session_file(mentee_id, session.id).write([stored.to_json_dict()])
            moved = {row_year(row) for row in record.sessions if row.id == session.id}
            years = {session.started_at.year, *moved}
            self._write_record(apply_session(record, session), years)
            return record.mentee

    def session(self, mentee_id: str, session_id: str) -> Session | None:
        """One stored session (None when absent or unreadable: see `notices`)."""
        with self._lock:
            file = self._session_file(mentee_id, session_id)
            try:
                document = file.document()
            except CorruptFileError as exc:
                self._repairs.set_aside(exc.path, exc.reason)
                return None
            if document is None:
                return None
            try:
                return read_session(document, file.path)
            except NewerDataError:
                raise
            except ValueError:
                return None

    def get(self, session_id: str) -> Session | None:
        """The stored session with this exact id, whoever it belongs to, or None."""
        mentee_id = self.layout.locate_session(session_id)
        return self.session(mentee_id, session_id) if mentee_id is not None else None

    def sessions_of(self, mentee_id: str) -> list[Session]:
        """Every readable stored session of a mentee, oldest first (reads every file)."""
        record = self.record(mentee_id)
        sessions = (self.session(mentee_id, row.id) for row in record.sessions)
        return [session for session in sessions if session is not None]

    def _stored_sessions(self, mentee_id: str) -> list[Session]:
        """The sessions found in a mentee's folder, oldest first (for a repair)."""
        folder = self.layout.sessions_folder(mentee_id)
        ids = sorted(path.stem for path in folder.glob("*.json")) if folder.is_dir() else []
        sessions = (self.session(mentee_id, session_id) for session_id in ids)
        return sorted((s for s in sessions if s is not None), key=lambda s: s.started_at)

    def count(self) -> int:
        """How many sessions are stored (from the index)."""
        return sum(entry.session_count for entry in self.mentees())

    def all(self) -> list[Session]:
        """Every stored session of every mentee (reads every file: for exports and tests)."""
        return [s for entry in self.mentees() for s in self.sessions_of(entry.id)]
