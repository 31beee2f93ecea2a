"""`doctor` on the per-mentee history: files readable, index and records agree, nothing
changed by looking."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sessiontui.cli.doctor import run_doctor
from sessiontui.cli.output import Output
from sessiontui.model import Session
from sessiontui.store.archive import SessionArchive
from sessiontui.store.datadir import DataDir

AT = datetime(2025, 3, 14, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _doctor(path: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    return run_doctor(path, Output(out)), out.getvalue().splitlines()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def stored(tmp_path: Path) -> tuple[SessionArchive, str, Session]:
    archive = SessionArchive(DataDir.open(tmp_path / "data"))
    session = Session(script_id="r", script_title="R", mentee="Ana", started_at=AT)
    mentee = archive.add(session)
    archive.add(Session(script_id="r", script_title="R", mentee="Luis", started_at=AT))
    return archive, mentee.id, session


def test_a_listed_session_without_its_file_is_a_problem(
    stored: tuple[SessionArchive, str, Session],
) -> None:
    archive, mentee_id, session = stored
    path = archive.layout.session_path(mentee_id, session.id)
    path.unlink()
    before = _snapshot(archive.layout.data_dir.path)
    status, lines = _doctor(archive.layout.data_dir.path)
    assert status == 1
    assert f"problem: a session of Ana is listed but its file {path} is missing" in lines
    assert "ok: 1 session stored" in lines
    assert _snapshot(archive.layout.data_dir.path) == before


def test_a_session_file_not_in_the_record_is_a_store_cut_short(
    stored: tuple[SessionArchive, str, Session],
) -> None:
    archive, mentee_id, _session = stored
    orphan = archive.layout.sessions_folder(mentee_id) / ("a" * 32 + ".json")
    orphan.write_text('{"sessions": {}}', encoding="utf-8")
    orphan.chmod(0o600)
    status, lines = _doctor(archive.layout.data_dir.path)
    assert status == 0
    assert (
        f"warning: {orphan} is not listed in the record of Ana: a store that was cut short; "
        "finishing that session again lists it"
    ) in lines


def test_an_unreadable_record_is_a_problem_the_app_repairs(
    stored: tuple[SessionArchive, str, Session],
) -> None:
    archive, mentee_id, _session = stored
    path = archive.layout.record_path(mentee_id)
    path.write_bytes(b"{broken")
    status, lines = _doctor(archive.layout.data_dir.path)
    assert status == 1
    (line,) = [line for line in lines if line.startswith(f"problem: {path} cannot be read")]
    assert line.endswith(
        "the next use keeps it aside and restores it from its backup, or rebuilds it from "
        "the stored sessions"
    )
    assert path.read_bytes() == b"{broken"


def test_an_index_out_of_date_is_a_warning(stored: tuple[SessionArchive, str, Session]) -> None:
    archive, mentee_id, _session = stored
    index = archive.layout.index_path
    data = json.loads(index.read_text(encoding="utf-8"))
    for document in data["mentees"].values():
        if document["id"] == mentee_id:
            document["session_count"] = 7
    index.write_text(json.dumps(data), encoding="utf-8")
    status, lines = _doctor(archive.layout.data_dir.path)
    assert status == 0
    assert (
        "warning: the index is out of date for Ana; the next session with them updates it"
    ) in lines
    # Starting a session with her brings it up to date.
    archive = SessionArchive(archive.layout.data_dir)
    archive.relationship_for(mentee_id)
    assert (
        "ok: the index of mentees agrees with their records"
        in _doctor(archive.layout.data_dir.path)[1]
    )


def test_an_index_missing_a_mentee_is_rebuilt_at_the_next_start(
    stored: tuple[SessionArchive, str, Session],
) -> None:
    archive, mentee_id, _session = stored
    index = archive.layout.index_path
    data = json.loads(index.read_text(encoding="utf-8"))
    data["mentees"] = {k: d for k, d in data["mentees"].items() if d["id"] != mentee_id}
    index.write_text(json.dumps(data), encoding="utf-8")
    lines = _doctor(archive.layout.data_dir.path)[1]
    assert (
        "warning: the index of mentees does not list the mentees found; the next start rebuilds it"
    ) in lines
    assert sorted(e.name for e in SessionArchive(archive.layout.data_dir).mentees()) == [
        "Ana",
        "Luis",
    ]


def test_a_link_in_the_history_is_a_problem(stored: tuple[SessionArchive, str, Session]) -> None:
    archive, mentee_id, _session = stored
    link = archive.layout.sessions_folder(mentee_id) / "elsewhere.json"
    link.symlink_to("/etc/passwd")
    status, lines = _doctor(archive.layout.data_dir.path)
    assert status == 1
    assert any(
        line.startswith(f"problem: {link} cannot be used: it is a symbolic link") for line in lines
    )
