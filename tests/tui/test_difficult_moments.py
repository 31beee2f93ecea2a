"""The difficult-moments deck: one key from any segment; pause the timer on the way out."""

from __future__ import annotations

from sessiontui.tui.app import create_app
from sessiontui.tui.screens.difficult import DifficultMomentsScreen
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import run_from_palette, session_screen, static_text, wait_for_screen


async def test_ctrl_s_opens_the_deck_from_any_segment(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(80, 24)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+n", "ctrl+n")  # a later segment
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, DifficultMomentsScreen)
        assert static_text(app, "#moment-say").startswith("Take your time.")
        await pilot.press("down")  # an emotion
        assert static_text(app, "#moment-do").startswith("Pause the timer (Ctrl+T)")
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        assert live.clock.running


async def test_ctrl_t_in_the_deck_pauses_the_timer(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(60, 20)) as pilot:
        live = session_screen(app).live
        await run_from_palette(pilot, "Difficult moments")
        await wait_for_screen(pilot, DifficultMomentsScreen)
        await pilot.press("ctrl+t")
        await wait_for_screen(pilot, SessionScreen)
        assert live.clock.paused


async def test_the_deck_speaks_spanish_in_a_spanish_session(make_launch: LaunchFactory) -> None:
    launch = make_launch(language="es", script=make_launch().library.get("regular-es"))
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, DifficultMomentsScreen)
        assert static_text(app, "#moments-heading") == "Momentos difíciles"
        assert static_text(app, "#moment-say").startswith("Tómate tu tiempo.")
