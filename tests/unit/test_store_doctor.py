"""`doctor` reports on the data folder without changing anything."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from sessiontui.i18n import set_language
from sessiontui.model import Language, Session
from sessiontui.store.archive import SessionArchive
from sessiontui.store.atomic import temp_path_for
from sessiontui.store.datadir import DataDir
from sessiontui.store.doctor import run_doctor
from sessiontui.store.draft import DraftStore
from sessiontui.store.lock import DataDirLock


def _doctor(path: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = run_doctor(path, out)
    return status, out.getvalue().splitlines()


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"", p.stat().st_mode)
        for p in sorted(folder.rglob("*"))
    }


def _session(mentee: str) -> Session:
    return Session(script_id="regular", script_title="Regular", mentee=mentee)


@pytest.fixture
def healthy(tmp_path: Path) -> DataDir:
    data_dir = DataDir.open(tmp_path / "data")
    archive = SessionArchive(data_dir)
    archive.add(_session("Ana"))
    archive.add(_session("Luis"))
    data_dir.ensure_summaries_dir()
    return data_dir


def test_healthy_folder(healthy: DataDir) -> None:
    before = _snapshot(healthy.path)
    status, lines = _doctor(healthy.path)
    assert status == 0
    assert all(line.startswith("ok: ") for line in lines), lines
    assert f"ok: data folder {healthy.path} is private (0700)" in lines
    assert "ok: 2 sessions stored" in lines
    assert "ok: no interrupted session" in lines
    assert "ok: not in use by any running sessiontui" in lines
    assert _snapshot(healthy.path) == before


def test_loose_permissions_are_problems_with_the_fix(healthy: DataDir) -> None:
    healthy.path.chmod(0o755)
    healthy.db_path.chmod(0o644)
    healthy.summaries_dir.chmod(0o750)
    status, lines = _doctor(healthy.path)
    assert status == 1
    path, db, summaries = healthy.path, healthy.db_path, healthy.summaries_dir
    assert (
        f"problem: folder {path} can be read by others (mode 0755); fix: chmod 700 {path}"
    ) in lines
    assert (f"problem: file {db} can be read by others (mode 0644); fix: chmod 600 {db}") in lines
    assert (
        f"problem: folder {summaries} can be read by others (mode 0750); fix: chmod 700 {summaries}"
    ) in lines
    assert oct(healthy.db_path.stat().st_mode & 0o777) == oct(0o644)  # reported, not changed


def test_corrupt_archive_and_draft_and_leftovers(healthy: DataDir) -> None:
    healthy.db_path.write_bytes(b'{"sessions": {"1": ')
    healthy.draft_path.write_bytes(b"\xff not json")
    leftover = temp_path_for(healthy.draft_path)
    leftover.write_bytes(b"half")
    kept = healthy.path / "draft.json.corrupt-20250101T000000"
    kept.write_bytes(b"old")
    for path in (healthy.db_path, healthy.draft_path, leftover, kept):
        path.chmod(0o600)
    before = _snapshot(healthy.path)
    status, lines = _doctor(healthy.path)
    assert status == 1
    problems = [line for line in lines if line.startswith("problem: ")]
    assert len(problems) == 2
    assert problems[0].startswith(f"problem: history {healthy.db_path} cannot be read (")
    assert problems[1].startswith(
        f"problem: the interrupted session {healthy.draft_path} cannot be read ("
    )
    assert (
        f"warning: leftover temporary file from an interrupted save: {leftover} (safe to delete)"
    ) in lines
    assert f"warning: unreadable file kept aside: {kept}" in lines
    assert _snapshot(healthy.path) == before


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


def test_records_this_version_cannot_read_are_a_warning(healthy: DataDir) -> None:
    data = json.loads(healthy.db_path.read_text(encoding="utf-8"))
    data["sessions"]["9"] = {"id": "from-the-future", "unknown_field": 1}
    healthy.db_path.write_text(json.dumps(data), encoding="utf-8")
    status, lines = _doctor(healthy.path)
    assert status == 0
    assert "ok: 2 sessions stored" in lines
    assert "warning: 1 stored sessions cannot be read by this version and are not shown" in lines


def test_report_in_spanish(healthy: DataDir) -> None:
    set_language(Language.ES)
    try:
        status, lines = _doctor(healthy.path)
    finally:
        set_language(Language.EN)
    assert status == 0
    assert "bien: 2 sesiones guardadas" in lines
    assert f"bien: la carpeta de datos {healthy.path} es privada (0700)" in lines


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
