"""`sessiontui config`, a broken settings file at start, and argparse in Spanish, run as the
user runs them: subprocesses."""

from __future__ import annotations

import argparse
import inspect
import io
import os
import re
import subprocess
import sys
from pathlib import Path

from babel.messages.extract import extract_python

from sessiontui.cli import parser as cli_parser
from sessiontui.cli.argparse_i18n import ARGPARSE_TEXTS

BIN = Path(sys.executable).parent
# Built-in mistakes of a program, never shown for a user's input.
PROGRAMMER_ERRORS = {
    ".__call__() not defined",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
    'argument "-" with mode %r',
    "can't open '%(filename)s': %(error)s",
    "cannot merge actions - two groups are named %r",
    "'required' is an invalid argument for positionals",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "mutually exclusive arguments must be optional",
    "cannot have multiple subparser arguments",
    "%r is not callable",
}


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


def _settings() -> Path:
    return Path(os.environ["SESSIONTUI_CONFIG_DIR"]) / "config.toml"


def _rows(out: str) -> dict[str, list[str]]:
    return {line.split()[0]: re.split(r"\s{2,}", line) for line in out.splitlines()[1:]}


def test_config_prints_each_setting_and_where_it_comes_from() -> None:
    _settings().parent.mkdir(parents=True)
    _settings().write_text('mentor_name = "Sam Taylor"\nscript = "regular-45"\n')
    result = _run("config", env={"SESSIONTUI_LANG": "en"})
    assert result.returncode == 0, result
    assert result.stdout.splitlines()[0] == f"Settings file: {_settings()}"
    rows = _rows(result.stdout)
    assert rows["mentor_name"] == ["mentor_name", "Sam Taylor", "settings file"]
    assert rows["language"] == ["language", "en", "environment ($SESSIONTUI_LANG)"]
    assert rows["script"] == ["script", "regular-45", "settings file"]
    on_command_line = _rows(_run("--lang", "es", "--script", "closing", "config").stdout)
    assert on_command_line["language"] == ["language", "es", "línea de órdenes (--lang)"]
    assert on_command_line["script"] == ["script", "closing", "línea de órdenes (--script)"]


# Each command as a user types it, before the common options are added after it.
EVERY_COMMAND = [
    ["scripts", "list"],
    ["scripts", "show", "regular"],
    ["scripts", "check", "mine.toml"],
    ["mentees"],
    ["history"],
    ["show", "--last"],
    ["export", "--mentee", "Ana", "--format", "md"],
    ["config"],
    ["doctor"],
    ["completion", "bash"],
]


def test_every_command_takes_the_common_options_after_its_name() -> None:
    parser = cli_parser.build_parser()
    assert {words[0] for words in EVERY_COMMAND} == {
        c.__name__.rsplit(".")[-1] for c in cli_parser.COMMANDS
    }
    for words in EVERY_COMMAND:
        after = parser.parse_args([*words, "--data-dir", "/d/after", "--lang", "es"])
        assert (after.data_dir, after.lang) == ("/d/after", "es"), words
        # Given before the command, a value is kept (nothing after it overrides it).
        before = parser.parse_args(["--data-dir", "/d/before", "--lang", "es", *words])
        assert (before.data_dir, before.lang) == ("/d/before", "es"), words


def test_config_and_doctor_take_data_dir_and_lang_after_the_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    config = _run("config", "--data-dir", str(data), "--lang", "es")
    assert config.returncode == 0, config.stderr
    assert _rows(config.stdout)["language"] == ["language", "es", "línea de órdenes (--lang)"]
    doctor = _run("doctor", "--data-dir", str(data), "--lang", "es")
    assert doctor.returncode == 0, doctor.stderr
    assert f"la carpeta de datos {data} es privada" in doctor.stdout


