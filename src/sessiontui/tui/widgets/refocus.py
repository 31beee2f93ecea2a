"""Giving a form's field the focus back after a submit, without stealing it."""

from __future__ import annotations

from textual.widget import Widget


def refocus(form: Widget, field: Widget) -> None:
    """Focus `field` now, unless the focus has already left `form`.

    A submit is handled a moment after its Enter; a shortcut pressed right
    after it (ctrl+r, ctrl+o ...) may already have moved the focus to another
    form, and a deferred `field.focus()` would then pull it back, so the text
    typed next would land in the wrong field.
    """
    if form.has_focus_within:
        form.screen.set_focus(field)
