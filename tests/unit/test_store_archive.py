"""The history on disk: one index, one record per mentee, one file per session; round
trips, no duplicates, backups, unreadable files set aside, newer data left alone."""

from __future__ import annotations

import json
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.history import stored_session

from sessiontui.model import ActionItem, Feedback, Mentee, Note, Session, Visibility
from sessiontui.store import atomic
from sessiontui.store.archive import SessionArchive, UnknownMentee
from sessiontui.store.datadir import DataDir
from sessiontui.store.errors import CorruptFileError, NewerDataError, os_error_reason
from sessiontui.store.tinydb_storage import AtomicJSONStorage

MENTEE = "María José Núñez 🎉"
MARKUP = "[bold]¡Muy bien![/bold] 👍"
AT = datetime(2025, 1, 20, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _session(mentee: str = MENTEE, at: datetime = AT) -> Session:
    return Session(
        script_id="regular",
        script_title="Sesión regular",
        mentee=mentee,
        started_at=at,
        finished_at=at + timedelta(hours=1),
        feedback=[Feedback(text=MARKUP, visibility=Visibility.PRIVATE, created_at=at)],
        action_items=[ActionItem(text="Leer «El arte» ☕", due=date(2025, 1, 31), created_at=at)],
        notes=[Note(text="[red]ojo[/red] con el año", created_at=at)],
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir.open(tmp_path / "data")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_round_trip_non_ascii_unescaped_in_private_files(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    session = _session()
    mentee = archive.add(session)
    assert mentee.name == MENTEE
    stored = SessionArchive(data_dir).get(session.id)
    assert stored == session.model_copy(update={"mentee_id": mentee.id})
    layout = archive.layout
    files = [
        layout.index_path,
        layout.record_path(mentee.id),
        layout.session_path(mentee.id, session.id),
    ]
    raw = layout.session_path(mentee.id, session.id).read_text(encoding="utf-8")
    for text in (MENTEE, MARKUP, "«El arte» ☕"):
        assert text in raw
    assert "\\u" not in raw
    assert [_mode(path) for path in files] == [0o600] * 3
    folders = [layout.root, layout.mentee_folder(mentee.id), layout.sessions_folder(mentee.id)]
    assert [_mode(path) for path in folders] == [0o700] * 3


def test_nothing_is_touched_until_first_use(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    assert not archive.layout.root.exists()
    assert archive.mentees() == []
    assert archive.count() == 0
    assert not archive.layout.root.exists()


def test_same_id_replaces_instead_of_duplicating(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    first = _session()
    other = _session("Luis", AT + timedelta(days=1))
    ana = archive.add(first)
    archive.add(other)
    # Stored again under another name: it stays with the mentee it belongs to.
    changed = first.model_copy(update={"mentee": "Ana", "summary_text": "hola"})
    assert archive.add(changed).id == ana.id
    assert archive.count() == 2
    assert archive.get(first.id) == changed.model_copy(update={"mentee_id": ana.id})
    assert [s.id for s in archive.all()] == [other.id, first.id]
    assert archive.get("0123456789abcdef") is None
    assert archive.get("../../etc/passwd") is None


def test_a_session_without_a_mentee_id_joins_the_mentee_of_its_name(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    first = archive.add(_session("Ana  Pérez"))
    again = archive.add(_session(" ana pérez ", AT + timedelta(days=7)))
    other = archive.add(_session("Luis", AT + timedelta(days=8)))
    assert again.id == first.id
    assert other.id != first.id
    assert [(e.name, e.session_count) for e in archive.mentees()] == [
        ("Luis", 1),
        ("Ana Pérez", 2),
    ]


def test_a_session_with_a_mentee_id_is_stored_with_that_mentee(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    one = archive.create_mentee(Mentee(created_at=AT, name="Ana", email="ana@one.example"))
    two = archive.create_mentee(Mentee(created_at=AT, name="Ana", email="ana@two.example"))
    session = _session("Ana").model_copy(update={"mentee_id": two.id})
    assert archive.add(session).id == two.id
    assert [row.id for row in archive.record(two.id).sessions] == [session.id]
    assert archive.record(one.id).sessions == []
    with pytest.raises(UnknownMentee):
        archive.record("0123456789abcdef")


def test_add_writes_the_session_its_years_rows_the_record_and_the_index_once_each(
    data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = SessionArchive(data_dir)
    mentee = archive.add(_session())
    writes: list[Path] = []
    real = atomic.atomic_write_bytes

    def counting(path: Path, data: bytes) -> None:
        writes.append(path)
        real(path, data)

    monkeypatch.setattr("sessiontui.store.tinydb_storage.atomic_write_bytes", counting)
    session = _session(MENTEE, AT + timedelta(days=7))
    archive.add(session)
    layout = archive.layout
    assert writes == [
        layout.session_path(mentee.id, session.id),
        layout.rows_path(mentee.id, session.started_at.year),
        layout.record_path(mentee.id),
        layout.index_path,
    ]


def test_the_list_of_mentees_reads_the_index_alone(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    mentee = archive.add(_session())
    record_path = archive.layout.record_path(mentee.id)
    record_path.write_bytes(b"{damaged")
    fresh = SessionArchive(data_dir)
    assert [e.name for e in fresh.mentees()] == [MENTEE]
    assert record_path.read_bytes() == b"{damaged"  # not even opened
    assert fresh.moved_aside == []


def test_backup_keeps_previous_good_copy_of_a_record(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    mentee = archive.add(_session())
    path = archive.layout.record_path(mentee.id)
    before = path.read_bytes()
    archive.add(_session(MENTEE, AT + timedelta(days=7)))
    backup = path.with_name(path.name + ".bak")
    assert backup.read_bytes() == before
    assert _mode(backup) == 0o600


@pytest.mark.parametrize("content", [b'{"mentees": {"1": {"id": "x"', b"\xff\xfe garbage", b"[]"])
def test_an_unreadable_index_is_set_aside_and_rebuilt_from_the_records(
    data_dir: DataDir, content: bytes
) -> None:
    archive = SessionArchive(data_dir)
    ana = archive.add(_session("Ana"))
    luis = archive.add(_session("Luis", AT + timedelta(days=1)))
    expected = archive.mentees()
    archive.layout.index_path.write_bytes(content)
    fresh = SessionArchive(data_dir)
    assert fresh.mentees() == expected
    (moved,) = fresh.moved_aside
    assert moved.parent == archive.layout.root
    assert moved.name.startswith("index.json.corrupt-")
    assert moved.read_bytes() == content
    assert [e.id for e in expected] == [luis.id, ana.id]
    assert any("kept aside" in line for line in fresh.take_notices())
    assert fresh.take_notices() == []


def test_an_index_line_with_an_unsafe_id_gets_the_index_rebuilt(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    archive.add(_session("Ana"))
    path = archive.layout.index_path
    data = json.loads(path.read_text(encoding="utf-8"))
    data["mentees"]["1"]["id"] = "../../outside"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert [e.name for e in SessionArchive(data_dir).mentees()] == ["Ana"]
    assert "outside" not in path.read_text(encoding="utf-8")


def test_a_store_keeps_the_other_index_lines_as_read_and_the_next_listing_repairs_them(
    data_dir: DataDir,
) -> None:
    archive = SessionArchive(data_dir)
    ana = archive.add(_session("Ana"))
    archive.add(_session("Luis", AT + timedelta(days=1)))
    path = archive.layout.index_path
    data = json.loads(path.read_text(encoding="utf-8"))
    luis_line = next(line for line in data["mentees"].values() if line["name"] == "Luis")
    luis_line["id"] = "../../outside"
    path.write_text(json.dumps(data), encoding="utf-8")
    # As the app stores a session: its mentee already known (no lookup by name).
    later = _session("Ana", AT + timedelta(days=7)).model_copy(update={"mentee_id": ana.id})
    SessionArchive(data_dir).add(later)
    # Storing Ana's session rewrote her line and left Luis's as it was ...
    assert "outside" in path.read_text(encoding="utf-8")
    # ... and the listing, which reads every line, rebuilds the index from the records.
    listed = SessionArchive(data_dir).mentees()
    assert [(e.name, e.session_count) for e in listed] == [("Ana", 2), ("Luis", 1)]
    assert "outside" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "content", [b'{"mentees": {"1": {"id": "x"', b"[]", b'{"mentees": {"1": 3}}']
)
def test_a_store_onto_an_unreadable_index_rebuilds_it(data_dir: DataDir, content: bytes) -> None:
    archive = SessionArchive(data_dir)
    archive.add(_session("Ana"))
    archive.layout.index_path.write_bytes(content)
    SessionArchive(data_dir).add(_session("Luis", AT + timedelta(days=1)))
    index = json.loads(archive.layout.index_path.read_text(encoding="utf-8"))
    assert sorted(line["name"] for line in index["mentees"].values()) == ["Ana", "Luis"]


def test_an_unreadable_record_is_set_aside_and_restored_from_its_backup(
    data_dir: DataDir,
) -> None:
    archive = SessionArchive(data_dir)
    mentee = archive.add(_session())
    archive.update_mentee(mentee.model_copy(update={"private_notes": "Prefers mornings"}))
    path = archive.layout.record_path(mentee.id)
    good = SessionArchive(data_dir).record(mentee.id)
    path.write_bytes(path.read_bytes()[:40])
    fresh = SessionArchive(data_dir)
    restored = fresh.record(mentee.id)
    # The backup is the copy before the last write: the session, not yet the notes.
    assert restored.sessions == good.sessions
    assert restored.mentee.private_notes == ""
    (moved,) = fresh.moved_aside
    assert moved.name.startswith("mentee.json.corrupt-")
    assert fresh.take_notices()[-1] == f"The record of {MENTEE} was restored from its backup"
    assert SessionArchive(data_dir).record(mentee.id) == restored


def test_a_record_without_a_backup_is_rebuilt_from_its_sessions(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    mentee = archive.add(_session())
    archive.add(_session(MENTEE, AT + timedelta(days=7)))
    expected = archive.record(mentee.id)
    path = archive.layout.record_path(mentee.id)
    path.write_bytes(b"null")
    path.with_name(path.name + ".bak").unlink()
    fresh = SessionArchive(data_dir)
    rebuilt = fresh.record(mentee.id)
    assert rebuilt.sessions == expected.sessions
    assert rebuilt.carried == expected.carried
    assert rebuilt.mentee.name == MENTEE
    assert fresh.take_notices()[-1] == (
        f"The record of {MENTEE} was rebuilt from its stored sessions"
    )


def test_an_unreadable_session_file_is_set_aside(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    session = _session()
    mentee = archive.add(session)
    path = archive.layout.session_path(mentee.id, session.id)
    path.write_bytes(b'{"sessions": []}')
    fresh = SessionArchive(data_dir)
    assert fresh.get(session.id) is None
    (moved,) = fresh.moved_aside
    assert moved.read_bytes() == b'{"sessions": []}'
    assert fresh.record(mentee.id).sessions[0].id == session.id  # still listed


def test_a_session_that_does_not_validate_is_skipped_not_fatal(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    good = _session()
    mentee = archive.add(good)
    bad = _session(MENTEE, AT + timedelta(days=7))
    archive.add(bad)
    path = archive.layout.session_path(mentee.id, bad.id)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sessions"]["1"]["unexpected"] = True
    path.write_text(json.dumps(data), encoding="utf-8")
    assert [s.id for s in SessionArchive(data_dir).all()] == [good.id]


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


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"sessions": []}', "table 'sessions' is not a JSON object"),
        (b'{"sessions": null}', "table 'sessions' is not a JSON object"),
        (b'{"sessions": {"abc": {"id": "x"}}}', "document key 'abc' is not a number"),
        (b'{"sessions": {"1": "not a document"}}', "document 1 is not a JSON object"),
        (b"null", "not a JSON object"),
        (b"not json", "Expecting value: line 1 column 1 (char 0)"),
    ],
    ids=["list", "null", "key-not-a-number", "document-not-an-object", "top-null", "not-json"],
)
def test_storage_refuses_a_file_of_the_wrong_shape(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(content)
    with pytest.raises(CorruptFileError) as caught:
        AtomicJSONStorage(path).read()
    assert caught.value.reason == reason
    assert caught.value.path == path
    assert path.read_bytes() == content


def test_the_backup_is_private_even_when_the_record_was_loosened(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    mentee = archive.add(_session())
    path = archive.layout.record_path(mentee.id)
    path.chmod(0o644)  # a sync tool or a careless copy loosened it
    archive.add(_session(MENTEE, AT + timedelta(days=7)))
    assert _mode(path.with_name(path.name + ".bak")) == 0o600
    assert _mode(path) == 0o600


def test_a_record_from_a_newer_release_is_never_rewritten(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    mentee = archive.add(_session())
    path = archive.layout.record_path(mentee.id)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["mentee"]["1"]["schema_version"] = 99
    raw = json.dumps(data).encode("utf-8")
    path.write_bytes(raw)
    fresh = SessionArchive(data_dir)
    with pytest.raises(NewerDataError) as caught:
        fresh.add(_session(MENTEE, AT + timedelta(days=7)))
    assert caught.value.path == path
    assert os_error_reason(caught.value).startswith("it was written by a newer sessiontui")
    assert path.read_bytes() == raw
    assert fresh.moved_aside == []
    assert [e.name for e in fresh.mentees()] == [MENTEE]  # the index still lists them


def test_mentees_are_listed_latest_session_first_then_by_name(data_dir: DataDir) -> None:
    archive = SessionArchive(data_dir)
    archive.create_mentee(Mentee(created_at=AT, name="zoe"))
    archive.create_mentee(Mentee(created_at=AT, name="Bea"))
    archive.add(_session("Old", AT))
    archive.add(_session("Recent", AT + timedelta(days=3)))
    assert [e.name for e in archive.mentees()] == ["Recent", "Old", "Bea", "zoe"]


def test_the_script_copy_a_draft_keeps_is_left_out_of_the_history(data_dir: DataDir) -> None:
    session = _session()
    session.script_copy = {"id": "own", "title": "Own", "segments": []}
    SessionArchive(data_dir).add(session)
    stored = stored_session(data_dir, session.id)
    assert stored is not None
    assert stored.script_copy is None
    assert stored.mentee == MENTEE
    assert session.script_copy is not None  # the caller's session is left as it was
