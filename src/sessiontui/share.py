"""Share mode: what the screen shows while the mentor shares it on a call.

The one rule for the screen. While sharing, an entry is shown only when it
is shared and so is everything it belongs to (a check-in of a private goal
stays hidden); private text fields (the mentee's and the agreement's private
notes) show nothing. Alone, the mentor sees everything.

Counts and empty-state texts follow the same rule: whatever the screen
counts, it counts the entries it shows (`shown_count`), and a list with
nothing to show says `nothing_shown_text`, the same words whether private
entries exist or not. No wording ever tells how many are hidden.

What leaves the machine (summary, export, calendar file) is decided by
`relationship/shareable.py`; a shared entry is both shown while sharing and
sent, so the two rules agree by construction (`is_shared` is theirs).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from sessiontui.i18n import N_
from sessiontui.model import Visibility
from sessiontui.relationship.shareable import is_shared

T = TypeVar("T")

# What a list says while sharing when it shows no entry (translate with _()).
NOTHING_SHOWN = N_("Nothing shared here yet.")


def effective_visibility(*chain: object) -> Visibility:
    """The visibility of an entry and everything it belongs to (innermost first or
    last: the order does not matter): private as soon as one of them is not shared."""
    return Visibility.SHARED if chain and all(map(is_shared, chain)) else Visibility.PRIVATE


def shown(entry: object, share_mode: bool, *owners: object) -> bool:
    """Whether `entry` (inside `owners`, e.g. a check-in inside its goal) is on screen:
    always for the mentor alone; while sharing, only when all of them are shared."""
    return not share_mode or effective_visibility(entry, *owners) is Visibility.SHARED


def shown_entries(entries: Iterable[T], share_mode: bool) -> list[T]:
    """The entries on screen, in their order."""
    return [entry for entry in entries if shown(entry, share_mode)]


def shown_count(entries: Iterable[object], share_mode: bool) -> int:
    """How many of `entries` are on screen: the only count a screen may show."""
    return len(shown_entries(entries, share_mode))


def private_text_shown(share_mode: bool) -> bool:
    """Whether a private text field (private notes), or the field to edit it, is on
    screen: for the mentor alone, never while sharing."""
    return not share_mode


def shown_text(text: str, share_mode: bool) -> str:
    """A private text field (private notes) as shown: empty while sharing."""
    return text if private_text_shown(share_mode) else ""
