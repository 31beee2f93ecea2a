"""Share mode on the relationship screens: the goal board, the agreement and a stored
session read from the history hide what is private while sharing, and show it
to the mentor alone."""

from __future__ import annotations

from datetime import UTC, datetime

from sessiontui.model import (
    AgreementTerms,
    Frequency,
    GoalCheckIn,
    LongTermGoal,
    Progress,
    Visibility,
)
from sessiontui.tui.app import create_app
from sessiontui.tui.relationship_format import PROGRESS_MARKS, goal_board_text
from sessiontui.tui.screens.agreement import AgreementScreen
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.history import HistoryScreen, SessionReadScreen
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import (
    run_from_palette,
    screen_text,
    session_screen,
    wait_for_screen,
    wait_for_screen_text,
)
from .relationship_data import PRIVATE_NOTE, stored_mentee

SECRET_GOAL = "QzSecretGoal"
SECRET_TERMS = "QzSecretTerms"


async def test_private_goals_and_agreement_notes_hide_while_sharing(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch()
    launch.mentee_id = stored_mentee(launch.archive)
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        relationship = session_screen(app).live.relationship
        relationship.add_goal(SECRET_GOAL, visibility=Visibility.PRIVATE)
        relationship.set_agreement(
            AgreementTerms(frequency=Frequency.WEEKLY, private_notes=SECRET_TERMS)
        )

        await pilot.press("f11")
        await wait_for_screen(pilot, GoalBoardScreen)
        await wait_for_screen_text(pilot, "Speak at a meetup", SECRET_GOAL)  # alone: all
        await pilot.press("f12")
        await pilot.pause()
        shown = screen_text(app)
        assert "Speak at a meetup" in shown
        assert SECRET_GOAL not in shown

        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f2")
        await wait_for_screen(pilot, AgreementScreen)
        await wait_for_screen_text(pilot, "Every week")
        assert SECRET_TERMS not in screen_text(app)


async def test_a_stored_sessions_private_entries_hide_while_sharing(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch(share=True)
    launch.mentee_id = stored_mentee(launch.archive)
    app = create_app(launch)
    # Tall enough for the summary and every entry below it.
    async with app.run_test(size=(100, 60)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await run_from_palette(pilot, "History")
        await wait_for_screen(pilot, HistoryScreen)
        await wait_for_screen_text(pilot, "2 sessions")
        await pilot.press("down", "enter")
        await wait_for_screen(pilot, SessionReadScreen)
        shown = await wait_for_screen_text(pilot, "Action: [ ] Draft the talk outline")
        assert PRIVATE_NOTE not in shown
        assert "Introduce Ana to Maria" not in shown


def test_a_private_check_in_leaves_no_mark_on_the_chart_while_sharing() -> None:
    when = datetime(2025, 3, 1, tzinfo=UTC)
    goal = LongTermGoal(
        created_at=when,
        title="Speak at a meetup",
        check_ins=[
            GoalCheckIn(created_at=when, session_id="s1", progress=Progress.ON_TRACK),
            GoalCheckIn(
                created_at=when,
                session_id="s2",
                progress=Progress.OFF_TRACK,
                visibility=Visibility.PRIVATE,
            ),
        ],
    )
    off_track = PROGRESS_MARKS[Progress.OFF_TRACK]
    assert off_track in goal_board_text(goal, "s3")  # the mentor alone sees it
    assert off_track not in goal_board_text(goal, "s3", sharing=True)
