"""What the service tests share: a launch on a real data folder, a working clipboard,
and a delivery chain that writes real files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from sessiontui.clipboard import DeliveryReport, deliver
from sessiontui.launch import Launch
from sessiontui.live import LiveSession
from sessiontui.model import Session
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.service import SessionService, Stage
from sessiontui.store import DataDir, DraftStore, SessionArchive

if TYPE_CHECKING:
    from tests.unit.conftest import FakeTime

START = datetime(2025, 3, 14, 10, 0, tzinfo=timezone(timedelta(hours=1)))


class Wall:
    """A wall clock that moves with the fake monotonic time."""

    def __init__(self, time: FakeTime) -> None:
        self._time = time
        self._origin = time.now

    def __call__(self) -> datetime:
        return START + timedelta(seconds=self._time.now - self._origin)


def make_launch(tmp_path: Path, time: FakeTime) -> Launch:
    """A launch on a fresh private data folder, the built-in scripts, and the fake clocks."""
    data_dir = DataDir.open(tmp_path / "data")
    return Launch(
        data_dir=data_dir,
        library=ScriptLibrary.load(None),
        drafts=DraftStore(data_dir),
        archive=SessionArchive(data_dir),
        bell=False,
        time_source=time,
        wall_clock=Wall(time),
    )


class Board:
    """A system clipboard that works."""

    def __init__(self) -> None:
        self.text = ""

    def copy(self, text: str) -> None:
        self.text = text

    def paste(self) -> str:
        return self.text


def delivering_to(board: Board) -> Callable[..., DeliveryReport]:
    """The real delivery chain (real files), with `board` as the system clipboard."""
    return partial(deliver, system_copy=board.copy, system_paste=board.paste)


def service_for(
    launch: Launch, session: Session, deliver: Callable[..., DeliveryReport]
) -> SessionService:
    """A service for a finished `session` (as the app makes one for a finished draft)."""
    live = LiveSession(session, launch.time_source, wall_clock=launch.wall_clock)
    return SessionService(
        live,
        data_dir=launch.data_dir,
        drafts=launch.drafts,
        archive=launch.archive,
        time_source=launch.time_source,
        stage=Stage.FINISHED,
        saved=True,
        deliver=deliver,
    )


def draft_on_disk(launch: Launch) -> Session | None:
    """The draft as a new start would find it."""
    return DraftStore(launch.data_dir).load().session


def summary_files(launch: Launch) -> list[Path]:
    """The summary files written so far."""
    folder = launch.data_dir.summaries_dir
    return sorted(folder.iterdir()) if folder.exists() else []
