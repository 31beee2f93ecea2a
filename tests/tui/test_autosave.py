"""DraftSaver: newest snapshot wins, nothing is written after the final save."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessiontui.model import Session
from sessiontui.store import DataDir, DraftStore
from sessiontui.tui.autosave import DraftSaver

from .conftest import START_WALL


def _session(mentee: str) -> Session:
    return Session(
        mentee=mentee, script_id="regular", script_title="Regular", started_at=START_WALL
    )


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(DataDir.open(tmp_path / "data"))


def _saved(store: DraftStore) -> str | None:
    loaded = store.load().session
    return loaded.mentee if loaded is not None else None


def test_an_older_snapshot_never_overwrites_a_newer_one(store: DraftStore) -> None:
    saver = DraftSaver(store)
    old, new = saver.ticket(), saver.ticket()
    assert saver.save(_session("new"), new)
    assert not saver.save(_session("old"), old)
    assert _saved(store) == "new"


def test_nothing_is_written_after_the_final_save(store: DraftStore) -> None:
    saver = DraftSaver(store)
    late = saver.ticket()
    saver.save_final(_session("final"))
    store.discard()  # what the summary does once the session is archived
    assert not saver.save(_session("late worker"), late)
    assert _saved(store) is None


def test_a_failed_final_save_keeps_saving_open(
    store: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    saver = DraftSaver(store)

    def broken(self: DraftStore, session: Session) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(DraftStore, "save", broken)
        with pytest.raises(OSError, match="No space"):
            saver.save_final(_session("final"))
    assert saver.save(_session("retry"), saver.ticket())
    assert _saved(store) == "retry"
