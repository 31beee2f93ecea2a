"""Before the session too, a text field is light: a screen left open with the focus in
its field repaints nothing (no cursor blink), and typing repaints the field (and the
picker's list) without laying out the screen (Textual's `Input` reflowed the whole
screen on every key). A message hook counts what Textual is asked to lay out and to
repaint, by widget id."""

from __future__ import annotations

import asyncio
from collections import Counter

from textual.pilot import Pilot
from textual.widgets import Input

from sessiontui.tui.app import create_app
from sessiontui.tui.screens.mentee_picker import MenteePickerScreen
from sessiontui.tui.screens.start import StartScreen

from .conftest import LaunchFactory
from .helpers import (
    RedrawWatch,
    focused_id,
    list_texts,
    static_text,
    wait_for_screen,
    wait_until,
)
from .relationship_data import new_mentee

# A window, not a wait for a condition: nothing should happen in it. Textual's cursor
# blinks every half second.
IDLE_WINDOW = 1.2
# What a change sets going (a restyle, a layout, a repaint) lands over a few screen
# updates (1/60 s each); it is over once this long passes with nothing more.
QUIET = 0.1


class Watch(RedrawWatch):
    """Counts layouts and repaints by widget id, while watching; waits for quiet."""

    async def idle(self, pilot: Pilot[None]) -> None:
        """Watch the screen left alone."""
        self.watching = True
        await pilot.pause(IDLE_WINDOW)

    def clear(self) -> None:
        """Forget what was counted."""
        self.laid_out.clear()
        self.repainted.clear()

    async def quiet(self, pilot: Pilot[None], timeout: float = 5.0) -> None:
        """Wait until QUIET seconds pass with nothing more laid out or repainted (what
        was counted is kept); fail if the screen never goes quiet."""
        self.watching = True
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            before = (self.laid_out.total(), self.repainted.total())
            await pilot.pause(QUIET)
            if (self.laid_out.total(), self.repainted.total()) == before:
                return
            assert asyncio.get_running_loop().time() < deadline, "the screen never goes quiet"

    async def settled(self, pilot: Pilot[None]) -> None:
        """Wait until what the screen had going is done, then forget it."""
        await self.quiet(pilot)
        self.clear()


async def test_the_start_screen_is_still_while_idle_and_its_name_is_light_to_type(
    make_launch: LaunchFactory,
) -> None:
    watch = Watch()
    app = create_app(make_launch(mentee="", script=None))
    async with app.run_test(size=(100, 30), message_hook=watch) as pilot:
        await wait_for_screen(pilot, StartScreen)
        await wait_until(lambda: static_text(app, "#start-details") != "", "the script shown")
        await watch.settled(pilot)
        assert focused_id(app) == "start-mentee"
        await watch.idle(pilot)
        assert (watch.laid_out, watch.repainted) == (Counter(), Counter())
        await pilot.press(*"Ana García")
        await watch.quiet(pilot)
        assert watch.laid_out == Counter()
        assert set(watch.repainted) == {"start-mentee"}
        assert app.screen.query_one("#start-mentee", Input).value == "Ana García"


async def test_the_picker_is_still_while_idle_and_its_filter_is_light_to_type(
    make_launch: LaunchFactory,
) -> None:
    watch = Watch()
    launch = make_launch(mentee=None, script=None)
    for name in ("Ana", "Bea", "Carla"):
        new_mentee(launch.archive, name)
    app = create_app(launch)
    async with app.run_test(size=(100, 30), message_hook=watch) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await wait_until(lambda: len(list_texts(app, "#picker-mentees")) == 3, "the mentees")
        await watch.settled(pilot)
        assert focused_id(app) == "picker-name"
        await watch.idle(pilot)
        assert (watch.laid_out, watch.repainted) == (Counter(), Counter())
        # The first letter narrows the list to Carla (and the new name's row): the list
        # changes. The next letters keep its rows: the field and the list repaint.
        await pilot.press("C")
        await wait_until(lambda: len(list_texts(app, "#picker-mentees")) == 2, "Carla only")
        await watch.settled(pilot)
        await pilot.press(*"arla")
        await watch.quiet(pilot)
        assert watch.laid_out == Counter()
        assert set(watch.repainted) == {"picker-name", "picker-mentees"}
        assert list_texts(app, "#picker-mentees")[-1] == "+ New mentee: Carla"
