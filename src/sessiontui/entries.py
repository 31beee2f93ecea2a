"""The kinds of entry a mentor makes in a session, where each is kept, and who may see it.

`DEFAULT_VISIBILITY` is the one table of visibility defaults: every entry form
starts on it and goes back to it after each entry, `LiveSession` uses it when
no visibility is given, and share mode decides from it what a new entry is.
`ASK` means there is no default: the mentor chooses each time. Mentor→mentee
feedback asks, since it is often said aloud but not always meant for the
written summary.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackDirection,
    Note,
    ParkingLotItem,
    Session,
    SessionGoal,
    Visibility,
)

Entry = Note | ParkingLotItem | Feedback | ActionItem | SessionGoal


class EntryKind(StrEnum):
    """What a mentor writes down during a session."""

    NOTE = "note"
    PARKED = "parked"
    FEEDBACK = "feedback"
    ACTION = "action"
    GOAL = "goal"


class DefaultCase(StrEnum):
    """A row of the defaults table: a kind, told apart further where its default differs."""

    NOTE = "note"
    # A note written in the expectations and confidentiality segments: the agreement.
    AGREEMENT = "agreement"
    PARKED = "parked"
    ACTION = "action"
    GOAL = "goal"
    FEEDBACK_TO_MENTEE = "feedback-to-mentee"
    FEEDBACK_TO_MENTOR = "feedback-to-mentor"
    FEEDBACK_ABOUT_SESSION = "feedback-about-session"


ASK: Final = None
"""No default: the mentor chooses shared or private for each entry."""

DEFAULT_VISIBILITY: Final[Mapping[DefaultCase, Visibility | None]] = MappingProxyType(
    {
        DefaultCase.NOTE: Visibility.PRIVATE,
        DefaultCase.AGREEMENT: Visibility.SHARED,
        DefaultCase.PARKED: Visibility.PRIVATE,
        DefaultCase.ACTION: Visibility.SHARED,
        DefaultCase.GOAL: Visibility.SHARED,
        DefaultCase.FEEDBACK_TO_MENTEE: ASK,
        DefaultCase.FEEDBACK_TO_MENTOR: Visibility.PRIVATE,
        # What either side said about the session: for the mentor to learn from.
        DefaultCase.FEEDBACK_ABOUT_SESSION: Visibility.PRIVATE,
    }
)

_FEEDBACK_CASES = {
    FeedbackDirection.MENTOR_TO_MENTEE: DefaultCase.FEEDBACK_TO_MENTEE,
    FeedbackDirection.MENTEE_TO_MENTOR: DefaultCase.FEEDBACK_TO_MENTOR,
    FeedbackDirection.ABOUT_SESSION: DefaultCase.FEEDBACK_ABOUT_SESSION,
}


def default_case(
    kind: EntryKind, *, direction: FeedbackDirection | None = None, agreement: bool = False
) -> DefaultCase:
    """The table's row for an entry of `kind` (feedback by its `direction`; a note
    made for the mentoring `agreement`)."""
    if kind is EntryKind.FEEDBACK:
        return _FEEDBACK_CASES[direction or FeedbackDirection.MENTOR_TO_MENTEE]
    if kind is EntryKind.NOTE and agreement:
        return DefaultCase.AGREEMENT
    return DefaultCase(kind.value)


def default_visibility(
    kind: EntryKind, *, direction: FeedbackDirection | None = None, agreement: bool = False
) -> Visibility | None:
    """Who may see a new entry of `kind` unless the mentor says otherwise (None: ask)."""
    return DEFAULT_VISIBILITY[default_case(kind, direction=direction, agreement=agreement)]


# What the mentor may correct after adding an entry (everything they typed or chose).
EDITABLE: Final[Mapping[EntryKind, frozenset[str]]] = MappingProxyType(
    {
        EntryKind.NOTE: frozenset({"text", "visibility"}),
        EntryKind.PARKED: frozenset({"text", "visibility"}),
        EntryKind.FEEDBACK: frozenset(
            {"direction", "situation", "behaviour", "impact", "text", "visibility"}
        ),
        EntryKind.ACTION: frozenset({"text", "owner", "due", "visibility"}),
        EntryKind.GOAL: frozenset({"text", "measure", "visibility"}),
    }
)


def entries_of(session: Session, kind: EntryKind) -> list[Entry]:
    """The session's list holding entries of `kind` (the list itself, not a copy)."""
    lists: dict[EntryKind, list[Entry]] = {
        EntryKind.NOTE: session.notes,  # type: ignore[dict-item]
        EntryKind.PARKED: session.parking_lot,  # type: ignore[dict-item]
        EntryKind.FEEDBACK: session.feedback,  # type: ignore[dict-item]
        EntryKind.ACTION: session.action_items,  # type: ignore[dict-item]
        EntryKind.GOAL: session.goals,  # type: ignore[dict-item]
    }
    return lists[kind]


def entry_text(entry: Entry) -> str:
    """The words an entry is known by (feedback: its parts, joined)."""
    if isinstance(entry, Feedback):
        parts = (entry.situation, entry.behaviour, entry.impact, entry.text)
        return " · ".join(part.strip() for part in parts if part.strip())
    return entry.text
