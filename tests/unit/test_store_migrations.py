"""Data written by older releases loads through the migration steps; newer data is refused."""

from __future__ import annotations

import io
import json
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from sessiontui.cli.doctor import run_doctor
from sessiontui.cli.output import Output
from sessiontui.model import SCHEMA_VERSION, Session
from sessiontui.store import migrations
from sessiontui.store.archive import SessionArchive
from sessiontui.store.datadir import DataDir
from sessiontui.store.draft import DraftStore
from sessiontui.store.errors import NewerDataError
from sessiontui.store.legacy import import_legacy
from sessiontui.store.migrations import STEPS, MigrationError, migrate, read_session

V1 = Path(__file__).parent / "data" / "v1"
# A draft the schema-4 release wrote: segment 2, paused, after a pause it did not record.
V4_DRAFT = Path(__file__).parent / "data" / "v4" / "draft.json"
SOURCE = Path("/data/draft.json")


@pytest.fixture
def v1_folder(tmp_path: Path) -> DataDir:
    """A data folder holding the draft and history that sessiontui 0.1.0 wrote."""
    folder = DataDir.open(tmp_path / "data")
    for name in ("draft.json", "sessions.json"):
        shutil.copyfile(V1 / name, folder.path / name)
        (folder.path / name).chmod(0o600)
    return folder


