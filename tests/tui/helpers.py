"""Small helpers for the session-screen Pilot tests."""

from __future__ import annotations

import asyncio
import html
import re
from collections import Counter
from collections.abc import Callable

from textual import events
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.errors import NoWidget
from textual.message import Message
from textual.messages import Layout, Update
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static
from textual.worker import WorkerState

from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.widgets.key_footer import KeyFooter

from .textual_private import FooterKey, screen_lines


def session_screen(app: App[None]) -> SessionScreen:
    """The session screen on top of the app (fails the test if it is not there)."""
    screen = app.screen
    assert isinstance(screen, SessionScreen), f"expected the session screen, got {screen!r}"
    return screen


async def type_into(pilot: Pilot[None], selector: str, text: str) -> None:
    """Click the input `selector` and type `text` key by key, as a person would."""
    await focus_by_click(pilot, selector)
    await pilot.press(*text)


async def focus_by_click(pilot: Pilot[None], selector: str) -> None:
    """Click the input `selector` and wait until it has the focus."""
    field = pilot.app.screen.query_one(selector, Input)
    # The click lands where the field was last laid out: a field just opened (a form a
    # key has shown) may not be placed yet under load, and a click there hits the pane
    # behind it. Wait until the field itself is at the point the click aims at.
    await wait_until(lambda: _under_its_corner(pilot.app, field), f"{selector} laid out")
    await pilot.click(field)
    # Under load the click is handled a few frames late: wait for the focus,
    # never assume it.
    try:
        await wait_until(lambda: pilot.app.focused is field, f"{selector} takes the focus")
    except AssertionError as error:
        raise AssertionError(f"{error}; the focus is on {pilot.app.focused!r}") from None


def _under_its_corner(app: App[None], widget: Widget) -> bool:
    """True when `widget` is shown and is what a click at its top-left corner reaches."""
    if not widget.region:
        return False
    try:
        found, _region = app.get_widget_at(*widget.region.offset)
    except NoWidget:
        return False
    return found is widget


async def paste_into(pilot: Pilot[None], selector: str, text: str) -> None:
    """Click the input `selector` and paste `text` into it (one terminal paste)."""
    await focus_by_click(pilot, selector)
    await paste(pilot, text)


async def paste(pilot: Pilot[None], text: str) -> None:
    """Paste `text` into the focused field, as a terminal's bracketed paste does
    (one event, so a long text costs one wait instead of one per key)."""
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


def focused_id(app: App[None]) -> str | None:
    """The id of the focused widget (None when nothing has the focus)."""
    return app.focused.id if app.focused is not None else None


def static_text(app: App[None], selector: str) -> str:
    """The plain text a Static shows."""
    return str(app.screen.query_one(selector, Static).content)


def countdown_words(app: App[None]) -> str:
    """The countdown as a glance reads it: "2/7 · 04:15 left · On time" (the same
    labels in the large and the one-line variant)."""
    screen = app.screen
    segment = str(screen.query_one("#countdown-segment", Static).content).split(" · ")[0]
    time = str(screen.query_one("#countdown-line-time", Static).content)
    phase = str(screen.query_one("#countdown-phase", Static).content)
    return f"{segment} · {time} · {phase}"


def list_texts(app: App[None], selector: str) -> list[str]:
    """The rows an option list (EntryList or ReadList) shows, as plain text."""
    entry_list = app.screen.query_one(selector, OptionList)
    return [str(entry_list.get_option_at_index(i).prompt) for i in range(entry_list.option_count)]


def footer_keys(app: App[None]) -> list[FooterKey]:
    """The keys the footer of the screen on top shows (the palette's own key aside)."""
    footer = app.screen.query_one(KeyFooter)
    return [key for key in footer.query(FooterKey) if not key.has_class("-command-palette")]


def footer_laid_out(app: App[None]) -> bool:
    """Whether the footer shows keys and they are placed (a rebuild after a focus
    move, a resize or a new screen places them a frame later)."""
    keys = footer_keys(app)
    return bool(keys) and all(key.region.width for key in keys)


def whole_footer_keys(app: App[None]) -> list[str]:
    """The footer's keys ("f10 Finish"), each checked to lie whole on the screen,
    left of the palette's key."""
    lines = screen_lines(app)
    footer = app.screen.query_one(KeyFooter)
    palette = next(key for key in footer.query(FooterKey) if key.has_class("-command-palette"))
    shown = []
    for key in footer_keys(app):
        words = f"{key.key_display} {key.description}"
        region = key.region
        assert region.width, f"{words!r} is in the footer but not laid out"
        assert region.right <= palette.region.x, f"{words!r} runs under the palette's key"
        assert words in lines[region.y][region.x : region.right], f"{words!r} is cut"
        shown.append(words)
    return shown


