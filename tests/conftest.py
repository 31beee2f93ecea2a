"""Checks on the whole suite's layout, run at collection."""

from __future__ import annotations

from pathlib import Path

import pytest

E2E_DIR = Path(__file__).resolve().parent / "e2e"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """`make test-fast` leaves out exactly the e2e tests (`-m "not e2e"`): so the
    e2e marker must be on every test in tests/e2e/ and on no other."""
    wrong = [
        item.nodeid
        for item in items
        if item.path.resolve().is_relative_to(E2E_DIR)
        != (item.get_closest_marker("e2e") is not None)
    ]
    if wrong:
        raise pytest.UsageError(
            "the e2e marker belongs on every test in tests/e2e/ and only there: " + ", ".join(wrong)
        )


@pytest.fixture(autouse=True)
def _own_settings_and_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the developer's own settings file or speaks their locale's language:
    an empty settings folder of its own, and the C locale (English), unless it sets others.
    Subprocesses inherit both."""
    monkeypatch.setenv("SESSIONTUI_CONFIG_DIR", str(tmp_path / "settings"))
    for name in ("LC_ALL", "LC_MESSAGES", "SESSIONTUI_LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
