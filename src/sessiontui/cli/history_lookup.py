"""What the history commands share: opening the history, and finding the mentee or
session the user named (one clear line and exit 2 if not)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from sessiontui.errors import UserError
from sessiontui.i18n import _
from sessiontui.model import MenteeEntry
from sessiontui.paths import data_dir
from sessiontui.relationship.names import close_matches, labels, resolve
from sessiontui.store.archive import SessionArchive
from sessiontui.store.datadir import DataDir
from sessiontui.store.errors import DataDirBusy, os_error_reason
from sessiontui.store.legacy import open_archive
from sessiontui.store.lock import DataDirLock


def open_history(args: argparse.Namespace) -> tuple[SessionArchive, list[str]]:
    """The history of the data folder named on the command line, and notices to print.

    A folder that does not exist yet is not created (it has no history). The
    previous release's single file is imported first when no sessiontui is
    running on the folder.
    """
    path: Path = data_dir(args.data_dir).expanduser().absolute()
    archive = SessionArchive(DataDir(path))
    if not os.path.lexists(archive.layout.legacy_path):
        return archive, []  # nothing to import: read only, never create or change
    folder = DataDir.open(path)
    archive = SessionArchive(folder)
    try:
        with DataDirLock(folder):
            notices = open_archive(archive)
    except DataDirBusy:
        notices = []  # the running sessiontui imported it when it started
    except OSError as exc:
        raise UserError(
            _("cannot open the history in {path}: {reason}", path=path, reason=os_error_reason(exc))
        ) from exc
    return archive, notices


def _unknown_mentee(query: str, suggestions: tuple[str, ...]) -> UserError:
    if suggestions:
        return UserError(
            _(
                "no mentee called {name!r}; did you mean: {names}?",
                name=query,
                names=", ".join(suggestions),
            )
        )
    return UserError(_("no mentee called {name!r}; `sessiontui mentees` lists them", name=query))


def find_mentee(archive: SessionArchive, query: str) -> MenteeEntry:
    """The one mentee `query` names (name, label, email or id start), else UserError."""
    entries = archive.mentees()
    found = resolve(query, entries)
    if found.found is not None:
        return found.found
    if found.ambiguous:
        raise ambiguous_mentee(query, found.ambiguous, entries)
    raise _unknown_mentee(query, found.suggestions)


def ambiguous_mentee(
    query: str, ambiguous: Sequence[MenteeEntry], entries: Sequence[MenteeEntry]
) -> UserError:
    """The error for a name several mentees share, with the labels that tell them apart."""
    shown = labels(entries)
    return UserError(
        _(
            "{n} mentees are called {name!r}: {labels}; give one of these",
            n=len(ambiguous),
            name=query,
            labels=", ".join(shown[entry.id] for entry in ambiguous),
        )
    )


def unknown_session(query: str, known: list[str]) -> UserError:
    """The error for a session id that matches nothing, with the closest ids."""
    suggestions = close_matches(query, known)
    if suggestions:
        return UserError(
            _(
                "no session with id {id!r}; did you mean: {ids}?",
                id=query,
                ids=", ".join(suggestions),
            )
        )
    return UserError(_("no session with id {id!r}; `sessiontui history` lists them", id=query))
