"""After a burst of keys, a resize or a resume, the session screen settles.

Keys from a real terminal arrive together (a fast double press, a key repeat):
the app handles them one after the other before any message they caused is
delivered. Such bursts once started a layout loop (two pane switches whose
echoes undid each other forever, at 100% CPU). These tests send bursts the way
the terminal driver does, then count layout work (tab switches, layouts,
resizes, mounts) and require a quiet window soon after: with the clock frozen,
nothing visible changes, so nothing should be laid out again.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from textual import events
from textual.app import App
from textual.geometry import Size
from textual.message import Message
from textual.messages import Layout
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Tabs

from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import Session
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.session import SessionScreen

from .conftest import START_WALL, FixedWall, LaunchFactory, ManualClock
from .helpers import session_screen
from .textual_private import underline_span

# Messages that mean the screen is being laid out or rearranged again.
LAYOUT_WORK: tuple[type[Message], ...] = (
    Tabs.TabActivated,
    Layout,
    events.Resize,
    events.Show,
    events.Hide,
    events.Mount,
)
QUIET = 0.3  # seconds without any layout work: settled
# Generous: under a full parallel suite on 2 loaded cores six segment changes
# took over 5 s. A loop never has a quiet window, however long we wait.
SETTLE_WITHIN = 20.0

# The regular script's first segments and the pane each brings forward.
PANE_OF_SEGMENT = {0: "listening", 1: "actions", 2: "goals"}
PANE_ID = {
    "listening": "listening-pane",
    "feedback": "feedback-pane",
    "actions": "actions-pane",
    "goals": "agenda-pane",
}


class LayoutWatch:
    """A message hook that counts layout work, by message type."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def __call__(self, message: Message) -> None:
        if isinstance(message, LAYOUT_WORK):
            self.counts[type(message).__name__] += 1

    async def wait_settled(self, pilot: Pilot[None]) -> None:
        """Wait for a quiet window; fail with what kept the app busy if none comes."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + SETTLE_WITHIN
        while True:
            before = self.counts.copy()
            await pilot.pause(QUIET)
            busy = self.counts - before
            if not busy:
                return
            assert loop.time() < deadline, f"still laying out after {SETTLE_WITHIN}s: {busy}"


def burst(app: App[None], *keys: str) -> None:
    """Keys that arrive together, as from one read of the terminal: each is
    queued at once, without waiting for the app to handle the one before."""
    for key in keys:
        event = events.Key(key, None)
        event.set_sender(app)
        app.post_message(event)


async def wait_for_segment(pilot: Pilot[None], index: int) -> None:
    """Wait until the session screen is on segment `index` (the keys were handled)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + SETTLE_WITHIN
    while not (
        isinstance(pilot.app.screen, SessionScreen) and pilot.app.screen.live.clock.index == index
    ):
        assert loop.time() < deadline, "the keys were not handled"
        await pilot.pause(0.05)


def assert_pane_shown(app: App[None], pane: str, *, narrow: bool) -> None:
    """`pane` is the one shown, its tab is active and, narrow, the underline is under
    that tab (the tabs are built when the screen is first narrow, then kept)."""
    screen = session_screen(app)
    shown = [widget.id for widget in screen.query(".-shown")]
    assert shown == [PANE_ID[pane]], shown
    built = screen.query(Tabs)
    assert built or not narrow
    if built:
        assert built.first().active == f"tab-{pane}"
    if not narrow:
        return
    tabs = screen.query_one(Tabs)
    assert screen.query_one(f"#{PANE_ID[pane]}").display
    active = tabs.query_one(f"#tab-{pane}", Widget)
    start, end = active.virtual_region.shrink(active.styles.gutter).column_span
    span = underline_span(tabs)
    assert span == (start, end), f"underline at {span}, tab at {(start, end)}"


SIZES = [pytest.param((100, 30), id="100x30"), pytest.param((60, 20), id="60x20")]
BURSTS = [
    pytest.param(("ctrl+n", "ctrl+n"), 2, id="next-next"),
    pytest.param(("ctrl+n", "ctrl+b"), 0, id="next-back"),
    pytest.param(("ctrl+n",) * 3 + ("ctrl+b",) * 3, 0, id="key-repeat"),
    pytest.param(("ctrl+n", "ctrl+o", "ctrl+y"), 1, id="next-then-shortcuts"),
]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("keys", "segment"), BURSTS)
async def test_a_burst_of_keys_settles_on_the_right_pane(
    make_launch: LaunchFactory, size: tuple[int, int], keys: tuple[str, ...], segment: int
) -> None:
    watch = LayoutWatch()
    app = create_app(make_launch())
    async with app.run_test(size=size, message_hook=watch) as pilot:
        await watch.wait_settled(pilot)
        burst(app, *keys)
        await wait_for_segment(pilot, segment)
        await watch.wait_settled(pilot)
        await pilot.wait_for_animation()
        # A shortcut last in the burst picks the pane; otherwise the segment does.
        pane = "goals" if keys[-1] == "ctrl+y" else PANE_OF_SEGMENT[segment]
        assert_pane_shown(app, pane, narrow=size[0] < 80)


@pytest.mark.parametrize("size", SIZES)
async def test_a_burst_of_resizes_settles(
    make_launch: LaunchFactory, size: tuple[int, int]
) -> None:
    watch = LayoutWatch()
    app = create_app(make_launch())
    async with app.run_test(size=size, message_hook=watch) as pilot:
        await pilot.press("ctrl+n")
        await watch.wait_settled(pilot)
        for width, height in [(60, 20), (100, 30), (50, 15), (80, 24), (60, 20), size]:
            app.post_message(events.Resize(Size(width, height), Size(width, height)))
        burst(app, "ctrl+n", "ctrl+n")
        await wait_for_segment(pilot, 3)
        await watch.wait_settled(pilot)
        await pilot.wait_for_animation()
        assert_pane_shown(app, "listening", narrow=size[0] < 80)


def _draft_at(library: ScriptLibrary, clock: ManualClock, segment: int) -> Session:
    """A draft left by a quit on `segment` (0-based), as the app saves it."""
    session = session_from_script(library.get("regular"), "Beatriz", START_WALL)
    live = LiveSession(session, clock, wall_clock=FixedWall(clock))
    live.start()
    live.add_action_item("Send the CV")
    for _ in range(segment):
        clock.advance(60)
        live.next_segment()
    return live.snapshot()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("segment", [1, 2])
async def test_resuming_on_a_later_segment_settles(
    make_launch: LaunchFactory,
    library: ScriptLibrary,
    clock: ManualClock,
    size: tuple[int, int],
    segment: int,
) -> None:
    watch = LayoutWatch()
    draft = _draft_at(library, clock, segment)
    app = create_app(make_launch(draft=draft, mentee=None, script=None))
    async with app.run_test(size=size, message_hook=watch) as pilot:
        await pilot.click("#resume")
        await wait_for_segment(pilot, segment)
        await watch.wait_settled(pilot)
        await pilot.wait_for_animation()
        assert_pane_shown(app, PANE_OF_SEGMENT[segment], narrow=size[0] < 80)
