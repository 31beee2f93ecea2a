"""Odd files in the data folder, through the real command line: one clear line, never a
traceback or a hang, and nothing that is not ours touched.

Each case runs `sessiontui` as a subprocess on real files: links, FIFOs, folders,
another user's file, a folder this user may not read. The tests run as root,
for whom file modes mean nothing, so "may not read" runs the command without
the capabilities that let root ignore them (setpriv, from util-linux).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sessiontui.cli import main
from sessiontui.model import SCHEMA_VERSION
from sessiontui.store import DataDir

BIN = Path(sys.executable).parent
V1 = Path(__file__).parent / "data" / "v1"
# Long enough for a slow start on a loaded machine; a hang on a FIFO would run into it.
TIMEOUT = 60

pytestmark = pytest.mark.slow


def _as_plain_user() -> list[str]:
    """A prefix that makes file modes count: root without its override capabilities."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.fail("these tests need setpriv (util-linux; `.ci/run` installs it)")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner"]


def _run(
    *args: str, prefix: list[str] | None = None, lang: str = "en"
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(prefix or []), str(BIN / "sessiontui"), *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, "SESSIONTUI_LANG": lang},
        stdin=subprocess.DEVNULL,
        check=False,
    )


def _start(folder: Path, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    """Start a session on `folder`: every case here must stop before the terminal starts."""
    return _run("--mentee", "Ana", "--script", "regular", "--data-dir", str(folder), prefix=prefix)


def _one_clear_line(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    for needle in needles:
        assert needle in lines[0]
    return lines[0]


def _doctor_lines(folder: Path, prefix: list[str] | None = None) -> tuple[int, list[str]]:
    result = _run("doctor", "--data-dir", str(folder), prefix=prefix)
    assert "Traceback" not in result.stderr
    assert result.stderr == ""
    return result.returncode, result.stdout.splitlines()


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    return DataDir.open(tmp_path / "data")


# --- the lock (9.4) ---------------------------------------------------------------


def test_a_lock_that_is_a_link_is_refused_and_its_target_kept(data: DataDir) -> None:
    precious = data.path.parent / "precious.txt"
    precious.write_text("years of notes")
    data.lock_path.symlink_to(precious)
    line = _one_clear_line(_start(data.path), str(data.lock_path), "symbolic link")
    assert line == (
        f"sessiontui: cannot use the lock file {data.lock_path}: it is a symbolic link "
        f"(to {precious}); links are not followed here; move it away and start again"
    )
    assert precious.read_text() == "years of notes"


def test_a_lock_that_is_a_folder_is_refused(data: DataDir) -> None:
    data.lock_path.mkdir()
    _one_clear_line(_start(data.path), str(data.lock_path), "it is a folder, not a file")
    assert data.lock_path.is_dir()


def test_a_lock_that_is_a_fifo_is_refused_without_hanging(data: DataDir) -> None:
    os.mkfifo(data.lock_path)
    _one_clear_line(_start(data.path), str(data.lock_path), "FIFO")


def test_a_lock_owned_by_someone_else_is_refused(data: DataDir) -> None:
    data.lock_path.write_text("4242\n")
    os.chown(data.lock_path, 65534, 65534)
    _one_clear_line(_start(data.path), "belongs to another user")
    assert data.lock_path.read_text() == "4242\n"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (os.mkfifo, "it is a FIFO (named pipe), not a regular file"),
        (lambda p: p.mkdir(), "it is a folder, not a file"),
        (
            lambda p: p.symlink_to("/etc/passwd"),
            "it is a symbolic link (to /etc/passwd); links are not followed here",
        ),
    ],
    ids=["fifo", "folder", "link"],
)
def test_doctor_reports_a_lock_that_is_not_a_file(data: DataDir, make: object, reason: str) -> None:
    assert callable(make)
    make(data.lock_path)
    status, lines = _doctor_lines(data.path)
    assert status == 1
    assert f"problem: {data.lock_path} cannot be used: {reason}; move it away" in lines


# --- the draft and the data folder (9.7) -------------------------------------------


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.mkdir(), "it is a folder, not a file"),
        (os.mkfifo, "it is a FIFO (named pipe), not a regular file"),
        (
            lambda p: p.symlink_to("/dev/zero"),
            "it is a symbolic link (to /dev/zero); links are not followed here",
        ),
        (lambda p: p.write_bytes(b" " * 10_000_001), "it is larger than 10 MB"),
    ],
    ids=["folder", "fifo", "link-to-dev-zero", "too-large"],
)
def test_a_draft_that_is_not_a_small_regular_file_stops_the_start(
    data: DataDir, make: object, reason: str
) -> None:
    assert callable(make)
    make(data.draft_path)
    line = _one_clear_line(_start(data.path))
    assert line == (
        f"sessiontui: cannot read the interrupted session {data.draft_path}: {reason}; "
        "move it away and start again"
    )
    assert os.path.lexists(data.draft_path)
    assert not [p for p in data.path.iterdir() if ".corrupt-" in p.name]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.mkdir(), "it is a folder, not a file"),
        (os.mkfifo, "it is a FIFO (named pipe), not a regular file"),
        (
            lambda p: p.symlink_to("/dev/zero"),
            "it is a symbolic link (to /dev/zero); links are not followed here",
        ),
    ],
    ids=["folder", "fifo", "link-to-dev-zero"],
)
def test_doctor_reports_a_draft_that_is_not_a_regular_file(
    data: DataDir, make: object, reason: str
) -> None:
    assert callable(make)
    make(data.draft_path)
    status, lines = _doctor_lines(data.path)
    assert status == 1
    assert f"problem: {data.draft_path} cannot be used: {reason}; move it away" in lines


