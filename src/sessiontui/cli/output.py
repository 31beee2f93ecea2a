"""Everything a command prints goes through `Output`: cleaned, and safe in a pipe.

Each line passes the one sanitizing rule (`sessiontui.text.clean`) on its way
out, so a script title, a file name or a stored note can never reach the
terminal as an escape sequence. Results go to `out`, problems to `err`.
"""

from __future__ import annotations

import base64
import contextlib
import os
import sys
from collections.abc import Callable
from typing import TextIO

from sessiontui.i18n import _
from sessiontui.text import clean

# A reader that went away (`sessiontui scripts list | head -1`) ends the
# command as SIGPIPE would have ended it: 128 + 13.
PIPE_CLOSED_STATUS = 141


class Output:
    """A command's two streams; every line is cleaned before it is written."""

    def __init__(self, out: TextIO | None = None, err: TextIO | None = None) -> None:
        self.out = out if out is not None else sys.stdout
        self.err = err if err is not None else sys.stderr

    def line(self, text: str = "") -> None:
        """A result line (or several, separated by newlines) on `out`."""
        self.out.write(clean(text) + "\n")

    def problem(self, text: str) -> None:
        """A line that already says which file or item it is about, on `err`."""
        self.err.write(clean(text) + "\n")

    def error(self, message: str) -> None:
        """A problem of the command itself: "sessiontui: " before each of its lines."""
        for line in message.splitlines() or [""]:
            self.problem(_("sessiontui: {message}", message=line))

    def ask(self, question: str) -> str | None:
        """Ask on the terminal (the question on `err`); None when there is no terminal."""
        if not (sys.stdin.isatty() and self.err.isatty()):
            return None
        self.err.write(clean(question) + " ")
        self.err.flush()
        try:
            return input()
        except EOFError:
            return None

    def terminal_clipboard(self) -> Callable[[str], None] | None:
        """A sender of text to the terminal's clipboard (OSC 52), when `out` is a terminal.

        The one control sequence a command writes on purpose: the text travels
        base64-encoded, so nothing in it can act on the terminal.
        """
        if not self.out.isatty():
            return None

        def send(text: str) -> None:
            encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
            self.out.write(f"\x1b]52;c;{encoded}\x07")
            self.out.flush()

        return send


def flush_or_silence(*streams: TextIO) -> bool:
    """Flush `streams`; False if one of them leads to a reader that has gone.

    A stream whose reader has gone is pointed at /dev/null, so that nothing
    written or flushed later (the interpreter flushes at exit) raises
    BrokenPipeError or prints "Exception ignored".
    """
    intact = True
    for stream in streams:
        try:
            stream.flush()
        except (BrokenPipeError, ConnectionResetError):
            intact = False
            _point_at_devnull(stream)
    return intact


def _point_at_devnull(stream: TextIO) -> None:
    with contextlib.suppress(OSError, ValueError):  # ValueError: no file descriptor
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
