"""The READMEs (English and Spanish): the two quick-start commands, the same sections and
tables in both, and a layout section that names everything in the tree and nothing gone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import sessiontui

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(sessiontui.__file__).parent


READMES = ("README.md", "README.es.md")


def _readme(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def _layout(name: str) -> str:
    match = re.search(r"```\n(src/sessiontui/\n.*?)```", _readme(name), re.DOTALL)
    assert match is not None, f"no layout block starting with src/sessiontui/ in {name}"
    return match.group(1)


def _named(layout: str) -> set[str]:
    """The file and folder names of the layout's entries (two spaces in, under src/sessiontui/)."""
    return set(re.findall(r"^  ([\w.]+/?) ", layout, re.MULTILINE))


@pytest.mark.parametrize("readme", READMES)
def test_every_module_and_package_of_the_core_is_in_the_layout(readme: str) -> None:
    present = {
        path.name + ("/" if path.is_dir() else "")
        for path in PACKAGE.iterdir()
        if path.name not in {"__init__.py", "__pycache__", "py.typed", "__main__.py"}
        and (path.is_dir() or path.suffix == ".py")
    }
    assert present - _named(_layout(readme)) == set()


@pytest.mark.parametrize("readme", READMES)
def test_the_layout_names_nothing_that_is_gone(readme: str) -> None:
    layout = _layout(readme)
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


@pytest.mark.parametrize("readme", READMES)
def test_the_quick_start_is_make_run_and_make_test(readme: str) -> None:
    text = _readme(readme)
    first_block = re.search(r"```sh\n(.*?)```", text, re.DOTALL)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands == ["make run", "make test"]


def test_both_readmes_have_the_same_sections_tables_and_pictures() -> None:
    english, spanish = (_readme(name) for name in READMES)
    assert "(README.es.md)" in english
    assert "(README.md)" in spanish

    def shape(text: str) -> list[str]:
        return re.findall(r"^(#+) ", text, re.MULTILINE)

    assert shape(english) == shape(spanish)

    def first_cells(text: str) -> list[str]:
        # The first column of every table row (keys, script ids), headers aside.
        cells = re.findall(r"^\| ([^|]+) \|", text, re.MULTILINE)
        return [
            cell
            for cell in cells
            if re.fullmatch(r"[`a-z0-9+/ -]+", cell) and cell not in {"key", "tecla", "id", "---"}
        ]

    assert first_cells(english) == first_cells(spanish)
    assert len(first_cells(english)) >= 20

    def pictures(text: str) -> list[str]:
        return [
            name.rsplit("-", 1)[0] for name in re.findall(r"docs/screenshots/([\w-]+)\.svg", text)
        ]

    assert pictures(english) == pictures(spanish)
    for option in ("--demo", "completion", "pipx install .", "set -g set-clipboard on"):
        assert option in english
        assert option in spanish
