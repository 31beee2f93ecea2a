"""A mentee's session rows, one file per year: a store reads the latest two years and its
own, writes one; the history reads them all; a store cut short anywhere is repaired by
the next read."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sessiontui.model import MenteeEntry, Session
from sessiontui.model.mentee import rows_per_year
from sessiontui.store import atomic
from sessiontui.store.archive import SessionArchive
from sessiontui.store.datadir import DataDir
from sessiontui.store.findings import Level
from sessiontui.store.history_check import check_history

AT = datetime(2025, 3, 14, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _session(n: int, at: datetime, mentee: str = "Ana") -> Session:
    return Session(
        id=f"{n:032x}",
        script_id="regular",
        script_title="Regular",
        mentee=mentee,
        started_at=at,
        finished_at=at + timedelta(hours=1),
    )


def _years_of_sessions(archive: SessionArchive, years: int) -> str:
    """Ana with one session every 100 days over `years` years up to AT; her id."""
    count = years * 365 // 100
    for n in range(count):
        mentee = archive.add(_session(n, AT - timedelta(days=100 * (count - 1 - n))))
    return mentee.id


def test_a_store_reads_the_latest_two_years_rows_and_writes_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = DataDir.open(tmp_path / "data")
    mentee_id = _years_of_sessions(SessionArchive(data_dir), 10)
    layout = SessionArchive(data_dir).layout
    assert layout.row_years_on_disk(mentee_id) == list(range(2015, 2026))
    opened: list[Path] = []
    written: list[Path] = []
    real_read = Path.lstat
    real_write = atomic.atomic_write_bytes

    def reading(path: Path) -> os.stat_result:
        opened.append(path)
        return real_read(path)

    def writing(path: Path, data: bytes) -> None:
        written.append(path)
        real_write(path, data)

    monkeypatch.setattr(Path, "lstat", reading)
    monkeypatch.setattr("sessiontui.store.tinydb_storage.atomic_write_bytes", writing)
    archive = SessionArchive(data_dir)
    archive.add(_session(999, AT + timedelta(days=1)))
    rows_read = sorted({p.name for p in opened if p.parent == layout.rows_folder(mentee_id)})
    assert rows_read == ["2024.json", "2025.json"]
    assert [p for p in written if p.parent == layout.rows_folder(mentee_id)] == [
        layout.rows_path(mentee_id, 2025)
    ]
    # An old session stored late reads and writes its own year too.
    opened.clear()
    written.clear()
    SessionArchive(data_dir).add(_session(998, AT.replace(year=2016)))
    rows_read = sorted({p.name for p in opened if p.parent == layout.rows_folder(mentee_id)})
    assert rows_read == ["2016.json", "2024.json", "2025.json"]
    assert [p.name for p in written if p.parent == layout.rows_folder(mentee_id)] == ["2016.json"]
    record = SessionArchive(data_dir).record(mentee_id)
    assert record.session_count == len(record.sessions) == 38


def test_the_record_file_keeps_counts_per_year_not_rows(tmp_path: Path) -> None:
    archive = SessionArchive(DataDir.open(tmp_path / "data"))
    mentee_id = _years_of_sessions(archive, 3)
    document = json.loads(archive.layout.record_path(mentee_id).read_text(encoding="utf-8"))
    (stored,) = document["mentee"].values()
    assert "sessions" not in stored
    assert stored["session_years"] == {"2022": 1, "2023": 4, "2024": 4, "2025": 1}
    rows = json.loads(archive.layout.rows_path(mentee_id, 2024).read_text(encoding="utf-8"))
    assert [row["started_at"][:4] for row in rows["rows"]["1"]["rows"]] == ["2024"] * 4


_DAYS = st.integers(min_value=-3000, max_value=30)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=15), _DAYS), max_size=25))
def test_stores_in_any_order_give_the_history_and_index_of_all_rows(
    tmp_path_factory: pytest.TempPathFactory, stores: list[tuple[int, int]]
) -> None:
    data_dir = DataDir.open(tmp_path_factory.mktemp("h") / "data")
    starts: dict[int, datetime] = {}
    for n, days in stores:
        # The same session stored again keeps its start (a store repeated after a cut).
        start = starts.setdefault(n, AT + timedelta(days=days))
        SessionArchive(data_dir).add(_session(n, start))
    archive = SessionArchive(data_dir)
    entries = archive.mentees()
    if not starts:
        assert entries == []
        return
    (entry,) = entries
    record = archive.record(entry.id)
    assert {row.id for row in record.sessions} == {f"{n:032x}" for n in starts}
    assert [row.started_at for row in record.sessions] == sorted(starts.values())
    assert record.session_years == rows_per_year(record.sessions)
    assert entry == MenteeEntry.of(record)
    assert entry.session_count == len(starts)
    assert entry.last_session_at == max(starts.values())


def test_a_store_cut_between_the_rows_and_the_record_is_counted_at_the_next_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = DataDir.open(tmp_path / "data")
    mentee_id = _years_of_sessions(SessionArchive(data_dir), 2)
    layout = SessionArchive(data_dir).layout
    real_write = atomic.atomic_write_bytes

    def cut(path: Path, data: bytes) -> None:
        if path == layout.record_path(mentee_id):
            raise OSError("killed")
        real_write(path, data)

    monkeypatch.setattr("sessiontui.store.tinydb_storage.atomic_write_bytes", cut)
    with pytest.raises(OSError, match="killed"):
        SessionArchive(data_dir).add(_session(99, AT + timedelta(days=400)))  # a new year
    monkeypatch.undo()
    warnings = [f.message for f in check_history(data_dir) if f.level is Level.WARNING]
    assert any("counts its sessions differently" in text for text in warnings)

    record = SessionArchive(data_dir).record(mentee_id)  # the history's read repairs it
    assert record.session_count == len(record.sessions) == 8
    assert record.sessions[-1].id == f"{99:032x}"
    (entry,) = SessionArchive(data_dir).mentees()
    assert entry.session_count == 8
    assert entry.last_session_at == AT + timedelta(days=400)
    assert all(f.level is Level.OK for f in check_history(data_dir))


def test_an_unreadable_rows_file_is_set_aside_and_listed_again_from_the_sessions(
    tmp_path: Path,
) -> None:
    data_dir = DataDir.open(tmp_path / "data")
    mentee_id = _years_of_sessions(SessionArchive(data_dir), 3)
    archive = SessionArchive(data_dir)
    path = archive.layout.rows_path(mentee_id, 2023)
    path.write_text("{not json", encoding="utf-8")
    problems = [f.message for f in check_history(data_dir) if f.level is Level.PROBLEM]
    assert any(str(path) in text for text in problems)
    record = archive.record(mentee_id)
    assert record.session_years["2023"] == 4
    assert len(record.sessions) == 10
    notices = archive.take_notices()
    assert any("kept aside" in notice for notice in notices)
    assert "The sessions of Ana in 2023 were listed again from their stored files" in notices
    assert all(f.level is Level.OK for f in check_history(data_dir))


_CHILD = """
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from sessiontui.model import Session
from sessiontui.store import DataDir, SessionArchive
at = datetime(2025, 3, 14, 10, 0, tzinfo=timezone.utc)
data_dir = DataDir.open(Path(sys.argv[1]))
n = int(sys.argv[2])
while True:
    start = at - timedelta(days=37 * (n % 60))
    SessionArchive(data_dir).add(Session(
        id=f"{n:032x}", script_id="r", script_title="R", mentee="Ana", started_at=start,
    ))
    if n == int(sys.argv[2]):
        print("ready", flush=True)
    n += 1
