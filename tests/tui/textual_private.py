"""Every private Textual detail the tests rely on, in one place.

Textual is pinned exactly (pyproject.toml). When it is upgraded,
test_textual_private.py says at once which of these broke, instead of many
tests failing in ways that do not name the cause.
"""

from __future__ import annotations

from typing import IO, cast

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
