"""The summary screen: edit, send (clipboard / terminal / file), archive, never lose the draft.

The sending itself is the service's (tests/unit/test_service_send.py); here it
is driven the mentor's way, by keys, and what the screen reports is checked."""

from __future__ import annotations

import asyncio
import errno
import threading
from datetime import datetime
from pathlib import Path

import pyperclip  # type: ignore[import-untyped]
import pytest
from tests.history import stored_ids, stored_session
from textual.app import App
from textual.widgets import Button, Static, TextArea

from sessiontui.i18n import _
from sessiontui.launch import Launch
from sessiontui.live import session_from_script
from sessiontui.model import ActionItem, Feedback, NextSession, Owner, Session, Visibility
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.service import resume_session
from sessiontui.store import DataDir, DraftStore, SessionArchive
from sessiontui.store.errors import os_error_reason
from sessiontui.summary import render_summary
from sessiontui.tui.screens.summary import SummaryScreen
from sessiontui.tui.stylesheets import stylesheet

from .helpers import run_from_palette, wait_for_screen, wait_until

SHARED_FEEDBACK = "Your [bold]plan[/bold] was clear — ¡muy bien! 🎉"
PRIVATE_FEEDBACK = "Seemed tired; ask about workload"


class Host(App[None]):
    """Pushes the summary screen; records whether the app was asked to exit."""

    CSS_PATH = stylesheet("summary.tcss")

    def __init__(self, launch: Launch, session: Session) -> None:
        super().__init__()
        self.launch = launch
        self.session = session
        self.exit_requested = False

    def on_mount(self) -> None:
        # What the app does with a finished draft: its service, waiting to send.
        self.push_screen(SummaryScreen(resume_session(self.launch, self.session)))

    def exit(self, *args: object, **kwargs: object) -> None:
        self.exit_requested = True


class FakeBoard:
    """A system clipboard that works."""

    def __init__(self) -> None:
        self.text = ""

    def copy(self, text: str) -> None:
        self.text = text

    def paste(self) -> str:
        return self.text


def no_mechanism(*_: object) -> str:
    raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")


@pytest.fixture
def board(monkeypatch: pytest.MonkeyPatch) -> FakeBoard:
    fake = FakeBoard()
    monkeypatch.setattr(pyperclip, "copy", fake.copy)
    monkeypatch.setattr(pyperclip, "paste", fake.paste)
    return fake


@pytest.fixture
def no_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """A display, but no tool to copy with."""
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(pyperclip, "copy", no_mechanism)
    monkeypatch.setattr(pyperclip, "paste", no_mechanism)


def make_launch(tmp_path: Path) -> Launch:
    data_dir = DataDir.open(tmp_path / "data")
    return Launch(
        data_dir=data_dir,
        library=ScriptLibrary.load(None),
        drafts=DraftStore(data_dir),
        archive=SessionArchive(data_dir),
    )


def finished_session(
    launch: Launch, mentee: str = "José Núñez", mentee_id: str | None = None
) -> Session:
    """A finished session with shared and private entries, saved as the draft."""
    started = datetime.fromisoformat("2025-03-04T10:15:00+01:00")
    session = session_from_script(
        launch.library.get("regular"), mentee, started, mentee_id=mentee_id
    )
    for run in session.segments[:3]:
        run.visited = True
        run.done = True
        run.spent_seconds = run.planned_seconds + 30
    session.feedback = [
        Feedback(text=SHARED_FEEDBACK, created_at=started),
        Feedback(text=PRIVATE_FEEDBACK, visibility=Visibility.PRIVATE, created_at=started),
    ]
    session.action_items = [
        ActionItem(text="Update the CV", owner=Owner.MENTEE, created_at=started)
    ]
    session.finished_at = datetime.fromisoformat("2025-03-04T11:20:00+01:00")
    launch.drafts.save(session)
    return session


def shown_text(app: App[None]) -> str:
    return app.screen.query_one("#summary-text", TextArea).text


def status(app: App[None]) -> str:
    return str(app.screen.query_one("#summary-status", Static).render())


async def send(app: App[None], pilot: object) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("ctrl+s")
    await app.workers.wait_for_complete()
    await pilot.pause()


