"""Snapshots of the session screen at the sizes a mentor uses (fixed clocks, fixed data)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from sessiontui.tui.app import create_app

from .conftest import LaunchFactory, ManualClock
from .helpers import session_screen

SnapCompare = Callable[..., bool]


def _fill(clock: ManualClock) -> Callable[[Pilot[None]], object]:
    """Seven minutes in, second segment, one entry of each kind, then back to the parking lot."""

    async def run_before(pilot: Pilot[None]) -> None:
        clock.advance(310)
        await pilot.press("ctrl+n")
        clock.advance(95)
        await pilot.press("ctrl+o", *"Send the [b]draft[/b]", "enter")
        await pilot.press("ctrl+r", *"In the demo", "tab", *"You paused", "enter")
        await pilot.press("ctrl+g", *"Tired today", "enter")
        await pilot.press("ctrl+y", *"Pick one course", "tab", *"enrolled", "enter")
        await pilot.press("ctrl+l", *"Ask about the move", "enter")
        session_screen(pilot.app).refresh_clock()
        # A blinking cursor is on or off depending on when the picture is
        # taken (under load, either): keep it on.
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (60, 20)])
def test_session_screen_snapshot(
    snap_compare: SnapCompare,
    make_launch: LaunchFactory,
    clock: ManualClock,
    size: tuple[int, int],
) -> None:
    app = create_app(make_launch())
    assert snap_compare(app, terminal_size=size, run_before=_fill(clock))


def test_too_small_snapshot(
    snap_compare: SnapCompare, make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch())
    assert snap_compare(app, terminal_size=(50, 15))
