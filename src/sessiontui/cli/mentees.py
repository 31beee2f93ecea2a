"""`sessiontui mentees`: every mentee with their last session, open actions and next date."""

from __future__ import annotations

import argparse
from datetime import datetime

from sessiontui.cli.history_lookup import open_history
from sessiontui.cli.output import Output
from sessiontui.cli.table import render_table
from sessiontui.i18n import _, current
from sessiontui.relationship.names import labels


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `mentees` to the command line."""
    parser = commands.add_parser(
        "mentees", help=_("list the mentees: last session, open action items, next session")
    )
    parser.set_defaults(run=run)


def when(moment: datetime | None, *, time: bool = False) -> str:
    """A stored time as the tables show it ("-" when there is none)."""
    if moment is None:
        return "-"
    local = moment.astimezone()
    if time:
        return current().format_datetime(local, "medium", time_format="short")
    return current().format_date(local.date(), "medium")


def run(args: argparse.Namespace, output: Output) -> int:
    """Print one line per mentee, the latest session first."""
    archive, notices = open_history(args)
    for notice in notices:
        output.problem(notice)
    entries = archive.mentees()
    if not entries:
        output.line(_("No mentees yet: start a session with sessiontui --mentee NAME."))
        return 0
    shown = labels(entries)
    headers = [
        _("Mentee"),
        _("Email"),
        _("Sessions"),
        _("Last session"),
        _("Open actions"),
        _("Next session"),
    ]
    rows = [
        [
            shown[entry.id],
            entry.email or "-",
            str(entry.session_count),
            when(entry.last_session_at),
            str(entry.open_actions),
            when(entry.next_session_at, time=True),
        ]
        for entry in entries
    ]
    output.line(render_table(headers, rows, right=frozenset({2, 4})))
    return 0
