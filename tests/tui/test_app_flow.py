"""Which screen comes first, notices, resume/finish/discard of a draft, and the
whole flow from start to the stored session."""

from __future__ import annotations

from datetime import datetime

from tests.history import stored_sessions
from textual.widgets import Button

from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import Session
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.store import DraftStore
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.mentee_picker import MenteePickerScreen
from sessiontui.tui.screens.resume import ResumeScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.start import StartScreen
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import START_WALL, FixedWall, LaunchFactory, ManualClock
from .helpers import (
    countdown_words,
    focused_id,
    screen_text,
    session_screen,
    settle,
    static_text,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
)
from .textual_private import press_effect_showing


def _interrupted(library: ScriptLibrary, clock: ManualClock) -> Session:
    """A draft as a killed app leaves it: started, 5 min in, one action item."""
    session = session_from_script(library.get("regular"), "Beatriz", START_WALL)
    live = LiveSession(session, clock, wall_clock=FixedWall(clock))
    live.start()
    live.add_action_item("Send the CV")
    clock.advance(300)
    live.next_segment()
    clock.advance(45)
    return live.snapshot()


def _mmss(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


async def test_without_a_mentee_the_picker_then_the_start_screen_ask(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch(mentee=None, script=None))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await pilot.press(*"Carla", "enter")
        await wait_for_screen(pilot, ConfirmScreen)
        await pilot.press("enter")  # the question starts on Create
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        assert live.session.mentee == "Carla"
        assert live.session.mentee_id is not None
        assert live.clock.running


async def test_notices_are_shown_as_warnings(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(notices=["history moved aside to /x/[old]/sessions.json.bad"]))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        text = await wait_for_screen_text(
            pilot, "history moved aside to", "/x/[old]/sessions.json.bad"
        )
        # The toast wraps the line; "[old]" stays as written (not markup).
        assert "history moved aside to" in text
        assert "/x/[old]/sessions.json.bad" in text


async def test_resume_brings_the_draft_back_paused(
    make_launch: LaunchFactory, library: ScriptLibrary, clock: ManualClock
) -> None:
    draft = _interrupted(library, clock)
    app = create_app(make_launch(draft=draft, mentee=None, script=None))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ResumeScreen)
        await pilot.press("enter")  # the focus starts on Resume
        await wait_for_screen(pilot, SessionScreen)
        screen = session_screen(app)
        clock.advance(600)  # back at the call: the segment stands still until resumed
        screen.refresh_clock()
        assert screen.query_one("#status").has_class("-paused")
        # 45 s of the second segment were used before the interruption.
        regular = library.get("regular")
        where = f"2/{len(regular.segments)}"
        second = regular.segments[1].minutes * 60
        paused = "Paused — Ctrl+T to resume"
        assert countdown_words(app) == f"{where} · {_mmss(second - 45)} left · {paused}"
        assert paused in screen_text(app)
        assert [item.text for item in screen.live.session.action_items] == ["Send the CV"]
        await pilot.press("ctrl+t")
        clock.advance(15)
        screen.refresh_clock()
        assert countdown_words(app) == f"{where} · {_mmss(second - 60)} left · On time"
        assert paused not in screen_text(app)


async def test_finish_now_shows_the_summary_of_the_draft(
    make_launch: LaunchFactory, library: ScriptLibrary, clock: ManualClock
) -> None:
    draft = _interrupted(library, clock)
    app = create_app(make_launch(draft=draft))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, ResumeScreen)
        await pilot.press("right", "enter")
        await wait_for_screen(pilot, SummaryScreen)
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        assert "Send the CV" in summary.text


async def test_discard_starts_afresh(
    make_launch: LaunchFactory, library: ScriptLibrary, clock: ManualClock
) -> None:
    draft = _interrupted(library, clock)
    launch = make_launch(draft=draft)
    launch.drafts.save(draft)
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, ResumeScreen)
        await pilot.press("right", "right", "enter")
        discard = app.screen.query_one("#discard", Button)
        await wait_until(lambda: not press_effect_showing(discard), "the press effect over")
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        assert live.session.id != draft.id
        assert live.session.mentee == "Ana"
        assert live.session.action_items == []


async def test_whole_session_from_start_to_the_stored_summary(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    launch = make_launch()
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        clock.advance(280)
        await pilot.press("ctrl+n")
        await pilot.press("ctrl+o", *"Update the roadmap", "enter")
        # Feedback to the mentee asks: shared (Ctrl+F once), then private (twice).
        await pilot.press("ctrl+r", *"At the retro", "tab", *"You named the risk")
        await pilot.press("ctrl+f", "enter")
        await pilot.press("ctrl+r", "tab", "tab", "tab", *"Secret worry", "ctrl+f", "ctrl+f")
        await pilot.press("enter")
        clock.advance(200)
        await pilot.press("ctrl+b")
        clock.advance(20)
        await pilot.press("f10")
        await pilot.pause()
        assert focused_id(app) == "confirm-no"  # Enter alone would not finish
        await pilot.click("#confirm-yes")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        text = app.screen.text
        assert "Ana" in text
        assert "Update the roadmap" in text
        assert "You named the risk" in text
        assert "Secret worry" not in text
        assert live.session.finished_at == datetime.fromisoformat("2025-03-14T10:08:20+01:00")
        assert DraftStore(launch.data_dir).load().session is not None

        await pilot.press("ctrl+s")
        await settle(app)
        await pilot.pause()

    stored = stored_sessions(launch.data_dir)
    assert len(stored) == 1
    session = stored[0]
    assert session.mentee == "Ana"
    assert [item.text for item in session.action_items] == ["Update the roadmap"]
    assert [entry.text for entry in session.feedback] == ["", "Secret worry"]
    assert session.segments[0].spent_seconds == 300
    assert session.segments[1].spent_seconds == 200
    assert DraftStore(launch.data_dir).load().session is None


async def test_f10_twice_finishes_and_escape_or_enter_keeps_going(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        for answer in ("escape", "enter", "n", "y", "s"):
            await pilot.press("f10")
            await wait_for_screen(pilot, ConfirmScreen)
            await pilot.press(answer)
            if answer in {"escape", "enter"}:  # Enter: "Keep going" has the focus
                await wait_for_screen(pilot, SessionScreen)
            assert not live.session.finished, answer
            if isinstance(app.screen, ConfirmScreen):  # a letter answers nothing
                await pilot.press("escape")
                await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f10", "f10")
        await wait_for_screen(pilot, SummaryScreen)
        assert live.session.finished


async def test_the_finish_question_takes_arrows_and_enter(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f10")
        await wait_for_screen(pilot, ConfirmScreen)
        keys = "F10 again: finish · Esc: keep going · ←/→ and Enter: choose"
        assert static_text(app, "#confirm-keys") == keys
        await pilot.press("left", "enter")
        await wait_for_screen(pilot, SummaryScreen)


async def test_a_finished_but_unsent_draft_goes_straight_to_its_summary(
    make_launch: LaunchFactory, library: ScriptLibrary, clock: ManualClock
) -> None:
    live = LiveSession(_interrupted(library, clock), clock, wall_clock=FixedWall(clock))
    finished = live.finish()
    app = create_app(make_launch(draft=finished))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        # The toast wraps over the text area's border: look for both halves.
        shown = await wait_for_screen_text(
            pilot, "session was finished but its summary", "was not sent yet"
        )
        assert isinstance(app.screen, SummaryScreen)
        assert "Send the CV" in app.screen.text
        assert "session was finished but its summary" in shown
        assert "was not sent yet" in shown
