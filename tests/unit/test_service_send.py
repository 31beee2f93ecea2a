"""SessionService sending the summary: delivery, the history, the draft, retries,
and the way out while a send is in flight (real files, a fake system clipboard)."""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from tests.history import stored_ids, stored_session
from tests.unit.service_fixtures import (
    Board,
    delivering_to,
    draft_on_disk,
    make_launch,
    service_for,
    summary_files,
)

from sessiontui.clipboard import DeliveryReport
from sessiontui.launch import Launch
from sessiontui.live import session_from_script
from sessiontui.model import ActionItem, Feedback, Session, Visibility
from sessiontui.service import SessionService, Stage, summary_file_stem
from sessiontui.store import SessionArchive
from sessiontui.store.errors import os_error_reason

if TYPE_CHECKING:
    from tests.unit.conftest import FakeTime

PRIVATE = "Seemed tired; ask about workload"
DISK_FULL = OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def launch(tmp_path: Path, fake_time: FakeTime) -> Launch:
    return make_launch(tmp_path, fake_time)


@pytest.fixture
def board() -> Board:
    return Board()


def _finished(launch: Launch, mentee: str = "José Núñez") -> Session:
    """A finished session with a shared and a private entry, kept as the draft."""
    started = datetime.fromisoformat("2025-03-04T10:15:00+01:00")
    session = session_from_script(launch.library.get("regular"), mentee, started)
    session.feedback = [
        Feedback(text="Clear plan", created_at=started),
        Feedback(text=PRIVATE, visibility=Visibility.PRIVATE, created_at=started),
    ]
    session.action_items = [ActionItem(text="Update the CV", created_at=started)]
    session.finished_at = datetime.fromisoformat("2025-03-04T11:20:00+01:00")
    launch.drafts.save(session)
    return session


def _service(launch: Launch, board: Board, session: Session | None = None) -> SessionService:
    return service_for(launch, session or _finished(launch), delivering_to(board))


def _stage(service: SessionService) -> Stage:
    """The stage now (a call, so that a type checker does not keep an earlier answer)."""
    return service.stage


def _send(service: SessionService) -> str:
    text = service.begin_send()
    assert text is not None
    return service.send(text).delivery


def _failing_add(self: SessionArchive, session: Session) -> None:
    raise DISK_FULL


def test_send_copies_writes_the_file_stores_and_drops_the_draft(
    launch: Launch, board: Board
) -> None:
    service = _service(launch, board)
    expected = service.summary_text
    assert "José Núñez" in expected
    assert PRIVATE not in expected
    text = service.begin_send()
    assert text == expected
    assert _stage(service) is Stage.SENDING
    assert service.begin_send() is None  # one send at a time
    outcome = service.send(text)
    assert _stage(service) is Stage.STORED
    assert board.text == expected
    [file] = summary_files(launch)
    assert file.read_text(encoding="utf-8") == expected
    assert file.name == f"2025-03-04-jose-nunez-{service.session.id[:8]}.txt"
    assert "Copied to the clipboard." in outcome.delivery
    assert f"Saved to {file}." in outcome.delivery
    assert outcome.lines == (f"Session stored in the history ({launch.archive.layout.root}).",)
    stored = stored_session(launch.data_dir, service.session.id)
    assert stored is not None
    assert stored.summary_text == expected
    assert [entry.text for entry in stored.feedback] == ["Clear plan", PRIVATE]
    assert draft_on_disk(launch) is None
    assert service.begin_send() is None  # stored: nothing left to send


def test_the_edited_text_is_what_is_sent_and_stored(launch: Launch, board: Board) -> None:
    service = _service(launch, board)
    edited = "Hola [i]José[/i] 🎉\n" + service.summary_text
    service.edit_summary(edited)
    _send(service)
    assert board.text == edited
    stored = stored_session(launch.data_dir, service.session.id)
    assert stored is not None
    assert stored.summary_text == edited


