"""Command-line entry point: `sessiontui [options]` and its subcommands.

Everything that can be wrong with the input (a bad script, an unusable data
folder, a second instance) is found here, before the terminal is taken over,
and reported as one line with exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sessiontui import __version__
from sessiontui.argparse_i18n import speak_ui_language
from sessiontui.cli_config import cmd_config
from sessiontui.config import (
    Config,
    Setting,
    Source,
    config_file,
    load_config,
    resolve_language,
    resolve_script,
)
from sessiontui.errors import UserError
from sessiontui.i18n import _, available_languages, set_language
from sessiontui.launch import Launch
from sessiontui.paths import config_dir, data_dir, user_scripts_dir
from sessiontui.posix import require_posix
from sessiontui.scripts import commands
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.scripts.schema import Script
from sessiontui.shutdown import ShutdownGuard
from sessiontui.store import DataDir, DataDirLock, DraftStore, SessionArchive
from sessiontui.store.doctor import run_doctor


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for `sessiontui` and its subcommands."""
    parser = argparse.ArgumentParser(
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

    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    scripts = commands.add_parser("scripts", help=_("list, show and check session scripts"))
    scripts_commands = scripts.add_subparsers(
        dest="scripts_command", metavar=_("ACTION"), required=True
    )
    scripts_commands.add_parser("list", help=_("list the built-in and your own scripts"))
    show = scripts_commands.add_parser("show", help=_("show a script's agenda"))
    show.add_argument("script", metavar=_("ID|PATH"))
    check = scripts_commands.add_parser(
        "check", help=_("validate script files (exit 0 when all are good)")
    )
    check.add_argument("paths", metavar=_("PATH"), nargs="+")
    commands.add_parser(
        "config", help=_("show the effective settings and where each one comes from")
    )
    doctor = commands.add_parser(
        "doctor", help=_("check the data folder: permissions, readable files, leftovers")
    )
    # Accepted after the command too; SUPPRESS keeps a value given before it.
    doctor.add_argument(
        "--data-dir",
        metavar=_("DIR"),
        default=argparse.SUPPRESS,
        help=_("where sessions, drafts and summaries are kept"),
    )
    return parser


def _scripts(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.scripts_command == "check":
        return commands.cmd_check(list(args.paths), out, err)
    library = ScriptLibrary.load(user_scripts_dir(config_dir()))
    if args.scripts_command == "list":
        return commands.cmd_list(library, out, err)
    return commands.cmd_show(library, args.script, out, err)


def _doctor(args: argparse.Namespace, out: TextIO) -> int:
    return run_doctor(data_dir(args.data_dir), out)


def _script(library: ScriptLibrary, asked: Setting | None, settings: Path) -> Script | None:
    """The script asked for on the command line or in the settings file (None: ask)."""
    if asked is None:
        return None
    try:
        return library.resolve(asked.value)
    except UserError as error:
        if asked.source is not Source.FILE:
            raise
        raise UserError(
            "\n".join(f"{settings}: script: {line}" for line in error.message.splitlines())
        ) from None


def _run_app(args: argparse.Namespace, language: str, config: Config, settings: Path) -> int:
    folder = DataDir.open(data_dir(args.data_dir))
    library = ScriptLibrary.load(user_scripts_dir(config_dir()))
    script = _script(library, resolve_script(args.script, config), settings)
    mentee = args.mentee.strip() if args.mentee is not None else None

    lock = DataDirLock(folder)
    lock.acquire()
    # From here a stop signal or a lost terminal ends the process within
    # seconds, the draft saved and the lock freed (see sessiontui.shutdown).
    guard = ShutdownGuard(lock.release)
    guard.install()
    try:
        drafts = DraftStore(folder)
        found = drafts.load()
        notices = list(library.warnings)
        if found.moved_aside is not None:
            notices.append(
                _(
                    "The interrupted-session draft could not be read; it was kept aside at {path}",
                    path=str(found.moved_aside),
                )
            )
        if found.recovered_from is not None:
            notices.append(
                _(
                    "The interrupted session was recovered from {path}, "
                    "a save that a crash cut short",
                    path=found.recovered_from,
                )
            )
        launch = Launch(
            data_dir=folder,
            library=library,
            drafts=drafts,
            archive=SessionArchive(folder),
            language=language,
            script=script,
            mentee=mentee,
            draft=found.session,
            notices=notices,
            bell=not args.no_bell,
            mentor=config.mentor_name,
            config_file=settings,
        )
        # Textual is imported only now: the subcommands and all input
        # checking above stay fast and free of the UI.
        from sessiontui.tui.app import create_app  # noqa: PLC0415

        app = create_app(launch, guard)
        app.run()
    finally:
        guard.release_once()
        guard.close()
    if guard.status is not None:
        return guard.status
    return app.return_code or 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit status."""
    out, err = sys.stdout, sys.stderr
    try:
        require_posix()
        speak_ui_language()
        # A first guess, so that a broken settings file is reported in the right language.
        set_language(resolve_language(_peek_lang(argv), Config(), os.environ).value)
        settings = config_file()
        config = load_config(settings)
        set_language(resolve_language(_peek_lang(argv), config, os.environ).value)
        args = build_parser().parse_args(argv)
        language = resolve_language(args.lang, config, os.environ)
        set_language(language.value)
        if args.command == "scripts":
            return _scripts(args, out, err)
        if args.command == "doctor":
            return _doctor(args, out)
        if args.command == "config":
            script = resolve_script(args.script, config)
            return cmd_config(settings, config, language, script, out)
        return _run_app(args, language.value, config, settings)
    except UserError as error:
        for line in error.message.splitlines() or [""]:
            print(_("sessiontui: {message}", message=line), file=err)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


def _peek_lang(argv: Sequence[str] | None) -> str | None:
    """The --lang value if given, so that --help already speaks that language."""
    words = list(sys.argv[1:] if argv is None else argv)
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words):
            return words[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return None
