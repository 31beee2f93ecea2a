"""The command line: entry points, help, and clear one-line errors with exit status 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sessiontui import __version__
from sessiontui.cli import main
from sessiontui.store import DataDir, DataDirLock

BIN = Path(sys.executable).parent


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "sessiontui"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
        check=False,
    )


def _assert_clean_failure(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in result.stderr


def test_version_from_the_console_script_and_python_m() -> None:
    assert _run("--version").stdout.strip() == f"sessiontui {__version__}"
    module = subprocess.run(
        [sys.executable, "-m", "sessiontui", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert module.stdout.strip() == f"sessiontui {__version__}"


def test_help_lists_the_options_and_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for word in ("--mentee", "--script", "--data-dir", "scripts", "doctor"):
        assert word in out


def test_help_speaks_spanish_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "es", "--help"])
    assert "guion" in capsys.readouterr().out


def test_a_data_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    result = _run("--mentee", "Ana", "--data-dir", str(not_a_dir))
    _assert_clean_failure(result, str(not_a_dir))
    assert not_a_dir.read_text() == "x"


def test_the_data_dir_from_the_environment_is_used(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    result = _run("--mentee", "Ana", env={"SESSIONTUI_DATA_DIR": str(blocker / "data")})
    _assert_clean_failure(result, str(blocker / "data"))


def test_a_broken_script_stops_before_the_terminal_starts(tmp_path: Path) -> None:
    script = tmp_path / "bad.toml"
    script.write_text('id = "x"\ntitle = "X"\nlanguage = "en"\nsegments = []\n')
    result = _run("--mentee", "Ana", "--script", str(script), "--data-dir", str(tmp_path / "d"))
    _assert_clean_failure(result, str(script))


def test_an_unknown_script_id_is_a_clear_error(tmp_path: Path) -> None:
    result = _run("--mentee", "Ana", "--script", "no-such", "--data-dir", str(tmp_path / "d"))
    _assert_clean_failure(result, "no-such")


def test_an_unknown_language_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scripts", "list"]) == 0
    capsys.readouterr()
    os.environ["SESSIONTUI_LANG"] = "fr"
    try:
        assert main(["scripts", "list"]) == 2
    finally:
        del os.environ["SESSIONTUI_LANG"]
    err = capsys.readouterr().err
    assert err == "sessiontui: unknown language 'fr'; available: en, es\n"


def test_a_second_instance_is_told_who_holds_the_data_dir(tmp_path: Path) -> None:
    folder = DataDir.open(tmp_path / "d")
    lock = DataDirLock(folder)
    lock.acquire()
    try:
        result = _run("--mentee", "Ana", "--script", "regular", "--data-dir", str(folder.path))
    finally:
        lock.release()
    _assert_clean_failure(result, str(os.getpid()))


def test_read_only_commands_work_while_a_session_holds_the_lock(tmp_path: Path) -> None:
    folder = DataDir.open(tmp_path / "d")
    lock = DataDirLock(folder)
    lock.acquire()
    try:
        listing = _run("scripts", "list")
        doctor = _run("doctor", "--data-dir", str(folder.path))
    finally:
        lock.release()
    assert listing.returncode == 0
    assert "regular" in listing.stdout
    assert "Traceback" not in doctor.stderr
    assert str(os.getpid()) in doctor.stdout


def test_every_problem_line_of_a_broken_script_is_prefixed(tmp_path: Path) -> None:
    script = tmp_path / "bad.toml"
    script.write_text('id = "x"\ntitle = ""\nlanguage = "fr"\nsegments = []\n')
    result = _run("--mentee", "Ana", "--script", str(script), "--data-dir", str(tmp_path / "d"))
    _assert_clean_failure(result, str(script))
    lines = result.stderr.strip().splitlines()
    assert len(lines) >= 2
    assert all(line.startswith("sessiontui: ") for line in lines)
