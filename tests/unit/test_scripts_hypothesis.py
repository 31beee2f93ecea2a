"""Property tests: whatever text arrives, the loader returns a Script or raises ScriptError."""

from __future__ import annotations

import datetime as dt
import json
import math
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from sessiontui.model import SegmentKind
from sessiontui.scripts.loader import ScriptError, load_script_file, parse_script
from sessiontui.scripts.schema import Script
from sessiontui.text import clean_data

SCRIPT_KEYS = ["id", "title", "language", "description", "segments"]
SEGMENT_KEYS = ["id", "title", "minutes", "kind", "guidance", "prompts", "warn_before_end_seconds"]

# --- a small TOML writer (the standard library only reads TOML) ---


def toml_string(text: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes; TOML also bans raw DEL.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        pairs = (f"{toml_string(key)} = {toml_value(item)}" for key, item in value.items())
        return "{" + ", ".join(pairs) + "}"
    raise TypeError(value)


def toml_document(data: dict[str, Any]) -> str:
    """Top-level keys as lines; a list of tables under `segments` as [[segments]]."""
    lines = [f"{toml_string(k)} = {toml_value(v)}" for k, v in data.items() if k != "segments"]
    segments = data.get("segments")
    if isinstance(segments, list) and segments and all(isinstance(s, dict) for s in segments):
        for segment in segments:
            lines.append("[[segments]]")
            lines += [f"{toml_string(k)} = {toml_value(v)}" for k, v in segment.items()]
    elif "segments" in data:
        lines.append(f"segments = {toml_value(segments)}")
    return "\n".join(lines) + "\n"


# --- strategies ---

scalars = st.one_of(
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.text(max_size=20),
    st.datetimes(),
    st.dates(),
    st.times(),
    st.sampled_from([kind.value for kind in SegmentKind] + ["en", "es", "fr", ""]),
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8) | st.sampled_from(SEGMENT_KEYS), inner, max_size=4)
    ),
    max_leaves=12,
)
segment_like = st.dictionaries(st.sampled_from(SEGMENT_KEYS) | st.text(max_size=6), values)
documents = st.dictionaries(
    st.sampled_from(SCRIPT_KEYS) | st.text(max_size=8),
    values | st.lists(segment_like, max_size=4),
    max_size=6,
)


def valid_data() -> dict[str, Any]:
    return {
        "id": "base",
        "title": "Base",
        "language": "en",
        "description": "d",
        "segments": [
            {"id": f"s{i}", "title": f"S{i}", "minutes": 5, "kind": "goals", "prompts": ["p"]}
            for i in range(3)
        ],
    }


def check_outcome(text: str) -> Script | ScriptError:
    """parse_script either returns a Script or raises ScriptError with one-line problems."""
    try:
        return parse_script(text, "prop.toml")
    except ScriptError as error:
        caught = error
    assert caught.problems
    for problem in caught.problems:
        assert "\n" not in str(problem)
        assert str(problem).startswith("prop.toml: ")
        assert problem.location
        assert problem.reason
    return caught


@given(st.text())
def test_arbitrary_text(text: str) -> None:
    check_outcome(text)


@given(st.binary(max_size=200))
@settings(max_examples=50)
def test_arbitrary_bytes_in_a_file(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.toml"
        path.write_bytes(raw)
        outcome: Script | ScriptError
        try:
            outcome = load_script_file(path)
        except ScriptError as error:
            outcome = error
        if isinstance(outcome, ScriptError):
            assert outcome.problems
            for problem in outcome.problems:
                assert str(problem).startswith(f"{path}: ")
                assert "\n" not in str(problem)
        else:
            assert isinstance(outcome, Script)


@given(documents)
def test_arbitrary_toml_documents(data: dict[str, Any]) -> None:
    check_outcome(toml_document(data))


def same_as_direct_validation(data: dict[str, Any], outcome: Script | ScriptError) -> None:
    """Through TOML or straight from Python, the same (cleaned) data gives the same verdict."""
    try:
        expected: Script | int = Script.model_validate(clean_data(data))
    except ValidationError as error:
        expected = error.error_count()
    if isinstance(expected, Script):
        assert outcome == expected
    else:
        assert isinstance(outcome, ScriptError)
        assert len(outcome.problems) == expected


@given(
    st.integers(min_value=0, max_value=2),
    st.sampled_from(SEGMENT_KEYS),
    st.one_of(st.none(), values),
)
def test_one_mutated_segment_field(index: int, field: str, value: Any) -> None:
    """Break one field of a valid script: any problem points at that segment."""
    data = valid_data()
    segment = data["segments"][index]
    if value is None:
        segment.pop(field, None)
    else:
        segment[field] = value
    outcome = check_outcome(toml_document(data))
    same_as_direct_validation(data, outcome)
    if isinstance(outcome, ScriptError):
        prefix = f"segments[{index + 1}]"
        assert all(
            p.location.startswith(prefix) or p.location == "segments" for p in outcome.problems
        ), outcome.problems


@given(st.sampled_from(SCRIPT_KEYS), st.one_of(st.none(), values))
def test_one_mutated_script_field(field: str, value: Any) -> None:
    """Break one top-level field: any problem points at that field."""
    data = valid_data()
    if value is None:
        data.pop(field)
    else:
        data[field] = value
    outcome = check_outcome(toml_document(data))
    same_as_direct_validation(data, outcome)
    if isinstance(outcome, ScriptError):
        assert all(p.location.startswith(field) for p in outcome.problems), outcome.problems
