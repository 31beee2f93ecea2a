"""The options every subcommand takes after its name, as well as before it."""

from __future__ import annotations

import argparse

from sessiontui.i18n import _, available_languages


def common_options() -> argparse.ArgumentParser:
    """A parent parser with the options that apply to any command: `--data-dir`, `--lang`.

    Their default is SUPPRESS, so that a value given before the command
    (`sessiontui --data-dir D config`) is kept when none is given after it.
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar=_("DIR"),
        default=argparse.SUPPRESS,
        help=_("where sessions, drafts and summaries are kept"),
    )
    common.add_argument(
        "--lang",
        choices=available_languages(),
        default=argparse.SUPPRESS,
        help=_(
            "interface language (default: $SESSIONTUI_LANG, else the settings file, else "
            "the locale, else en)"
        ),
    )
    return common
