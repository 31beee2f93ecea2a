"""While only the clock runs, the session screen repaints what shows a new second, and
nothing else: no layout, no widget whose text did not change, nothing hidden.

The clock is injected; each reading goes through the screen's own `refresh_clock`
(what its timer calls). A message hook records what Textual is asked to repaint
(`Update`, posted only for a widget that is displayed) and to lay out again
(`Layout`, which reflows the whole screen). A repaint of a widget that is not on
screen is the costly kind: the next frame rebuilds the map of every widget.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from sessiontui.scripts.loader import load_script_file
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.session import TICK_MARGIN

from .conftest import LaunchFactory, ManualClock
from .helpers import RedrawWatch, session_screen, wait_until

PACED = load_script_file(Path(__file__).parent / "data" / "paced_script.toml")


async def _readings(pilot: Pilot[None], clock: ManualClock, count: int, step: float) -> None:
    """`count` readings of the clock, `step` seconds apart, each one drawn."""
    screen = session_screen(pilot.app)
    for _ in range(count):
        clock.advance(step)
        screen.refresh_clock()
        await pilot.pause()


@pytest.mark.parametrize(
    ("size", "countdown"),
    [
        pytest.param((100, 30), "countdown-digits", id="100x30-large-digits"),
        pytest.param((60, 20), "countdown-line-time", id="60x20-one-line"),
    ],
)
async def test_a_new_second_repaints_only_the_two_lines_that_show_it(
    make_launch: LaunchFactory, clock: ManualClock, size: tuple[int, int], countdown: str
) -> None:
    watch = RedrawWatch()
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=size, message_hook=watch) as pilot:
        await pilot.pause()
        watch.watching = True
        # Two seconds read four times each: two new seconds, six readings that
        # change no character on screen.
        await _readings(pilot, clock, count=8, step=0.25)
        assert watch.laid_out == Counter()
        assert watch.repainted == Counter({"status-text": 2, countdown: 2})


async def test_typing_into_a_form_lays_nothing_out(make_launch: LaunchFactory) -> None:
    watch = RedrawWatch()
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30), message_hook=watch) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        watch.watching = True
        await pilot.press(*"Send the revised CV")
        await pilot.pause()
        assert watch.laid_out == Counter()
        assert session_screen(app).query_one("#action-text", Input).value == "Send the revised CV"


async def test_an_open_form_repaints_nothing_while_nothing_is_typed(
    make_launch: LaunchFactory,
) -> None:
    watch = RedrawWatch()
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30), message_hook=watch) as pilot:
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert app.focused is session_screen(app).query_one("#action-text", Input)
        watch.watching = True
        # A window, not a wait for a condition: nothing should happen in it (the
        # clock is frozen). Textual's cursor blinks every half second.
        await pilot.pause(1.2)
        assert watch.repainted == Counter()


async def test_the_clock_is_read_again_just_after_its_next_shown_second(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    """One reading per shown second (not four), landing right after it changes."""
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30)):
        screen = session_screen(app)
        delays: list[float] = []
        set_timer = screen.set_timer

        def recorded(delay: float, callback: Any = None, **options: Any) -> Any:
            delays.append(delay)
            return set_timer(delay, callback, **options)

        screen.set_timer = recorded  # type: ignore[method-assign]
        clock.advance(0.25)  # a quarter of a second into the session
        await wait_until(lambda: bool(delays), "the next reading planned")
        assert delays[0] == pytest.approx(0.75 + TICK_MARGIN)


async def test_a_bar_cell_filling_repaints_its_agenda_row_and_lays_nothing_out(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    watch = RedrawWatch()
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30), message_hook=watch) as pilot:
        # Five minutes, six cells: the first one fills at 50 s.
        await _readings(pilot, clock, count=1, step=49.5)
        watch.watching = True
        await _readings(pilot, clock, count=1, step=0.5)
        assert watch.laid_out == Counter()
        assert watch.repainted["agenda-row-0"] == 1
