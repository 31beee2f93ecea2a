"""`sessiontui show SESSION_ID|--last [--mentee NAME] [--copy]`: a stored session's summary.

It prints the summary as it was sent (or, for a session stored without one,
as it would be written now: shared entries only). `--copy` delivers it as
the app does (system clipboard, else the terminal's OSC 52, and always a new
file) and says on stderr what worked. The summary and the delivery chain are
imported when the command runs: the parser is built at every start.
"""

from __future__ import annotations

import argparse

from sessiontui.cli.history_lookup import find_mentee, open_history, unknown_session
from sessiontui.cli.output import Output
from sessiontui.errors import UserError
from sessiontui.i18n import _
from sessiontui.model import Session
from sessiontui.service.sending import summary_file_stem
from sessiontui.store.archive import SessionArchive

SHORT_SESSION_ID = 8


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `show` to the command line."""
    parser = commands.add_parser("show", help=_("print the summary of a stored session"))
    parser.add_argument(
        "session", metavar=_("SESSION_ID"), nargs="?", help=_("a session id, or its start")
    )
    parser.add_argument("--last", action="store_true", help=_("the latest session"))
    parser.add_argument("--mentee", metavar=_("NAME"), help=_("only this mentee's sessions"))
    parser.add_argument(
        "--copy",
        action="store_true",
        help=_("also copy it (clipboard, else the terminal) and save it to a file"),
    )
    parser.set_defaults(run=run)


def _latest(archive: SessionArchive, mentee: str | None) -> tuple[str, str]:
    entries = [find_mentee(archive, mentee)] if mentee is not None else archive.mentees()
    rows = [(row, entry.id) for entry in entries for row in archive.record(entry.id).sessions]
    if not rows:
        raise UserError(_("no sessions stored yet"))
    row, mentee_id = max(rows, key=lambda pair: pair[0].started_at)
    return mentee_id, row.id


def _by_id(archive: SessionArchive, query: str, mentee: str | None) -> tuple[str, str]:
    only = find_mentee(archive, mentee).id if mentee is not None else None
    prefix = query.strip().lower()
    matches = [
        (mentee_id, session_id)
        for mentee_id, session_id in archive.layout.find_session(prefix)
        if only is None or mentee_id == only
    ]
    exact = [match for match in matches if match[1] == prefix]
    if exact or len(matches) == 1:
        return (exact or matches)[0]
    if matches:
        raise UserError(
            _(
                "{n} sessions have ids starting with {id!r}: {ids}; give more of the id",
                n=len(matches),
                id=query,
                ids=", ".join(session_id[:12] for _mentee, session_id in matches),
            )
        )
    known = [
        session_id[:SHORT_SESSION_ID]
        for mentee_id, session_id in archive.layout.find_session("")
        if only is None or mentee_id == only
    ]
    raise unknown_session(query, known)


def summary_of(session: Session, mentor: str = "") -> str:
    """The summary as sent, or as it would be written now (signed by `mentor`)."""
    from sessiontui.summary import render_summary  # noqa: PLC0415 (see the module's docstring)

    return session.summary_text or render_summary(session, mentor=mentor).text()


def run(args: argparse.Namespace, output: Output) -> int:
    """Print the summary; with --copy, deliver it too and report how."""
    if (args.session is None) == (not args.last):
        raise UserError(_("give a session id or --last (one of the two)"))
    archive, notices = open_history(args)
    for notice in notices:
        output.problem(notice)
    if args.last:
        mentee_id, session_id = _latest(archive, args.mentee)
    else:
        mentee_id, session_id = _by_id(archive, args.session, args.mentee)
    session = archive.session(mentee_id, session_id)
    for notice in archive.take_notices():
        output.problem(notice)
    if session is None:
        raise UserError(_("session {id} cannot be read", id=session_id))
    text = summary_of(session, args.config.mentor_name)
    output.line(text.rstrip("\n"))
    if not args.copy:
        return 0
    from sessiontui.clipboard import deliver  # noqa: PLC0415 (see the module's docstring)

    report = deliver(
        text,
        summaries_dir=archive.layout.data_dir.summaries_dir,
        file_stem=summary_file_stem(session),
        terminal_copy=output.terminal_clipboard(),
    )
    output.problem(report.message())
    return 0 if report.copied or report.sent_to_terminal or report.saved else 1
