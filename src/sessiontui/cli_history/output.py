"""What the history commands print through: results on `out`, problems on `err`, every
line cleaned of control characters (a stored name or note never reaches the terminal
as an escape sequence)."""

from __future__ import annotations

import re
import sys
from typing import TextIO

from sessiontui.i18n import _

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """`text` with control characters (but tab and newline) shown as "?"."""
    return _CONTROLS.sub("?", text.replace("\r\n", "\n"))


class Output:
    """A command's two streams; every line is cleaned before it is written."""

    def __init__(self, out: TextIO | None = None, err: TextIO | None = None) -> None:
        self.out = out if out is not None else sys.stdout
        self.err = err if err is not None else sys.stderr

    def line(self, text: str = "") -> None:
        """A result line (or several, separated by newlines) on `out`."""
        self.out.write(clean(text) + "\n")

    def problem(self, text: str) -> None:
        """A line about what went wrong or what was done, on `err`."""
        self.err.write(clean(text) + "\n")

    def error(self, message: str) -> None:
        """A problem of the command itself: "sessiontui: " before each of its lines."""
        for line in message.splitlines() or [""]:
            self.problem(_("sessiontui: {message}", message=line))
