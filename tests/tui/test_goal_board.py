"""The goal board (F11) and the goal form (issue 10.3): goals with measures, dates
and a chart of check-ins; check-ins, notes and status with one key; the form
nudges towards measurable goals without blocking, and never drops typing
without asking."""

from __future__ import annotations

from datetime import UTC, datetime

from sessiontui.launch import Launch
from sessiontui.model import GoalCheckIn, GoalStatus, LongTermGoal, Progress, Visibility
from sessiontui.tui.app import create_app
from sessiontui.tui.relationship_format import PROGRESS_MARKS, goal_board_text
from sessiontui.tui.screens.choice import ChoiceScreen
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.goal_form import GoalFormScreen
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.screens.history import HistoryScreen
from sessiontui.tui.screens.line_form import LineFormScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.widgets.key_footer import KeyFooter

from .conftest import LaunchFactory
from .helpers import list_texts, screen_text, session_screen, wait_for_screen, wait_for_screen_text
from .textual_private import FooterKey


async def test_the_board_shows_each_goal_with_its_progress_history(
    ana_launch: Launch,
) -> None:
    launch = ana_launch
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f11")
        await wait_for_screen(pilot, GoalBoardScreen)
        text = await wait_for_screen_text(pilot, "Goals with Ana", "Speak at a meetup")
        assert "by Jun 30, 2025" in text
        assert "Measure: one talk given" in text
        # Two check-ins, oldest first: on track, then at risk.
        assert "● ◐   At risk: no slot yet" in text
        assert "Lead a project" in text
        assert "No measure yet" in text
        assert "● On track   ◐ At risk   ○ Off track" in text


async def test_check_in_note_and_status_with_one_key_each(ana_launch: Launch) -> None:
    launch = ana_launch
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        await pilot.press("f11")
        await wait_for_screen(pilot, GoalBoardScreen)
        await pilot.press("1")
        await wait_for_screen_text(pilot, "● ◐ ●   On track today")
        talk = live.relationship.goals[0]
        check_in = talk.check_in_of(live.session.id)
        assert check_in is not None
        assert check_in.progress is Progress.ON_TRACK
        await pilot.press("n")
        await wait_for_screen(pilot, LineFormScreen)
        await pilot.press(*"slot booked", "enter")
        await wait_for_screen_text(pilot, "On track today: slot booked")
        # Another reading keeps the note; one check-in per session.
        await pilot.press("3")
        await wait_for_screen_text(pilot, "● ◐ ○   Off track today: slot booked")
        assert len(talk.check_ins) == 3
        await pilot.press("down", "s")
        await wait_for_screen_text(pilot, "Lead a project  · Achieved")
        assert live.relationship.goals[1].status is GoalStatus.ACHIEVED
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        # The board's changes are the session's: the autosave keeps them.
        assert live.revision > 0


async def test_the_form_nudges_towards_a_measure_and_a_date_without_blocking(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        await pilot.press("f11")
        await wait_for_screen(pilot, GoalBoardScreen)
        assert "No long-term goals yet" in screen_text(app)
        await pilot.press("a")
        await wait_for_screen(pilot, GoalFormScreen)
        await pilot.press(*"Get promoted")
        await wait_for_screen_text(pilot, "No measure yet", "No target date yet")
        await pilot.press("tab", *"title on the contract", "tab", *"+12w")
        text = await wait_for_screen_text(pilot, "Get promoted")
        assert "No measure yet" not in text
        assert "No target date yet" not in text
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, GoalBoardScreen)
        [goal] = live.relationship.goals
        assert (goal.title, goal.measure, goal.visibility) == (
            "Get promoted",
            "title on the contract",
            Visibility.SHARED,
        )
        assert goal.target_date is not None
        assert goal.target_date.isoformat() == "2025-06-06"
        # A goal with neither measure nor date is saved all the same.
        await pilot.press("a")
        await wait_for_screen(pilot, GoalFormScreen)
        await pilot.press(*"Read more", "enter")
        await wait_for_screen(pilot, GoalBoardScreen)
        assert [g.title for g in live.relationship.goals] == ["Get promoted", "Read more"]
        assert list_texts(app, "#board-goals")[1].startswith("Read more\n   No measure yet")


async def test_cancelling_a_form_with_text_asks_first(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        await pilot.press("f11", "a")
        await wait_for_screen(pilot, GoalFormScreen)
        await pilot.press(*"Half a thought", "escape")
        await wait_for_screen(pilot, ConfirmScreen)
        assert "Throw away what you typed" in screen_text(app)
        await pilot.press("escape")
        await wait_for_screen(pilot, GoalFormScreen)
        assert "Half a thought" in screen_text(app)
        await pilot.press("escape")
        await wait_for_screen(pilot, ConfirmScreen)
        await pilot.press("left", "enter")  # Yes, away from the safe answer
        await wait_for_screen(pilot, GoalBoardScreen)
        assert live.relationship.goals == []
        # An untouched form closes at once.
        await pilot.press("a")
        await wait_for_screen(pilot, GoalFormScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, GoalBoardScreen)


async def test_editing_a_goal_and_opening_the_history(ana_launch: Launch) -> None:
    launch = ana_launch
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        await pilot.press("f11", "down", "e")
        await wait_for_screen(pilot, GoalFormScreen)
        await pilot.press("tab", *"leads the Q3 launch", "ctrl+s")
        await wait_for_screen_text(pilot, "Measure: leads the Q3 launch")
        assert live.relationship.goals[1].measure == "leads the Q3 launch"
        await pilot.press("h")
        await wait_for_screen(pilot, HistoryScreen)
        await wait_for_screen_text(pilot, "2 sessions")


async def test_a_session_goal_is_linked_to_a_long_term_goal(ana_launch: Launch) -> None:
    launch = ana_launch
    app = create_app(launch)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        await pilot.press("f11", "l")
        await wait_for_screen_text(pilot, "No session goals yet")
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("ctrl+y", *"Book a meetup slot", "enter")
        await pilot.press("f11", "l")
        await wait_for_screen(pilot, ChoiceScreen)
        assert "Which session goal works towards Speak at a meetup?" in screen_text(app)
        await pilot.press("enter")
        await wait_for_screen_text(pilot, "This session: Book a meetup slot")
        [meta] = live.session.goals
        assert meta.long_term_goal_id == live.relationship.goals[0].id


async def test_f1_lists_the_boards_keys(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f11", "f1")
        await wait_for_screen(pilot, HelpScreen)
        # A search brings the Keys tab forward, with the board's own keys.
        await pilot.press(*"check in")
        await wait_for_screen_text(pilot, "Check in: on track", "Check in: at risk")
        await pilot.press("f1")
        await wait_for_screen(pilot, GoalBoardScreen)


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


async def test_at_80_columns_the_footer_shows_close_and_help_and_only_whole_keys(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch(language="es"))
    async with app.run_test(size=(80, 24)) as pilot:
        session_screen(app)
        await pilot.press("f11")
        await wait_for_screen(pilot, GoalBoardScreen)
        await pilot.pause()
        footer = app.screen.query_one(KeyFooter)
        shown = [
            key.description
            for key in footer.query(FooterKey)
            if not key.has_class("-command-palette")
        ]
        assert shown[:3] == ["Cerrar", "Ayuda", "Añadir"]
        # The keys left out are in F1; none is cut mid-word on the last line.
        footer_line = screen_text(app).splitlines()[-1]
        assert all(label in footer_line for label in shown)
