"""Shared fixtures for the unit tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from sessiontui.i18n import current_language, set_language


class FakeTime:
    """A monotonic time source that only moves when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        return self.now

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass."""
        assert seconds >= 0, "monotonic time never goes back"
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    """A hand-driven time source starting at an arbitrary origin."""
    return FakeTime()


@pytest.fixture
def fake_time_factory() -> type[FakeTime]:
    """The FakeTime class, for tests that need several sources (e.g. hypothesis)."""
    return FakeTime


@pytest.fixture
def ui_language() -> Iterator[Callable[[str], None]]:
    """`set_language` for one test: the language in force before is restored after it."""
    before = current_language()
    yield set_language
    set_language(before)
