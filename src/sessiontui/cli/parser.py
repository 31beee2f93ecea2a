"""The argument parser: options of the session app, and one subcommand per module.

A subcommand lives in its own module of this package with two functions:
`register(commands)` adds its parser and sets `run`, and `run(args, output)`
does the work, printing through `output` and returning the exit status.
Add the module to COMMANDS to make it part of the command line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sessiontui import __version__
from sessiontui.cli import completion, config, doctor, export, history, mentees, scripts, show
from sessiontui.cli.options import common_options
from sessiontui.i18n import _, available_languages
from sessiontui.text import clean
from sessiontui.themes import DEFAULT_THEME, SHARE_THEME, THEME_NAMES

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

COMMANDS = (scripts, mentees, history, show, export, config, doctor, completion)


class CleanArgumentParser(argparse.ArgumentParser):
    """argparse, whose own lines (help, usage, errors) pass the sanitizing rule too:
    an error echoes the argument it did not understand."""

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        # argparse writes everything it prints through this one method.
        super()._print_message(clean(message), file)


class CommandParser(CleanArgumentParser):
    """A subcommand's parser: it takes the common options (`--data-dir`, `--lang`) after
    the command's name too, and so do its own subcommands (argparse makes those of the
    parser's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("parents", [common_options()])
        super().__init__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for `sessiontui` and its subcommands."""
    parser = CleanArgumentParser(
        prog="sessiontui",
        description=_(
            "Run a mentoring session well: a timed script, listening prompts, feedback, action "
            "items and an email-ready summary."
        ),
        epilog=_(
            "Without a command, starts the session app. Data folder: --data-dir, else "
            "$SESSIONTUI_DATA_DIR, else the platform's user data folder."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"sessiontui {__version__}",
        help=_("show the version and exit"),
    )
    parser.add_argument(
        "--mentee", metavar=_("NAME"), help=_("the mentee's name (asked at start when not given)")
    )
    parser.add_argument(
        "--new-mentee",
        action="store_true",
        help=_("--mentee names someone new: create them (otherwise asked, or refused)"),
    )
    parser.add_argument(
        "--script",
        metavar=_("ID|PATH"),
        help=_(
            "session script: a built-in or user script id, or a .toml file "
            "(default: the settings file's)"
        ),
    )
    parser.add_argument(
        "--data-dir", metavar=_("DIR"), help=_("where sessions, drafts and summaries are kept")
    )
    parser.add_argument(
        "--lang",
        choices=available_languages(),
        help=_(
            "interface language (default: $SESSIONTUI_LANG, else the settings file, else "
            "the locale, else en)"
        ),
    )
    parser.add_argument(
        "--no-bell", action="store_true", help=_("never ring the terminal bell for time warnings")
    )
    parser.add_argument(
        "--theme",
        choices=THEME_NAMES,
        help=_(
            "colour theme (default: {theme}); {share} is made for a shared screen",
            theme=DEFAULT_THEME,
            share=SHARE_THEME,
        ),
    )
    parser.add_argument(
        "--share",
        action="store_true",
        help=_("start in share mode: nothing private shows (F12 toggles it)"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_(
            "rehearse: a short sample session with an invented mentee, in a throwaway "
            "folder (your history is never touched)"
        ),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=_("COMMAND"), parser_class=CommandParser
    )
    for command in COMMANDS:
        command.register(commands)
    return parser


def peek_lang(argv: Sequence[str] | None) -> str | None:
    """The --lang value if given, so that --help already speaks that language."""
    words = list(sys.argv[1:] if argv is None else argv)
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words):
            return words[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None
