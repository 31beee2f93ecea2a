"""Small modules with one job each: none in src/ over 400 lines."""

from __future__ import annotations

from pathlib import Path

import sessiontui

LIMIT = 400


def test_no_module_is_over_400_lines() -> None:
    package = Path(sessiontui.__file__).parent
    sizes = {
        str(path.relative_to(package)): len(path.read_text(encoding="utf-8").splitlines())
        for path in package.rglob("*.py")
    }
    assert len(sizes) > 40  # the whole package was seen
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
