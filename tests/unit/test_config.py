"""The settings file: read, validated one line per problem, the name kept once; and where
the interface language comes from."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessiontui.config import (
    Config,
    ConfigError,
    Setting,
    Source,
    load_config,
    resolve_language,
    resolve_script,
    save_mentor_name,
)
from sessiontui.errors import UserError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_means_every_default(tmp_path: Path) -> None:
    assert load_config(tmp_path / "config.toml") == Config()


def test_a_full_file_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, 'mentor_name = "Carmen Ruiz"\nlanguage = "es"\nscript = "regular-es"\n')
    assert load_config(path) == Config(
        mentor_name="Carmen Ruiz", language="es", script="regular-es"
    )


def test_every_problem_is_one_line_naming_file_key_and_reason(tmp_path: Path) -> None:
    path = _write(tmp_path, 'mentor_name = 3\nlanguage = "fr"\ncolour = "blue"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    lines = caught.value.message.splitlines()
    assert lines == [
        f"{path}: mentor_name: must be text in quotes",
        f"{path}: language: unknown language 'fr'; available: en, es",
        f"{path}: colour: unknown setting (check its spelling)",
    ]
    assert caught.value.exit_code == 2


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("mentor_name = [", "invalid TOML"),
        ('mentor_name = """Ana\nGarcía"""', "must be one line"),
        ('script = "  "', "must not be empty"),
    ],
)
def test_broken_files_are_refused(tmp_path: Path, text: str, reason: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.message.startswith(f"{path}: ")
    assert reason in caught.value.message
    assert "\n" not in caught.value.message


def test_a_folder_in_its_place_is_refused(tmp_path: Path) -> None:
    (tmp_path / "config.toml").mkdir()
    with pytest.raises(ConfigError):
        load_config(tmp_path / "config.toml")


def test_the_name_is_written_at_the_top_and_the_rest_kept(tmp_path: Path) -> None:
    written = '# my settings\nlanguage = "es"   # Spanish, please\n'
    path = _write(tmp_path, written)
    save_mentor_name(path, "  Carmen\tRuiz ")
    text = path.read_text(encoding="utf-8")
    assert text == 'mentor_name = "Carmen Ruiz"\n' + written
    assert load_config(path) == Config(mentor_name="Carmen Ruiz", language="es")


def test_a_first_name_creates_the_file_and_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "config.toml"
    save_mentor_name(path, "Sam")
    assert load_config(path) == Config(mentor_name="Sam")
    assert "# theme" in path.read_text(encoding="utf-8")  # the place for the theme is clear


def test_an_empty_name_written_by_hand_is_replaced(tmp_path: Path) -> None:
    path = _write(tmp_path, 'mentor_name = ""\nlanguage = "en"\n')
    save_mentor_name(path, "Sam")
    assert load_config(path) == Config(mentor_name="Sam", language="en")


def test_an_unusable_file_is_never_overwritten(tmp_path: Path) -> None:
    path = _write(tmp_path, "language = [\n")
    with pytest.raises(ConfigError):
        save_mentor_name(path, "Sam")
    assert path.read_text(encoding="utf-8") == "language = [\n"


@given(name=st.text(min_size=1).filter(lambda s: s.strip() and len(" ".join(s.split())) <= 100))
def test_any_name_survives_the_round_trip(name: str) -> None:
    """Quotes, backslashes, emoji, control characters: the TOML written reads back the same."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        save_mentor_name(path, name)
        assert tomllib.loads(path.read_text(encoding="utf-8"))["mentor_name"] == " ".join(
            name.split()
        )


NO_ENV: dict[str, str] = {}


@pytest.mark.parametrize(
    ("cli", "config", "environ", "expected"),
    [
        (
            "es",
            Config(language="en"),
            {"SESSIONTUI_LANG": "en"},
            Setting("es", Source.COMMAND_LINE, "--lang"),
        ),
        (
            None,
            Config(language="en"),
            {"SESSIONTUI_LANG": "es"},
            Setting("es", Source.ENVIRONMENT, "$SESSIONTUI_LANG"),
        ),
        (None, Config(language="es"), {"LANG": "en_GB.UTF-8"}, Setting("es", Source.FILE)),
        (None, Config(), {"LANG": "es_MX.UTF-8"}, Setting("es", Source.LOCALE, "$LANG")),
        (
            None,
            Config(),
            {"LC_ALL": "es_ES@euro", "LANG": "en_US"},
            Setting("es", Source.LOCALE, "$LC_ALL"),
        ),
        (
            None,
            Config(),
            {"LC_MESSAGES": "es_AR.UTF-8"},
            Setting("es", Source.LOCALE, "$LC_MESSAGES"),
        ),
        # The first variable set decides: C wins over a Spanish LANG.
        (
            None,
            Config(),
            {"LC_ALL": "C.UTF-8", "LANG": "es_ES.UTF-8"},
            Setting("en", Source.DEFAULT),
        ),
        (None, Config(), {"LANG": "fr_FR.UTF-8"}, Setting("en", Source.DEFAULT)),
        (None, Config(), NO_ENV, Setting("en", Source.DEFAULT)),
    ],
)
def test_the_interface_language_and_where_it_comes_from(
    cli: str | None, config: Config, environ: dict[str, str], expected: Setting
) -> None:
    assert resolve_language(cli, config, environ) == expected


def test_an_unknown_language_asked_for_is_an_error() -> None:
    with pytest.raises(UserError, match="unknown language 'fr'"):
        resolve_language(None, Config(), {"SESSIONTUI_LANG": "fr"})


def test_the_script_comes_from_the_command_line_else_the_file() -> None:
    config = Config(script="regular-45")
    assert resolve_script("closing", config) == Setting("closing", Source.COMMAND_LINE, "--script")
    assert resolve_script(None, config) == Setting("regular-45", Source.FILE)
    assert resolve_script(None, Config()) is None
