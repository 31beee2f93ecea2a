"""Unreadable files are kept aside under a timestamped name, never overwritten."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sessiontui.store.quarantine import move_aside

WHEN = datetime(2025, 3, 4, 5, 6, 7)


def test_moves_file_to_timestamped_name(tmp_path: Path) -> None:
    bad = tmp_path / "sessions.json"
    bad.write_bytes(b"{broken")
    moved = move_aside(bad, now=WHEN)
    assert moved == tmp_path / "sessions.json.corrupt-20250304T050607"
    assert moved.read_bytes() == b"{broken"
    assert not bad.exists()


def test_collision_gets_a_suffix_and_keeps_both(tmp_path: Path) -> None:
    bad = tmp_path / "draft.json"
    bad.write_bytes(b"first")
    first = move_aside(bad, now=WHEN)
    bad.write_bytes(b"second")
    second = move_aside(bad, now=WHEN)
    bad.write_bytes(b"third")
    third = move_aside(bad, now=WHEN)
    assert second.name == "draft.json.corrupt-20250304T050607-1"
    assert third.name == "draft.json.corrupt-20250304T050607-2"
    assert [first.read_bytes(), second.read_bytes(), third.read_bytes()] == [
        b"first",
        b"second",
        b"third",
    ]
