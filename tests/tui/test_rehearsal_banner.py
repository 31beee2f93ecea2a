"""A rehearsal says so on every screen it shows; a real session never does."""

from __future__ import annotations

import pyperclip  # type: ignore[import-untyped]
import pytest

from sessiontui.tui.app import create_app
from sessiontui.tui.screens.agreement import AgreementScreen
from sessiontui.tui.screens.carried_review import CarriedReviewScreen
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import LaunchFactory
from .helpers import (
    screen_text,
    session_screen,
    shown_in,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
)
from .test_summary_screen import no_mechanism

BANNER = {"en": "REHEARSAL · invented mentee", "es": "ENSAYO · mentee de ficción"}


@pytest.mark.parametrize("language", ["en", "es"])
async def test_the_session_and_the_summary_say_it_is_a_rehearsal(
    make_launch: LaunchFactory, language: str
) -> None:
    app = create_app(make_launch(rehearsal=True, language=language))
    async with app.run_test(size=(60, 20)) as pilot:
        session_screen(app)
        assert screen_text(app).splitlines()[0].strip().startswith(BANNER[language])
        await pilot.press("f10", "f10")
        await wait_for_screen(pilot, SummaryScreen)
        assert BANNER[language] in screen_text(app)


async def test_a_real_session_has_no_banner(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        session_screen(app)
        assert "REHEARSAL" not in screen_text(app)
        await pilot.press("f11")
        await wait_for_screen(pilot, GoalBoardScreen)
        assert "REHEARSAL" not in screen_text(app)
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f10", "f10")
        await wait_for_screen(pilot, SummaryScreen)
        assert "REHEARSAL" not in screen_text(app)


@pytest.mark.parametrize(
    ("key", "screen"),
    [("f2", AgreementScreen), ("f4", CarriedReviewScreen), ("f11", GoalBoardScreen)],
    ids=["agreement", "follow-up", "goal-board"],
)
async def test_the_relationship_screens_say_it_is_a_rehearsal(
    make_launch: LaunchFactory, key: str, screen: type[object]
) -> None:
    app = create_app(make_launch(rehearsal=True))
    async with app.run_test(size=(80, 24)) as pilot:
        session_screen(app)
        await pilot.press(key)
        await wait_for_screen(pilot, screen)
        await wait_for_screen_text(pilot, BANNER["en"])


async def test_the_delivery_report_keeps_file_names_whole_and_says_the_folder_goes(
    make_launch: LaunchFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80x24 the report broke the summary file's name ("…e24b97e3.tx" / "t.")."""
    monkeypatch.setattr(pyperclip, "copy", no_mechanism)
    launch = make_launch(rehearsal=True)
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        session_screen(app)
        await pilot.press("f10", "f10")
        await wait_for_screen(pilot, SummaryScreen)
        await pilot.press("ctrl+s")
        await wait_until(lambda: bool(app.screen.query_one("#summary-quit").display), "stored")
        [written] = list(launch.data_dir.summaries_dir.iterdir())
        # The whole report, not its first line: the rest is laid out a frame later.
        await wait_until(
            lambda: (
                "rehearsal: these files are in its throwaway folder"
                in shown_in(app, "#summary-status")
            ),
            "the whole delivery report",
        )
        lines = [line.strip() for line in screen_text(app).splitlines()]
        # The name whole on a line; each line of the path ends at a separator.
        assert any(written.name in line for line in lines), "\n".join(lines)
        for line in lines:
            if str(launch.data_dir.summaries_dir)[:12] in line and written.name not in line:
                assert line.endswith("/"), line
