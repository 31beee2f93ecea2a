"""Every private Textual detail the tests rely on, in one place.

Textual is pinned exactly (pyproject.toml). When it is upgraded,
test_textual_private.py says at once which of these broke, instead of many
tests failing in ways that do not name the cause.
"""

from __future__ import annotations

from textual.app import App
from textual.widgets import Button


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
