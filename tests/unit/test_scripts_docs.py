"""docs/scripts.md cannot rot: its example is a tested file, and its tables match the code
(and the README's list of built-in scripts too)."""

from __future__ import annotations

import re
from pathlib import Path

from sessiontui.model import SegmentKind
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.scripts.loader import load_script_file
from sessiontui.scripts.schema import Script, Segment

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "scripts.md"
README = ROOT / "README.md"
EXAMPLE = Path(__file__).parent / "data" / "example_script.toml"
MARKER = "<!-- example: tests/unit/data/example_script.toml"


def example_block() -> str:
    text = DOC.read_text(encoding="utf-8")
    after_marker = text[text.index(MARKER) :]
    match = re.search(r"```toml\n(.*?)```", after_marker, re.DOTALL)
    assert match is not None, "the example code block is missing"
    return match.group(1)


def test_docs_example_is_byte_identical_to_the_tested_file() -> None:
    assert example_block().encode("utf-8") == EXAMPLE.read_bytes()


def test_docs_example_loads_and_uses_every_field() -> None:
    script = load_script_file(EXAMPLE)
    assert script.id == "career-move"
    assert script.total_minutes == 45
    assert script.description
    assert any(segment.warn_before_end_seconds is not None for segment in script.segments)
    assert all(segment.guidance and segment.prompts for segment in script.segments)


def test_docs_describe_every_field_and_kind() -> None:
    text = DOC.read_text(encoding="utf-8")
    for field in [*Script.model_fields, *Segment.model_fields]:
        assert f"| `{field}` |" in text, field
    for kind in SegmentKind:
        assert f"| `{kind.value}` |" in text, kind


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start:] if end == -1 else text[start:end]


def test_docs_and_readme_list_every_builtin_with_its_minutes() -> None:
    english = [
        entry.script for entry in ScriptLibrary.load(None).entries if entry.script.language == "en"
    ]
    docs = _section(DOC.read_text(encoding="utf-8"), "## Built-in scripts")
    rows = re.findall(r"^\| `([^`]+)` \| `([^`]+)` \| (\d+) \|", docs, re.MULTILINE)
    assert rows == [(s.id, f"{s.id}-es", str(s.total_minutes)) for s in english]

    readme = _section(README.read_text(encoding="utf-8"), "## Scripts")
    rows = re.findall(r"^\| `([^`]+)` \| (\d+) \|", readme, re.MULTILINE)
    assert rows == [(s.id, str(s.total_minutes)) for s in english]
