"""The private Textual details in textual_private.py still work as the tests assume.

If one of these fails after a Textual upgrade, fix textual_private.py (and only
it): every other test reaches Textual's internals through it.
"""

from __future__ import annotations

import os

from textual.app import App, ComposeResult
from textual.widget import Widget
from textual.widgets import Button, Static, Tab, Tabs

from .helpers import wait_until
from .textual_private import (
    MAX_QUEUED_WRITES,
    press_effect_showing,
    screen_lines,
    started_writer_thread,
    underline_span,
)

UPGRADE_HINT = "Textual's internals changed: update tests/tui/textual_private.py"


class Probe(App[None]):
    """A line of text over a button, counting the button's presses."""

    def __init__(self) -> None:
        super().__init__()
        self.presses = 0

    def compose(self) -> ComposeResult:
        yield Static("[b]as typed[/b] · ñ 👩‍💻", markup=False)
        yield Button("Press", id="press")

    def on_button_pressed(self) -> None:
        self.presses += 1


async def test_screen_lines_are_the_terminal_rows_as_plain_text() -> None:
    app = Probe()
    async with app.run_test(size=(40, 8)) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
    assert len(lines) == 8, UPGRADE_HINT
    assert lines[0].startswith("[b]as typed[/b] · ñ 👩‍💻"), (UPGRADE_HINT, lines)
    assert any("Press" in line for line in lines), (UPGRADE_HINT, lines)


async def test_a_click_during_the_press_effect_is_ignored_and_one_after_it_counts() -> None:
    app = Probe()
    async with app.run_test(size=(40, 8)) as pilot:
        button = app.query_one("#press", Button)
        # Long enough that the second click surely lands within it, even under load.
        button.active_effect_duration = 1.0
        assert not press_effect_showing(button), UPGRADE_HINT
        await pilot.click("#press")
        assert press_effect_showing(button), UPGRADE_HINT
        await pilot.click("#press")  # swallowed: the effect still shows
        await pilot.pause()
        assert app.presses == 1, UPGRADE_HINT
        await wait_until(lambda: not press_effect_showing(button), UPGRADE_HINT)
        await pilot.click("#press")
        await pilot.pause()
        assert app.presses == 2, UPGRADE_HINT


class TabsProbe(App[None]):
    """Three tabs."""

    def compose(self) -> ComposeResult:
        yield Tabs(Tab("One", id="one"), Tab("Second tab", id="two"), Tab("Three", id="three"))


async def test_the_underline_span_is_the_active_tabs_columns() -> None:
    app = TabsProbe()
    async with app.run_test(size=(60, 6)) as pilot:
        tabs = app.query_one(Tabs)
        await pilot.pause()
        tabs.active = "two"
        tab = tabs.query_one("#two", Widget)
        columns = tab.virtual_region.shrink(tab.styles.gutter).column_span
        assert columns[0] > 0, "the second tab starts right of the first"
        # The bar slides over (an animation): it arrives under the tab.
        await wait_until(lambda: underline_span(tabs) == columns, UPGRADE_HINT)


def test_the_writer_thread_writes_through_and_stops() -> None:
    assert MAX_QUEUED_WRITES > 0, UPGRADE_HINT
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w", encoding="utf-8") as file:
        writer = started_writer_thread(file)
        writer.write("hello")
        writer.stop()
    with os.fdopen(read_end, encoding="utf-8") as pipe:
        assert pipe.read() == "hello", UPGRADE_HINT