def test_the_line_speaks_spanish_when_asked(data: DataDir) -> None:
    os.mkfifo(data.draft_path)
    result = _run("--mentee", "Ana", "--data-dir", str(data.path), lang="es")
    assert _one_clear_line(result) == (
        f"sessiontui: no se puede leer la sesión interrumpida {data.draft_path}: es un FIFO "
        "(tubería con nombre), no un archivo normal; muévela a otro sitio y vuelve a empezar"
    )


@pytest.fixture
def unreadable(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody but root's override may enter; opened up again afterwards."""
    folder = tmp_path / "locked"
    (folder / "data").mkdir(parents=True)
    folder.chmod(0o000)
    yield folder
    folder.chmod(0o700)


def test_a_data_folder_under_an_unreadable_parent(unreadable: Path) -> None:
    target = unreadable / "data"
    line = _one_clear_line(_start(target, prefix=_as_plain_user()))
    assert line == f"sessiontui: cannot use data folder {target}: permission denied"


def test_doctor_under_an_unreadable_parent(unreadable: Path) -> None:
    target = unreadable / "data"
    status, lines = _doctor_lines(target, prefix=_as_plain_user())
    assert status == 1
    assert lines == [f"problem: cannot look inside {target}: permission denied"]


def test_doctor_on_a_folder_it_may_not_read(data: DataDir) -> None:
    data.path.chmod(0o000)
    try:
        status, lines = _doctor_lines(data.path, prefix=_as_plain_user())
    finally:
        data.path.chmod(0o700)
    assert status == 1
    assert lines[-1] == f"problem: cannot look inside {data.path}: permission denied"


# --- data from a newer sessiontui (9.10) ---------------------------------------------


def _future_draft(data: DataDir) -> bytes:
    document = json.loads((V1 / "draft.json").read_text(encoding="utf-8"))
    document["schema_version"] = SCHEMA_VERSION + 1
    document["a_field_we_do_not_know"] = {"kept": True}
    raw = json.dumps(document).encode("utf-8")
    data.draft_path.write_bytes(raw)
    data.draft_path.chmod(0o600)
    return raw


def test_a_draft_from_a_newer_release_is_kept_untouched_and_not_resumed(data: DataDir) -> None:
    raw = _future_draft(data)
    before = sorted(p.name for p in data.path.iterdir())
    line = _one_clear_line(_start(data.path), "written by a newer sessiontui")
    assert line == (
        f"sessiontui: the interrupted session {data.draft_path} was written by a newer "
        f"sessiontui (data version {SCHEMA_VERSION + 1}; this one reads up to "
        f"{SCHEMA_VERSION}); it is left untouched: update sessiontui, or move it away to "
        "start a new session"
    )
    assert data.draft_path.read_bytes() == raw
    # Nothing set aside as corrupt, nothing new beside it (the lock aside).
    assert sorted(p.name for p in data.path.iterdir() if p != data.lock_path) == before


def test_doctor_reports_data_from_a_newer_release(data: DataDir) -> None:
    _future_draft(data)
    history = json.loads((V1 / "sessions.json").read_text(encoding="utf-8"))
    history["sessions"]["3"] = {**history["sessions"]["1"], "schema_version": 99}
    data.db_path.write_text(json.dumps(history), encoding="utf-8")
    status, lines = _doctor_lines(data.path)
    assert status == 1
    newer = [line for line in lines if "written by a newer sessiontui" in line]
    assert [line.split(" cannot be used: ")[0] for line in newer] == [
        f"problem: {data.db_path}",
        f"problem: {data.draft_path}",
    ]
    assert "data version 99" in newer[0]


# --- the platform (7.10) ----------------------------------------------------------------


def test_another_platform_gets_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(os, "name", "nt")
    monkeypatch.setattr(sys, "platform", "win32")
    assert main(["--version"]) == 2
    assert capsys.readouterr().err == (
        "sessiontui: sessiontui runs on Linux, macOS and other POSIX systems; "
        "this system (win32) is not supported\n"
    )
