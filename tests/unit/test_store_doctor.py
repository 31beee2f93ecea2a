"""`doctor` reports on the data folder without changing anything."""

from __future__ import annotations

import io
import json
import os
import shutil
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sessiontui.cli.doctor import run_doctor
from sessiontui.cli.output import Output
from sessiontui.crashlog import write_crash_log
from sessiontui.model import Session
from sessiontui.store.archive import SessionArchive
from sessiontui.store.atomic import temp_path_for
from sessiontui.store.datadir import DataDir
from sessiontui.store.draft import DraftStore
from sessiontui.store.files import ensure_private_dir
from sessiontui.store.lock import DataDirLock

STARTED = datetime(2025, 3, 14, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _doctor(path: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = run_doctor(path, Output(out))
    return status, out.getvalue().splitlines()


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"", p.stat().st_mode)
        for p in sorted(folder.rglob("*"))
    }


def _session(mentee: str) -> Session:
    return Session(script_id="regular", script_title="Regular", mentee=mentee, started_at=STARTED)


@pytest.fixture
def healthy(tmp_path: Path) -> DataDir:
    data_dir = DataDir.open(tmp_path / "data")
    archive = SessionArchive(data_dir)
    archive.add(_session("Ana"))
    archive.add(_session("Luis"))
    ensure_private_dir(data_dir.summaries_dir, follow_symlinks=False)
    return data_dir


def _record_path(data_dir: DataDir, name: str) -> Path:
    archive = SessionArchive(data_dir)
    entry = next(e for e in archive.mentees() if e.name == name)
    return archive.layout.record_path(entry.id)


def test_healthy_folder(healthy: DataDir) -> None:
    before = _snapshot(healthy.path)
    status, lines = _doctor(healthy.path)
    assert status == 0
    assert all(line.startswith("ok: ") for line in lines), lines
    assert f"ok: data folder {healthy.path} is private (0700)" in lines
    assert "ok: 2 sessions stored" in lines
    assert "ok: the index of mentees agrees with their records" in lines
    assert "ok: all 10 files are private (0600)" in lines
    assert "ok: no interrupted session" in lines
    assert "ok: not in use by any running sessiontui" in lines
    assert _snapshot(healthy.path) == before


def test_loose_permissions_are_problems_with_the_fix(healthy: DataDir) -> None:
    db = _record_path(healthy, "Ana")
    healthy.path.chmod(0o755)
    db.chmod(0o644)
    healthy.summaries_dir.chmod(0o750)
    db.parent.chmod(0o755)
    status, lines = _doctor(healthy.path)
    assert status == 1
    path, summaries, mentee = healthy.path, healthy.summaries_dir, db.parent
    assert (
        f"problem: folder {path} can be read by others (mode 0755); fix: chmod 700 {path}"
    ) in lines
    assert (f"problem: file {db} can be read by others (mode 0644); fix: chmod 600 {db}") in lines
    assert (
        f"problem: folder {summaries} can be read by others (mode 0750); fix: chmod 700 {summaries}"
    ) in lines
    assert (
        f"problem: folder {mentee} can be read by others (mode 0755); fix: chmod 700 {mentee}"
    ) in lines
    assert oct(db.stat().st_mode & 0o777) == oct(0o644)  # reported, not changed


def test_corrupt_index_and_draft_and_leftovers(healthy: DataDir) -> None:
    index = SessionArchive(healthy).layout.index_path
    index.write_bytes(b'{"mentees": {"1": ')
    healthy.draft_path.write_bytes(b"\xff not json")
    leftover = temp_path_for(healthy.db_path)
    leftover.write_bytes(b"half")
    half_draft = temp_path_for(healthy.draft_path)
    half_draft.write_bytes(b'{"schema_version": 2, "id": "x", "mentee": "A')
    kept = healthy.path / "draft.json.corrupt-20250101T000000"
    kept.write_bytes(b"old")
    for path in (index, healthy.draft_path, leftover, half_draft, kept):
        path.chmod(0o600)
    before = _snapshot(healthy.path)
    status, lines = _doctor(healthy.path)
    assert status == 1
    problems = [line for line in lines if line.startswith("problem: ")]
    assert len(problems) == 2
    assert problems[0].startswith(f"problem: {index} cannot be read (")
    assert problems[0].endswith(
        "the next start keeps it aside and rebuilds it from the mentees' records"
    )
    assert problems[1].startswith(
        f"problem: the interrupted session {healthy.draft_path} cannot be read ("
    )
    assert (
        f"warning: leftover temporary file from an interrupted save: {leftover} (safe to delete)"
    ) in lines
    assert (
        f"warning: {half_draft} is a save that never finished: it holds no whole session "
        "and cannot be resumed"
    ) in lines
    assert f"warning: unreadable file kept aside: {kept}" in lines
    assert _snapshot(healthy.path) == before


