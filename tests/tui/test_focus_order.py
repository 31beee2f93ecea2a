"""The session screen's Tab order: every press lands on something that shows the focus.

A scrolling frame around a list was its own Tab stop and showed nothing while
focused (the focus seemed to vanish for one press). The stops are the lists
(their highlight and their pane's border show the focus), the fields of an open
form, the tabs (narrow),
and a frame only while it cuts its text (the guidance, the agenda: then the
arrows scroll it, and it shows the focus)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, OptionList, Select, Tabs, TextArea

from sessiontui.clock import SessionClock
from sessiontui.launch import Launch
from sessiontui.tui.app import create_app
from sessiontui.tui.widgets.agenda import AgendaScroll
from sessiontui.tui.widgets.listening import GuidanceBox

from .conftest import LaunchFactory
from .helpers import focused_id, paste, screen_text, session_screen, settle, wait_until

SIZES = [(100, 30), (60, 20)]


def _why_silent(widget: Widget | None) -> str | None:
    """Why `widget`, as a Tab stop, would show no focus (None: it shows it)."""
    if widget is None:
        return "nothing has the focus"
    if isinstance(widget, GuidanceBox | AgendaScroll):
        # A frame shows the focus (its tint, its pane's border) and scrolls what it cuts.
        return None if widget.max_scroll_y > 0 else f"{widget!r} cuts nothing"
    if isinstance(widget, OptionList | Tabs | Input | TextArea | Select | Checkbox | Button):
        return None if widget.region else f"{widget!r} is not on screen"
    return f"{widget!r} is no list, tab or cut text"


async def _walk(pilot: Pilot[None], key: str, where: str) -> list[str]:
    """Press `key` until the focus is back where it started; each stop must show it."""
    app = pilot.app
    start = app.focused
    stops: list[str] = []
    for _press in range(12):
        await pilot.press(key)
        silent = _why_silent(app.focused)
        assert silent is None, f"{where}, {key} after {stops}: {silent}"
        stops.append(str(app.focused.id if app.focused else None))
        if app.focused is start:
            return stops
    raise AssertionError(f"{where}: {key} never came back to {start!r}: {stops}")


def _past(clock: SessionClock, index: int) -> Callable[[], bool]:
    return lambda: clock.index > index


@pytest.mark.parametrize("size", SIZES)
async def test_every_tab_stop_of_every_segment_shows_the_focus(
    ana_launch: Launch, size: tuple[int, int]
) -> None:
    app = create_app(ana_launch)
    async with app.run_test(size=size) as pilot:
        await settle(app)
        screen = session_screen(app)
        clock = screen.live.clock
        seen: set[str] = set()
        while True:
            where = f"{size}, segment {clock.index}"
            forward = await _walk(pilot, "tab", where)
            backward = await _walk(pilot, "shift+tab", where)
            assert sorted(forward) == sorted(backward), where
            seen.update(forward)
            if clock.index == clock.segment_count - 1:
                break
            moved_on = _past(clock, clock.index)
            await pilot.press("ctrl+n")
            await wait_until(moved_on, "the next segment")
            await settle(app)
        # The walk met the lists of every pane, the carried-over items and the next session.
        for stop in ("parking-list", "notes-list", "feedback-list", "actions-list"):
            assert stop in seen, (size, seen)
        assert {"goals-list", "carried-list", "next-session-line"} <= seen, (size, seen)


async def _park(pilot: Pilot[None], text: str) -> None:
    await pilot.press("ctrl+l")
    await paste(pilot, text)
    await pilot.press("enter")
    await settle(pilot.app)


async def test_the_arrows_bring_a_list_row_into_view_in_its_pane(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app)
        count = 9
        for number in range(count):
            await _park(pilot, f"thought {number:02}")
        await wait_until(lambda: focused_id(app) == "parking-list", "back on the list")
        await pilot.press("home")
        assert "thought 00" in screen_text(app)
        # The pane (not a Tab stop of its own) follows the highlight down and back up.
        for number in range(1, count):
            await pilot.press("down")
            assert f"thought {number:02}" in screen_text(app), number
        assert "thought 00" not in screen_text(app)
        await pilot.press("home")
        assert "thought 00" in screen_text(app)


LISTS = ("parking-list", "notes-list")


def _empty_row_tint(widget: OptionList) -> object:
    """The background the list draws its empty-list text on."""
    return widget.get_visual_style("option-list--option-disabled").background


@pytest.mark.parametrize("size", SIZES)
async def test_an_empty_list_in_focus_shows_it(
    make_launch: LaunchFactory, size: tuple[int, int]
) -> None:
    # Tab from the empty parked thoughts to the empty notes changed nothing on screen.
    app = create_app(make_launch())
    async with app.run_test(size=size) as pilot:
        await settle(app)
        screen = session_screen(app)
        parked, notes = (screen.query_one(f"#{name}", OptionList) for name in LISTS)
        assert focused_id(app) == "parking-list"
        assert _empty_row_tint(parked) != _empty_row_tint(notes)
        await pilot.press("tab")
        await wait_until(lambda: focused_id(app) == "notes-list", "on the notes")
        assert _empty_row_tint(notes) != _empty_row_tint(parked)