def test_a_failed_store_keeps_the_finished_session_and_a_retry_writes_no_second_file(
    launch: Launch, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = _service(launch, board)
    text = service.summary_text
    with monkeypatch.context() as patch:
        patch.setattr(SessionArchive, "add", _failing_add)
        sending = service.begin_send()
        assert sending is not None
        outcome = service.send(sending)
    assert _stage(service) is Stage.FINISHED
    assert outcome.lines == (
        "Could not store the session in the history: "
        f"{os_error_reason(DISK_FULL)}. It is kept as an interrupted session; copy the text "
        "by hand if needed and press Ctrl+S to try again.",
        "The finished session is kept: the next start reopens this summary.",
    )
    kept = draft_on_disk(launch)
    assert kept is not None
    assert kept.finished
    assert kept.summary_text == text
    [first_file] = summary_files(launch)

    retry = _send(service)
    assert _stage(service) is Stage.STORED
    assert summary_files(launch) == [first_file]  # no "-2.txt"
    assert f"Saved to {first_file}." in retry
    assert stored_ids(launch.data_dir) == [service.session.id]
    assert draft_on_disk(launch) is None


def test_a_retry_with_an_edited_text_writes_that_text_to_a_new_file(
    launch: Launch, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = _service(launch, board)
    with monkeypatch.context() as patch:
        patch.setattr(SessionArchive, "add", _failing_add)
        _send(service)
    [first_file] = summary_files(launch)
    service.edit_summary("A shorter text")
    _send(service)
    files = summary_files(launch)
    assert len(files) == 2
    assert first_file in files
    [second] = [file for file in files if file != first_file]
    assert second.read_text(encoding="utf-8") == "A shorter text"


def test_a_retry_writes_the_file_again_if_it_was_removed_meanwhile(
    launch: Launch, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = _service(launch, board)
    with monkeypatch.context() as patch:
        patch.setattr(SessionArchive, "add", _failing_add)
        _send(service)
    [first_file] = summary_files(launch)
    first_file.unlink()
    _send(service)
    [again] = summary_files(launch)
    assert again.read_text(encoding="utf-8") == service.summary_text


def test_an_unexpected_error_goes_back_to_finished_and_propagates(
    launch: Launch, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exploding(self: SessionArchive, session: Session) -> None:
        raise RuntimeError("database exploded")

    monkeypatch.setattr(SessionArchive, "add", exploding)
    service = _service(launch, board)
    text = service.begin_send()
    assert text is not None
    with pytest.raises(RuntimeError, match="database exploded"):
        service.send(text)
    assert _stage(service) is Stage.FINISHED
    assert draft_on_disk(launch) is not None
    assert service.begin_send() is not None  # Send is offered again


def test_a_summary_without_a_mentee_name_still_gets_a_file_name(launch: Launch) -> None:
    session = _finished(launch, mentee="")
    assert summary_file_stem(session) == f"2025-03-04-{session.id[:8]}"
    assert summary_file_stem(_finished(launch, mentee="José  Núñez!")).startswith(
        "2025-03-04-jose-nunez-"
    )


# --- the way out while a send is in flight -------------------------------------------------


def _blocking(
    deliver: Callable[..., DeliveryReport], started: threading.Event, release: threading.Event
) -> Callable[..., DeliveryReport]:
    """A delivery that waits for `release` (a slow clipboard tool) before delivering."""

    def slow(*args: object, **kwargs: object) -> DeliveryReport:
        started.set()
        assert release.wait(timeout=10), "the test never released the delivery"
        return deliver(*args, **kwargs)

    return slow


def _send_in_thread(service: SessionService, text: str) -> tuple[threading.Thread, list[object]]:
    results: list[object] = []

    def run() -> None:
        try:
            results.append(service.send(text))
        except Exception as exc:
            results.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, results


def test_quitting_while_a_send_is_in_flight_leaves_one_writer_of_the_draft(
    launch: Launch, board: Board
) -> None:
    """Ctrl+Q during a send: the exit keeps the finished session (a crash now loses
    nothing); the send then stores it and drops that draft. Never a draft of a
    session already stored, never a second summary file."""
    started, release = threading.Event(), threading.Event()
    session = _finished(launch)
    service = service_for(launch, session, _blocking(delivering_to(board), started, release))
    service.edit_summary("Gracias, José")
    text = service.begin_send()
    assert text == "Gracias, José"
    thread, results = _send_in_thread(service, text)
    assert started.wait(timeout=10)

    assert _stage(service) is Stage.SENDING
    assert service.save_for_exit() is None  # the quit, while the clipboard step hangs
    kept = draft_on_disk(launch)
    assert kept is not None
    assert kept.finished
    assert kept.summary_text == "Gracias, José"

    release.set()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert _stage(service) is Stage.STORED
    assert draft_on_disk(launch) is None
    assert len(summary_files(launch)) == 1
    assert stored_ids(launch.data_dir) == [session.id]
    assert [type(result).__name__ for result in results] == ["SendOutcome"]


def test_quitting_while_the_history_is_written_waits_and_then_keeps_nothing(
    launch: Launch, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The exit arrives while the send holds the history: it waits for the lock,
    finds the session stored, and writes no draft."""
    storing, release = threading.Event(), threading.Event()
    real_add = SessionArchive.add

    def slow_add(self: SessionArchive, session: Session) -> None:
        storing.set()
        assert release.wait(timeout=10)
        real_add(self, session)

    monkeypatch.setattr(SessionArchive, "add", slow_add)
    service = _service(launch, board)
    text = service.begin_send()
    assert text is not None
    sender, _ = _send_in_thread(service, text)
    assert storing.wait(timeout=10)
    exit_reasons: list[str | None] = []
    quitter = threading.Thread(target=lambda: exit_reasons.append(service.save_for_exit()))
    quitter.start()
    release.set()
    sender.join(timeout=10)
    quitter.join(timeout=10)
    assert exit_reasons == [None]
    assert _stage(service) is Stage.STORED
    assert draft_on_disk(launch) is None


def test_quitting_while_a_send_fails_keeps_the_finished_session(
    launch: Launch, board: Board, monkeypatch: pytest.MonkeyPatch
) -> None:
    started, release = threading.Event(), threading.Event()
    monkeypatch.setattr(SessionArchive, "add", _failing_add)
    session = _finished(launch)
    service = service_for(launch, session, _blocking(delivering_to(board), started, release))
    text = service.begin_send()
    assert text is not None
    thread, _ = _send_in_thread(service, text)
    assert started.wait(timeout=10)
    assert service.save_for_exit() is None
    release.set()
    thread.join(timeout=10)
    assert _stage(service) is Stage.FINISHED
    kept = draft_on_disk(launch)
    assert kept is not None
    assert kept.finished
    assert kept.summary_text == text
    assert stored_ids(launch.data_dir) == []


def test_quitting_right_after_a_send_before_the_screen_heard_of_it_keeps_nothing(
    launch: Launch, board: Board
) -> None:
    """The worker has stored the session; the UI thread has not processed its result
    yet when Ctrl+Q comes: the service already knows, so no draft comes back."""
    service = _service(launch, board)
    text = service.begin_send()
    assert text is not None
    service.send(text)  # the worker's part, done
    service.edit_summary("typed after sending")
    assert service.save_for_exit() is None
    assert draft_on_disk(launch) is None
    stored = stored_session(launch.data_dir, service.session.id)
    assert stored is not None
    assert stored.summary_text == text
