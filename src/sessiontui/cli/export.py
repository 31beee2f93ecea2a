"""`sessiontui export --mentee NAME --format md|json [--output PATH] [--force]
[--include-private]`: everything shareable about one mentoring relationship.

To stdout, or to a new file (0600); an existing file is replaced only with
`--force`. `--include-private` is for the mentor's own backup, and the
output says so at its top. The export's modules are imported when the command
runs: the parser is built at every start.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from sessiontui.cli.history_lookup import find_mentee, open_history
from sessiontui.cli.output import Output
from sessiontui.clock import local_now
from sessiontui.errors import UserError
from sessiontui.i18n import _, ngettext, session_translator
from sessiontui.relationship.names import display_name
from sessiontui.store.atomic import atomic_write_text
from sessiontui.store.errors import os_error_reason
from sessiontui.store.files import create_private_file

FORMATS = ("md", "json")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `export` to the command line."""
    parser = commands.add_parser(
        "export",
        help=_("export a mentoring relationship: agreement, goals, sessions, action items"),
    )
    parser.add_argument("--mentee", metavar=_("NAME"), required=True, help=_("whose relationship"))
    parser.add_argument("--format", choices=FORMATS, required=True, help=_("Markdown or JSON"))
    parser.add_argument(
        "--output", metavar=_("PATH"), help=_("write to this file instead of the screen")
    )
    parser.add_argument(
        "--force", action="store_true", help=_("replace the output file if it exists")
    )
    parser.add_argument(
        "--include-private",
        action="store_true",
        help=_("also private notes and entries: for your own backup, not to share"),
    )
    parser.set_defaults(run=run)


def _write(path: Path, text: str, force: bool) -> None:
    """Write the export; an existing file only with `force` (claimed with O_EXCL otherwise,
    so a file appearing meanwhile is not replaced either)."""
    if path.is_dir():
        raise UserError(_("{path} is a folder; give a file name", path=path))
    try:
        if not force:
            os.close(create_private_file(path))
        atomic_write_text(path, text)
    except FileExistsError as exc:
        raise UserError(_("{path} exists; add --force to replace it", path=path)) from exc
    except OSError as exc:
        raise UserError(
            _("cannot write {path}: {reason}", path=path, reason=os_error_reason(exc))
        ) from exc


def run(args: argparse.Namespace, output: Output) -> int:
    """Export one mentee's relationship to stdout or to `--output`."""
    from sessiontui.relationship.export import Export, export_json  # noqa: PLC0415 (docstring)
    from sessiontui.relationship.export_markdown import export_markdown  # noqa: PLC0415

    archive, notices = open_history(args)
    for notice in notices:
        output.problem(notice)
    entry = find_mentee(archive, args.mentee)
    record = archive.record(entry.id)
    sessions = archive.sessions_of(entry.id)
    for notice in archive.take_notices():
        output.problem(notice)
    export = Export.of(
        record, sessions, include_private=args.include_private, exported_at=local_now()
    )
    tr = session_translator(record.mentee.language)
    text = export_json(export, tr) if args.format == "json" else export_markdown(export, tr)
    if args.output is None:
        output.line(text.rstrip("\n"))
        return 0
    path = Path(args.output).expanduser()
    _write(path, text, args.force)
    output.problem(
        ngettext(
            "Exported {n} session of {name} to {path}",
            "Exported {n} sessions of {name} to {path}",
            len(sessions),
            name=display_name(record.mentee.name),
            path=path,
        )
    )
    if args.include_private:
        output.problem(_("It includes private notes: keep it to yourself."))
    return 0
