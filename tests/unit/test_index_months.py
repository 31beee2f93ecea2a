"""The index keeps each mentee's sessions per month, so the start screen draws its
picture without opening a mentee's file; an index written before it kept them is
rebuilt from the records once."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sessiontui.model import Session
from sessiontui.store.archive import SessionArchive
from sessiontui.store.datadir import DataDir
from sessiontui.store.findings import Level
from sessiontui.store.history_check import check_history

AT = datetime(2025, 1, 20, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _session(mentee: str, at: datetime) -> Session:
    return Session(
        script_id="regular",
        script_title="Regular",
        mentee=mentee,
        started_at=at,
        finished_at=at + timedelta(hours=1),
    )


def test_the_index_counts_each_mentees_sessions_per_month(tmp_path: Path) -> None:
    archive = SessionArchive(DataDir.open(tmp_path / "data"))
    for days in (0, 7, 14, 30):
        archive.add(_session("Ana", AT + timedelta(days=days)))
    archive.add(_session("Luis", AT - timedelta(days=40)))
    months = {entry.name: entry.sessions_per_month for entry in archive.mentees()}
    assert months == {"Ana": {"2025-01": 2, "2025-02": 2}, "Luis": {"2024-12": 1}}


def test_an_index_written_before_the_months_were_kept_is_rebuilt_once(tmp_path: Path) -> None:
    data_dir = DataDir.open(tmp_path / "data")
    archive = SessionArchive(data_dir)
    archive.add(_session("Ana", AT))
    archive.add(_session("Bea", AT + timedelta(days=35)))
    path = archive.layout.index_path
    data = json.loads(path.read_text(encoding="utf-8"))
    for line in data["mentees"].values():
        del line["sessions_per_month"]  # as the previous release wrote it
    path.write_text(json.dumps(data), encoding="utf-8")

    fresh = SessionArchive(data_dir)
    months = {entry.name: entry.sessions_per_month for entry in fresh.mentees()}
    assert months == {"Ana": {"2025-01": 1}, "Bea": {"2025-02": 1}}
    rewritten = json.loads(path.read_text(encoding="utf-8"))
    assert all("sessions_per_month" in line for line in rewritten["mentees"].values())
    # A mentee with no session yet has nothing to draw, and needs no rebuild.
    assert not any(entry.outdated for entry in fresh.mentees())


def test_the_index_keeps_only_the_twelve_months_up_to_the_latest_session(
    tmp_path: Path,
) -> None:
    archive = SessionArchive(DataDir.open(tmp_path / "data"))
    # Sessions every 40 days over two and a half years, the latest on 2025-01-20.
    for n in range(23):
        archive.add(_session("Ana", AT - timedelta(days=40 * n)))
    (entry,) = archive.mentees()
    assert entry.session_count == 23
    assert entry.sessions_per_month is not None
    assert min(entry.sessions_per_month) == "2024-03"  # February 2024 had none
    assert max(entry.sessions_per_month) == "2025-01"
    assert sum(entry.sessions_per_month.values()) == 9  # 20 Jan 2025 back to 6 Mar 2024


def test_a_line_that_kept_every_month_is_still_valid_and_rewritten_small_at_the_next_store(
    tmp_path: Path,
) -> None:
    data_dir = DataDir.open(tmp_path / "data")
    archive = SessionArchive(data_dir)
    for n in range(6):
        archive.add(_session("Ana", AT - timedelta(days=100 * n)))
    path = archive.layout.index_path
    data = json.loads(path.read_text(encoding="utf-8"))
    (line,) = data["mentees"].values()
    # As the previous release wrote it: every month since the first session.
    line["sessions_per_month"] = {
        "2023-09": 1, "2023-12": 1, "2024-03": 1, "2024-07": 1, "2024-10": 1, "2025-01": 1
    }  # fmt: skip
    path.write_text(json.dumps(data), encoding="utf-8")
    written = path.read_bytes()

    fresh = SessionArchive(data_dir)
    (entry,) = fresh.mentees()
    assert entry.sessions_per_month is not None
    assert len(entry.sessions_per_month) == 6
    fresh.relationship_for(entry.id)  # a line right but for old months is not rewritten
    assert path.read_bytes() == written
    assert all(finding.level is not Level.WARNING for finding in check_history(data_dir))

    fresh.add(_session("Ana", AT + timedelta(days=1)))
    (entry,) = SessionArchive(data_dir).mentees()
    assert entry.sessions_per_month == {"2024-03": 1, "2024-07": 1, "2024-10": 1, "2025-01": 2}
