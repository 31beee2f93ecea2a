"""Read a session script from TOML text or a file, reporting every problem clearly.

Whatever is wrong (unreadable file, bad encoding, broken TOML, invalid fields)
comes back as one `ScriptError` holding one line per problem, each naming the
file, where in it, and why. Segments and list entries are counted from 1, the
way `sessiontui scripts show` numbers them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from sessiontui.errors import UserError
from sessiontui.i18n import t
from sessiontui.scripts.schema import Script

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")
_QUOTED = re.compile(r"'([^']*)'")
_MAX_SHOWN = 40


@dataclass
class ScriptProblem:
    """One thing wrong with one script file."""

    file: str
    location: str
    reason: str

    def __str__(self) -> str:
        line = f"{self.file}: {self.location}: {self.reason}"
        # One problem is one line, whatever a file name or value contains.
        return " ".join(line.split())


class ScriptError(UserError):
    """A script that cannot be used; `problems` lists every reason."""

    def __init__(self, problems: list[ScriptProblem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems = problems


def load_script_file(path: Path) -> Script:
    """Read and validate the script at `path`; raise ScriptError if it is unusable."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _file_error(source, t("scripts.err.not_found")) from None
    except IsADirectoryError:
        raise _file_error(source, t("scripts.err.is_dir")) from None
    except PermissionError:
        raise _file_error(source, t("scripts.err.permission")) from None
    except OSError as error:
        raise _file_error(source, t("scripts.err.os", reason=error.strerror or error)) from None
    try:
        # utf-8-sig: a byte-order mark from a Windows editor is harmless.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = ScriptProblem(source, t("scripts.loc.line", line=line), t("scripts.err.not_utf8"))
        raise ScriptError([problem]) from None
    return parse_script(text, source)


def parse_script(text: str, source: str) -> Script:
    """Validate TOML `text` as a script; `source` names it in problem lines."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ScriptError([_toml_problem(source, str(error))]) from None
    except RecursionError:
        # tomllib recurses on nested arrays and inline tables.
        problem = ScriptProblem(source, t("scripts.loc.file"), t("scripts.err.too_deep"))
        raise ScriptError([problem]) from None
    try:
        return Script.model_validate(data)
    except ValidationError as error:
        problems = [_validation_problem(source, detail) for detail in error.errors()]
        raise ScriptError(problems) from None


def _file_error(source: str, reason: str) -> ScriptError:
    return ScriptError([ScriptProblem(source, t("scripts.loc.file"), reason)])


def _toml_problem(source: str, message: str) -> ScriptProblem:
    position = _TOML_POSITION.search(message)
    if position:
        location = t("scripts.loc.line_column", line=position[1], column=position[2])
        detail = message[: position.start()]
    elif _TOML_AT_END.search(message):
        location = t("scripts.loc.end")
        detail = _TOML_AT_END.sub("", message)
    else:
        location, detail = t("scripts.loc.file"), message
    return ScriptProblem(source, location, t("scripts.err.toml", detail=detail))


def _validation_problem(source: str, detail: ErrorDetails) -> ScriptProblem:
    return ScriptProblem(source, _location(detail["loc"]), _reason(detail))


def _location(loc: tuple[int | str, ...]) -> str:
    """('segments', 2, 'minutes') -> 'segments[3].minutes' (counted from 1)."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else part
    return text or t("scripts.loc.script")


def _reason(detail: ErrorDetails) -> str:
    kind = detail["type"]
    value = detail.get("input")
    context: dict[str, Any] = dict(detail.get("ctx") or {})
    if kind == "missing":
        return t("scripts.err.missing")
    if kind == "extra_forbidden":
        return t("scripts.err.extra")
    if kind in {"int_type", "int_from_float", "int_parsing"}:
        return t("scripts.err.int_type", got=_type_name(value))
    if kind == "string_type":
        return t("scripts.err.string_type", got=_type_name(value))
    if kind == "list_type":
        return t("scripts.err.list_type", got=_type_name(value))
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return t("scripts.err.table_type", got=_type_name(value))
    if kind == "greater_than_equal":
        return t("scripts.err.at_least", limit=context["ge"], value=_shown(value))
    if kind == "string_too_short":
        return t("scripts.err.empty")
    if kind == "too_short":
        return t("scripts.err.empty_list")
    if kind == "string_pattern_mismatch":
        return t("scripts.err.slug", value=_shown(value))
    if kind == "enum":
        allowed = ", ".join(_QUOTED.findall(str(context.get("expected", ""))))
        return t("scripts.err.enum", value=_shown(value), allowed=allowed)
    if kind == "duplicate_segment_id":
        return t("scripts.err.duplicate_id", **context)
    return t("scripts.err.invalid", detail=detail["msg"])


def _shown(value: object) -> str:
    """A value as it would look in TOML, cut short for a one-line message."""
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _type_name(value: object) -> str:
    """The TOML name of a value's type, in the reader's language."""
    # bool before int (bool is an int); datetime before date (likewise).
    for python_type, key in (
        (bool, "scripts.type.bool"),
        (int, "scripts.type.int"),
        (float, "scripts.type.float"),
        (str, "scripts.type.str"),
        (list, "scripts.type.list"),
        (dict, "scripts.type.dict"),
        (dt.datetime, "scripts.type.datetime"),
        (dt.date, "scripts.type.date"),
        (dt.time, "scripts.type.time"),
    ):
        if isinstance(value, python_type):
            return t(key)
    return t("scripts.type.other")
