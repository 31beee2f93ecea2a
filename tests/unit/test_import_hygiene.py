"""The core never depends on the UI: nothing outside sessiontui/tui imports textual."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import sessiontui

PACKAGE = Path(sessiontui.__file__).parent
TUI = PACKAGE / "tui"


def _core_modules() -> list[Path]:
    return [path for path in PACKAGE.rglob("*.py") if TUI not in path.parents]


def _imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_core_has_modules_to_check() -> None:
    # A package counts by its folder's name (model/__init__.py is "model").
    names = {
        ".".join(path.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
        for path in _core_modules()
    }
    expected = {"model", "clock", "live", "service.session_service", "summary", "clipboard"}
    assert expected | {"text", "cli.main", "relationship.live"} <= names


def test_no_core_module_imports_textual() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name for name in _imported_names(path) if name.split(".")[0] in {"textual", "rich"}
        )
        for path in _core_modules()
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_importing_the_core_and_cli_loads_no_textual() -> None:
    # Catches indirect imports too (a core module importing a TUI module).
    modules = [
        "sessiontui." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for path in _core_modules()
        if path.name != "__main__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