def summary_files(launch: Launch) -> list[Path]:
    folder = launch.data_dir.summaries_dir
    return sorted(folder.iterdir()) if folder.exists() else []


async def test_shows_the_summary_as_it_will_be_sent(tmp_path: Path, board: FakeBoard) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)):
        text = shown_text(app)
        note = str(app.screen.query_one("#summary-note", Static).render())
    assert text == render_summary(session).body
    assert SHARED_FEEDBACK in text  # markup-like text and emoji shown verbatim
    assert "José Núñez" in text
    assert PRIVATE_FEEDBACK not in text
    assert note == _(
        "Private entries are left out. Edit the text if you like, then copy and save it."
    )


async def test_send_copies_saves_archives_and_drops_the_draft(
    tmp_path: Path, board: FakeBoard
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        expected = shown_text(app)
        await send(app, pilot)
        shown = status(app)
        quit_button = app.screen.query_one("#summary-quit", Button)
        assert quit_button.display
        assert app.focused is quit_button
        assert app.screen.query_one("#summary-text", TextArea).read_only
    assert board.text == expected
    [file] = summary_files(launch)
    assert file.read_text(encoding="utf-8") == expected
    assert file.name.startswith(f"2025-03-04-jose-nunez-{session.id[:8]}")
    assert _("Copied to the clipboard.") in shown
    assert str(file) in shown
    assert _("Session stored in the history ({path}).", path=launch.archive.layout.root) in shown
    stored = stored_session(launch.data_dir, session.id)
    assert stored is not None
    assert stored.summary_text == expected
    assert [f.text for f in stored.feedback] == [SHARED_FEEDBACK, PRIVATE_FEEDBACK]
    assert not launch.data_dir.draft_path.exists()


async def test_without_any_clipboard_it_goes_to_the_terminal_and_a_file(
    tmp_path: Path, no_clipboard: None
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        expected = shown_text(app)
        await send(app, pilot)
        shown = status(app)
        assert shown_text(app) == expected  # still on screen to copy by hand
    assert app.clipboard == expected  # handed to the terminal via OSC 52
    [file] = summary_files(launch)
    assert file.read_text(encoding="utf-8") == expected
    assert (
        _(
            "No system clipboard ({reason}): sent to the terminal (OSC 52) — your terminal may or "
            "may not accept it.",
            reason=_("no clipboard tool found; install xclip, xsel or wl-clipboard"),
        )
        in shown
    )
    assert _("Copied to the clipboard.") not in shown
    assert str(file) in shown
    assert stored_session(launch.data_dir, session.id) is not None
    assert not launch.data_dir.draft_path.exists()


async def test_the_edited_text_is_what_is_delivered_and_stored(
    tmp_path: Path, board: FakeBoard
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        original = shown_text(app)
        assert isinstance(app.focused, TextArea)
        await pilot.press(*"Hola [i]! ", "q")  # "q" is text here, not Quit
        edited = shown_text(app)
        await send(app, pilot)
    assert edited == "Hola [i]! q" + original
    assert not app.exit_requested
    assert board.text == edited
    [file] = summary_files(launch)
    assert file.read_text(encoding="utf-8") == edited
    stored = stored_session(launch.data_dir, session.id)
    assert stored is not None
    assert stored.summary_text == edited


async def test_archive_failure_keeps_draft_and_text_and_allows_retry(
    tmp_path: Path, board: FakeBoard, monkeypatch: pytest.MonkeyPatch
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    disk_full = OSError(errno.ENOSPC, "No space left on device")

    def failing_add(self: SessionArchive, session: Session) -> None:
        raise disk_full

    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        expected = shown_text(app)
        with monkeypatch.context() as patch:
            patch.setattr(SessionArchive, "add", failing_add)
            await send(app, pilot)
        shown = status(app)
        assert (
            _(
                "Could not store the session in the history: {reason}. It is kept as an "
                "interrupted session; copy the text by hand if needed and press Ctrl+S to try "
                "again.",
                reason=os_error_reason(disk_full),
            )
            in shown
        )
        assert _("The finished session is kept: the next start reopens this summary.") in shown
        assert app.screen.query_one("#summary-status", Static).has_class("-error")
        assert shown_text(app) == expected
        # The draft is now the finished session with its text: closing the app
        # here would reopen this summary at the next start.
        kept = launch.drafts.load().session
        assert kept is not None
        assert kept.finished
        assert kept.summary_text == expected
        assert not app.screen.query_one("#summary-send", Button).disabled
        assert not app.screen.query_one("#summary-quit", Button).display
        # q still types: the session is not stored yet, so there is no Quit.
        await pilot.press("q")
        assert not app.exit_requested

        app.screen.query_one("#summary-text", TextArea).text = expected
        await send(app, pilot)
        assert _(
            "Session stored in the history ({path}).", path=launch.archive.layout.root
        ) in status(app)
        await pilot.press("q")
        assert app.exit_requested
    assert stored_session(launch.data_dir, session.id) is not None
    assert not launch.data_dir.draft_path.exists()


async def test_unexpected_error_is_shown_not_raised(
    tmp_path: Path, board: FakeBoard, monkeypatch: pytest.MonkeyPatch
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)

    def broken_add(self: SessionArchive, session: Session) -> None:
        raise RuntimeError("database exploded")

    monkeypatch.setattr(SessionArchive, "add", broken_add)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot)
        shown = status(app)
        assert app.is_running
    assert "database exploded" in shown
    assert launch.data_dir.draft_path.exists()


async def test_quit_button_after_sending(tmp_path: Path, board: FakeBoard) -> None:
    launch = make_launch(tmp_path)
    app = Host(launch, finished_session(launch))
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot)
        await pilot.click("#summary-quit")
        await pilot.pause()
        assert app.exit_requested


async def test_send_summary_is_in_the_command_palette_until_sent(
    tmp_path: Path, board: FakeBoard
) -> None:
    from sessiontui.tui.app import create_app

    launch = make_launch(tmp_path)
    session = finished_session(launch)
    launch.draft = session
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, SummaryScreen)
        await run_from_palette(pilot, _("Copy and save the summary"))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one("#summary-quit", Button).display
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert _("Copy and save the summary") not in titles  # stored: nothing left to send
    assert stored_ids(launch.data_dir) == [session.id]


async def test_a_summary_without_a_mentee_name_still_gets_a_file(
    tmp_path: Path, board: FakeBoard
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch, mentee="")
    app = Host(launch, session)
    async with app.run_test(size=(60, 20)) as pilot:
        await send(app, pilot)
    [file] = summary_files(launch)
    assert file.name == f"2025-03-04-{session.id[:8]}.txt"


async def test_quitting_before_sending_keeps_the_edited_summary_for_next_time(
    tmp_path: Path, board: FakeBoard
) -> None:
    from sessiontui.tui.app import create_app

    launch = make_launch(tmp_path)
    session = finished_session(launch)
    app = create_app(launch)
    app.launch.draft = session
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        app.screen.query_one("#summary-text", TextArea).text = "Edited by hand: ¿vale? [b]ok[/b]"
        await pilot.press("ctrl+q")
        await pilot.pause()
    kept = launch.drafts.load().session
    assert kept is not None
    assert kept.summary_text == "Edited by hand: ¿vale? [b]ok[/b]"

    again = create_app(make_launch(tmp_path))
    again.launch.draft = kept
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, SummaryScreen)
        assert shown_text(again) == "Edited by hand: ¿vale? [b]ok[/b]"


