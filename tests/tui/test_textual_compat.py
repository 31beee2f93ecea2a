"""The private Textual API wrapped in sessiontui.tui.textual_compat still works.

Keys bound after a screen was built show their label and run. The driver's
output on a terminal that is gone is noticed once and never blocks: a real
pseudo-terminal whose other end is closed fails every write with EIO,
as a closed terminal window does. Textual's writer thread used to die on that
first error, after which its bounded queue filled and every later write (and
its stop()) blocked for ever (upstream #6692). The paste-safe parser and the
crash hook stand on the parser, the driver and the app's error hook as
Textual 8.2.8 has them.
"""

from __future__ import annotations

import contextlib
import errno
import inspect
import os
import threading
from collections.abc import Iterator
from typing import Any, TextIO

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode
from textual.drivers import linux_driver
from textual.drivers.headless_driver import HeadlessDriver
from textual.drivers.linux_driver import LinuxDriver
from textual.message import Message
from textual.messages import Layout
from textual.notifications import Notification
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static

from sessiontui.tui.textual_compat import (
    PasteSafeParser,
    QuickExitApp,
    QuietCrashApp,
    SteadyInput,
    StyledAtMountScreen,
    TerminalOutput,
    bind_key,
    bring_back_notices,
    highlighted_lines,
    hold_notices,
    start_compact,
    terminal_driver_class,
    use_paste_safe_parser,
)

from .helpers import screen_text, wait_until
from .textual_private import MAX_QUEUED_WRITES, started_writer_thread


@pytest.fixture
def dead_terminal() -> Iterator[TextIO]:
    """The program's side of a terminal whose window was closed."""
    leader, follower = os.openpty()
    os.close(leader)
    file = os.fdopen(follower, "w", encoding="utf-8")
    yield file
    with contextlib.suppress(OSError):  # text left in its buffer fails again at close
        file.close()


def test_the_first_failed_write_says_the_terminal_is_gone_once(dead_terminal: TextIO) -> None:
    gone: list[str] = []
    output = TerminalOutput(dead_terminal, lambda: gone.append("gone"))

    # Buffered text fails at the flush at the latest, as in the writer thread.
    output.write("\x1b[?1049h")
    output.flush()
    assert gone == ["gone"]
    assert output.gone
    assert not output.isatty()

    assert output.write("more") == len("more")
    output.flush()
    assert gone == ["gone"]


def test_the_dead_terminal_really_fails_with_eio(dead_terminal: TextIO) -> None:
    # What the wrapper stands in front of: without it, the writer thread dies here.
    with pytest.raises(OSError, match="Input/output error") as failed:
        os.write(dead_terminal.fileno(), b"x")
    assert failed.value.errno == errno.EIO


def test_the_writer_thread_keeps_draining_a_dead_terminal(dead_terminal: TextIO) -> None:
    gone = threading.Event()
    writer = started_writer_thread(TerminalOutput(dead_terminal, gone.set))

    def write_a_lot_then_stop() -> None:
        for _ in range(MAX_QUEUED_WRITES * 4):
            writer.write("\x1b[2J frame")
        writer.stop()

    done = threading.Thread(target=write_a_lot_then_stop, daemon=True)
    done.start()
    done.join(timeout=10)
    assert not done.is_alive(), "writes to a dead terminal blocked"
    assert gone.is_set()


def test_only_the_linux_driver_is_replaced() -> None:
    replaced = terminal_driver_class(LinuxDriver, lambda: None)
    assert issubclass(replaced, LinuxDriver)
    assert replaced is not LinuxDriver
    assert terminal_driver_class(HeadlessDriver, lambda: None) is HeadlessDriver


# --- the private Textual API the paste guard and the crash hook stand on -------------


def test_the_linux_driver_builds_its_parser_from_the_name_we_replace() -> None:
    # If an upgrade builds the parser some other way, pastes are unguarded: fail here.
    assert "XTermParser(" in inspect.getsource(LinuxDriver.run_input_thread)
    use_paste_safe_parser()
    assert linux_driver.XTermParser is PasteSafeParser  # type: ignore[attr-defined]


def test_the_paste_safe_parser_turns_an_attack_into_one_paste_event() -> None:
    now = [0.0]
    parser = PasteSafeParser(clock=lambda: now[0])
    attack = "\x1b[200~note\x1b[201~\x0fshared\r\x1b[201~"
    got = list(parser.feed(attack))
    now[0] = 1.0
    got += list(parser.tick())
    got += list(parser.feed("x"))
    pastes = [event for event in got if isinstance(event, events.Paste)]
    keys = [event.key for event in got if isinstance(event, events.Key)]
    assert [paste.text for paste in pastes] == ["note␛[201~\x0fshared\r"]
    assert keys == ["x"]  # nothing of the paste was taken for a key


