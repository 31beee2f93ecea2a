"""SessionService without Textual: the life-cycle, the starts, and the draft's autosave.

Sending, the exit save during a send, and retries: test_service_send.py.
"""

from __future__ import annotations

import errno
import itertools
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.unit.service_fixtures import draft_on_disk, make_launch

from sessiontui.launch import Launch
from sessiontui.model import Session
from sessiontui.service import (
    CLOCK_SAVE_INTERVAL,
    SessionService,
    Stage,
    StageError,
    discard_interrupted,
    finish_interrupted,
    resume_session,
    start_session,
)
from sessiontui.service.lifecycle import move
from sessiontui.store import DraftStore

if TYPE_CHECKING:
    from tests.unit.conftest import FakeTime


@pytest.fixture
def launch(tmp_path: Path, fake_time: FakeTime) -> Launch:
    return make_launch(tmp_path, fake_time)


def _started(launch: Launch) -> SessionService:
    return start_session(launch, launch.library.get("regular"), "  Ana  ")


def _write_pending(service: SessionService) -> bool:
    """What the screen does: take the due snapshot, write it (here, not in a worker)."""
    save = service.pending_save()
    return save is not None and service.write_draft(save)


def _disk_full(self: DraftStore, session: Session) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


# --- the life-cycle ---------------------------------------------------------------------

ALLOWED = {
    (Stage.RUNNING, Stage.FINISHED),
    (Stage.FINISHED, Stage.SENDING),
    (Stage.SENDING, Stage.STORED),
    (Stage.SENDING, Stage.FINISHED),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(Stage, Stage)), ids=str)
def test_only_the_life_cycles_moves_are_allowed(current: Stage, target: Stage) -> None:
    if (current, target) in ALLOWED:
        assert move(current, target) is target
    else:
        with pytest.raises(StageError):
            move(current, target)


def test_finishing_twice_is_refused(launch: Launch) -> None:
    service = _started(launch)
    finished = service.finish()
    assert service.stage is Stage.FINISHED
    assert finished.finished
    with pytest.raises(StageError):
        service.finish()


# --- how a session begins ---------------------------------------------------------------


def test_a_new_session_runs_and_its_first_save_is_due(launch: Launch) -> None:
    service = _started(launch)
    assert service.stage is Stage.RUNNING
    assert service.live.clock.running
    assert service.session.mentee == "Ana"
    assert service.notices == ()
    assert _write_pending(service)
    saved = draft_on_disk(launch)
    assert saved is not None
    assert saved.id == service.session.id


def test_a_resumed_draft_comes_back_paused_and_is_not_written_until_it_changes(
    launch: Launch, fake_time: FakeTime
) -> None:
    first = _started(launch)
    first.live.add_action_item("Send the CV")
    fake_time.advance(30)
    first.save_for_exit()
    draft = draft_on_disk(launch)
    assert draft is not None
    before = launch.data_dir.draft_path.stat().st_mtime_ns

    service = resume_session(launch, draft)
    assert service.stage is Stage.RUNNING
    assert service.live.clock.paused
    assert service.live.script is not None
    fake_time.advance(60)
    assert service.pending_save() is None
    assert launch.data_dir.draft_path.stat().st_mtime_ns == before
    service.live.resume()
    assert _write_pending(service)


def test_a_resumed_draft_whose_script_is_gone_says_so(launch: Launch) -> None:
    draft = _started(launch).live.snapshot()
    draft.script_id = "uninstalled"
    service = resume_session(launch, draft)
    assert service.live.script is None
    assert service.notices == (
        "Script 'uninstalled' is no longer installed: no guidance or segment prompts.",
    )
    assert service.live.prompt_view().guidance == ""


def test_a_finished_draft_resumes_at_its_summary(launch: Launch) -> None:
    service = _started(launch)
    service.live.add_action_item("Book the room")
    finished = service.finish()
    again = resume_session(launch, finished)
    assert again.stage is Stage.FINISHED
    assert "Book the room" in again.summary_text
    assert again.notices == (
        "The last session was finished but its summary was not sent yet: here it is.",
    )
    assert again.pending_save() is None  # it is on disk as it is


def test_finish_now_finishes_the_draft_and_its_save_is_due(
    launch: Launch, fake_time: FakeTime
) -> None:
    running = _started(launch)
    fake_time.advance(125)
    draft = running.live.snapshot()
    service = finish_interrupted(launch, draft)
    assert service.stage is Stage.FINISHED
    assert service.session.finished
    assert service.session.segments[0].spent_seconds == 125
    assert _write_pending(service)
    kept = draft_on_disk(launch)
    assert kept is not None
    assert kept.finished


