"""Fixtures for the live-session TUI tests: a manual clock, a fixed wall clock,
a private data dir in tmp_path, and a `Launch` built from them (also one with a
stored mentee, for the relationship's tests)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sessiontui.i18n import set_language
from sessiontui.launch import Launch
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.store import DataDir, DraftStore, SessionArchive

START_WALL = datetime(2025, 3, 14, 10, 0, 0, tzinfo=timezone(timedelta(hours=1)))


class ManualClock:
    """A monotonic time source that only moves when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass."""
        self.now += seconds


class FixedWall:
    """A wall clock tied to the manual clock: START_WALL plus the time advanced."""

    def __init__(self, clock: ManualClock) -> None:
        self._clock = clock
        self._origin = clock.now

    def __call__(self) -> datetime:
        return START_WALL + timedelta(seconds=self._clock.now - self._origin)


@pytest.fixture
def clock() -> ManualClock:
    """The fake monotonic clock."""
    return ManualClock()


@pytest.fixture
def library() -> ScriptLibrary:
    """The built-in scripts only."""
    return ScriptLibrary.load(None)


@pytest.fixture(autouse=True)
def _english() -> Iterator[None]:
    """Each test starts in English, and leaves English behind: the app sets the
    language it is given, for the whole process (the next test on this worker
    may be a unit test)."""
    set_language("en")
    yield
    set_language("en")


LaunchFactory = Callable[..., Launch]


def launch_on(
    folder: Path, clock: ManualClock, library: ScriptLibrary, **overrides: object
) -> Launch:
    """A Launch on the data dir `folder` (made if missing), the session with Ana on
    the regular script, timed by `clock`; keyword arguments override its fields."""
    data_dir = DataDir.open(folder)
    fields: dict[str, object] = {
        "data_dir": data_dir,
        "library": library,
        "drafts": DraftStore(data_dir),
        "archive": SessionArchive(data_dir),
        "script": library.get("regular"),
        "mentee": "Ana",
        "bell": False,
        "time_source": clock,
        "wall_clock": FixedWall(clock),
    }
    fields.update(overrides)
    return Launch(**fields)  # type: ignore[arg-type]


@pytest.fixture
def make_launch(tmp_path: Path, clock: ManualClock, library: ScriptLibrary) -> LaunchFactory:
    """A Launch on a fresh data dir; keyword arguments override its fields."""
    return lambda **overrides: launch_on(tmp_path / "data", clock, library, **overrides)


@pytest.fixture
def ana_launch(make_launch: LaunchFactory) -> Launch:
    """A Launch for a session with Ana, a stored mentee with two earlier sessions:
    the agreement (weekly, 45 minutes), two goals and carried-over items
    (`relationship_data.stored_mentee`)."""
    from .relationship_data import stored_mentee

    launch = make_launch()
    launch.mentee_id = stored_mentee(launch.archive)
    return launch