@pytest.mark.parametrize(
    "content",
    [b'{"sessions": []}', b'{"sessions": null}', b'{"sessions": {"first": {"id": "x"}}}'],
    ids=["list", "null", "key-not-a-number"],
)
async def test_an_index_of_the_wrong_shape_is_set_aside_on_the_first_send(
    tmp_path: Path, board: FakeBoard, content: bytes
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    index = launch.archive.layout.index_path
    index.parent.mkdir(mode=0o700)
    index.write_bytes(content)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot)
        shown = status(app)
        assert app.screen.query_one("#summary-quit", Button).display  # no retry needed
    [aside] = [p for p in index.parent.iterdir() if ".corrupt-" in p.name]
    assert aside.read_bytes() == content
    # The status wraps anywhere: compare without whitespace.
    assert "".join(f"it was kept aside at {aside}".split()) in "".join(shown.split())
    assert stored_ids(launch.data_dir) == [session.id]
    assert len(summary_files(launch)) == 1
    assert not launch.data_dir.draft_path.exists()


async def test_history_from_a_newer_release_is_left_untouched_and_the_session_kept(
    tmp_path: Path, board: FakeBoard
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    future = b'{"mentees": {"1": {"schema_version": 99, "id": "0123456789abcdef"}}}'
    index = launch.archive.layout.index_path
    index.parent.mkdir(mode=0o700)
    index.write_bytes(future)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot)
        shown = status(app)
        assert app.screen.query_one("#summary-send", Button).display  # Send stays offered
    assert "written by a newer sessiontui (data version 99" in shown
    assert index.read_bytes() == future
    assert not [p for p in launch.data_dir.path.rglob("*") if ".corrupt-" in p.name]
    kept = launch.drafts.load().session
    assert kept is not None
    assert kept.id == session.id


