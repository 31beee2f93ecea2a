"""A terminal paste lands in the focused field as text: cleaned, and whole."""

from __future__ import annotations

from textual.widgets import Input, TextArea

from sessiontui.tui.app import create_app
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import LaunchFactory
from .helpers import paste, session_screen, wait_for_screen, wait_until


async def test_a_multi_line_paste_keeps_every_line_in_a_one_line_field(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+g")
        field = app.screen.query_one("#note-input", Input)
        await wait_until(lambda: app.focused is field, "the note field takes the focus")
        await paste(pilot, "First point\r\nsecond point\r\rthird\n")
        assert field.value == "First point ⏎ second point ⏎ third"
        await pilot.press("enter")
        await wait_until(lambda: bool(session_screen(app).live.session.notes), "the note")
        assert session_screen(app).live.session.notes[0].text == (
            "First point ⏎ second point ⏎ third"
        )


async def test_control_codes_in_a_paste_are_shown_not_obeyed(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+o")
        field = app.screen.query_one("#action-text", Input)
        await wait_until(lambda: app.focused is field, "the action field takes the focus")
        await paste(pilot, "Call\x1b]0;owned\x07 Ana\x1b[2J\u202e")
        assert field.value == "Call␛]0;owned␇ Ana␛[2J"


async def test_a_paste_into_the_summary_keeps_its_lines_and_shows_control_codes(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f10", "f10")
        await wait_for_screen(pilot, SummaryScreen)
        editor = app.screen.query_one("#summary-text", TextArea)
        await paste(pilot, "P.S. one\r\ntwo\x1b]52;c;aGk=\x07\n")
        assert "P.S. one\ntwo␛]52;c;aGk=␇\n" in editor.text
        assert "\x1b" not in editor.text