"""


@pytest.mark.slow
def test_kill_9_while_storing_leaves_a_history_the_next_read_repairs(tmp_path: Path) -> None:
    data = DataDir.open(tmp_path / "data")
    first = 0
    for cuts, wait in enumerate((0.05, 0.13, 0.21, 0.3), 1):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(data.path), str(first)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        try:
            child.wait(timeout=wait)  # the kill lands anywhere in a store
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
        child.stdout.close()
        archive = SessionArchive(data)
        (entry,) = archive.mentees()
        record = archive.record(entry.id)
        stored = {p.stem for p in archive.layout.sessions_folder(entry.id).glob("*.json")}
        listed = {row.id for row in record.sessions}
        # Every listed session has its file; only those cut short are not listed yet.
        assert listed <= stored
        assert len(stored - listed) <= cuts
        assert record.session_years == rows_per_year(record.sessions)
        archive.relationship_for(entry.id)  # a session's start brings its index line up
        assert SessionArchive(data).mentees()[0] == MenteeEntry.of(record)
        problems = [f.message for f in check_history(data) if f.level is Level.PROBLEM]
        assert problems == []
        first = int(max(stored), 16) + 1


@pytest.mark.parametrize("years", [{"../2024": 1}, {"2024": -1}, {"24": 1}])
def test_a_record_whose_counts_name_no_year_is_set_aside_and_restored(
    tmp_path: Path, years: dict[str, int]
) -> None:
    data_dir = DataDir.open(tmp_path / "data")
    mentee_id = _years_of_sessions(SessionArchive(data_dir), 2)
    archive = SessionArchive(data_dir)
    path = archive.layout.record_path(mentee_id)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["mentee"]["1"]["session_years"] = years
    path.write_text(json.dumps(data), encoding="utf-8")
    record = archive.record(mentee_id)
    assert len(record.sessions) == record.session_count == 7
    assert [p.name for p in archive.moved_aside] != []