def test_a_crash_log_is_named_for_a_bug_report(healthy: DataDir) -> None:
    log = write_crash_log(healthy.path, ValueError("x"), STARTED)
    assert log is not None
    status, lines = _doctor(healthy.path)
    assert status == 0
    assert (
        f"warning: crash log of an unexpected error: {log} (it holds no session text: attach "
        "it to a bug report, then delete it)"
    ) in lines


def test_interrupted_session_is_a_warning(healthy: DataDir) -> None:
    DraftStore(healthy).save(_session("Núñez"))
    status, lines = _doctor(healthy.path)
    assert status == 0
    waiting = [line for line in lines if line.startswith("warning: an interrupted session")]
    assert len(waiting) == 1
    assert "Núñez" in waiting[0]


def test_running_session_is_reported_with_its_pid(healthy: DataDir) -> None:
    with DataDirLock(healthy):
        DraftStore(healthy).save(_session("Ana"))
        status, lines = _doctor(healthy.path)
    assert status == 0
    (held,) = [line for line in lines if line.startswith("ok: in use by a running sessiontui")]
    assert held.startswith(f"ok: in use by a running sessiontui: pid {os.getpid()}, "), held
    assert held.endswith(f"if it no longer responds, end it with: kill {os.getpid()}"), held
    assert "ok: a session is in progress" in lines


def _legacy(data_dir: DataDir, *sessions: Session) -> None:
    """The single history file of earlier releases, holding `sessions`."""
    documents = {str(n): s.to_json_dict() for n, s in enumerate(sessions, 1)}
    data_dir.db_path.write_text(json.dumps({"sessions": documents}), encoding="utf-8")
    data_dir.db_path.chmod(0o600)


def test_an_old_history_not_yet_moved_is_a_warning(tmp_path: Path) -> None:
    data_dir = DataDir.open(tmp_path / "data")
    _legacy(data_dir, _session("Ana"), _session("Luis"))
    data = json.loads(data_dir.db_path.read_text(encoding="utf-8"))
    data["sessions"]["9"] = {"id": "from-the-future", "unknown_field": 1}
    data_dir.db_path.write_text(json.dumps(data), encoding="utf-8")
    status, lines = _doctor(data_dir.path)
    assert status == 0
    assert (
        f"warning: {data_dir.db_path} holds 2 sessions of an earlier release; the next start "
        "moves them to one file per mentee"
    ) in lines
    assert "warning: 1 stored session cannot be read by this version and is not shown" in lines
    assert "ok: no sessions stored yet" not in lines


def test_report_in_spanish(healthy: DataDir, ui_language: Callable[[str], None]) -> None:
    ui_language("es")
    status, lines = _doctor(healthy.path)
    assert status == 0
    assert "bien: 2 sesiones guardadas" in lines
    assert f"bien: la carpeta de datos {healthy.path} es privada (0700)" in lines


def _one_of_each(tmp_path: Path) -> DataDir:
    """A data folder holding one session of an earlier release: the only file."""
    data_dir = DataDir.open(tmp_path / "data")
    _legacy(data_dir, _session("Ana"))
    return data_dir


def test_counts_of_one_are_singular(tmp_path: Path, ui_language: Callable[[str], None]) -> None:
    data_dir = _one_of_each(tmp_path)
    assert sorted(p.name for p in data_dir.path.iterdir()) == [data_dir.db_path.name]
    lines = _doctor(data_dir.path)[1]
    assert (
        f"warning: {data_dir.db_path} holds 1 session of an earlier release; the next start "
        "moves it to one file per mentee"
    ) in lines
    SessionArchive(data_dir).add(_session("Ana"))
    data_dir.db_path.unlink()
    lines = _doctor(data_dir.path)[1]
    assert "ok: 1 session stored" in lines
    assert "ok: all 6 files are private (0600)" in lines
    other = DataDir.open(tmp_path / "other")
    (other.path / "only.json").write_bytes(b"{}")
    (other.path / "only.json").chmod(0o600)
    assert "ok: the only file is private (0600)" in _doctor(other.path)[1]
    ui_language("es")
    lines = _doctor(data_dir.path)[1]
    assert "bien: 1 sesión guardada" in lines


