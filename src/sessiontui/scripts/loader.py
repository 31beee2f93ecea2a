"""Read a session script from TOML text or a file, reporting every problem clearly.

Whatever is wrong (unreadable file, bad encoding, broken TOML, invalid fields)
comes back as one `ScriptError` holding one line per problem, each naming the
file, where in it, and why. Segments and list entries are counted from 1, the
way `sessiontui scripts show` numbers them.

Scripts come from other people, so reading one is bounded: only a regular
file (a link to one is fine) of at most SCRIPT_MAX_BYTES is read, so a FIFO
or /dev/zero is refused at once; keys and lists nested more deeply than
MAX_NESTING are refused before the TOML parser sees them (its time grows
with the square of a dotted key's depth); and every text in the file, key
names included, passes the sanitizing rule (`sessiontui.text.clean`).
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
from sessiontui.i18n import N_, _, available_languages, ngettext
from sessiontui.scripts.schema import Script
from sessiontui.store.errors import UnsafeFileError
from sessiontui.store.files import read_regular_file
from sessiontui.text import clean_data, one_line

# The built-in scripts are under 10 KB each.
SCRIPT_MAX_BYTES = 1_000_000
# The format needs two levels ([[segments]], a list of prompts); this leaves room.
MAX_NESTING = 5
# A file with more problems than this shows the first ones and a count.
MAX_PROBLEMS = 20

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")
_QUOTED = re.compile(r"'([^']*)'")
_MAX_SHOWN = 40
# Strings and comments (skipped whole), and the characters that nest or separate keys.
_TOKENS = re.compile(
    r'"""(?:[^\\]|\\.)*?(?:"""|\Z)'  # multi-line basic string
    r"|'''.*?(?:'''|\Z)"  # multi-line literal string
    r'|"(?:[^"\\\n]|\\.)*"?'  # basic string (to the end of the line if left open)
    r"|'[^'\n]*'?"  # literal string
    r"|#[^\n]*"  # comment
    r"|[.\[\]{}=,\n]",
    re.DOTALL,
)
# bool before int (bool is an int); datetime before date (likewise).
_TYPE_NAMES: tuple[tuple[type, str], ...] = (
    (bool, N_("true/false")),
    (int, N_("a whole number")),
    (float, N_("a decimal number")),
    (str, N_("text")),
    (list, N_("a list")),
    (dict, N_("a table")),
    (dt.datetime, N_("a date and time")),
    (dt.date, N_("a date")),
    (dt.time, N_("a time of day")),
)


@dataclass
class ScriptProblem:
    """One thing wrong with one script file."""

    file: str
    location: str
    reason: str

    def __str__(self) -> str:
        # One problem is one line (and safe to print), whatever a file name or value holds.
        return one_line(f"{self.file}: {self.location}: {self.reason}")


class ScriptError(UserError):
    """A script that cannot be used; `problems` lists every reason.

    The message holds the first MAX_PROBLEMS of them, then how many more there are.
    """

    def __init__(self, problems: list[ScriptProblem]) -> None:
        lines = [str(problem) for problem in problems[:MAX_PROBLEMS]]
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            lines.append(
                one_line(
                    ngettext(
                        "{file}: and {n} more problem",
                        "{file}: and {n} more problems",
                        more,
                        file=problems[0].file,
                    )
                )
            )
        super().__init__("\n".join(lines))
        self.problems = problems


def load_script_file(path: Path) -> Script:
    """Read and validate the script at `path`; raise ScriptError if it is unusable."""
    source = str(path)
    try:
        # A link to a script is fine; what it leads to must be a regular file.
        raw = read_regular_file(path, SCRIPT_MAX_BYTES, follow_symlinks=True)
    except FileNotFoundError:
        raise _file_error(source, _("does not exist")) from None
    except UnsafeFileError as error:
        raise _file_error(source, error.reason) from None
    except PermissionError:
        raise _file_error(source, _("permission denied: the file cannot be read")) from None
    except OSError as error:
        raise _file_error(
            source, _("cannot read the file: {reason}", reason=error.strerror or error)
        ) from None
    try:
        # utf-8-sig: a byte-order mark from a Windows editor is harmless.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = ScriptProblem(
            source, _("line {line}", line=line), _("not UTF-8 text; save the file as UTF-8")
        )
        raise ScriptError([problem]) from None
    return parse_script(text, source)


def parse_script(text: str, source: str) -> Script:
    """Validate TOML `text` as a script; `source` names it in problem lines."""
    too_deep = _nesting_problem(text, source)
    if too_deep is not None:
        raise ScriptError([too_deep])
    try:
        data = clean_data(tomllib.loads(text))
    except tomllib.TOMLDecodeError as error:
        raise ScriptError([_toml_problem(source, str(error))]) from None
    except RecursionError:
        # tomllib recurses on nested arrays and inline tables.
        problem = ScriptProblem(source, _("file"), _("invalid TOML: nested too deeply"))
        raise ScriptError([problem]) from None
    try:
        return Script.model_validate(data)
    except ValidationError as error:
        problems = [_validation_problem(source, detail) for detail in error.errors()]
        raise ScriptError(problems) from None


def _nesting_problem(text: str, source: str) -> ScriptProblem | None:
    """A problem if a key has more than MAX_NESTING parts, or lists and tables nest deeper."""
    depth = dots = 0
    for token in _TOKENS.finditer(text):
        char = token.group()[0]
        if char == ".":
            dots += 1
        elif char in "[{":
            depth, dots = depth + 1, 0
        elif char in "]}":
            depth, dots = max(0, depth - 1), 0
        elif char in "=,\n":
            dots = 0
        if dots >= MAX_NESTING or depth > MAX_NESTING:
            line = text.count("\n", 0, token.start()) + 1
            reason = _(
                "keys or lists nested more deeply than a script needs (at most {limit} levels)",
                limit=MAX_NESTING,
            )
            return ScriptProblem(source, _("line {line}", line=line), reason)
    return None


def _file_error(source: str, reason: str) -> ScriptError:
    return ScriptError([ScriptProblem(source, _("file"), reason)])


def _toml_problem(source: str, message: str) -> ScriptProblem:
    position = _TOML_POSITION.search(message)
    if position:
        location = _("line {line}, column {column}", line=position[1], column=position[2])
        detail = message[: position.start()]
    elif _TOML_AT_END.search(message):
        location = _("end of file")
        detail = _TOML_AT_END.sub("", message)
    else:
        location, detail = _("file"), message
    return ScriptProblem(source, location, _("invalid TOML: {detail}", detail=detail))


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
    return text or _("script")


def _reason(detail: ErrorDetails) -> str:
    kind = detail["type"]
    value = detail.get("input")
    context: dict[str, Any] = dict(detail.get("ctx") or {})
    if kind == "missing":
        return _("required field is missing")
    if kind == "extra_forbidden":
        return _("unknown field (check its spelling)")
    if kind in {"int_type", "int_from_float", "int_parsing"}:
        return _("must be a whole number, not {got}", got=_type_name(value))
    if kind == "string_type":
        return _("must be text in quotes, not {got}", got=_type_name(value))
    if kind == "list_type":
        return _("must be a list [ ... ], not {got}", got=_type_name(value))
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return _("must be a table, not {got}", got=_type_name(value))
    if kind == "greater_than_equal":
        return _("must be at least {limit}, not {value}", limit=context["ge"], value=_shown(value))
    if kind == "less_than_equal":
        return _("must be at most {limit}, not {value}", limit=context["le"], value=_shown(value))
    if kind == "too_long":
        return ngettext(
            "has {actual} entries; at most {n} is allowed",
            "has {actual} entries; at most {n} are allowed",
            context["max_length"],
            actual=context["actual_length"],
        )
    if kind == "session_too_long":
        return _(
            "the segments add up to {total} minutes; a session lasts at most {limit} (24 hours)",
            total=context["total"],
            limit=context["limit"],
        )
    if kind == "string_too_short":
        return _("must not be empty")
    if kind == "too_short":
        return _("needs at least one entry")
    if kind == "string_pattern_mismatch":
        return _(
            "must be an id of lowercase letters, digits, '-' or '_', not {value}",
            value=_shown(value),
        )
    if kind in {"enum", "unknown_language"}:
        choices = _QUOTED.findall(str(context.get("expected", "")))
        allowed = ", ".join(choices if kind == "enum" else available_languages())
        return _("unknown value {value}; allowed: {allowed}", value=_shown(value), allowed=allowed)
    if kind == "duplicate_segment_id":
        return _("segment id '{id}' is used twice (segments {first} and {second})", **context)
    return _("invalid value: {detail}", detail=detail["msg"])


def _shown(value: object) -> str:
    """A value as it would look in TOML, cut short for a one-line message."""
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _type_name(value: object) -> str:
    """The TOML name of a value's type, in the reader's language."""
    for python_type, name in _TYPE_NAMES:
        if isinstance(value, python_type):
            return _(name)
    return _("another kind of value")
