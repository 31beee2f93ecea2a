"""What crosses the command line's edge: hostile scripts, special files, limits, pipes.

Each test runs the installed console script as a subprocess and reads the raw
bytes it writes, as a terminal would get them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sessiontui.cli import main
from sessiontui.cli import scripts as scripts_command

BIN = Path(sys.executable).parent
ESC = b"\x1b"
# OSC 0 (window title), OSC 52 (clipboard), ED (clear screen), 8-bit CSI, bidi override.
ATTACK = r"\u001b]0;PWNED\u0007 \u001b]52;c;UFdORUQ=\u0007 \u001b[2J \u009b31m \u202e"


def run(
    *args: str, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [str(BIN / "sessiontui"), *args],
        capture_output=True,
        timeout=timeout,
        env={**os.environ, "SESSIONTUI_LANG": "en", **(env or {})},
        stdin=subprocess.DEVNULL,
        check=False,
    )


def assert_no_control_codes(result: subprocess.CompletedProcess[bytes]) -> None:
    for name, raw in (("stdout", result.stdout), ("stderr", result.stderr)):
        assert ESC not in raw, f"{name}: {raw!r}"
        text = raw.decode("utf-8")
        assert "\x9b" not in text, name
        assert "\u202e" not in text, name
        assert "\x07" not in text, name
    assert b"Traceback" not in result.stderr


def hostile_script(script_id: str = "hostile") -> str:
    return (
        f'id = "{script_id}"\n'
        f'title = "Title {ATTACK}"\n'
        'language = "en"\n'
        f'description = "Description {ATTACK}"\n'
        "[[segments]]\n"
        'id = "a"\n'
        f'title = "Segment {ATTACK}"\n'
        "minutes = 5\n"
        'kind = "goals"\n'
        f'guidance = "Guidance {ATTACK}"\n'
        f'prompts = ["Prompt {ATTACK}"]\n'
    )


@pytest.fixture
def config(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    (folder / "scripts").mkdir(parents=True)
    return folder


def test_scripts_with_escape_sequences_are_listed_shown_and_checked_harmlessly(
    tmp_path: Path, config: Path
) -> None:
    good = config / "scripts" / "hostile.toml"
    good.write_text(hostile_script(), encoding="utf-8")
    # A file name can carry a sequence too, and a key name is echoed in an error.
    bad = config / "scripts" / "evil\x1b]0;NAME\x07.toml"
    bad.write_text(hostile_script("bad") + '"key \\u001b[2J" = 1\n', encoding="utf-8")
    env = {"SESSIONTUI_CONFIG_DIR": str(config)}

    listed = run("scripts", "list", env=env)
    assert listed.returncode == 0
    assert_no_control_codes(listed)
    assert "Title ␛]0;PWNED␇ ␛]52;c;UFdORUQ=␇ ␛[2J �31m " in listed.stdout.decode()
    assert "evil␛]0;NAME␇.toml" in listed.stderr.decode()
    assert "segments[1].key ␛[2J: unknown field" in listed.stderr.decode()

    shown = run("scripts", "show", "hostile", env=env)
    assert shown.returncode == 0
    assert_no_control_codes(shown)
    assert "Segment ␛]0;PWNED␇" in shown.stdout.decode()

    checked = run("scripts", "check", str(good), str(bad), env=env)
    assert checked.returncode == 2
    assert_no_control_codes(checked)
    assert checked.stdout.decode().startswith(f"ok: {good} (hostile, 1 segment, 5 min)")
    assert "segments[1].key ␛[2J: unknown field" in checked.stderr.decode()


@pytest.mark.parametrize(
    "args",
    [
        ("scripts", "show", "no\x1b]0;x\x07such"),
        ("--bogus\x1b]0;x\x07",),  # argparse's own error echoes it
        ("scripts", "\x1b[2Jlist"),
        ("--lang", "\x1b]0;x\x07"),
    ],
    ids=["unknown-id", "unknown-option", "unknown-action", "unknown-language"],
)
def test_an_escape_sequence_on_the_command_line_is_not_echoed_raw(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr
    assert_no_control_codes(result)


def special_files(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    link = tmp_path / "zero.toml"
    link.symlink_to("/dev/zero")
    return {
        "fifo": fifo,
        "zero": Path("/dev/zero"),
        "urandom": Path("/dev/urandom"),
        "folder": folder,
        "link-to-zero": link,
    }


REASONS = {
    "fifo": "it is a FIFO (named pipe), not a regular file",
    "zero": "it is a device, not a regular file",
    "urandom": "it is a device, not a regular file",
    "folder": "it is a folder, not a file",
    "link-to-zero": "it is a device, not a regular file",
}


@pytest.mark.parametrize("kind", sorted(REASONS))
def test_a_special_file_as_a_script_is_one_line_and_exit_2(tmp_path: Path, kind: str) -> None:
    path = special_files(tmp_path)[kind]
    expected = f"{path}: file: {REASONS[kind]}"
    for args in (
        ("scripts", "check", str(path)),
        ("scripts", "show", str(path)),
        ("--mentee", "Ana", "--script", str(path), "--data-dir", str(tmp_path / "data")),
    ):
        started = time.monotonic()
        result = run(*args, timeout=20)
        assert time.monotonic() - started < 20
        assert result.returncode == 2, (args, result)
        lines = result.stderr.decode().splitlines()
        assert len(lines) == 1, (args, lines)
        assert lines[0].endswith(expected), (args, lines)
        assert_no_control_codes(result)


def test_a_fifo_in_the_scripts_folder_hangs_nothing(tmp_path: Path, config: Path) -> None:
    os.mkfifo(config / "waiting.toml")
    (config / "scripts" / "fine.toml").write_text(hostile_script("fine"), encoding="utf-8")
    os.rename(config / "waiting.toml", config / "scripts" / "waiting.toml")
    env = {"SESSIONTUI_CONFIG_DIR": str(config)}
    listed = run("scripts", "list", env=env, timeout=20)
    assert listed.returncode == 0
    assert "fine" in listed.stdout.decode()
    warning = f"script left out: {config / 'scripts' / 'waiting.toml'}: file: it is a FIFO"
    assert listed.stderr.decode().startswith(warning)
    # The app loads the same library before anything else: an unknown id
    # proves it got past the FIFO (it used to hang there for ever).
    started = run("--script", "no-such-id", "--data-dir", str(tmp_path / "d"), env=env)
    assert started.returncode == 2
    assert "unknown script id 'no-such-id'" in started.stderr.decode()


def script(segments: int, minutes: int) -> str:
    head = 'id = "big"\ntitle = "Big"\nlanguage = "en"\n'
    one = '[[segments]]\nid = "s{n}"\ntitle = "S"\nminutes = {minutes}\nkind = "goals"\n'
    return head + "".join(one.format(n=n, minutes=minutes) for n in range(segments))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (script(1, 4_000_000_000), "segments[1].minutes: must be at most 600, not 4000000000"),
        (script(1, 0), "segments[1].minutes: must be at least 1, not 0"),
        (script(51, 1), "segments: has 51 entries; at most 50 are allowed"),
        (
            script(3, 600),
            "segments: the segments add up to 1800 minutes; a session lasts at most 1440 "
            "(24 hours)",
        ),
        (
            "a" + ".a" * 40_000 + " = 1\n",
            "line 1: keys or lists nested more deeply than a script needs (at most 5 levels)",
        ),
        ("x = 1\n" * 200_000, "file: it is larger than 1 MB"),
    ],
    ids=["4e9-minutes", "0-minutes", "51-segments", "30-hours", "dotted-key-40000", "over-1MB"],
)
def test_scripts_check_applies_the_limits(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "limits.toml"
    path.write_text(text, encoding="utf-8")
    result = run("scripts", "check", str(path), timeout=20)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [f"{path}: {reason}"]


def test_the_largest_session_allowed_passes(tmp_path: Path) -> None:
    path = tmp_path / "day.toml"
    path.write_text(script(50, 28), encoding="utf-8")
    result = run("scripts", "check", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == f"ok: {path} (big, 50 segments, 1400 min)"


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("scripts", "list"), 141),
        (("scripts", "show", "regular"), 141),
        (("doctor",), 141),
        # argparse itself ignores a failed write of the help.
        (("--help",), 0),
    ],
    ids=["list", "show", "doctor", "help"],
)
def test_a_reader_that_went_away_gets_no_traceback(
    tmp_path: Path, args: tuple[str, ...], status: int
) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # `| head` has already gone: every write meets a closed pipe
    try:
        result = subprocess.run(
            [str(BIN / "sessiontui"), *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "SESSIONTUI_DATA_DIR": str(tmp_path / "d")},
            timeout=30,
            check=False,
        )
    finally:
        os.close(write_end)
    assert result.stderr == b""
    assert result.returncode == status


def test_a_pipeline_into_head_prints_only_what_head_prints(tmp_path: Path) -> None:
    result = subprocess.run(
        ["sh", "-c", f"'{BIN / 'sessiontui'}' scripts list | head -n 1"],
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert result.stdout.decode().split() == ["ID", "LANGUAGE", "MIN", "TITLE", "SOURCE"]
    assert result.stderr == b""


def test_an_unexpected_error_in_a_command_is_a_short_line_and_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = "PRIVATE-5d0c"

    def broken(*args: object) -> int:
        raise RuntimeError(secret)

    monkeypatch.setattr(scripts_command, "cmd_list", broken)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "scripts", "list"]) == 1
    err = capsys.readouterr().err
    assert secret not in err
    assert "Traceback" not in err
    assert err.splitlines()[0] == "sessiontui: stopped because of an unexpected error (a bug)."
    (log,) = data.glob("crash-*.log")
    assert str(log) in err
    assert secret not in log.read_text(encoding="utf-8")
    assert "RuntimeError (message left out)" in log.read_text(encoding="utf-8")
