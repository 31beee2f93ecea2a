"""A paste is text, never keys.

Two halves:

- `PasteGuard` sits in front of Textual's input parser. Inside a bracketed
  paste (ESC [200~ ... ESC [201~) every ESC becomes a visible "␛", so the
  parser cannot take what follows for a key. A terminal may also pass on an
  end marker that was part of the pasted text (tmux does): the real end is
  the last marker before the terminal goes quiet, since a paste arrives all
  at once and a person types far slower. So the end marker is held until
  no data came for QUIET seconds (at most MAX_HOLD after it); a later end
  marker in that time makes the earlier one part of the text.
- `paste_text` applies the sanitizing rule to what lands in a field; a
  one-line field gets every line, joined by a visible " ⏎ ".
"""

from __future__ import annotations

from enum import Enum, auto

from sessiontui.text import clean

START = "\x1b[200~"
END = "\x1b[201~"
ESC = "\x1b"
VISIBLE_ESC = "\u241b"  # ␛, as the sanitizing rule shows it
LINE_JOINER = " \u23ce "  # " ⏎ "
QUIET = 0.05
MAX_HOLD = 0.5


class _Mode(Enum):
    OUTSIDE = auto()  # keys: passed on at once
    INSIDE = auto()  # pasted text: passed on with ESC made visible
    ENDED = auto()  # an end marker seen; waiting for quiet before passing it on


def _visible(text: str) -> str:
    return text.replace(ESC, VISIBLE_ESC)


class PasteGuard:
    """Rewrites terminal input so that a bracketed paste holds no ESC but its end marker.

    `feed(data, now)` and `release(now)` return what the parser may read
    now; `flush()` returns all that is held (at the end of input).
    """

    def __init__(self) -> None:
        self._mode = _Mode.OUTSIDE
        self._start_matched = 0  # characters of START seen so far (never held)
        self._held = ""  # inside: a possible start of END
        self._after = ""  # ended: what came after the end marker
        self._ended_at = 0.0
        self._last_data = 0.0

    def feed(self, data: str, now: float) -> str:
        """Take `data` read from the terminal; return what the parser may read now."""
        self._last_data = now
        if self._mode is _Mode.ENDED:
            self._after += data
            return self._another_end(now)
        return self._scan(data, now)

    def release(self, now: float) -> str:
        """Between reads: once the terminal is quiet, hand on the end of a paste."""
        if self._mode is not _Mode.ENDED:
            return ""
        quiet = now - self._last_data >= QUIET
        if not quiet and now - self._ended_at < MAX_HOLD:
            return ""
        after, self._after = self._after, ""
        self._mode = _Mode.OUTSIDE
        return END + self._scan(after, now)

    def flush(self) -> str:
        """Everything held, as it stands (the input has ended)."""
        if self._mode is _Mode.ENDED:
            after, self._after = self._after, ""
            self._mode = _Mode.OUTSIDE
            return END + self._scan(after, self._last_data)
        held, self._held = self._held, ""
        return _visible(held)

    def _another_end(self, now: float) -> str:
        """While ended: an end marker after the first makes the first one pasted text."""
        out = []
        while (index := self._after.find(END)) >= 0:
            out.append(_visible(END + self._after[:index]))
            self._after = self._after[index + len(END) :]
            self._ended_at = now
        return "".join(out)

    def _scan(self, data: str, now: float) -> str:
        out: list[str] = []
        for position, char in enumerate(data):
            if self._mode is _Mode.ENDED:
                self._after = data[position:]
                out.append(self._another_end(now))
                break
            if self._mode is _Mode.OUTSIDE:
                out.append(char)
                self._match_start(char)
            else:
                out.append(self._inside(char, now))
        return "".join(out)

    def _match_start(self, char: str) -> None:
        if START[self._start_matched] == char:
            self._start_matched += 1
        else:
            self._start_matched = 1 if char == ESC else 0
        if self._start_matched == len(START):
            self._start_matched = 0
            self._mode = _Mode.INSIDE

    def _inside(self, char: str, now: float) -> str:
        """One pasted character: what to pass on now (END's start is held back)."""
        held = self._held + char
        if END.startswith(held):
            if held == END:
                self._held = ""
                self._mode = _Mode.ENDED
                self._ended_at = now
            else:
                self._held = held
            return ""
        # Not the end marker after all: the held part was text. The new
        # character may itself begin an end marker.
        self._held = ESC if char == ESC else ""
        return _visible(held[:-1] + ("" if char == ESC else char))


def paste_text(text: str, *, multiline: bool) -> str:
    """Pasted `text` as a field takes it: cleaned; one line unless `multiline`."""
    text = clean(text)
    if multiline:
        return text
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return LINE_JOINER.join(line for line in lines if line)
