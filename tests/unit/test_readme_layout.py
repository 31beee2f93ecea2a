"""The README's layout section names everything in the tree, and nothing that is gone."""

from __future__ import annotations

import re
from pathlib import Path

import sessiontui

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(sessiontui.__file__).parent


def _layout() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```\n(src/sessiontui/\n.*?)```", readme, re.DOTALL)
    assert match is not None, "no layout block starting with src/sessiontui/ in README.md"
    return match.group(1)


def _named(layout: str) -> set[str]:
    """The file and folder names of the layout's entries (two spaces in, under src/sessiontui/)."""
    return set(re.findall(r"^  ([\w.]+/?) ", layout, re.MULTILINE))


def test_every_module_and_package_of_the_core_is_in_the_layout() -> None:
    present = {
        path.name + ("/" if path.is_dir() else "")
        for path in PACKAGE.iterdir()
        if path.name not in {"__init__.py", "__pycache__", "py.typed", "__main__.py"}
        and (path.is_dir() or path.suffix == ".py")
    }
    assert present - _named(_layout()) == set()


def test_the_layout_names_nothing_that_is_gone() -> None:
    layout = _layout()
    for name in _named(layout):
        if name.endswith("/") and name not in {"tests/", "bench/", "docs/", "styles/"}:
            assert (PACKAGE / name).is_dir() or (ROOT / name).is_dir(), name
        elif name.endswith(".py"):
            assert (PACKAGE / name).exists(), name
    for folder in ("styles/", "tests/", "bench/", "docs/"):
        assert (ROOT / folder).is_dir()
        assert re.search(rf"^{folder}", layout, re.MULTILINE), folder
    for doc in re.findall(r"(\w+\.md)", layout):
        assert (ROOT / "docs" / doc).exists(), doc
