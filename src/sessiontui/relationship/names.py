"""Telling mentees apart and finding one from what the mentor typed.

A mentee is shown by name; two with the same name get their email, or else
a short id, in brackets: "Ana (ana@example.org)", "Ana (a3f9)". What the
mentor types after `--mentee` may be a name (case and spacing do not
matter), that label, an email, or the start of an id.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sessiontui.i18n import _
from sessiontui.model import MenteeEntry

SHORT_ID = 4
_SUGGESTIONS = 3


def name_key(name: str) -> str:
    """What two names must share to be the same name: case and spacing ignored."""
    return " ".join(name.split()).casefold()


def display_name(name: str) -> str:
    """A mentee's name as shown; the mentee of sessions stored without one gets "(no name)"."""
    return name or _("(no name)")


def short_ids(entries: Sequence[MenteeEntry]) -> dict[str, str]:
    """Each mentee's shortest id prefix (at least 4 characters) no other mentee shares."""
    result = {}
    for entry in entries:
        length = SHORT_ID
        while length < len(entry.id) and any(
            other.id != entry.id and other.id.startswith(entry.id[:length]) for other in entries
        ):
            length += 1
        result[entry.id] = entry.id[:length]
    return result


def labels(entries: Sequence[MenteeEntry]) -> dict[str, str]:
    """How to show each mentee so that no two look the same.

    The name alone when it is unique; else the name and the email when that
    tells them apart; else the name and a short id.
    """
    names = Counter(name_key(e.name) for e in entries)
    emails = Counter((name_key(e.name), e.email.casefold()) for e in entries)
    shorts = short_ids(entries)
    result = {}
    for entry in entries:
        name = display_name(entry.name)
        if names[name_key(entry.name)] == 1:
            result[entry.id] = name
        elif entry.email and emails[(name_key(entry.name), entry.email.casefold())] == 1:
            result[entry.id] = f"{name} ({entry.email})"
        else:
            result[entry.id] = f"{name} ({shorts[entry.id]})"
    return result


@dataclass(frozen=True)
class Resolution:
    """What a typed mentee matched: one mentee, several, or none (with close names)."""

    found: MenteeEntry | None = None
    ambiguous: tuple[MenteeEntry, ...] = ()
    suggestions: tuple[str, ...] = field(default=())


def resolve(query: str, entries: Sequence[MenteeEntry]) -> Resolution:
    """The mentee `query` names: a label, a name, an email or an id prefix."""
    wanted = name_key(query)
    if not wanted:
        return Resolution()
    shown = labels(entries)
    matchers = (
        lambda e: name_key(shown[e.id]) == wanted,
        lambda e: name_key(e.name) == wanted,
        lambda e: bool(e.email) and e.email.casefold() == wanted,
        lambda e: len(wanted) >= SHORT_ID and e.id.startswith(wanted),
    )
    for matches in matchers:
        found = [entry for entry in entries if matches(entry)]
        if len(found) == 1:
            return Resolution(found=found[0])
        if found:
            return Resolution(ambiguous=tuple(found))
    return Resolution(suggestions=tuple(close_matches(query, list(shown.values()))))


def close_matches(query: str, candidates: Sequence[str]) -> list[str]:
    """Up to three candidates that look like `query` (case ignored), best first."""
    by_key = {name_key(c): c for c in candidates}
    keys = difflib.get_close_matches(name_key(query), list(by_key), n=_SUGGESTIONS, cutoff=0.6)
    return [by_key[key] for key in keys]
