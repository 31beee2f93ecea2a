"""The app's themes: default, light and high-contrast; chosen at launch, from the
palette, or by share mode; Textual's own themes are not offered."""

from __future__ import annotations

from pathlib import Path

from textual.color import Color
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from sessiontui.config import load_config
from sessiontui.themes import SHARE_THEME, THEME_NAMES
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.share_off import ShareOffScreen

from .conftest import LaunchFactory
from .helpers import run_from_palette, screen_text, settle, wait_for_screen, wait_until


async def test_each_theme_can_be_chosen_at_launch(make_launch: LaunchFactory) -> None:
    for name in THEME_NAMES:
        app = create_app(make_launch(theme=name))
        async with app.run_test(size=(80, 24)):
            assert app.theme == name
            assert app.has_class(f"-theme-{name}")


async def _themes_listed(pilot: Pilot[None], command: str) -> list[str]:
    """Run the palette's theme command (`command`, in the UI language): the themes it
    lists, sorted."""
    await run_from_palette(pilot, command)
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    found = palette.query_one(CommandList)

    def listed() -> list[str]:
        return [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]

    await wait_until(lambda: len(listed()) == len(THEME_NAMES), "the themes listed")
    return sorted(listed())


async def test_the_palette_offers_only_the_app_s_themes(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        assert sorted(app.available_themes) == sorted(THEME_NAMES)
        assert await _themes_listed(pilot, "Theme") == ["Default", "High contrast", "Light"]
        await pilot.press(*"light", "enter")
        await wait_until(lambda: app.theme == "light", "the light theme chosen")


async def test_the_spanish_palette_names_the_themes_in_spanish(make_launch: LaunchFactory) -> None:
    launch = make_launch(language="es", script=make_launch().library.get("regular-es"))
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        listed = await _themes_listed(pilot, "Tema de color")
        assert listed == ["Alto contraste", "Claro", "Predeterminado"]
        assert "Buscar temas de color…" in screen_text(app)
        await pilot.press(*"alto", "enter")
        await wait_until(lambda: app.theme == SHARE_THEME, "high contrast chosen")


async def test_share_mode_switches_to_the_sharing_theme_when_asked(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch(theme="light", share_theme=SHARE_THEME))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f12")
        await wait_until(lambda: app.theme == SHARE_THEME, "the sharing theme")
        await pilot.press("f12")
        await wait_for_screen(pilot, ShareOffScreen)
        await pilot.press("tab", "enter")
        await wait_until(lambda: app.theme == "light", "back to the chosen theme")


async def test_share_mode_keeps_the_theme_unless_asked(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(theme="light", share=True))
    async with app.run_test(size=(100, 30)):
        assert app.share_mode
        assert app.theme == "light"


async def test_starting_with_share_uses_the_sharing_theme(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(share=True, share_theme=SHARE_THEME))
    async with app.run_test(size=(100, 30)):
        assert app.theme == SHARE_THEME


async def test_a_theme_picked_in_the_palette_is_kept_in_the_settings_file(
    make_launch: LaunchFactory, tmp_path: Path
) -> None:
    settings = tmp_path / "settings" / "config.toml"
    app = create_app(make_launch(mentor="Sam", config_file=settings))
    async with app.run_test(size=(100, 30)) as pilot:
        await run_from_palette(pilot, "Theme")
        await pilot.press(*"high", "enter")
        await wait_until(lambda: app.theme == SHARE_THEME, "the theme chosen")
        await settle(app)
    assert load_config(settings).theme == SHARE_THEME
    # Share mode's own switch is not a choice of the mentor's: nothing is written.
    settings.unlink()
    app = create_app(
        make_launch(mentor="Sam", config_file=settings, share=True, share_theme="light")
    )
    async with app.run_test(size=(100, 30)):
        assert app.theme == "light"
        await settle(app)
    assert not settings.exists()


def _luminance(color: Color) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def _contrast(one: Color, other: Color) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


async def test_high_contrast_titles_the_forward_pane_in_strong_contrast(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch(theme=SHARE_THEME))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(lambda: bool(app.screen.query(".pane.-forward")), "a pane forward")
        await pilot.pause()
        pane = app.screen.query_one(".pane.-forward")
        # A tinted title background is seen over the black screen.
        background = Color.parse("#000000") + pane.styles.border_title_background
        text = background + pane.styles.border_title_color
        assert _contrast(text, background) >= 7, (text.hex, background.hex)
