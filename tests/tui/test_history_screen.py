"""The history screen (issue 10.6): a mentee's sessions with a sessions-per-month
picture; one opened shows its summary and every entry, private ones marked for
the mentor only."""

from __future__ import annotations

from sessiontui.launch import Launch
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.history import HistoryScreen, SessionReadScreen
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import (
    footer_laid_out,
    list_texts,
    run_from_palette,
    screen_text,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
    whole_footer_keys,
)
from .relationship_data import PRIVATE_NOTE


async def test_sessions_per_month_and_one_session_opened(ana_launch: Launch) -> None:
    launch = ana_launch
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await run_from_palette(pilot, "History")
        await wait_for_screen(pilot, HistoryScreen)
        text = await wait_for_screen_text(pilot, "History with Ana", "2 sessions")
        # Last twelve months, oldest first: one in February, one in March.
        assert "per month  · · · · · · · · · · █ █" in text
        assert "           A M J J A S O N D J F M" in text
        assert [row.split("  ")[0] for row in list_texts(app, "#history-sessions")] == [
            "Mar 7, 2025",
            "Feb 28, 2025",
        ]
        # The list's Enter opens: the footer says so; the session read has nothing to open.
        await wait_until(lambda: footer_laid_out(app), "the history's footer")
        assert whole_footer_keys(app)[:3] == ["⏎ Open", "f1 Help", "esc Back"]
        await pilot.press("down", "enter")
        await wait_for_screen(pilot, SessionReadScreen)
        text = await wait_for_screen_text(pilot, "Feb 28, 2025 · Regular mentoring session")
        await wait_until(lambda: footer_laid_out(app), "the session read's footer")
        assert whole_footer_keys(app)[:2] == ["f1 Help", "esc Back"]
        assert not any("Open" in key for key in whole_footer_keys(app))
        assert "What your mentee received" in text
        entries = list_texts(app, "#read-entries")
        assert "Action: [ ] Draft the talk outline · Mentee · due Mon 3 Mar" in entries
        assert f"Note: {PRIVATE_NOTE} [private]" in entries
        summary = str(app.screen.query_one("#read-summary").render())
        assert "Draft the talk outline" in summary
        assert PRIVATE_NOTE not in summary
        await pilot.press("escape")
        await wait_for_screen(pilot, HistoryScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)


async def test_a_new_mentee_has_no_history_yet(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(mentee="Bea"))
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f11", "h")
        await wait_for_screen(pilot, HistoryScreen)
        text = await wait_for_screen_text(pilot, "No stored sessions yet.")
        assert "0 sessions" in text
        await pilot.press("escape")
        await wait_for_screen(pilot, GoalBoardScreen)
        assert "Goals with Bea" in screen_text(app)