def test_textual_still_hands_unhandled_errors_to_the_hook_we_override() -> None:
    assert callable(App._handle_exception)
    assert QuietCrashApp._handle_exception is not App._handle_exception
    app = QuietCrashApp[None]()
    assert app._exit_renderables == []


UPGRADE_HINT = "Textual's internals changed: update src/sessiontui/tui/textual_compat/"


class Probe(Screen[None]):
    """A text field and a footer; keys bound after the screen was built."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.pokes = 0
        self.hidden = 0
        bind_key(self, "ctrl+x", "poke", label, priority=True)
        bind_key(self, "f9,ctrl+w", "hide", "Hidden", show=False, priority=True)

    def compose(self) -> ComposeResult:
        yield Input(id="field")
        yield Footer()

    def action_poke(self) -> None:
        self.pokes += 1

    def action_hide(self) -> None:
        self.hidden += 1


class ProbeApp(App[None]):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.probe = Probe(label)

    def on_mount(self) -> None:
        self.push_screen(self.probe)


async def test_a_key_bound_after_construction_shows_its_label_and_runs() -> None:
    app = ProbeApp("Pinchar")  # a label chosen at run time, as a translation is
    async with app.run_test(size=(60, 10)) as pilot:
        app.probe.query_one("#field", Input).focus()
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "^x Pinchar" in footer, (UPGRADE_HINT, footer)
        assert "Hidden" not in footer, (UPGRADE_HINT, footer)
        # Priority: the key acts even while a text field has the focus.
        await pilot.press("ctrl+x", "f9", "ctrl+w", "x")
        await pilot.pause()
        assert app.probe.pokes == 1, UPGRADE_HINT
        assert app.probe.hidden == 2, UPGRADE_HINT
        assert app.probe.query_one("#field", Input).value == "x"


class SteadyField(App[None]):
    """A 20-cell SteadyInput over a line of text, counting layouts once asked to."""

    def __init__(self) -> None:
        super().__init__()
        self.layouts = 0
        self.counting = False

    def compose(self) -> ComposeResult:
        yield SteadyInput(id="field", compact=True)
        yield Static("below", id="below")

    def on_mount(self) -> None:
        self.query_one("#field").styles.width = 20

    def count_layouts(self, message: Message) -> None:
        if self.counting and isinstance(message, Layout):
            self.layouts += 1


async def test_typing_into_a_steady_input_lays_nothing_out_and_scrolls_to_the_cursor() -> None:
    app = SteadyField()
    async with app.run_test(size=(40, 4), message_hook=app.count_layouts) as pilot:
        app.query_one("#field", SteadyInput).focus()
        await pilot.pause()
        app.counting = True
        typed = "abcdefghijklmnopqrstuvwxyz0123456789"
        await pilot.press(*typed)
        await pilot.pause()
        assert app.layouts == 0, UPGRADE_HINT
        # Longer than the field: its end and the cursor are on show, its start is not.
        row = screen_text(app).splitlines()[0]
        assert row.startswith(typed[-19:]), (UPGRADE_HINT, row)
        await pilot.press("home")
        await pilot.pause()
        assert screen_text(app).splitlines()[0].startswith(typed[:19]), UPGRADE_HINT
        assert app.query_one("#field", SteadyInput).value == typed


class TwoLists(App[None]):
    """A list made compact by Textual and one by `start_compact`, built while running."""

    async def on_mount(self) -> None:
        self.built_styles: list[DOMNode] = []
        textual = OptionList("one", "two", compact=True, id="textual")
        ours = OptionList("one", "two", id="ours")
        start_compact(ours)
        await self.mount_all([textual, ours])


async def test_a_list_started_compact_is_styled_only_at_its_mount_and_looks_compact(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    styled: list[str | None] = []
    apply = Stylesheet.apply

    def counted(self: Stylesheet, node: DOMNode, **options: object) -> None:
        if isinstance(node, OptionList) and not node.is_attached:
            styled.append(node.id)  # styled before its mount
        apply(self, node, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Stylesheet, "apply", counted)
    app = TwoLists()
    async with app.run_test(size=(30, 6)) as pilot:
        await pilot.pause()
        # Textual's compact=True restyles a list before its mount; start_compact does not.
        assert styled == ["textual"], (UPGRADE_HINT, styled)
        textual, ours = app.query_one("#textual", OptionList), app.query_one("#ours", OptionList)
        assert ours.compact, UPGRADE_HINT
        assert ours.styles.border == textual.styles.border, UPGRADE_HINT
        assert ours.styles.padding == textual.styles.padding, UPGRADE_HINT
        assert ours.size == textual.size, UPGRADE_HINT


class FramedFields(QuickExitApp[None]):
    """Two framed fields, the first focused: its frame styled by :focus-within."""

    CSS = "Vertical:focus-within { border: round red; }"

    def compose(self) -> ComposeResult:
        for name in ("first", "second"):
            with Vertical(id=name):
                yield Input(id=f"{name}-field")


class PlainFramedFields(FramedFields, App[None]):
    """The same with Textual's exit (App.exit before QuickExitApp.exit)."""

    def exit(self, *args: Any, **kwargs: Any) -> None:
        App.exit(self, *args, **kwargs)


