"""Before the app starts: the history opened (the previous release's file imported),
and the stored mentee `--mentee` names, or a new one the mentor confirmed."""

from __future__ import annotations

import unicodedata

from sessiontui.cli.history_lookup import ambiguous_mentee
from sessiontui.cli.output import Output
from sessiontui.errors import UserError
from sessiontui.i18n import _
from sessiontui.relationship.names import resolve
from sessiontui.service.start import new_mentee
from sessiontui.store.archive import SessionArchive
from sessiontui.store.errors import os_error_reason
from sessiontui.store.legacy import open_archive


def open_history_at_start(archive: SessionArchive) -> list[str]:
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


def choose_mentee(
    archive: SessionArchive, name: str, create: bool, language: str, output: Output
) -> tuple[str, str]:
    """The stored mentee `--mentee` names, or a new one the mentor confirmed (name, id).

    Two mentees of that name, or an unknown name not confirmed: one line, exit 2.
    """
    try:
        return _find_or_create(archive, name, create, language, output)
    except OSError as exc:
        raise UserError(
            _("cannot read the mentees: {reason}", reason=os_error_reason(exc))
        ) from exc


def _confirmed(question: str, output: Output) -> bool:
    answer = output.ask(question)
    yes = {_without_accents(word) for word in (_("y"), _("yes"), "y", "yes")}
    # "si" is as good as "sí": a terminal without a Spanish keyboard has no accent.
    return answer is not None and _without_accents(answer.strip().casefold()) in yes


def _without_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _find_or_create(
    archive: SessionArchive, name: str, create: bool, language: str, output: Output
) -> tuple[str, str]:
    entries = archive.mentees()
    found = resolve(name, entries)
    if found.found is not None:
        return found.found.name, found.found.id
    if found.ambiguous:
        raise ambiguous_mentee(name, found.ambiguous, entries)
    question = _("No mentee called {name!r} yet. Create one? [y/N]", name=name)
    if create or _confirmed(question, output):
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
