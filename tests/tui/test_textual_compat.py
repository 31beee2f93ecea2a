"""The private Textual API wrapped in sessiontui.tui.textual_compat still works.

Keys bound after a screen was built show their label and run. The driver's
output on a terminal that is gone is noticed once and never blocks: a real
pseudo-terminal whose other end is closed fails every write with EIO,
as a closed terminal window does. Textual's writer thread used to die on that
first error, after which its bounded queue filled and every later write (and
its stop()) blocked for ever (upstream #6692).
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator
from typing import TextIO

import pytest
from textual.app import App, ComposeResult
from textual.drivers.headless_driver import HeadlessDriver
from textual.drivers.linux_driver import LinuxDriver
from textual.screen import Screen
from textual.widgets import Footer, Input

from sessiontui.tui.textual_compat import TerminalOutput, bind_key, terminal_driver_class

from .helpers import screen_text
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


UPGRADE_HINT = "Textual's internals changed: update src/sessiontui/tui/textual_compat.py"


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