async def test_a_loose_summaries_folder_is_made_private_and_the_mentor_told(
    tmp_path: Path, board: FakeBoard
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    folder = launch.data_dir.summaries_dir
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot)
        shown = status(app)
    assert f"The folder {folder} could be read by others; it is now private (0700)." in shown
    assert folder.stat().st_mode & 0o777 == 0o700
    assert len(summary_files(launch)) == 1


async def test_a_summaries_link_is_refused_and_its_target_named(
    tmp_path: Path, board: FakeBoard
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    synced = tmp_path / "Dropbox"
    synced.mkdir()
    launch.data_dir.summaries_dir.symlink_to(synced)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot)
        shown = status(app)
    assert list(synced.iterdir()) == []
    assert f"it is a symbolic link (to {synced}); links are not followed here" in shown
    assert _("Copied to the clipboard.") in shown  # the clipboard still worked
    assert stored_session(launch.data_dir, session.id) is not None


async def test_ctrl_q_while_sending_quits_and_the_send_still_stores_the_session_once(
    tmp_path: Path, board: FakeBoard, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race of issue 7: Ctrl+Q while a send is in flight. The clipboard tool
    hangs until the app has quit; the send then finishes in its thread: the
    session is stored once, one summary file, and no draft comes back."""
    from sessiontui.tui.app import create_app

    copying, release, done = threading.Event(), threading.Event(), threading.Event()

    def hanging_copy(text: str) -> None:
        copying.set()
        release.wait(timeout=10)
        board.copy(text)

    def paste_then_done() -> str:
        done.set()
        return board.paste()

    monkeypatch.setattr(pyperclip, "copy", hanging_copy)
    monkeypatch.setattr(pyperclip, "paste", paste_then_done)
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    launch.draft = session
    app = create_app(launch)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_screen(pilot, SummaryScreen)
            await pilot.press("ctrl+s")
            await wait_until(copying.is_set, "the send reached the clipboard")
            await pilot.press("ctrl+q")
            await wait_until(lambda: not app.is_running, "the app quits while sending")
        kept = launch.drafts.load().session  # what the exit left, mid-send
        assert kept is not None
        assert kept.finished
    finally:
        release.set()
    await asyncio.get_running_loop().run_in_executor(None, done.wait, 10)
    await wait_until(
        lambda: stored_ids(launch.data_dir) == [session.id], "the send stored the session"
    )
    await wait_until(
        lambda: not launch.data_dir.draft_path.exists(), "the stored session's draft dropped"
    )
    assert len(summary_files(launch)) == 1


async def test_send_writes_the_next_sessions_calendar_beside_the_summary(
    tmp_path: Path, board: FakeBoard
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    following = datetime.fromisoformat("2025-03-18T10:15:00+01:00")
    session.relationship.next_session = NextSession(starts_at=following, prepare="Bring the CV")
    launch.drafts.save(session)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await send(app, pilot)
        shown = status(app)
    (summary_file,) = [p for p in summary_files(launch) if p.suffix == ".txt"]
    calendar = summary_file.with_suffix(".ics")
    assert calendar.exists()
    assert "DTSTART:20250318T091500Z" in calendar.read_text(encoding="utf-8")
    # The status wraps anywhere: compare without whitespace.
    assert "".join(f"Calendar file for the next session: {calendar}.".split()) in "".join(
        shown.split()
    )
