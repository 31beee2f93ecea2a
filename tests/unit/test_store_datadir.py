"""The data folder is created private, checked writable, and fails with one clear line."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

import pytest

from sessiontui.errors import UserError
from sessiontui.store import datadir
from sessiontui.store.datadir import DataDir


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_creates_folder_and_missing_parents_0700(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "data"
    opened = DataDir.open(target)
    assert opened.path == target
    for folder in (tmp_path / "a", tmp_path / "a" / "b", target):
        assert folder.is_dir()
        assert _mode(folder) == 0o700
    assert list(target.iterdir()) == []  # the write probe is gone


def test_tightens_an_existing_loose_folder(tmp_path: Path) -> None:
    target = tmp_path / "data"
    target.mkdir(mode=0o755)
    target.chmod(0o755)
    DataDir.open(target)
    assert _mode(target) == 0o700


def test_file_names(tmp_path: Path) -> None:
    d = DataDir.open(tmp_path / "d")
    assert d.db_path == tmp_path / "d" / "sessions.json"
    assert d.backup_path == tmp_path / "d" / "sessions.json.bak"
    assert d.draft_path == tmp_path / "d" / "draft.json"
    assert d.lock_path == tmp_path / "d" / "sessiontui.lock"
    assert d.summaries_dir == tmp_path / "d" / "summaries"
    assert not d.summaries_dir.exists()


def test_path_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "data"
    target.write_text("x")
    with pytest.raises(UserError) as caught:
        DataDir.open(target)
    assert str(target) in str(caught.value)
    assert "not a folder" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_path_below_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "data"
    with pytest.raises(UserError) as caught:
        DataDir.open(target)
    assert str(caught.value) == (
        f"cannot use data folder {target}: part of the path is a file, not a folder"
    )


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.EACCES, "permission denied"),
        (errno.EROFS, "the disk is read-only"),
        (errno.ENOSPC, "the disk is full"),
    ],
)
def test_unwritable_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    # Tests run as root, for whom chmod does not block writes: fail the probe instead.
    def refuse(path: Path) -> None:
        raise OSError(code, "refused", str(path))

    monkeypatch.setattr(datadir, "_create_probe", refuse)
    target = tmp_path / "data"
    with pytest.raises(UserError) as caught:
        DataDir.open(target)
    assert str(caught.value) == f"cannot use data folder {target}: {reason}"
    assert caught.value.exit_code == 2
