"""The TinyDB archive: round trip, no duplicates, backup, corrupt files kept aside."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.history import stored_documents, stored_ids, stored_session, stored_sessions
from tinydb import TinyDB

from sessiontui.model import ActionItem, Feedback, Note, Session, Visibility
from sessiontui.store import atomic
from sessiontui.store.archive import SessionArchive
from sessiontui.store.datadir import DataDir
from sessiontui.store.errors import CorruptFileError, NewerDataError, os_error_reason
from sessiontui.store.tinydb_storage import AtomicJSONStorage

MENTEE = "María José Núñez 🎉"
MARKUP = "[bold]¡Muy bien![/bold] 👍"
AT = datetime(2025, 1, 20, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _session(mentee: str = MENTEE) -> Session:
    return Session(
        script_id="regular",
        script_title="Sesión regular",
        mentee=mentee,
        started_at=AT,
        feedback=[Feedback(text=MARKUP, visibility=Visibility.PRIVATE, created_at=AT)],
        action_items=[ActionItem(text="Leer «El arte» ☕", due=date(2025, 1, 31), created_at=AT)],
        notes=[Note(text="[red]ojo[/red] con el año", created_at=AT)],
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir.open(tmp_path / "data")


def test_round_trip_non_ascii_unescaped(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    session = _session()
    archive.add(session)
    assert stored_session(data_dir, session.id) == session
    raw = data_dir.db_path.read_text(encoding="utf-8")
    for text in (MENTEE, MARKUP, "«El arte» ☕"):
        assert text in raw
    assert "\\u" not in raw
    assert stat.S_IMODE(data_dir.db_path.stat().st_mode) == 0o600
    assert "sessions" in json.loads(raw)


def test_nothing_is_touched_until_first_use(data_dir: DataDir) -> None:
    SessionArchive(data_dir)
    assert not data_dir.db_path.exists()


def test_same_id_replaces_instead_of_duplicating(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    first = _session()
    other = _session("Luis")
    archive.add(first)
    archive.add(other)
    changed = first.model_copy(update={"mentee": "Ana", "summary_text": "hola"})
    archive.add(changed)
    assert len(stored_documents(data_dir)) == 2
    assert stored_session(data_dir, first.id) == changed
    assert stored_ids(data_dir) == [first.id, other.id]


def test_add_writes_once(data_dir: DataDir, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = SessionArchive(data_dir)
    archive.add(_session())
    writes: list[Path] = []
    real = atomic.atomic_write_bytes

    def counting(path: Path, data: bytes) -> None:
        writes.append(path)
        real(path, data)

    monkeypatch.setattr("sessiontui.store.tinydb_storage.atomic_write_bytes", counting)
    archive.add(_session("Luis"))
    assert writes == [data_dir.db_path]


def test_backup_keeps_previous_good_copy(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    first, second = _session("Uno"), _session("Dos")
    archive.add(first)
    before = data_dir.db_path.read_bytes()
    archive.add(second)
    assert data_dir.backup_path.read_bytes() == before
    assert stat.S_IMODE(data_dir.backup_path.stat().st_mode) == 0o600
    backup = TinyDB(data_dir.backup_path, storage=AtomicJSONStorage).table("sessions")
    assert [doc["id"] for doc in backup.all()] == [first.id]


@pytest.mark.parametrize("content", [b'{"sessions": {"1": {"id": "x"', b"\xff\xfe garbage", b"[]"])
def test_unreadable_archive_is_moved_aside_and_a_new_one_started(
    data_dir: DataDir, content: bytes
) -> None:
    data_dir.db_path.write_bytes(content)
    archive = SessionArchive(data_dir)
    session = _session()
    archive.add(session)
    moved = archive.moved_aside
    assert moved is not None
    assert moved.parent == data_dir.path
    assert moved.name.startswith("sessions.json.corrupt-")
    assert moved.read_bytes() == content
    assert stored_sessions(data_dir) == [session]


def test_truncated_archive_is_moved_aside(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    archive.add(_session())
    good = data_dir.db_path.read_bytes()
    data_dir.db_path.write_bytes(good[: len(good) // 2])
    fresh = SessionArchive(data_dir)
    session = _session("Luis")
    fresh.add(session)
    assert fresh.moved_aside is not None
    assert fresh.moved_aside.read_bytes() == good[: len(good) // 2]
    assert stored_sessions(data_dir) == [session]


def test_backup_is_only_made_from_a_file_read_as_good(tmp_path: Path) -> None:
    path, backup = tmp_path / "db.json", tmp_path / "db.json.bak"
    storage = AtomicJSONStorage(path)
    storage.write({"sessions": {"1": {"n": 1}}})
    storage.write({"sessions": {"1": {"n": 2}}})
    good_backup = backup.read_bytes()
    assert json.loads(good_backup) == {"sessions": {"1": {"n": 1}}}
    # Something damages the file behind the storage's back: it must not become the backup.
    path.write_bytes(b"{damaged")
    storage.write({"sessions": {"1": {"n": 3}}})
    assert backup.read_bytes() == good_backup
    assert storage.read() == {"sessions": {"1": {"n": 3}}}


def test_storage_raises_corrupt_file_error(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(b"not json")
    with pytest.raises(CorruptFileError) as caught:
        AtomicJSONStorage(path).read()
    assert caught.value.path == path
    assert path.read_bytes() == b"not json"


def test_a_record_of_another_shape_is_kept_as_it_is(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    good = _session()
    archive.add(good)
    data = json.loads(data_dir.db_path.read_text(encoding="utf-8"))
    data["sessions"]["2"] = {"id": "broken", "unexpected": True}
    data_dir.db_path.write_text(json.dumps(data), encoding="utf-8")
    fresh = SessionArchive(data_dir)
    later = _session("Luis")
    fresh.add(later)
    assert fresh.moved_aside is None
    assert stored_documents(data_dir)[2] == {"id": "broken", "unexpected": True}
    assert stored_sessions(data_dir) == [good, later]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"sessions": []}', "table 'sessions' is not a JSON object"),
        (b'{"sessions": null}', "table 'sessions' is not a JSON object"),
        (b'{"sessions": {"abc": {"id": "x"}}}', "document key 'abc' is not a number"),
        (b'{"sessions": {"1": "not a document"}}', "document 1 is not a JSON object"),
        (b"null", "not a JSON object"),
    ],
    ids=["list", "null", "key-not-a-number", "document-not-an-object", "top-null"],
)
def test_history_of_the_wrong_shape_is_set_aside_and_the_session_stored(
    data_dir: DataDir, content: bytes, reason: str
) -> None:
    data_dir.db_path.write_bytes(content)
    with pytest.raises(CorruptFileError) as caught:
        AtomicJSONStorage(data_dir.db_path).read()
    assert caught.value.reason == reason
    archive = SessionArchive(data_dir)
    session = _session()
    archive.add(session)
    assert archive.moved_aside is not None
    assert archive.moved_aside.read_bytes() == content
    assert stored_sessions(data_dir) == [session]


def test_the_backup_is_private_even_when_the_history_was_loosened(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    archive.add(_session("Uno"))
    data_dir.db_path.chmod(0o644)  # a sync tool or a careless copy loosened it
    archive.add(_session("Dos"))
    assert stat.S_IMODE(data_dir.backup_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.db_path.stat().st_mode) == 0o600


def test_history_holding_a_newer_releases_session_is_never_rewritten(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    archive.add(_session("Uno"))
    data = json.loads(data_dir.db_path.read_text(encoding="utf-8"))
    data["sessions"]["2"] = {"schema_version": 99, "id": "future", "shape": "unknown"}
    raw = json.dumps(data).encode("utf-8")
    data_dir.db_path.write_bytes(raw)
    fresh = SessionArchive(data_dir)
    with pytest.raises(NewerDataError) as caught:
        fresh.add(_session("Dos"))
    assert caught.value.path == data_dir.db_path
    assert os_error_reason(caught.value).startswith("it was written by a newer sessiontui")
    assert data_dir.db_path.read_bytes() == raw
    assert fresh.moved_aside is None
    assert not [p for p in data_dir.path.iterdir() if ".corrupt-" in p.name]


def test_the_script_copy_a_draft_keeps_is_left_out_of_the_history(data_dir: DataDir) -> None:
    session = _session()
    session.script_copy = {"id": "own", "title": "Own", "segments": []}
    SessionArchive(data_dir).add(session)
    stored = stored_session(data_dir, session.id)
    assert stored is not None
    assert stored.script_copy is None
    assert stored.mentee == MENTEE
    assert session.script_copy is not None  # the caller's session is left as it was