def _v1_draft() -> dict[str, Any]:
    data = json.loads((V1 / "draft.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_there_is_one_step_for_every_older_version() -> None:
    assert sorted(STEPS) == list(range(1, SCHEMA_VERSION))


def test_the_v1_fixtures_really_are_version_1() -> None:
    assert _v1_draft()["schema_version"] == 1
    history = json.loads((V1 / "sessions.json").read_text(encoding="utf-8"))
    assert [d["schema_version"] for d in history["sessions"].values()] == [1, 1]


def test_a_v1_draft_resumes_with_typed_times(v1_folder: DataDir) -> None:
    raw = _v1_draft()
    loaded = DraftStore(v1_folder).load()
    assert loaded.moved_aside is None
    session = loaded.session
    assert session is not None
    assert session.schema_version == SCHEMA_VERSION
    assert session.started_at == datetime.fromisoformat(raw["started_at"])
    assert session.started_at.tzinfo is not None
    assert [n.created_at for n in session.notes] == [
        datetime.fromisoformat(n["created_at"]) for n in raw["notes"]
    ]
    assert [item.text for item in session.action_items] == [
        "Send the CV to Lucía",
        "Introduce to the design lead",
    ]
    # Saving writes the current version; loading it again gives the same session.
    DraftStore(v1_folder).save(session)
    again = json.loads(v1_folder.draft_path.read_text(encoding="utf-8"))
    assert again["schema_version"] == SCHEMA_VERSION
    assert DraftStore(v1_folder).load().session == session


def test_a_v1_history_is_imported_and_extended(v1_folder: DataDir) -> None:
    archive = SessionArchive(v1_folder)
    imported = import_legacy(archive)
    assert imported is not None
    assert imported.imported == 2
    stored = archive.all()
    assert sorted(s.mentee for s in stored) == ["Luis", "María José Núñez"]
    assert all(s.finished_at is not None and s.finished_at.tzinfo for s in stored)
    newer = stored[0].model_copy(update={"id": "0123456789abcdef", "mentee_id": None})
    archive.add(newer.model_copy(update={"mentee": "Ana"}))
    assert sorted(s.mentee for s in SessionArchive(v1_folder).all()) == [
        "Ana",
        "Luis",
        "María José Núñez",
    ]
    assert archive.moved_aside == []
    assert all(archive.layout.row_years_on_disk(e.id) for e in archive.mentees())


def test_doctor_is_happy_with_v1_data(v1_folder: DataDir) -> None:
    out = io.StringIO()
    assert run_doctor(v1_folder.path, Output(out)) == 0
    assert (
        f"warning: {v1_folder.db_path} holds 2 sessions of an earlier release; the next start "
        "moves them to one file per mentee"
    ) in out.getvalue().splitlines()
    import_legacy(SessionArchive(v1_folder))
    out = io.StringIO()
    assert run_doctor(v1_folder.path, Output(out)) == 0
    assert "ok: 2 sessions stored" in out.getvalue().splitlines()


def test_a_naive_time_gets_the_local_offset_and_a_missing_one_the_start() -> None:
    document = _v1_draft()
    document["started_at"] = "2025-03-04T10:15:00"
    del document["notes"][0]["created_at"]
    session = read_session(document, SOURCE)
    assert session.started_at == datetime(2025, 3, 4, 10, 15).astimezone()
    assert session.notes[0].created_at == session.started_at
    assert "created_at" not in document["notes"][0]  # the input is left as it was


def test_a_time_that_is_not_a_time_is_still_invalid() -> None:
    document = _v1_draft()
    document["started_at"] = "yesterday"
    with pytest.raises(ValueError, match="started_at"):
        read_session(document, SOURCE)


def test_a_document_without_a_version_is_version_1() -> None:
    document = _v1_draft()
    del document["schema_version"]
    assert read_session(document, SOURCE).mentee == "Ana"


@pytest.mark.parametrize("version", [0, -1, "2", 2.0, True, None])
def test_a_version_that_is_not_a_version_number_is_invalid(version: object) -> None:
    document = {**_v1_draft(), "schema_version": version}
    with pytest.raises(MigrationError):
        migrate(document, SOURCE)


def test_data_from_a_newer_release_is_refused_naming_the_file() -> None:
    document = {**_v1_draft(), "schema_version": SCHEMA_VERSION + 1}
    with pytest.raises(NewerDataError) as caught:
        migrate(document, SOURCE)
    assert caught.value.path == SOURCE
    assert caught.value.version == SCHEMA_VERSION + 1
    assert "written by a newer sessiontui" in caught.value.reason


def test_steps_run_in_order_from_the_stored_version(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def step(version: int) -> migrations.Step:
        def run(document: dict[str, Any]) -> dict[str, Any]:
            assert document["schema_version"] == version
            seen.append(version)
            return {**document, "trail": [*document.get("trail", []), version]}

        return run

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 4)
    monkeypatch.setattr(migrations, "STEPS", {1: step(1), 2: step(2), 3: step(3)})
    migrated = migrate({"schema_version": 2}, SOURCE)
    assert seen == [2, 3]
    assert migrated == {"schema_version": 4, "trail": [2, 3]}


def test_a_current_document_round_trips_unchanged() -> None:
    document = read_session(_v1_draft(), SOURCE).to_json_dict()
    assert document["schema_version"] == SCHEMA_VERSION
    assert migrate(dict(document), SOURCE) == document
    assert Session.model_validate(document).to_json_dict() == document


V2 = Path(__file__).parent / "data" / "v2"


def test_a_v2_draft_resumes_without_a_script_copy(tmp_path: Path) -> None:
    raw = json.loads((V2 / "draft.json").read_text(encoding="utf-8"))
    assert raw["schema_version"] == 2
    assert "script_copy" not in raw
    folder = DataDir.open(tmp_path / "data")
    shutil.copyfile(V2 / "draft.json", folder.draft_path)
    session = DraftStore(folder).load().session
    assert session is not None
    assert session.schema_version == SCHEMA_VERSION
    assert session.script_copy is None  # its script is looked up by id, as before
    assert [note.text for note in session.notes] == ["draft note"]
    assert [run.visited for run in session.segments] == [s["visited"] for s in raw["segments"]]


def _v4_draft() -> dict[str, Any]:
    data = json.loads(V4_DRAFT.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_the_v4_fixture_really_is_version_4() -> None:
    document = _v4_draft()
    assert document["schema_version"] == 4
    assert "paused_seconds" not in document["clock"]


def test_a_v4_draft_resumes_with_no_pause_counted(tmp_path: Path) -> None:
    folder = DataDir.open(tmp_path / "data")
    shutil.copyfile(V4_DRAFT, folder.draft_path)
    folder.draft_path.chmod(0o600)
    session = DraftStore(folder).load().session
    assert session is not None
    assert session.schema_version == SCHEMA_VERSION
    # Version 4 did not record its pauses: none is counted, the rest is as it was.
    assert session.clock.paused_seconds == 0
    assert (session.clock.current_index, session.clock.started, session.clock.paused) == (
        1,
        True,
        True,
    )
    assert [run.spent_seconds for run in session.segments[:2]] == [330, 300]
    assert [item.text for item in session.action_items] == ["Enviar el CV a Marta"]
    assert [note.text for note in session.notes] == ["Parece cansada"]


def test_the_v4_step_keeps_a_paused_time_already_there() -> None:
    document = {**_v4_draft(), "clock": {**_v4_draft()["clock"], "paused_seconds": 42.0}}
    assert read_session(document, SOURCE).clock.paused_seconds == 42


V5 = Path(__file__).parent / "data" / "v5" / "mentees"


@pytest.fixture
def v5_folder(tmp_path: Path) -> DataDir:
    """A data folder holding the history that the schema-5 release wrote."""
    folder = DataDir.open(tmp_path / "data")
    mentees = folder.path / "mentees"
    shutil.copytree(V5, mentees)
    # As the release left them, private: a checkout gives folders the umask's mode
    # (0755), which doctor rightly reports.
    for path in [mentees, *mentees.rglob("*")]:
        path.chmod(0o700 if path.is_dir() else 0o600)
    return folder


def _ana(folder: DataDir) -> str:
    return next(e.id for e in SessionArchive(folder).mentees() if e.name == "Ana")


def test_the_v5_fixture_really_is_version_5() -> None:
    for path in V5.glob("*/mentee.json"):
        (document,) = json.loads(path.read_text(encoding="utf-8"))["mentee"].values()
        assert document["schema_version"] == 5
        assert document["sessions"]
    assert not list(V5.glob("*/rows"))


def test_a_v5_record_has_its_rows_moved_into_a_file_per_year_at_first_read(
    v5_folder: DataDir,
) -> None:
    out = io.StringIO()
    assert run_doctor(v5_folder.path, Output(out)) == 0  # as the release left it
    ana = _ana(v5_folder)
    layout = SessionArchive(v5_folder).layout
    old_record = layout.record_path(ana).read_bytes()

    record = SessionArchive(v5_folder).record(ana)
    assert [row.started_at.date().isoformat() for row in record.sessions] == [
        "2023-12-17",
        "2024-12-21",
        "2025-01-20",
    ]
    assert layout.row_years_on_disk(ana) == [2023, 2024, 2025]
    (document,) = json.loads(layout.record_path(ana).read_text(encoding="utf-8"))["mentee"].values()
    assert document["schema_version"] == SCHEMA_VERSION
    assert "sessions" not in document
    assert document["session_years"] == {"2023": 1, "2024": 1, "2025": 1}

    # Cut short before the record was rewritten: the move is made again, the same.
    layout.record_path(ana).write_bytes(old_record)
    assert SessionArchive(v5_folder).record(ana) == record

    archive = SessionArchive(v5_folder)
    archive.add(
        Session(
            script_id="regular",
            script_title="Regular",
            mentee="Ana",
            mentee_id=ana,
            started_at=record.sessions[-1].started_at.replace(month=2),
        )
    )
    (entry,) = (e for e in SessionArchive(v5_folder).mentees() if e.id == ana)
    assert entry.session_count == 4
    assert entry.sessions_per_month == {"2024-12": 1, "2025-01": 1, "2025-02": 1}
    assert archive.take_notices() == []
    out = io.StringIO()
    assert run_doctor(v5_folder.path, Output(out)) == 0
    assert "warning" not in out.getvalue()
