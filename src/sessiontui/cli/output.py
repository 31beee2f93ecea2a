"""Everything a command prints goes through `Output`: cleaned, and safe in a pipe.

Each line passes the one sanitizing rule (`sessiontui.text.clean`) on its way
out, so a script title, a file name or a stored note can never reach the
terminal as an escape sequence. Results go to `out`, problems to `err`.
"""

from __future__ import annotations

import contextlib
import os
import sys
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