def test_a_draft_with_one_invalid_field_says_field(
    tmp_path: Path, ui_language: Callable[[str], None]
) -> None:
    data_dir = _one_of_each(tmp_path)
    draft = _session("Ana").to_json_dict() | {"mentee": 7}
    data_dir.draft_path.write_text(json.dumps(draft), encoding="utf-8")
    data_dir.draft_path.chmod(0o600)
    path = data_dir.draft_path
    expected = f"the interrupted session {path} cannot be read (1 invalid field);"
    assert any(line.startswith(f"problem: {expected}") for line in _doctor(data_dir.path)[1])
    ui_language("es")
    expected = f"la sesión interrumpida {path} no se puede leer (1 campo no válido);"
    assert any(line.startswith(f"problema: {expected}") for line in _doctor(data_dir.path)[1])


def test_the_interrupted_sessions_start_is_written_out(
    healthy: DataDir, ui_language: Callable[[str], None]
) -> None:
    started = datetime(2026, 11, 27, 10, 5, tzinfo=timezone(timedelta(hours=1)))
    session = _session("Ana").model_copy(update={"started_at": started})
    DraftStore(healthy).save(session)
    assert "started Nov 27, 2026, 10:05\u202fAM)" in "\n".join(_doctor(healthy.path)[1])
    ui_language("es")
    assert "empezada 27 nov 2026, 10:05)" in "\n".join(_doctor(healthy.path)[1])


def test_missing_folder_is_reported_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    status, lines = _doctor(missing)
    assert status == 0
    assert lines == [
        f"warning: data folder {missing} does not exist yet; it is created when a session starts"
    ]
    assert not missing.exists()


def test_a_file_instead_of_a_folder_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x")
    status, lines = _doctor(path)
    assert status == 1
    assert lines == [
        f"problem: {path} is a file, not a folder; move it away or choose another --data-dir"
    ]


def test_unlistable_folder_is_a_problem_not_a_crash(
    healthy: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Root can list any folder, so refuse the listing the way a non-owner would see it.
    def refuse(self: Path) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    status, lines = _doctor(healthy.path)
    assert status == 1
    assert lines[-1] == f"problem: cannot look inside {healthy.path}: permission denied"


def test_a_temp_draft_is_described_by_what_it_holds(healthy: DataDir) -> None:
    # A save cut short before its rename: the temp file is the only copy of the session.
    temp = temp_path_for(healthy.draft_path)
    temp.write_text(json.dumps(_session("Rosa").to_json_dict()), encoding="utf-8")
    temp.chmod(0o600)
    status, lines = _doctor(healthy.path)
    assert status == 0
    assert (
        f"warning: {temp} holds the latest state of the interrupted session (mentee Rosa, "
        "started Mar 14, 2025, 10:00\u202fAM), cut short while saving: the next start recovers it "
        "and offers to resume it"
    ) in lines
    assert not any("safe to delete" in line for line in lines)


def test_a_temp_draft_older_than_the_draft_is_not_needed(healthy: DataDir) -> None:
    session = _session("Rosa")
    temp = temp_path_for(healthy.draft_path)
    temp.write_text(json.dumps(session.to_json_dict()), encoding="utf-8")
    os.utime(temp, ns=(1, 1))
    DraftStore(healthy).save(session.model_copy(update={"mentee": "Rosa Ibáñez"}))
    other = temp_path_for(healthy.draft_path)
    other.write_text(json.dumps(_session("Someone else").to_json_dict()), encoding="utf-8")
    _, lines = _doctor(healthy.path)
    assert (
        f"warning: {temp} holds an older copy of the interrupted session than draft.json; "
        "it is not needed (safe to delete)"
    ) in lines
    assert (
        f"warning: {other} holds another session (mentee Someone else, started "
        "Mar 14, 2025, 10:00\u202fAM) than the interrupted one; it is kept for you to look at"
    ) in lines


def test_an_old_history_of_the_wrong_shape_is_a_problem(healthy: DataDir) -> None:
    healthy.db_path.write_text('{"sessions": {"abc": {"id": "x"}}}', encoding="utf-8")
    status, lines = _doctor(healthy.path)
    assert status == 1
    assert (
        f"problem: history {healthy.db_path} cannot be read (document key 'abc' is not a "
        "number); the next start keeps it aside and begins a new one"
    ) in lines


def test_a_summaries_link_is_a_problem(healthy: DataDir) -> None:
    shutil.rmtree(healthy.summaries_dir)
    healthy.summaries_dir.symlink_to("/tmp")
    status, lines = _doctor(healthy.path)
    assert status == 1
    assert (
        f"problem: {healthy.summaries_dir} cannot be used: it is a symbolic link (to /tmp); "
        "links are not followed here; summaries are not saved there until it is a folder "
        "of its own"
    ) in lines