@pytest.mark.parametrize(
    ("app_class", "restyles"), [(FramedFields, False), (PlainFramedFields, True)]
)
async def test_the_exit_restyles_nothing(
    monkeypatch: pytest.MonkeyPatch, app_class: type[FramedFields], restyles: bool
) -> None:
    styled: list[DOMNode] = []
    app = app_class()
    async with app.run_test(size=(30, 8)) as pilot:
        await pilot.pause()
        assert app.focused is not None
        assert app.focused.id == "first-field"
        apply = Stylesheet.apply

        def counted(self: Stylesheet, node: DOMNode, **options: object) -> None:
            styled.append(node)
            apply(self, node, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(Stylesheet, "apply", counted)
        app.exit()
    # Textual moves the focus through the fields it removes, restyling their frames.
    assert bool(styled) is restyles, (UPGRADE_HINT, styled)


class Framed(Static):
    """A line whose frame comes from the app's stylesheet."""


class FramedScreen(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Framed("styled", id="framed")


class StyledOnce(StyledAtMountScreen[None]):
    def compose(self) -> ComposeResult:
        yield Framed("styled", id="framed")


class PushesAScreen(App[None]):
    CSS = "Framed { border: round red; }"

    def __init__(self, screen: Screen[None]) -> None:
        super().__init__()
        self._first = screen

    def on_mount(self) -> None:
        self.push_screen(self._first)


@pytest.mark.parametrize(("screen_class", "restyles"), [(FramedScreen, 1), (StyledOnce, 0)])
async def test_a_screen_styled_at_mount_is_not_restyled_by_its_first_resume(
    monkeypatch: pytest.MonkeyPatch, screen_class: type[Screen[None]], restyles: int
) -> None:
    restyled: list[DOMNode] = []
    restyle = DOMNode.update_node_styles

    def counted(node: DOMNode, animate: bool = True) -> None:
        if isinstance(node, screen_class):
            restyled.append(node)
        restyle(node, animate)

    monkeypatch.setattr(DOMNode, "update_node_styles", counted)
    screen = screen_class()
    app = PushesAScreen(screen)
    async with app.run_test(size=(30, 6)) as pilot:
        await pilot.pause()
        assert app.screen is screen
        # Textual restyles a screen it resumes; the first resume of ours does not,
        # and its widget is styled all the same (by its mount).
        assert len(restyled) == restyles, (UPGRADE_HINT, restyled)
        assert screen.query_one("#framed").styles.border.top[0] == "round"
        assert "╭" in screen_text(app)
        # A later resume (a theme or a class may have changed meanwhile) restyles.
        screen.post_message(events.ScreenResume())
        await pilot.pause()
        assert len(restyled) == restyles + 1, (UPGRADE_HINT, restyled)


class WrappedOptions(App[None]):
    def compose(self) -> ComposeResult:
        yield OptionList("one", "a second option long enough to wrap", "three")


async def test_the_highlighted_lines_are_where_the_option_is_drawn() -> None:
    app = WrappedOptions()
    async with app.run_test(size=(20, 10)) as pilot:
        options = app.query_one(OptionList)
        options.highlighted = 1
        await pilot.pause()
        first, height = highlighted_lines(options) or (0, 0)
        assert first == 1, UPGRADE_HINT
        assert height > 1, UPGRADE_HINT  # wrapped
        options.highlighted = 2
        assert highlighted_lines(options) == (first + height, 1), UPGRADE_HINT


class HoldsNotices(Screen[None]):
    def __init__(self) -> None:
        super().__init__()
        self.held: list[Notification] = []

    def compose(self) -> ComposeResult:
        yield Static("A form")

    def on_mount(self) -> None:
        self.held = hold_notices(self.app)

    def on_unmount(self) -> None:
        bring_back_notices(self.app, self.held)


async def test_notices_held_by_a_screen_are_off_it_and_come_back_when_it_closes() -> None:
    app = WrappedOptions()
    async with app.run_test(size=(60, 12), notifications=True) as pilot:
        app.notify("Held notice.", timeout=60)
        await wait_until(lambda: "Held notice." in screen_text(app), "the notice")
        await app.push_screen(HoldsNotices())
        await wait_until(lambda: "A form" in screen_text(app), "the screen")
        await pilot.pause()
        assert "Held notice." not in screen_text(app), UPGRADE_HINT
        app.pop_screen()
        await wait_until(lambda: "Held notice." in screen_text(app), UPGRADE_HINT)
