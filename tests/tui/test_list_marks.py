"""The lists' shared/private marks in colour: they follow a theme change made while
the session runs (share mode's theme included), and a highlighted row's mark can be
read on the highlight in every theme."""

from __future__ import annotations

import pytest
from rich.segment import Segment
from textual.color import Color

from sessiontui.themes import DEFAULT_THEME, SHARE_THEME, THEME_NAMES
from sessiontui.tui.app import create_app
from sessiontui.tui.widgets.entry_list import EntryList

from .conftest import LaunchFactory
from .helpers import focused_id, run_from_palette, session_screen, wait_until
from .test_themes import _contrast


def _mark_segment(entry_list: EntryList, y: int, mark: str) -> Segment:
    """The rendered piece of line `y` of the list that holds `mark`."""
    for segment in entry_list.render_line(y):
        if mark in segment.text:
            return segment
    raise AssertionError(f"{mark!r} not on line {y} of #{entry_list.id}")


def _foreground(segment: Segment) -> str:
    assert segment.style is not None
    assert segment.style.color is not None
    return segment.style.color.get_truecolor().hex.upper()


def _expected(entry_list: EntryList, y: int, mark: str, component: str) -> str:
    """The colour `component` gives the mark on line `y`, over the line's background."""
    colour = entry_list.get_visual_style(component, partial=True).foreground
    segment = _mark_segment(entry_list, y, mark)
    assert colour is not None
    assert segment.style is not None
    assert segment.style.bgcolor
    return (Color.from_rich_color(segment.style.bgcolor) + colour).hex.upper()


async def test_share_mode_s_theme_recolours_the_marks(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(theme=DEFAULT_THEME, share_theme=SHARE_THEME))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+o", *"Ship it", "enter")
        await wait_until(lambda: focused_id(app) == "actions-list", "the item listed")
        await pilot.press("ctrl+o", *"Test it", "enter")
        await wait_until(lambda: session_screen(app).live.session.action_items[1:] != [], "two")
        actions = session_screen(app).query_one("#actions-list", EntryList)
        await pilot.pause()
        before = _foreground(_mark_segment(actions, 0, "shared"))
        assert before == _expected(actions, 0, "shared", "entry-list--shared")
        await pilot.press("f12")
        await wait_until(lambda: app.theme == SHARE_THEME, "the sharing theme")
        expected = _expected(actions, 0, "shared", "entry-list--shared")
        assert expected != before  # the high-contrast theme's quiet mark is not grey

        def recoloured() -> bool:
            return _foreground(_mark_segment(actions, 0, "shared")) == expected

        await wait_until(recoloured, "the mark in the sharing theme's colour")


async def test_a_theme_picked_in_the_palette_recolours_the_marks(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch(theme=DEFAULT_THEME))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g", *"A note", "enter")
        await wait_until(lambda: focused_id(app) == "notes-list", "the note listed")
        await pilot.press("ctrl+g", *"Another", "enter")
        notes = session_screen(app).query_one("#notes-list", EntryList)
        await wait_until(lambda: notes.option_count == 2, "two notes")
        await run_from_palette(pilot, "Theme")
        await pilot.press(*"light", "enter")
        await wait_until(lambda: app.theme == "light", "the light theme")
        expected = _expected(notes, 0, "private", "entry-list--private")
        # The second note is highlighted: the first shows the private mark's colour.
        await wait_until(
            lambda: _foreground(_mark_segment(notes, 0, "private")) == expected,
            "the private mark in the light theme's colour",
        )


@pytest.mark.parametrize("theme", THEME_NAMES)
async def test_a_highlighted_row_s_mark_can_be_read(make_launch: LaunchFactory, theme: str) -> None:
    app = create_app(make_launch(theme=theme))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g", *"A note", "enter")
        await wait_until(lambda: focused_id(app) == "notes-list", "the note listed")
        notes = session_screen(app).query_one("#notes-list", EntryList)
        await wait_until(lambda: notes.highlighted == 0, "the note highlighted")
        seen: list[str] = []

        def readable() -> bool:
            # As readable as the row's own text: its colour, on the highlight.
            mark = _mark_segment(notes, 0, "private")
            row = _foreground(_mark_segment(notes, 0, "A note"))
            seen[:] = [_foreground(mark), row]
            return seen[0] == row

        def strong() -> bool:
            mark = _mark_segment(notes, 0, "private")
            assert mark.style is not None
            assert mark.style.bgcolor is not None
            background = Color.from_rich_color(mark.style.bgcolor)
            return _contrast(Color.parse(_foreground(mark)), background) >= 7

        try:
            await wait_until(readable, "the highlighted mark readable")
        except AssertionError as error:
            raise AssertionError(f"{error}: {theme}, mark and row colours {seen}") from None
        if theme == SHARE_THEME:
            assert strong(), "high contrast: the highlighted mark is black on yellow"
        # Without the focus the highlight is hidden and the mark has its colour back.
        await pilot.press("tab")
        await wait_until(lambda: focused_id(app) != "notes-list", "the focus elsewhere")
        await wait_until(
            lambda: (
                _foreground(_mark_segment(notes, 0, "private"))
                == _expected(notes, 0, "private", "entry-list--private")
            ),
            "the private mark's own colour",
        )
