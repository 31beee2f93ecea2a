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
from typing import TextIO

from sessiontui import __version__
from sessiontui.cli_history import export, history, mentees, show
from sessiontui.cli_history.output import Output
from sessiontui.errors import UserError
from sessiontui.i18n import SOURCE_LANGUAGE, _, available_languages, set_language
from sessiontui.launch import Launch
from sessiontui.paths import config_dir, data_dir, user_scripts_dir
from sessiontui.posix import require_posix
from sessiontui.relationship.names import labels, resolve
from sessiontui.scripts import commands
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.service.start import new_mentee
from sessiontui.shutdown import ShutdownGuard
from sessiontui.store import DataDir, DataDirLock, DraftStore, SessionArchive
from sessiontui.store.doctor import run_doctor
from sessiontui.store.errors import os_error_reason
from sessiontui.store.legacy import open_archive

LANG_ENV = "SESSIONTUI_LANG"
HISTORY_COMMANDS = (mentees, history, show, export)


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
    parser.add_argument("--version", action="version", version=f"sessiontui {__version__}")
    parser.add_argument(
        "--mentee", metavar="NAME", help=_("the mentee's name (asked at start when not given)")
    )
    parser.add_argument(
        "--new-mentee",
        action="store_true",
        help=_("--mentee names someone new: create them (otherwise asked, or refused)"),
    )
    parser.add_argument(
        "--script",
        metavar="ID|PATH",
        help=_("session script: a built-in or user script id, or a .toml file"),
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", help=_("where sessions, drafts and summaries are kept")
    )
    parser.add_argument(
        "--lang",
        choices=available_languages(),
        help=_("interface language (default: $SESSIONTUI_LANG or en)"),
    )
    parser.add_argument(
        "--no-bell", action="store_true", help=_("never ring the terminal bell for time warnings")
    )

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    scripts = commands.add_parser("scripts", help=_("list, show and check session scripts"))
    scripts_commands = scripts.add_subparsers(
        dest="scripts_command", metavar="ACTION", required=True
    )
    scripts_commands.add_parser("list", help=_("list the built-in and your own scripts"))
    show = scripts_commands.add_parser("show", help=_("show a script's agenda"))
    show.add_argument("script", metavar="ID|PATH")
    check = scripts_commands.add_parser(
        "check", help=_("validate script files (exit 0 when all are good)")
    )
    check.add_argument("paths", metavar="PATH", nargs="+")
    for command in HISTORY_COMMANDS:
        command.register(commands)
    doctor = commands.add_parser(
        "doctor", help=_("check the data folder: permissions, readable files, leftovers")
    )
    # Accepted after the command too; SUPPRESS keeps a value given before it.
    doctor.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=_("where sessions, drafts and summaries are kept"),
    )
    return parser


def _language(requested: str | None) -> str:
    """The UI language code asked for (or the default), checked against the catalogs."""
    value = requested or os.environ.get(LANG_ENV) or SOURCE_LANGUAGE
    if value not in available_languages():
        languages = ", ".join(available_languages())
        raise UserError(
            _(
                "unknown language {value!r}; available: {languages}",
                value=value,
                languages=languages,
            )
        )
    return value


def _scripts(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.scripts_command == "check":
        return commands.cmd_check(list(args.paths), out, err)
    library = ScriptLibrary.load(user_scripts_dir(config_dir()))
    if args.scripts_command == "list":
        return commands.cmd_list(library, out, err)
    return commands.cmd_show(library, args.script, out, err)


def _doctor(args: argparse.Namespace, out: TextIO) -> int:
    return run_doctor(data_dir(args.data_dir), out)


def _open_history(archive: SessionArchive) -> list[str]:
    """Import the previous release's history if present; notices for the mentor.

    Data from a newer sessiontui, or a disk that refuses the import, stops the
    start with one line: nothing has been changed.
    """
    try:
        return open_archive(archive)
    except OSError as exc:
        raise UserError(
            _(
                "cannot open the history in {path}: {reason}",
                path=archive.layout.data_dir.path,
                reason=os_error_reason(exc),
            )
        ) from exc


def _confirmed(question: str) -> bool:
    """Ask on the terminal; False when there is no terminal to ask on."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return False
    print(question, end=" ", file=sys.stderr, flush=True)
    try:
        answer = input()
    except EOFError:
        return False
    return answer.strip().casefold() in {_("y"), _("yes"), "y", "yes"}


def _choose_mentee(
    archive: SessionArchive, name: str, create: bool, language: str
) -> tuple[str, str]:
    """The stored mentee `--mentee` names, or a new one the mentor confirmed (name, id).

    Two mentees of that name, or an unknown name not confirmed: one line, exit 2.
    """
    try:
        return _find_or_create(archive, name, create, language)
    except OSError as exc:
        raise UserError(
            _("cannot read the mentees: {reason}", reason=os_error_reason(exc))
        ) from exc


def _find_or_create(
    archive: SessionArchive, name: str, create: bool, language: str
) -> tuple[str, str]:
    entries = archive.mentees()
    found = resolve(name, entries)
    if found.found is not None:
        return found.found.name, found.found.id
    if found.ambiguous:
        shown = labels(entries)
        raise UserError(
            _(
                "{n} mentees are called {name!r}: {labels}; give one of these",
                n=len(found.ambiguous),
                name=name,
                labels=", ".join(shown[entry.id] for entry in found.ambiguous),
            )
        )
    question = _("No mentee called {name!r} yet. Create one? [y/N]", name=name)
    if create or _confirmed(question):
        mentee = new_mentee(archive, name, language, archive.layout.data_dir.wall_clock())
        return mentee.name, mentee.id
    close = ", ".join(found.suggestions)
    if close:
        raise UserError(
            _(
                "no mentee called {name!r}; did you mean: {names}? (--new-mentee creates one)",
                name=name,
                names=close,
            )
        )
    raise UserError(_("no mentee called {name!r}; add --new-mentee to create one", name=name))


def _run_app(args: argparse.Namespace, language: str) -> int:
    folder = DataDir.open(data_dir(args.data_dir))
    library = ScriptLibrary.load(user_scripts_dir(config_dir()))
    script = library.resolve(args.script) if args.script else None
    mentee = args.mentee.strip() if args.mentee is not None else None

    lock = DataDirLock(folder)
    lock.acquire()
    # From here a stop signal or a lost terminal ends the process within
    # seconds, the draft saved and the lock freed (see sessiontui.shutdown).
    guard = ShutdownGuard(lock.release)
    guard.install()
    try:
        archive = SessionArchive(folder)
        notices = list(library.warnings) + _open_history(archive)
        drafts = DraftStore(folder)
        found = drafts.load()
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
        mentee_id = None
        if mentee:
            mentee, mentee_id = _choose_mentee(archive, mentee, args.new_mentee, language)
        launch = Launch(
            data_dir=folder,
            library=library,
            drafts=drafts,
            archive=archive,
            language=language,
            script=script,
            mentee=mentee,
            mentee_id=mentee_id,
            draft=found.session,
            notices=notices,
            bell=not args.no_bell,
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
        set_language(_language(_peek_lang(argv)))
        args = build_parser().parse_args(argv)
        language = _language(args.lang)
        set_language(language)
        if args.command == "scripts":
            return _scripts(args, out, err)
        if args.command == "doctor":
            return _doctor(args, out)
        if getattr(args, "run", None) is not None:
            status: int = args.run(args, Output(out, err))
            return status
        return _run_app(args, language)
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