def test_discarding_removes_the_draft(launch: Launch) -> None:
    service = _started(launch)
    assert _write_pending(service)
    discard_interrupted(launch)
    assert draft_on_disk(launch) is None


# --- the autosave policy ------------------------------------------------------------------


def test_an_entry_is_due_at_once_and_nothing_unchanged_is_written(launch: Launch) -> None:
    service = _started(launch)
    assert _write_pending(service)
    assert service.pending_save() is None  # nothing changed, no time passed
    service.live.add_note("ask about the team")
    save = service.pending_save()
    assert save is not None  # at once, without waiting for the clock
    assert [note.text for note in save.session.notes] == ["ask about the team"]


def test_while_only_the_clock_runs_the_draft_is_written_every_ten_seconds(
    launch: Launch, fake_time: FakeTime
) -> None:
    service = _started(launch)
    assert _write_pending(service)
    fake_time.advance(CLOCK_SAVE_INTERVAL - 1)
    assert service.pending_save() is None
    fake_time.advance(1)
    save = service.pending_save()
    assert save is not None
    assert save.session.segments[0].spent_seconds == CLOCK_SAVE_INTERVAL
    fake_time.advance(1)
    assert service.pending_save() is None


def test_a_paused_timer_writes_nothing(launch: Launch, fake_time: FakeTime) -> None:
    service = _started(launch)
    service.live.pause()
    assert _write_pending(service)  # the pause itself is a change
    fake_time.advance(10 * CLOCK_SAVE_INTERVAL)
    assert service.pending_save() is None


def test_an_older_snapshot_never_overwrites_a_newer_one(launch: Launch) -> None:
    service = _started(launch)
    old = service.pending_save()
    service.live.add_note("newer")
    new = service.pending_save()
    assert old is not None
    assert new is not None
    assert service.write_draft(new)
    assert not service.write_draft(old)
    saved = draft_on_disk(launch)
    assert saved is not None
    assert [note.text for note in saved.notes] == ["newer"]


def test_a_failed_save_is_retried_at_the_next_ask(
    launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = _started(launch)
    save = service.pending_save()
    assert save is not None
    with monkeypatch.context() as patch:
        patch.setattr(DraftStore, "save", _disk_full)
        with pytest.raises(OSError, match="No space"):
            service.write_draft(save)
    assert draft_on_disk(launch) is None
    assert _write_pending(service)  # nothing changed, but the draft is due again
    assert draft_on_disk(launch) is not None


def test_a_running_snapshot_is_not_written_once_the_session_finished(launch: Launch) -> None:
    service = _started(launch)
    late = service.pending_save()  # a worker that has not run yet
    service.finish()
    assert late is not None
    assert not service.write_draft(late)
    assert draft_on_disk(launch) is None
    assert _write_pending(service)  # the finished session is due instead
    kept = draft_on_disk(launch)
    assert kept is not None
    assert kept.finished


# --- the way out ---------------------------------------------------------------------------


def test_the_exit_save_keeps_the_latest_time_and_nothing_is_written_after_it(
    launch: Launch, fake_time: FakeTime
) -> None:
    service = _started(launch)
    late = service.pending_save()
    fake_time.advance(7)  # less than the clock interval: the exit still keeps it
    assert service.save_for_exit() is None
    saved = draft_on_disk(launch)
    assert saved is not None
    assert saved.segments[0].spent_seconds == 7
    assert late is not None
    assert not service.write_draft(late)
    service.live.add_note("after the exit")
    assert service.pending_save() is None
    assert service.save_for_exit() is None  # a second signal: nothing more to do


def test_a_failed_exit_save_says_why_and_keeps_the_autosave_going(
    launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = _started(launch)
    with monkeypatch.context() as patch:
        patch.setattr(DraftStore, "save", _disk_full)
        assert service.save_for_exit() == "the disk is full"
    assert _write_pending(service)


def test_the_exit_save_of_a_finished_session_keeps_the_summary_as_edited(launch: Launch) -> None:
    service = _started(launch)
    service.finish()
    service.edit_summary("Hola Ana, [b]gracias[/b]")
    assert service.save_for_exit() is None
    kept = draft_on_disk(launch)
    assert kept is not None
    assert kept.finished
    assert kept.summary_text == "Hola Ana, [b]gracias[/b]"
    again = resume_session(launch, kept)
    assert again.summary_text == "Hola Ana, [b]gracias[/b]"
