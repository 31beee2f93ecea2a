"""`sessiontui history [--mentee NAME]`: the stored sessions, newest first."""

from __future__ import annotations

import argparse

from sessiontui.cli.history_lookup import find_mentee, open_history
from sessiontui.cli.mentees import when
from sessiontui.cli.output import Output
from sessiontui.cli.table import render_table
from sessiontui.i18n import _
from sessiontui.model import MenteeEntry, SessionRow
from sessiontui.relationship.names import labels

SHORT_SESSION_ID = 8


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `history` to the command line."""
    parser = commands.add_parser(
        "history", help=_("list the stored sessions, of one mentee or of all")
    )
    parser.add_argument("--mentee", metavar=_("NAME"), help=_("only this mentee's sessions"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, output: Output) -> int:
    """Print one line per stored session: id, date, mentee, script."""
    archive, notices = open_history(args)
    for notice in notices:
        output.problem(notice)
    entries = archive.mentees()
    chosen: list[MenteeEntry] = (
        [find_mentee(archive, args.mentee)] if args.mentee is not None else entries
    )
    shown = labels(entries)
    found: list[tuple[SessionRow, str]] = [
        (row, shown[entry.id]) for entry in chosen for row in archive.record(entry.id).sessions
    ]
    for notice in archive.take_notices():
        output.problem(notice)
    if not found:
        output.line(_("No sessions stored yet."))
        return 0
    found.sort(key=lambda pair: pair[0].started_at, reverse=True)
    headers = [_("Session"), _("Date"), _("Mentee"), _("Script")]
    rows = [
        [row.id[:SHORT_SESSION_ID], when(row.started_at, time=True), name, row.script_title]
        for row, name in found
    ]
    output.line(render_table(headers, rows))
    return 0