def screen_text(app: App[None]) -> str:
    """Everything on the screen right now, as lines of plain text."""
    return "\n".join(screen_lines(app))


def shown_in(app: App[None], selector: str) -> str:
    """What the widget `selector` shows on screen now, its lines joined by spaces
    (a message wrapped at word boundaries reads whole; one cut mid-word does not)."""
    region = app.screen.query_one(selector).region
    rows = screen_lines(app)[region.y : region.bottom]
    return " ".join(
        row[region.x : region.right].strip() for row in rows if row[region.x : region.right].strip()
    )


def screenshot_text(app: App[None]) -> str:
    """The text of `app.export_screenshot()` (the SVG a screenshot saves), its spans
    joined in order: what the rendered screen says, whatever widget drew it."""
    svg = app.export_screenshot()
    spans = re.findall(r"<text[^>]*>(.*?)</text>", svg, flags=re.DOTALL)
    return html.unescape("".join(spans)).replace("\xa0", " ")


async def settle(app: App[None]) -> None:
    """Wait until no worker runs.

    A draft save superseded by a newer one is cancelled (exclusive workers),
    which `wait_for_complete` reports as an error; here it simply counts as done.
    """
    while busy := [
        worker
        for worker in app.workers
        if worker.state in (WorkerState.PENDING, WorkerState.RUNNING)
    ]:
        await asyncio.gather(*(worker.wait() for worker in busy), return_exceptions=True)


async def wait_until(
    condition: Callable[[], bool], what: str, timeout: float = 5.0, *, poll: float = 0.02
) -> None:
    """Wait until `condition()` holds, checking every `poll` seconds; fail naming `what`.

    The one way these tests wait for something that lands a few frames late
    (a toast, a pushed screen, a timer's redraw): never a fixed pause.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"{what}: not within {timeout}s")
        await asyncio.sleep(poll)


async def wait_for_screen_text(pilot: Pilot[None], *texts: str, timeout: float = 5.0) -> str:
    """The screen once every one of `texts` is on it (toasts appear a few frames late);
    fails showing the screen when they do not come."""
    shown = ""

    def all_shown() -> bool:
        nonlocal shown
        shown = screen_text(pilot.app)
        return all(text in shown for text in texts)

    try:
        await wait_until(all_shown, f"{texts!r} on screen", timeout)
    except AssertionError as missing:
        raise AssertionError(f"{missing}; the screen shows:\n{shown}") from None
    return shown


async def wait_for_screen(pilot: Pilot[None], screen: type[object], timeout: float = 5.0) -> None:
    """Wait until the screen on top is a `screen` (pushed screens mount a few frames late)."""
    await wait_until(
        lambda: isinstance(pilot.app.screen, screen),
        f"{screen.__name__} on top (got {pilot.app.screen!r})",
        timeout,
    )


async def run_from_palette(pilot: Pilot[None], name: str, timeout: float = 5.0) -> None:
    """Open the command palette, type `name`, wait until it is listed first, press Enter."""
    await pilot.press("ctrl+p")
    await pilot.press(*name)

    def offered_first() -> bool:
        palette = pilot.app.screen
        if not isinstance(palette, CommandPalette):
            return False
        found = palette.query_one(CommandList)
        return bool(found.option_count) and name in str(found.get_option_at_index(0).prompt)

    await wait_until(offered_first, f"{name!r} offered first by the command palette", timeout)
    await pilot.press("enter")
    await pilot.pause()


async def escape_to(pilot: Pilot[None], screen: type[object]) -> None:
    """Press Escape until a `screen` is on top (each screen and dialog closes with it)."""
    for _screen in range(5):
        if isinstance(pilot.app.screen, screen):
            return
        await pilot.press("escape")
        await pilot.pause()
    await wait_for_screen(pilot, screen)


class RedrawWatch:
    """A message hook (`app.run_test(message_hook=...)`) counting, once watching, what
    Textual is asked to lay out again (`Layout`, which reflows the whole screen) and
    to repaint (`Update`), by widget id."""

    def __init__(self) -> None:
        self.watching = False
        self.repainted: Counter[str] = Counter()
        self.laid_out: Counter[str] = Counter()

    def __call__(self, message: Message) -> None:
        if not self.watching:
            return
        if isinstance(message, Update):
            self.repainted[message.widget.id or type(message.widget).__name__] += 1
        elif isinstance(message, Layout):
            self.laid_out[message.widget.id or type(message.widget).__name__] += 1