def test_config_without_a_file_shows_the_defaults_and_the_locale() -> None:
    result = _run("config", env={"LANG": "es_ES.UTF-8"})
    assert result.returncode == 0, result
    assert "(aún no existe" in result.stdout.splitlines()[0]
    rows = _rows(result.stdout)
    assert rows["language"] == ["language", "es", "configuración regional ($LANG)"]
    assert rows["mentor_name"][-1] == "por defecto"


def test_a_broken_settings_file_stops_the_app_with_one_line_per_problem() -> None:
    _settings().parent.mkdir(parents=True)
    _settings().write_text('language = "fr"\nvolume = 11\n')
    result = _run("--mentee", "Ana", "--script", "regular")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"sessiontui: {_settings()}: language: unknown language 'fr'; available: en, es",
        f"sessiontui: {_settings()}: volume: unknown setting (check its spelling)",
    ]


def test_an_unknown_script_in_the_settings_names_the_file(tmp_path: Path) -> None:
    _settings().parent.mkdir(parents=True)
    _settings().write_text('script = "no-such"\n')
    result = _run("--mentee", "Ana", "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"sessiontui: {_settings()}: script: ")
    assert "no-such" in result.stderr


ENGLISH = re.compile(
    r"\b(usage|options|positional arguments|show this help|error: the following|"
    r"NAME|PATH|DIR|SESSION_ID|COMMAND|ACTION|VALUE)\b"
)
COMMANDS = [
    [],
    ["scripts"],
    ["scripts", "list"],
    ["scripts", "show"],
    ["scripts", "check"],
    ["mentees"],
    ["history"],
    ["show"],
    ["export"],
    ["config"],
    ["doctor"],
]


def test_help_and_usage_errors_speak_spanish() -> None:
    for command in COMMANDS:
        result = _run("--lang", "es", *command, "--help")
        assert result.returncode == 0, result
        assert result.stdout.startswith("uso: sessiontui")
        assert "opciones:" in result.stdout
        assert "mostrar esta ayuda y salir" in result.stdout
        assert not ENGLISH.search(result.stdout), result.stdout
    missing = _run("scripts", env={"LANG": "es_MX.UTF-8"})
    assert missing.returncode == 2
    assert "faltan estos argumentos obligatorios: ACCIÓN" in missing.stderr
    assert not ENGLISH.search(missing.stderr), missing.stderr
    wrong = _run("--lang", "es", "--no-such-option")
    assert "argumentos no reconocidos: --no-such-option" in wrong.stderr


def test_every_argparse_text_a_user_can_see_is_in_the_list() -> None:
    """Against this Python's own argparse: a new text there fails here, not on a screen."""
    source = io.BytesIO(inspect.getsource(argparse).encode())
    found: set[str] = set()
    for _line, func, message, _comments in extract_python(source, {"_": None}, [], {}):
        if func == "_" and isinstance(message, str):
            found.add(message)
    assert found - PROGRAMMER_ERRORS == set(ARGPARSE_TEXTS)


def test_config_shows_the_theme_and_the_sharing_theme() -> None:
    _settings().parent.mkdir(parents=True)
    _settings().write_text('theme = "light"\nshare_theme = "high-contrast"\n')
    rows = _rows(_run("config", env={"SESSIONTUI_LANG": "en"}).stdout)
    assert rows["theme"] == ["theme", "light", "settings file"]
    assert rows["share_theme"] == ["share_theme", "high-contrast", "settings file"]
    chosen = _rows(_run("--theme", "default", "config", env={"SESSIONTUI_LANG": "en"}).stdout)
    assert chosen["theme"] == ["theme", "default", "command line (--theme)"]


def test_an_unknown_theme_is_one_clear_line() -> None:
    _settings().parent.mkdir(parents=True)
    _settings().write_text('theme = "neon"\n')
    result = _run("config", env={"SESSIONTUI_LANG": "en"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"sessiontui: {_settings()}: theme: unknown theme 'neon'; "
        "available: default, light, high-contrast"
    ]
