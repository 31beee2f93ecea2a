"""argparse in the UI language: "uso:", "opciones:", its errors, all from our catalog.

argparse passes every text it prints through its module-level `_`
(gettext's, bound at import, reading the process locale). We point that
name at our own catalog, once, before any parser is
built, so `--help` and every usage error speak the language the mentor
chose (`--lang`, the settings, the locale), like the rest of the app. This
is the one place that touches argparse's module; the texts it may print to
a user are listed below so that the catalog carries them (a test checks the
list against argparse's own source). Its plural texts are not among them:
they speak of `nargs=N`, which no option here uses.
"""

from __future__ import annotations

import argparse

from sessiontui.i18n import N_, current

ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
)


def _translated(message: str) -> str:
    return current().gettext(message)


def speak_ui_language() -> None:
    """Have argparse print its own texts in the UI language from now on."""
    argparse._ = _translated  # type: ignore[attr-defined]
