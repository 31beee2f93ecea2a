"""The letters a screen without a text field answers to, in the UI language.

Each comes from the catalog, so a Spanish screen shows and takes Spanish
letters ("Salir (s)"). The resume and finish dialogs take none: they answer
to the arrows, Enter and Escape (see actions.py), so typing cannot answer them.
"""

from __future__ import annotations

from sessiontui.i18n import pgettext


def quit_letter() -> str:
    """The letter that quits once the summary is stored ("q"; "s", salir, in Spanish)."""
    return pgettext("summary: the key that quits", "q")
