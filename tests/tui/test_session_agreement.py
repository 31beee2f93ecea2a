"""The mentoring agreement: expectations and confidentiality segments preset
shared notes, which the summary lists under "What we agreed"; private notes
stay private everywhere."""

from __future__ import annotations

from textual.app import App
from textual.widgets import Input

from sessiontui.live import LiveSession
from sessiontui.model import SegmentKind, Visibility
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.summary import render_summary
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.goal_form import GoalFormScreen
from sessiontui.tui.widgets.entry_form import VisibilitySwitch

from .conftest import LaunchFactory
from .helpers import (
    focused_id,
    list_texts,
    screen_text,
    session_screen,
    wait_for_screen,
    wait_for_screen_text,
)


def _visibility(app: App[None]) -> object:
    return session_screen(app).query_one("#note-form VisibilitySwitch", VisibilitySwitch).value


def _kind(live: LiveSession) -> SegmentKind:
    # A call, so the type checker does not carry one check's answer to the next.
    return live.current_segment.kind


def _placeholder(app: App[None]) -> str:
    return session_screen(app).query_one("#note-input", Input).placeholder


async def test_expectations_preset_shared_notes_that_the_summary_lists(
    make_launch: LaunchFactory, library: ScriptLibrary
) -> None:
    app = create_app(make_launch(script=library.get("first-session")))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = session_screen(app)
        live = screen.live
        # The check-in opens no form: the note form is mounted when first opened.
        assert not screen.query("#note-form")

        await pilot.press("ctrl+n")
        await pilot.pause()
        assert _kind(live) is SegmentKind.EXPECTATIONS
        assert focused_id(app) == "note-input"
        assert screen.query_one("#listening-pane").has_class("-forward")
        assert _visibility(app) is Visibility.SHARED
        assert _placeholder(app) == "What we agree"
        assert "What we agree: frequency, duration, topics" in " ".join(screen_text(app).split())
        await pilot.press(*"Meet every two weeks, one hour", "enter")

        await pilot.press("ctrl+n")
        await pilot.pause()
        assert _kind(live) is SegmentKind.CONFIDENTIALITY
        assert _visibility(app) is Visibility.SHARED
        await pilot.press(*"What we say stays between us", "enter")

        # Past the agreement, notes are private again.
        await pilot.press("ctrl+n", "ctrl+g")
        await pilot.pause()
        assert _kind(live) is SegmentKind.LONG_TERM_GOALS
        assert _visibility(app) is Visibility.PRIVATE
        assert focused_id(app) == "note-input"
        await pilot.press(*"Seems nervous about the move", "enter")
        await pilot.pause()

        assert [(n.text, n.visibility) for n in live.session.notes] == [
            ("Meet every two weeks, one hour", Visibility.SHARED),
            ("What we say stays between us", Visibility.SHARED),
            ("Seems nervous about the move", Visibility.PRIVATE),
        ]
        assert list_texts(app, "#notes-list") == [
            "Meet every two weeks, one hour  shared",
            "What we say stays between us  shared",
            "Seems nervous about the move  private",
        ]
        summary = render_summary(live.session).body
        agreed = summary.split("What we agreed", 1)[1]
        assert "Meet every two weeks, one hour" in agreed
        assert "What we say stays between us" in agreed
        assert "Seems nervous" not in summary


async def test_the_mentor_can_keep_a_note_private_during_the_agreement(
    make_launch: LaunchFactory, library: ScriptLibrary
) -> None:
    app = create_app(make_launch(script=library.get("first-session")))
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert _visibility(app) is Visibility.SHARED
        # Ctrl+F, shown in the footer, flips the form's switch.
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert _visibility(app) is Visibility.PRIVATE
        assert _placeholder(app) == "A private note"
        assert focused_id(app) == "note-input"
        await pilot.press(*"Check how the team lead reacts", "enter")
        await pilot.pause()
        assert live.session.notes[0].visibility is Visibility.PRIVATE
        assert "Check how the team lead" not in render_summary(live.session).body


async def test_the_long_term_goals_segment_offers_the_goal_board(
    make_launch: LaunchFactory, library: ScriptLibrary
) -> None:
    """In the first session the long-term goals are named: they go on the goal board
    (F11), not into the session-goal form, which the segment no longer opens."""
    app = create_app(make_launch(script=library.get("first-session")))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        live = session_screen(app).live
        while _kind(live) is not SegmentKind.LONG_TERM_GOALS:
            await pilot.press("ctrl+n")
        await wait_for_screen_text(pilot, "f11 opens the goal board: add each", "long-term goal")
        assert focused_id(app) == "goals-list"
        assert not session_screen(app).query("#goal-form")
        await pilot.press("f11")
        await wait_for_screen(pilot, GoalBoardScreen)
        await pilot.press("a")
        await wait_for_screen(pilot, GoalFormScreen)
