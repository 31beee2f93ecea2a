"""The one set of file helpers: private modes whatever the umask, safe reads of odd files."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from sessiontui.store.errors import UnsafeFileError, os_error_reason
from sessiontui.store.files import (
    create_private_file,
    ensure_private_dir,
    make_file_private,
    make_private_dirs,
    not_regular_reason,
    open_own_file,
    read_regular_file,
)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.fixture
def no_umask() -> Iterator[None]:
    """The loosest umask there is: nothing is taken away from a new file's mode."""
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.mark.usefixtures("no_umask")
def test_folders_and_files_are_private_under_umask_000(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b" / "c"
    make_private_dirs(deep)
    assert [_mode(p) for p in (tmp_path / "a", tmp_path / "a" / "b", deep)] == [0o700] * 3
    os.close(create_private_file(deep / "f"))
    assert _mode(deep / "f") == 0o600
    assert ensure_private_dir(tmp_path / "new", follow_symlinks=False) is False
    assert _mode(tmp_path / "new") == 0o700


def test_an_unusual_umask_does_not_lock_the_owner_out(tmp_path: Path) -> None:
    old = os.umask(0o277)
    try:
        make_private_dirs(tmp_path / "x")
        os.close(create_private_file(tmp_path / "x" / "f"))
    finally:
        os.umask(old)
    assert _mode(tmp_path / "x") == 0o700
    assert _mode(tmp_path / "x" / "f") == 0o600


def test_a_loose_folder_is_tightened_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "summaries"
    folder.mkdir()
    folder.chmod(0o755)
    assert ensure_private_dir(folder, follow_symlinks=False) is True
    assert _mode(folder) == 0o700
    assert ensure_private_dir(folder, follow_symlinks=False) is False


def test_a_link_in_place_of_a_folder_is_refused_or_followed(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere"
    target.mkdir()
    target.chmod(0o755)
    link = tmp_path / "summaries"
    link.symlink_to(target)
    with pytest.raises(UnsafeFileError) as caught:
        ensure_private_dir(link, follow_symlinks=False)
    assert os_error_reason(caught.value) == (
        f"it is a symbolic link (to {target}); links are not followed here"
    )
    assert _mode(target) == 0o755
    assert ensure_private_dir(link, follow_symlinks=True) is True
    assert _mode(target) == 0o700


def test_reads_a_regular_file_up_to_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    assert read_regular_file(path, 100) == b"x" * 100
    with pytest.raises(UnsafeFileError) as caught:
        read_regular_file(path, 99)
    assert caught.value.reason == "it is larger than 99 bytes"
    path.write_bytes(b"x" * 10_000_001)
    with pytest.raises(UnsafeFileError) as caught:
        read_regular_file(path, 10_000_000)
    assert caught.value.reason == "it is larger than 10 MB"


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "draft.json"
    os.mkfifo(fifo)
    # Without O_NONBLOCK this open would wait forever for a writer.
    with pytest.raises(UnsafeFileError) as caught:
        read_regular_file(fifo, 1000)
    assert caught.value.reason == "it is a FIFO (named pipe), not a regular file"


def test_a_folder_and_a_device_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsafeFileError) as folder:
        read_regular_file(tmp_path, 1000)
    assert folder.value.reason == "it is a folder, not a file"
    with pytest.raises(UnsafeFileError) as device:
        read_regular_file(Path("/dev/zero"), 1000)
    assert device.value.reason == "it is a device, not a regular file"


def test_a_link_to_dev_zero_is_never_read(tmp_path: Path) -> None:
    link = tmp_path / "draft.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(UnsafeFileError) as caught:
        read_regular_file(link, 1000)
    assert (
        caught.value.reason == "it is a symbolic link (to /dev/zero); links are not followed here"
    )
    # Following links (a script the user keeps elsewhere), the device itself is refused.
    with pytest.raises(UnsafeFileError) as followed:
        read_regular_file(link, 1000, follow_symlinks=True)
    assert followed.value.reason == "it is a device, not a regular file"


def test_a_followed_link_to_a_regular_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "real.toml").write_text("id = 'x'")
    (tmp_path / "link.toml").symlink_to(tmp_path / "real.toml")
    assert read_regular_file(tmp_path / "link.toml", 100, follow_symlinks=True) == b"id = 'x'"


def test_own_file_is_created_private_and_never_through_a_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep me")
    link = tmp_path / "sessiontui.lock"
    link.symlink_to(victim)
    with pytest.raises(UnsafeFileError):
        open_own_file(link)
    assert victim.read_text() == "keep me"
    old = os.umask(0)
    try:
        fd = open_own_file(tmp_path / "fresh.lock")
    finally:
        os.umask(old)
    os.close(fd)
    assert _mode(tmp_path / "fresh.lock") == 0o600


def test_own_file_refuses_another_users_file_and_a_second_name(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs.lock"
    theirs.write_text("")
    os.chown(theirs, 65534, 65534)  # nobody: the tests run as root
    with pytest.raises(UnsafeFileError) as other:
        open_own_file(theirs)
    assert other.value.reason == "it belongs to another user"
    original = tmp_path / "notes.txt"
    original.write_text("mine")
    os.link(original, tmp_path / "linked.lock")
    with pytest.raises(UnsafeFileError) as linked:
        open_own_file(tmp_path / "linked.lock")
    assert linked.value.reason == "it has more than one name (hard links)"
    assert original.read_text() == "mine"


def test_make_file_private_never_follows_a_link(tmp_path: Path) -> None:
    target = tmp_path / "target"
    target.write_text("x")
    target.chmod(0o644)
    link = tmp_path / "link"
    link.symlink_to(target)
    with pytest.raises(UnsafeFileError):
        make_file_private(link)
    assert _mode(target) == 0o644
    make_file_private(target)
    assert _mode(target) == 0o600


def test_a_link_target_is_named_without_its_control_codes(tmp_path: Path) -> None:
    link = tmp_path / "draft.json"
    link.symlink_to("/tmp/\x1b]0;PWNED\x07")
    reason = not_regular_reason(link.lstat().st_mode, link)
    assert "\x1b" not in reason
    assert "/tmp/␛]0;PWNED␇" in reason
