"""Textual's private API for the terminal itself: its driver, its input parser, its output.

The driver: Textual 8.2.8's Linux driver can hang the process for ever once
the terminal is gone (upstream #6692): its writer thread dies on the first
write that fails with EIO, after which the bounded output queue fills and the
UI thread blocks in `Queue.put` (also in `WriterThread.stop` at exit). And on
a hang-up the kernel sends SIGCONT after SIGHUP, on which the driver starts
application mode again on the dead terminal, with a second writer thread.
`terminal_driver_class` gives the app a driver that cannot do either.

Pastes: Textual's input parser replays the text after an ESC inside a
bracketed paste as key presses, so a pasted text could fire the app's keys.
`PasteSafeParser` (installed by `use_paste_safe_parser`) keeps a paste text.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterable
from typing import Any, TextIO, cast

from textual._xterm_parser import XTermParser
from textual.app import App
from textual.driver import Driver
from textual.drivers import linux_driver
from textual.drivers.linux_driver import LinuxDriver
from textual.message import Message

from sessiontui.tui.paste import PasteGuard


class PasteSafeParser(XTermParser):
    """Textual's input parser, with bracketed pastes kept as text (see `PasteGuard`)."""

    def __init__(self, debug: bool = False, clock: Callable[[], float] = time.monotonic) -> None:
        self._guard = PasteGuard()
        self._clock = clock
        super().__init__(debug)

    def feed(self, data: str) -> Iterable[Message]:
        """Parse `data`; a paste is handed on only once it is surely over."""
        if not data:  # end of input: nothing more can come, hand on everything
            yield from self._feed_parser(self._guard.flush())
            yield from super().feed("")
            return
        yield from self._feed_parser(self._guard.feed(data, self._clock()))

    def tick(self) -> Iterable[Message]:
        """Called between reads: hand on a paste once the terminal has gone quiet."""
        yield from self._feed_parser(self._guard.release(self._clock()))
        yield from super().tick()

    def _feed_parser(self, data: str) -> Iterable[Message]:
        if data:
            yield from super().feed(data)


def use_paste_safe_parser() -> None:
    """Make Textual's Linux driver read the terminal with `PasteSafeParser`.

    Private: the driver builds its parser from this module-level name.
    """
    linux_driver.XTermParser = PasteSafeParser  # type: ignore[attr-defined]


class TerminalOutput(io.TextIOBase):
    """The driver's output file: once a write fails, the terminal is gone.

    Then `on_gone` is called (once) and all later output is dropped, so the
    writer thread keeps draining its queue and nothing waits on it.
    """

    def __init__(self, file: TextIO, on_gone: Callable[[], object]) -> None:
        super().__init__()
        self._file = file
        self._on_gone = on_gone
        self._gone = False

    @property
    def gone(self) -> bool:
        """True once a write or flush has failed."""
        return self._gone

    def _lost(self) -> None:
        if not self._gone:
            self._gone = True
            self._on_gone()

    def write(self, text: str) -> int:
        """Write `text`, or drop it if the terminal is gone."""
        if not self._gone:
            try:
                self._file.write(text)
            except (OSError, ValueError):  # EIO, EPIPE ...; ValueError: file closed
                self._lost()
        return len(text)

    def flush(self) -> None:
        """Flush, or do nothing if the terminal is gone."""
        if not self._gone:
            try:
                self._file.flush()
            except (OSError, ValueError):
                self._lost()

    def fileno(self) -> int:
        """The terminal's file descriptor."""
        return self._file.fileno()

    def isatty(self) -> bool:
        """Whether the file is a terminal (False once it is gone)."""
        return not self._gone and self._file.isatty()


def terminal_driver_class(base: type[Driver], on_gone: Callable[[], object]) -> type[Driver]:
    """`base` made safe on a terminal that goes away (only the Linux driver needs it)."""
    if not issubclass(base, LinuxDriver):
        return base

    class SafeLinuxDriver(base):  # type: ignore[valid-type,misc]
        _file: TextIO | TerminalOutput

        def __init__(self, app: App[Any], **options: Any) -> None:
            super().__init__(app, **options)
            # Private: the file the writer thread writes to.
            self._file = TerminalOutput(cast(TextIO, self._file), on_gone)

        def _sigcont_application(self, *args: object) -> None:
            # Private: resume only what SIGTSTP (ctrl+z) suspended; the SIGCONT
            # that follows a hang-up must not restart on a dead terminal.
            if self._must_signal_resume:
                super()._sigcont_application(*args)

    return SafeLinuxDriver
