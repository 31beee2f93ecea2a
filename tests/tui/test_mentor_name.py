"""First run: the mentor's name is asked once, kept in the settings file, and signs the summary."""

from __future__ import annotations

from pathlib import Path

from sessiontui.config import Config, load_config
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.mentor_name import MentorNameScreen
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import settle, wait_for_screen, wait_until


async def test_the_name_is_asked_kept_and_signs_the_summary(
    make_launch: LaunchFactory, tmp_path: Path
) -> None:
    settings = tmp_path / "settings" / "config.toml"
    launch = make_launch(config_file=settings)
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, MentorNameScreen)
        await pilot.press(*"Sam  Taylor", "enter")
        await wait_for_screen(pilot, SessionScreen)
        await settle(app)
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        service = screen.service
        service.finish()
        assert service.summary_text.endswith("\nBest wishes,\nSam Taylor\n")
    await wait_until(settings.exists, "the settings file is written")
    assert load_config(settings) == Config(mentor_name="Sam Taylor")


async def test_escape_goes_on_without_a_name_and_asks_next_time(
    make_launch: LaunchFactory, tmp_path: Path
) -> None:
    settings = tmp_path / "settings" / "config.toml"
    app = create_app(make_launch(config_file=settings))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, MentorNameScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
    assert not settings.exists()


async def test_a_known_name_is_not_asked_again(make_launch: LaunchFactory, tmp_path: Path) -> None:
    app = create_app(make_launch(config_file=tmp_path / "config.toml", mentor="Sam"))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
