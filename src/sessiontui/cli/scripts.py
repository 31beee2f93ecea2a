"""`sessiontui scripts list|show|check`: the session scripts, as the CLI shows them."""

from __future__ import annotations

import argparse
from pathlib import Path

from sessiontui.cli.output import Output
from sessiontui.cli.table import render_table
from sessiontui.errors import UserError
from sessiontui.i18n import _, ngettext
from sessiontui.paths import config_dir, user_scripts_dir
from sessiontui.scripts.library import BUILTIN_SOURCE, ScriptLibrary
from sessiontui.scripts.loader import ScriptError, load_script_file
from sessiontui.scripts.schema import Script

EXIT_OK = 0
EXIT_BAD_INPUT = UserError.exit_code


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `scripts` and its actions to the command line."""
    scripts = commands.add_parser("scripts", help=_("list, show and check session scripts"))
    scripts.set_defaults(run=run)
    actions = scripts.add_subparsers(dest="scripts_command", metavar=_("ACTION"), required=True)
    actions.add_parser("list", help=_("list the built-in and your own scripts"))
    show = actions.add_parser("show", help=_("show a script's agenda"))
    show.add_argument("script", metavar=_("ID|PATH"))
    check = actions.add_parser("check", help=_("validate script files (exit 0 when all are good)"))
    check.add_argument("paths", metavar=_("PATH"), nargs="+")


def run(args: argparse.Namespace, output: Output) -> int:
    """Run the chosen `scripts` action."""
    if args.scripts_command == "check":
        return cmd_check(list(args.paths), output)
    library = ScriptLibrary.load(user_scripts_dir(config_dir()))
    if args.scripts_command == "list":
        return cmd_list(library, output)
    return cmd_show(library, args.script, output)


def cmd_list(library: ScriptLibrary, output: Output) -> int:
    """Print every script (id, language, minutes, title, source); warnings go to `err`."""
    headers = [_("ID"), _("LANGUAGE"), _("MIN"), _("TITLE"), _("SOURCE")]
    rows = [
        [
            entry.script.id,
            entry.script.language,
            str(entry.script.total_minutes),
            entry.script.title,
            _("built-in") if entry.source == BUILTIN_SOURCE else entry.source,
        ]
        for entry in library.entries
    ]
    output.line(render_table(headers, rows, right=frozenset({2})))
    for warning in library.warnings:
        output.problem(warning)
    return EXIT_OK


def cmd_show(library: ScriptLibrary, id_or_path: str, output: Output) -> int:
    """Print a script's agenda: heading, then #, segment, kind, minutes and start offset."""
    try:
        script = library.resolve(id_or_path)
    except UserError as error:
        _report(error, output)
        return EXIT_BAD_INPUT
    output.line(_agenda(script))
    return EXIT_OK


def cmd_check(paths: list[str], output: Output) -> int:
    """Validate each file: "ok: ..." lines to `out`, problem lines to `err`; 0 if all good."""
    if not paths:
        output.error(_("give at least one script file to check"))
        return EXIT_BAD_INPUT
    status = EXIT_OK
    for path in paths:
        try:
            script = load_script_file(Path(path))
        except ScriptError as error:
            _report(error, output)
            status = EXIT_BAD_INPUT
            continue
        ok = ngettext(
            "ok: {path} ({id}, {n} segment, {minutes} min)",
            "ok: {path} ({id}, {n} segments, {minutes} min)",
            len(script.segments),
            path=path,
            id=script.id,
            minutes=script.total_minutes,
        )
        output.line(ok)
    return status


def _report(error: UserError, output: Output) -> None:
    """Problem lines already name their file; other errors get the usual prefix."""
    if isinstance(error, ScriptError):
        output.problem(error.message)
    else:
        output.error(error.message)


def _agenda(script: Script) -> str:
    heading = _("{title} ({id})", title=script.title, id=script.id)
    meta = ngettext(
        "Language: {lang} · {n} segment · {minutes} min",
        "Language: {lang} · {n} segments · {minutes} min",
        len(script.segments),
        lang=script.language,
        minutes=script.total_minutes,
    )
    parts = [heading, meta]
    if script.description.strip():
        parts.append(script.description.strip())
    headers = [_("#"), _("SEGMENT"), _("KIND"), _("MIN"), _("START")]
    rows: list[list[str]] = []
    offset = 0
    for number, segment in enumerate(script.segments, start=1):
        rows.append(
            [str(number), segment.title, segment.kind.value, str(segment.minutes), _mmss(offset)]
        )
        offset += segment.minutes * 60
    rows.append(["", _("Total"), "", str(script.total_minutes), ""])
    parts += ["", render_table(headers, rows, right=frozenset({0, 3, 4}))]
    return "\n".join(parts)


def _mmss(seconds: int) -> str:
    """Minutes and seconds as mm:ss; minutes grow past two digits when needed."""
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
