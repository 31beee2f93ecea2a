"""The mentor's settings: a small TOML file in the platform's config folder.

    # <config folder>/config.toml: every key is optional
    mentor_name = "Sam Taylor"   # signs the summaries
    language = "es"              # the interface language: en, es
    script = "regular"           # the script offered first: an id or a .toml file
    # theme: the place for the colour theme (a later version)

The file is validated with pydantic; each problem is one line naming the
file, the key and the reason, and a broken file stops the app at start with
exit status 2 (`ConfigError`). A missing file is no problem: every key has a
default. The app writes one key only, the mentor's name, asked once: the line
goes at the top of the file, so whatever the mentor wrote there (comments
included) is kept as it was.

Where a setting comes from (`Setting.source`): the command line, else the
environment, else the file, else the default. The interface language
(`resolve_language`) is `--lang`, else $SESSIONTUI_LANG (an explicit
override), else the file, else the locale ($LC_ALL, $LC_MESSAGES, $LANG: the
first one set decides; "es_MX.UTF-8" is Spanish), else English.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import tomli_w
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from pydantic_core import ErrorDetails

from sessiontui.errors import UserError
from sessiontui.i18n import N_, SOURCE_LANGUAGE, _, available_languages
from sessiontui.paths import config_dir
from sessiontui.store.atomic import atomic_write_text
from sessiontui.store.errors import UnsafeFileError
from sessiontui.store.files import read_regular_file

CONFIG_NAME = "config.toml"
CONFIG_MAX_BYTES = 64 * 1024
LANG_ENV = "SESSIONTUI_LANG"
# POSIX order: the first one set decides the language of messages.
LOCALE_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")
NAME_MAX = 100

_TEMPLATE = """\
# sessiontui settings: every key is optional.
# language = "es"       # the interface language: en, es
# script = "regular"    # the script offered first: an id or a .toml file
# theme: the place for the colour theme (a later version)
"""


def config_file(folder: Path | None = None) -> Path:
    """The settings file: `config.toml` in `folder`, else in the platform's config folder."""
    return (folder or config_dir()) / CONFIG_NAME


class Config(BaseModel):
    """What the settings file holds."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    mentor_name: str = ""
    language: str | None = None
    script: str | None = None
    # The colour theme goes here (share mode): a field, a validator naming the
    # themes, a line in _TEMPLATE and a row in `sessiontui config` (cli/config.py).

    @field_validator("mentor_name")
    @classmethod
    def _one_line(cls, value: str) -> str:
        if "\n" in value.strip() or len(value) > NAME_MAX:
            raise ValueError(_("must be one line of at most {n} characters", n=NAME_MAX))
        return value.strip()

    @field_validator("language")
    @classmethod
    def _shipped(cls, value: str | None) -> str | None:
        if value is not None and value not in available_languages():
            raise ValueError(_unknown_language(value))
        return value

    @field_validator("script")
    @classmethod
    def _not_blank(cls, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError(_("must not be empty"))
        return value


class ConfigError(UserError):
    """A settings file that cannot be used: one line per problem."""


def _unknown_language(value: str) -> str:
    languages = ", ".join(available_languages())
    return _("unknown language {value!r}; available: {languages}", value=value, languages=languages)


def _problem(path: Path, where: str, reason: str) -> str:
    return " ".join(f"{path}: {where}: {reason}".split())


def _reason(detail: ErrorDetails) -> str:
    kind = detail["type"]
    if kind == "extra_forbidden":
        return _("unknown setting (check its spelling)")
    if kind == "string_type":
        return _("must be text in quotes")
    if kind == "value_error":
        return str(detail.get("ctx", {}).get("error", detail["msg"]))
    return _("invalid value: {detail}", detail=detail["msg"])


def load_config(path: Path) -> Config:
    """The settings in `path` (defaults when it does not exist); ConfigError if unusable."""
    try:
        raw = read_regular_file(path, CONFIG_MAX_BYTES, follow_symlinks=True)
    except FileNotFoundError:
        return Config()
    except UnsafeFileError as error:
        raise ConfigError(_problem(path, _("file"), error.reason)) from None
    except OSError as error:
        reason = _("cannot read the file: {reason}", reason=error.strerror or error)
        raise ConfigError(_problem(path, _("file"), reason)) from None
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        reason = _("not UTF-8 text; save the file as UTF-8")
        raise ConfigError(_problem(path, _("file"), reason)) from None
    except tomllib.TOMLDecodeError as error:
        reason = _("invalid TOML: {detail}", detail=error)
        raise ConfigError(_problem(path, _("file"), reason)) from None
    try:
        return Config.model_validate(data)
    except ValidationError as error:
        problems = [
            _problem(
                path, ".".join(str(part) for part in detail["loc"]) or _("file"), _reason(detail)
            )
            for detail in error.errors()
        ]
        raise ConfigError("\n".join(problems)) from None


def save_mentor_name(path: Path, name: str) -> None:
    """Keep `name` as `mentor_name` in the settings file at `path` (created if need be).

    The line goes at the top of the file, which keeps everything else as the
    mentor wrote it. Raises OSError when the file cannot be written, and
    ConfigError when the file is unusable (it is then never overwritten).
    """
    load_config(path)  # an unusable file is never overwritten
    try:
        existing = read_regular_file(path, CONFIG_MAX_BYTES, follow_symlinks=True).decode()
    except FileNotFoundError:
        existing = _TEMPLATE
    existing = existing.removeprefix("\ufeff")
    name = " ".join(name.split())
    data = tomllib.loads(existing)
    if "mentor_name" in data:
        # Rare (an empty name written by hand): the file is written anew, without comments.
        text = tomli_w.dumps({**data, "mentor_name": name})
    else:
        text = tomli_w.dumps({"mentor_name": name}) + existing
    Config.model_validate(tomllib.loads(text))
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    atomic_write_text(path, text)


class Source(StrEnum):
    """Where a setting's value comes from (named in the UI language by `source_label`)."""

    DEFAULT = N_("default")
    FILE = N_("settings file")
    ENVIRONMENT = N_("environment")
    COMMAND_LINE = N_("command line")
    LOCALE = N_("locale")


@dataclass(frozen=True)
class Setting:
    """A setting's effective value, where it comes from, and which variable or option set it."""

    value: str
    source: Source
    origin: str = ""


def resolve_language(cli: str | None, config: Config, environ: Mapping[str, str]) -> Setting:
    """The interface language: --lang, $SESSIONTUI_LANG, the file, the locale, English.

    An unknown language given explicitly (option or variable) is a UserError;
    a locale of a language we do not ship falls back to English.
    """
    explicit = (
        (cli, Source.COMMAND_LINE, "--lang"),
        (environ.get(LANG_ENV), Source.ENVIRONMENT, f"${LANG_ENV}"),
    )
    for value, source, origin in explicit:
        if value:
            if value not in available_languages():
                raise UserError(_unknown_language(value))
            return Setting(value, source, origin)
    if config.language:
        return Setting(config.language, Source.FILE)
    for name in LOCALE_ENV:
        value = environ.get(name)
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in available_languages():
                return Setting(code, Source.LOCALE, f"${name}")
            break
    return Setting(SOURCE_LANGUAGE, Source.DEFAULT)


def resolve_script(cli: str | None, config: Config) -> Setting | None:
    """The script asked for: --script, else the file's; None when neither names one."""
    if cli:
        return Setting(cli, Source.COMMAND_LINE, "--script")
    if config.script:
        return Setting(config.script, Source.FILE)
    return None
