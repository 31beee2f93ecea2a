"""Every use of Textual's private API, wrapped in one place.

- `QuietCrashApp`: Textual's report of an unhandled error prints the local
  variables of every frame, a private note among them, after the app ends.
  The app gets the error first (`on_unexpected_error`) and Textual's report
  is dropped; the exit status stays non-zero.
- `PasteSafeParser`, `paste_safe_driver`: Textual's input parser replays the
  text after an ESC inside a bracketed paste as key presses, so a pasted
  text could fire the app's keys. The parser here keeps a paste text.

tests/tui/test_textual_compat.py fails loudly when an upgrade moves these.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import TypeVar

from textual._xterm_parser import XTermParser
from textual.app import App
from textual.drivers import linux_driver
from textual.message import Message

from sessiontui.tui.paste import PasteGuard

ReturnType = TypeVar("ReturnType")


class QuietCrashApp(App[ReturnType]):
    """An App whose unhandled errors go to `on_unexpected_error`, never to the screen."""

    def on_unexpected_error(self, error: Exception) -> None:
        """Called once per unhandled error, before the app closes (override)."""

    def _handle_exception(self, error: Exception) -> None:
        # Private: every unhandled error of a handler, timer, worker or compose lands here.
        self.on_unexpected_error(error)
        super()._handle_exception(error)
        # Private: the rendered report (with local variables) printed at exit.
        self._exit_renderables.clear()


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
