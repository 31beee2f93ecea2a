"""The single history file of the previous release moves to one file per mentee on first
start, without losing a record; the old file is kept and the mentor told."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from sessiontui.model import SCHEMA_VERSION, CarryKind, Session
from sessiontui.store.archive import SessionArchive
from sessiontui.store.datadir import DataDir
from sessiontui.store.draft import DraftStore
from sessiontui.store.errors import NewerDataError
from sessiontui.store.legacy import STAGING_NAME, import_legacy, open_archive

V2 = Path(__file__).parent / "data" / "v2"


@pytest.fixture
def v2_folder(tmp_path: Path) -> DataDir:
    """A data folder as the previous release (schema 2) left it: a history and a draft."""
    folder = DataDir.open(tmp_path / "data")
    for name in ("draft.json", "sessions.json"):
        shutil.copyfile(V2 / name, folder.path / name)
        (folder.path / name).chmod(0o600)
    return folder


def _legacy_documents() -> list[dict[str, Any]]:
    data = json.loads((V2 / "sessions.json").read_text(encoding="utf-8"))
    return list(data["sessions"].values())


def test_the_fixture_was_written_by_the_previous_release() -> None:
    assert [d["schema_version"] for d in _legacy_documents()] == [2, 2, 2, 2]
    draft = json.loads((V2 / "draft.json").read_text(encoding="utf-8"))
    assert draft["schema_version"] == 2
    assert "mentee_id" not in draft


def test_every_session_is_imported_grouped_by_mentee(v2_folder: DataDir) -> None:
    original = (V2 / "sessions.json").read_bytes()
    archive = SessionArchive(v2_folder)
    imported = import_legacy(archive)
    assert imported is not None
    assert (imported.imported, imported.left_out) == (4, 0)

    entries = archive.mentees()
    assert [(e.name, e.session_count) for e in entries] == [
        ("", 1),
        ("maría josé núñez", 2),
        ("Luis", 1),
    ]
    # Nothing lost: every stored session is the old one, now tied to its mentee.
    by_id = {s.id: s for s in archive.all()}
    assert len(by_id) == 4
    for document in _legacy_documents():
        stored = by_id[document["id"]]
        assert stored.mentee_id is not None
        expected = {**document, "schema_version": SCHEMA_VERSION, "mentee_id": stored.mentee_id}
        assert stored == Session.model_validate(expected)
    # The old file is kept byte for byte; the app no longer reads it.
    assert not v2_folder.db_path.exists()
    assert imported.kept_at == v2_folder.path / "sessions.json.before-mentees"
    assert imported.kept_at.read_bytes() == original
    assert imported.notice() == (
        "Your history (4 sessions) now has one file per mentee; the old file is kept at "
        f"{imported.kept_at}"
    )
    assert not (v2_folder.path / STAGING_NAME).exists()


def test_the_open_items_of_each_mentees_latest_session_carry_over(v2_folder: DataDir) -> None:
    archive = SessionArchive(v2_folder)
    import_legacy(archive)
    entry = next(e for e in archive.mentees() if e.name == "maría josé núñez")
    record = archive.record(entry.id)
    open_items = [(item.kind, item.text) for item in record.open_items()]
    # From her second session only; the first one's stay in it, as the old release left them.
    assert open_items == [
        (CarryKind.ACTION, "Draft the talk outline"),
        (CarryKind.ACTION, "PRIVATE-ACTION-MARKER talk to HR"),
    ]
    assert entry.open_actions == 2
    assert entry.open_shared_actions == 1
    first = archive.session(entry.id, record.sessions[0].id)
    assert first is not None
    assert [item.text for item in first.action_items if not item.done] == [
        "Send the CV to Lucía",
        "Read «Radical Candor» ☕",
    ]
    # The next session with her starts from them.
    carried = archive.relationship_for(entry.id).carried
    assert [item.text for item in carried] == [text for _kind, text in open_items]


def test_the_old_draft_resumes_and_is_stored_with_its_mentee(v2_folder: DataDir) -> None:
    archive = SessionArchive(v2_folder)
    import_legacy(archive)
    draft = DraftStore(v2_folder).load().session
    assert draft is not None
    assert draft.schema_version == SCHEMA_VERSION
    assert (draft.mentee, draft.mentee_id) == ("Luis", None)
    luis = archive.add(draft)
    assert luis.name == "Luis"
    entry = next(e for e in archive.mentees() if e.id == luis.id)
    assert entry.session_count == 2


def test_a_second_start_has_nothing_to_import(v2_folder: DataDir) -> None:
    archive = SessionArchive(v2_folder)
    assert open_archive(archive)[0].startswith("Your history (4 sessions)")
    before = sorted(p.name for p in archive.layout.root.iterdir())
    assert open_archive(SessionArchive(v2_folder)) == []
    assert sorted(p.name for p in archive.layout.root.iterdir()) == before


def test_an_import_cut_short_leaves_the_old_file_and_is_done_again(
    v2_folder: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = v2_folder.db_path.read_bytes()

    def crash(source: os.PathLike[str] | str, target: os.PathLike[str] | str) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(os, "rename", crash)
    with pytest.raises(OSError, match="power cut"):
        import_legacy(SessionArchive(v2_folder))
    assert v2_folder.db_path.read_bytes() == original
    assert not SessionArchive(v2_folder).layout.root.exists()
    assert (v2_folder.path / STAGING_NAME).exists()  # the half-done import, not used

    monkeypatch.undo()
    archive = SessionArchive(v2_folder)
    imported = import_legacy(archive)
    assert imported is not None
    assert imported.imported == 4
    assert archive.count() == 4
    assert not (v2_folder.path / STAGING_NAME).exists()


def test_sessions_an_older_release_stored_since_are_added(v2_folder: DataDir) -> None:
    archive = SessionArchive(v2_folder)
    import_legacy(archive)
    luis = next(e for e in archive.mentees() if e.name == "Luis")
    # The previous release is run again: it starts a new single file.
    newer = json.loads((V2 / "sessions.json").read_text(encoding="utf-8"))
    luis_document = next(d for d in newer["sessions"].values() if d["mentee"] == "Luis")
    extra = {**luis_document, "id": "a" * 32, "started_at": "2026-02-03T18:30:00+01:00"}
    newer = {"sessions": {"1": luis_document, "2": extra}}
    v2_folder.db_path.write_text(json.dumps(newer), encoding="utf-8")
    imported = import_legacy(archive)
    assert imported is not None
    assert imported.kept_at.name == "sessions.json.before-mentees-2"
    assert archive.count() == 5
    assert [row.id for row in archive.record(luis.id).sessions] == [luis_document["id"], "a" * 32]


def test_records_this_version_cannot_read_stay_in_the_kept_file(v2_folder: DataDir) -> None:
    data = json.loads(v2_folder.db_path.read_text(encoding="utf-8"))
    data["sessions"]["9"] = {"id": "broken", "unexpected": True}
    v2_folder.db_path.write_text(json.dumps(data), encoding="utf-8")
    imported = import_legacy(SessionArchive(v2_folder))
    assert imported is not None
    assert (imported.imported, imported.left_out) == (4, 1)
    assert "(1 stored session could not be read by this version and stays only there)" in (
        imported.notice()
    )
    assert "broken" in imported.kept_at.read_text(encoding="utf-8")


def test_an_unreadable_old_file_is_kept_aside(v2_folder: DataDir) -> None:
    v2_folder.db_path.write_bytes(b'{"sessions": {"1": ')
    archive = SessionArchive(v2_folder)
    imported = import_legacy(archive)
    assert imported is not None
    assert imported.unreadable
    assert imported.kept_at.name.startswith("sessions.json.corrupt-")
    assert imported.kept_at.read_bytes() == b'{"sessions": {"1": '
    assert archive.mentees() == []


def test_an_old_file_from_a_newer_release_is_left_untouched(v2_folder: DataDir) -> None:
    data = json.loads(v2_folder.db_path.read_text(encoding="utf-8"))
    data["sessions"]["1"]["schema_version"] = 99
    raw = json.dumps(data).encode("utf-8")
    v2_folder.db_path.write_bytes(raw)
    with pytest.raises(NewerDataError):
        import_legacy(SessionArchive(v2_folder))
    assert v2_folder.db_path.read_bytes() == raw
    assert not SessionArchive(v2_folder).layout.root.exists()


def test_a_session_id_that_cannot_name_a_file_gets_a_new_one(v2_folder: DataDir) -> None:
    data = json.loads(v2_folder.db_path.read_text(encoding="utf-8"))
    data["sessions"]["1"]["id"] = "../../escape"
    v2_folder.db_path.write_text(json.dumps(data), encoding="utf-8")
    archive = SessionArchive(v2_folder)
    import_legacy(archive)
    assert archive.count() == 4
    assert all(".." not in s.id for s in archive.all())
    assert not (v2_folder.path.parent / "escape.json").exists()


V3 = Path(__file__).parent / "data" / "v3"


@pytest.fixture
def v3_folder(tmp_path: Path) -> DataDir:
    """A data folder as the last single-file release (schema 3) left it."""
    folder = DataDir.open(tmp_path / "data")
    for name in ("draft.json", "sessions.json"):
        shutil.copyfile(V3 / name, folder.path / name)
        (folder.path / name).chmod(0o600)
    return folder


def test_a_v3_history_is_imported_under_one_mentee(v3_folder: DataDir) -> None:
    data = json.loads((V3 / "sessions.json").read_text(encoding="utf-8"))
    documents = list(data["sessions"].values())
    assert [d["schema_version"] for d in documents] == [3, 3]
    archive = SessionArchive(v3_folder)
    imported = import_legacy(archive)
    assert imported is not None
    assert (imported.imported, imported.left_out) == (2, 0)
    [entry] = archive.mentees()
    assert (entry.name, entry.session_count) == ("noa ibáñez", 2)
    by_id = {s.id: s for s in archive.all()}
    for document in documents:
        stored = by_id[document["id"]]
        expected = {**document, "schema_version": SCHEMA_VERSION, "mentee_id": entry.id}
        assert stored == Session.model_validate(expected)
        assert stored.script_copy is None
    # The second session's open shared and private items carry over.
    assert [item.text for item in archive.relationship_for(entry.id).carried] == [
        "PRIVATE-ACTION-MARKER check the salary band",
        "Write the one-page plan",
    ]


def test_a_v3_draft_keeps_its_script_copy_and_is_stored_with_its_mentee(
    v3_folder: DataDir,
) -> None:
    archive = SessionArchive(v3_folder)
    import_legacy(archive)
    draft = DraftStore(v3_folder).load().session
    assert draft is not None
    assert draft.schema_version == SCHEMA_VERSION
    assert draft.script_copy is not None
    assert draft.script_copy["id"] == draft.script_id == "career-move"
    assert [note.text for note in draft.notes] == ["draft note"]
    noa = archive.add(draft)
    [entry] = archive.mentees()
    assert (noa.id, entry.session_count) == (entry.id, 3)
    stored = archive.get(draft.id)
    assert stored is not None
    assert stored.script_copy is None
