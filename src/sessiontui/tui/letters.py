"""The letters that answer a dialog, in the UI language ("y" / "s" for yes).

A dialog without a text field may take plain letters; each comes from the
catalog, so a Spanish screen shows and takes Spanish letters ("Salir (s)").
"""

from __future__ import annotations

from sessiontui.i18n import pgettext


def yes_letter() -> str:
    """The letter that answers yes in a confirmation ("y" in English, "s" in Spanish)."""
    return pgettext("confirm: the key that answers yes", "y")


def no_letter() -> str:
    """The letter that answers no in a confirmation."""
    return pgettext("confirm: the key that answers no", "n")


def quit_letter() -> str:
    """The letter that quits once the summary is stored ("q"; "s", salir, in Spanish)."""
    return pgettext("summary: the key that quits", "q")


def resume_letter() -> str:
    """The letter that resumes an interrupted session."""
    return pgettext("resume dialog: the key that resumes", "r")


def finish_letter() -> str:
    """The letter that finishes an interrupted session now."""
    return pgettext("resume dialog: the key that finishes now", "f")


def discard_letter() -> str:
    """The letter that discards an interrupted session (pressed twice)."""
    return pgettext("resume dialog: the key that discards", "d")
