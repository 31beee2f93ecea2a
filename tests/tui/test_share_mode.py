"""Share mode in the app: F12, the palette and --share; the banner; the deliberate way out;
new private entries while sharing."""

from __future__ import annotations

from textual.widgets import Input

from sessiontui.model import Visibility
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.help import HelpRow, HelpScreen
from sessiontui.tui.screens.share_off import ShareOffScreen

from .conftest import LaunchFactory
from .helpers import (
    focused_id,
    run_from_palette,
    screen_text,
    session_screen,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
)

BANNER = "SHARING: private entries are hidden"
NOTE = "Worried about the reorg"


async def test_f12_starts_sharing_at_once_and_hides_a_private_note(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("ctrl+g", *NOTE, "enter")
        await wait_for_screen_text(pilot, NOTE)
        assert BANNER not in screen_text(app)

        await pilot.press("f12")
        await pilot.pause()
        shown = screen_text(app)
        assert BANNER in shown
        assert NOTE not in shown
        # The list's empty text is the one used whether private entries exist or not.
        assert "No notes yet." not in shown
        assert "Nothing shared here yet." in shown


async def test_stopping_takes_a_deliberate_choice(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(share=True))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("ctrl+g", *NOTE, "enter")
        await pilot.pause()
        assert NOTE not in screen_text(app)

        await pilot.press("f12")
        await wait_for_screen(pilot, ShareOffScreen)
        assert focused_id(app) == "share-off-keep"
        # Enter (on the safe answer) keeps sharing.
        await pilot.press("enter")
        await wait_until(lambda: not isinstance(app.screen, ShareOffScreen), "dialog closed")
        assert app.share_mode

        # Letters do nothing, and F12 again leaves one question open.
        await pilot.press("f12")
        await wait_for_screen(pilot, ShareOffScreen)
        await pilot.press("y", "s", "f12", "f10")
        await pilot.pause()
        assert isinstance(app.screen, ShareOffScreen)
        assert sum(isinstance(s, ShareOffScreen) for s in app.screen_stack) == 1
        assert app.share_mode
        # Escape keeps sharing too.
        await pilot.press("escape")
        await wait_until(lambda: not isinstance(app.screen, ShareOffScreen), "dialog closed")
        assert app.share_mode
        assert NOTE not in screen_text(app)

        # Only the other button, reached on purpose, stops it.
        await pilot.press("f12")
        await wait_for_screen(pilot, ShareOffScreen)
        await pilot.press("tab")
        assert focused_id(app) == "share-off-stop"
        await pilot.press("enter")
        shown = await wait_for_screen_text(pilot, NOTE)
        assert not app.share_mode
        assert BANNER not in shown


async def test_the_palette_starts_sharing(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("ctrl+g", *NOTE, "enter")
        await pilot.pause()
        await run_from_palette(pilot, "Toggle share mode")
        shown = await wait_for_screen_text(pilot, BANNER)
        assert app.share_mode
        assert NOTE not in shown


async def test_a_private_entry_made_while_sharing_is_saved_discreetly(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch(share=True))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+g", *NOTE)
        await pilot.pause()
        # Typed as dots: the words never show while sharing.
        assert screen_text(app).count(NOTE) == 0
        assert app.screen.query_one("#note-input", Input).password
        await pilot.press("enter")
        shown = await wait_for_screen_text(pilot, "Saved privately.")
        assert NOTE not in shown
        assert [(n.text, n.visibility) for n in live.session.notes] == [(NOTE, Visibility.PRIVATE)]

        # A shared action item is typed and listed in the open.
        await pilot.press("ctrl+o", *"Send the CV", "enter")
        await wait_for_screen_text(pilot, "Send the CV")
        assert not app.screen.query_one("#action-text", Input).password


async def test_help_lists_share_mode(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("f1")
        await wait_for_screen(pilot, HelpScreen)
        rows = [row.search_text for row in app.screen.query(HelpRow)]
        # The Keys tab has F12 (an app-wide key) beside the session's own.
        assert any("f12" in row and "toggle share mode" in row for row in rows)
