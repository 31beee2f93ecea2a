"""Every private Textual detail the tests rely on, in one place.

Textual is pinned exactly (pyproject.toml). When it is upgraded,
test_textual_private.py says at once which of these broke, instead of many
tests failing in ways that do not name the cause.
"""

from __future__ import annotations

from typing import IO, cast

from textual import _wait
from textual.app import App
from textual.drivers._writer_thread import MAX_QUEUED_WRITES, WriterThread
from textual.widgets import Button, Tabs
from textual.widgets._footer import FooterKey

__all__ = [
    "MAX_QUEUED_WRITES",
    "FooterKey",
    "WriterThread",
    "press_effect_showing",
    "screen_lines",
    "set_pilot_idle_slice",
    "started_writer_thread",
    "underline_span",
]


def screen_lines(app: App[None]) -> list[str]:
    """What the screen on top shows now, one plain-text string per terminal row.

    Textual has no public plain-text render; the compositor's strips are what
    it writes to the terminal.
    """
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


def press_effect_showing(button: Button) -> bool:
    """True while a pressed button shows its press effect; Textual ignores a
    click on it until the effect is over."""
    return button.has_class("-active")


def underline_span(tabs: Tabs) -> tuple[int, int]:
    """The columns the tabs' underline highlights now (its bar is a private widget)."""
    underline = tabs.query_one("Underline")
    start, end = getattr(underline, "highlight_start"), getattr(underline, "highlight_end")  # noqa: B009
    return int(start), int(end)


def started_writer_thread(file: object) -> WriterThread:
    """Textual's output thread, as the Linux driver runs it, writing to `file`.

    Its queue holds MAX_QUEUED_WRITES texts; a write waits while it is full.
    """
    writer = WriterThread(cast(IO[str], file))
    writer.start()
    return writer


def set_pilot_idle_slice(seconds: float) -> None:
    """Make Pilot's idle check sleep in slices of `seconds` (Textual's default: 1/50 s).

    After every key Pilot waits until the app is idle: it sleeps one slice at a time
    until a slice passes in which the process used under a twentieth of it in CPU
    time, twice per key. With the default slice most of a typing test's wall time is
    these sleeps. The CPU limit keeps its proportion, so a shorter slice asks for a
    quieter process. Neither slice waits for the next screen update (every 1/60 s):
    what needs one waits with `pilot.pause()` or a condition.
    """
    if not hasattr(_wait, "SLEEP_GRANULARITY") or not hasattr(_wait, "SLEEP_IDLE"):
        raise RuntimeError("Textual's internals changed: update tests/tui/textual_private.py")
    _wait.SLEEP_GRANULARITY = seconds
    _wait.SLEEP_IDLE = seconds / 20
