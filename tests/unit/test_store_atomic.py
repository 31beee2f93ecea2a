"""Atomic writes: a failure before or after os.replace leaves old or new, never a mix."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sessiontui.store import atomic
from sessiontui.store.atomic import atomic_write_bytes, atomic_write_text, is_temp_name

OLD = b'{"version": "old"}' * 100
NEW = b'{"version": "new"}'


class Boom(Exception):
    """The injected fault."""


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if is_temp_name(p.name)]


def test_write_creates_file_with_mode_0600(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    old_umask = os.umask(0)
    try:
        atomic_write_bytes(target, NEW)
    finally:
        os.umask(old_umask)
    assert target.read_bytes() == NEW
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


def test_replaces_existing_file_and_tightens_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "f.json"
    target.write_bytes(OLD)
    target.chmod(0o644)
    atomic_write_bytes(target, NEW)
    assert target.read_bytes() == NEW
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_text_is_utf8_unescaped(tmp_path: Path) -> None:
    target = tmp_path / "f.txt"
    atomic_write_text(target, "Núñez ¡sí! 🎉 [bold]")
    assert target.read_bytes() == "Núñez ¡sí! 🎉 [bold]".encode()


def test_fault_during_write_keeps_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.json"
    target.write_bytes(OLD)

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space"):
        atomic_write_bytes(target, NEW)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_fault_at_replace_keeps_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.json"
    target.write_bytes(OLD)

    def failing_replace(src: Path, dst: Path) -> None:
        raise Boom

    monkeypatch.setattr(atomic, "_replace", failing_replace)
    with pytest.raises(Boom):
        atomic_write_bytes(target, NEW)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_fault_after_replace_leaves_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.json"
    target.write_bytes(OLD)

    def failing_dir_fsync(folder: Path) -> None:
        raise Boom

    monkeypatch.setattr(atomic, "_fsync_dir", failing_dir_fsync)
    with pytest.raises(Boom):
        atomic_write_bytes(target, NEW)
    assert target.read_bytes() == NEW
    assert _leftovers(tmp_path) == []


def test_failure_before_replace_on_new_file_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.json"

    def failing_replace(src: Path, dst: Path) -> None:
        raise Boom

    monkeypatch.setattr(atomic, "_replace", failing_replace)
    with pytest.raises(Boom):
        atomic_write_bytes(target, NEW)
    assert list(tmp_path.iterdir()) == []


def test_temp_names_are_recognised() -> None:
    tmp = atomic.temp_path_for(Path("/x/sessions.json"))
    assert tmp.parent == Path("/x")
    assert is_temp_name(tmp.name)
    assert not is_temp_name("sessions.json")
    assert not is_temp_name("sessions.json.bak")
