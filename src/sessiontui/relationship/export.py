"""Everything about one mentoring relationship, for `sessiontui export`: as JSON or Markdown.

By default only what may be shared (see shareable.py): the agreement, the
long-term goals with their progress, the sessions' shared entries, and every
action item with what became of it. `include_private` is for the mentor's
own backup: everything, and the output says so at its top.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sessiontui.i18n import N_, Translator
from sessiontui.model import (
    ActionItem,
    CarriedItem,
    CarryKind,
    CarryReview,
    MenteeRecord,
    Owner,
    ReviewOutcome,
    Session,
    Visibility,
)
from sessiontui.relationship.shareable import shared_record, shared_session

EXPORT_FORMAT = "sessiontui-export"
EXPORT_VERSION = 1
PRIVATE_NOTICE = N_(
    "PRIVATE: this export includes private notes and entries. It is the mentor's own "
    "backup: do not share it."
)


class ActionState:
    """What became of an action item (values of `ActionRow.state`)."""

    DONE = "done"
    OPEN = "open"
    DROPPED = "dropped"


@dataclass(frozen=True)
class ActionRow:
    """One action item across the relationship: where it came from and what became of it."""

    item: ActionItem
    session: Session
    carried: CarriedItem | None

    @property
    def state(self) -> str:
        """done, open or dropped: done in its own session, else its latest review."""
        if self.item.done:
            return ActionState.DONE
        outcome = self.carried.outcome if self.carried is not None else None
        if outcome is ReviewOutcome.DONE:
            return ActionState.DONE
        if outcome is ReviewOutcome.DROPPED:
            return ActionState.DROPPED
        return ActionState.OPEN

    @property
    def reviews(self) -> list[CarryReview]:
        """Later sessions' reviews of it, oldest first."""
        return list(self.carried.reviews) if self.carried is not None else []

    @property
    def due(self) -> date | None:
        """The due date in force."""
        return self.carried.due if self.carried is not None else self.item.due


def action_rows(record: MenteeRecord, sessions: list[Session]) -> list[ActionRow]:
    """Every action item of `sessions`, oldest session first, with its story."""
    ledger = {item.id: item for item in record.carried}
    return [
        ActionRow(item=item, session=session, carried=ledger.get(item.id))
        for session in sorted(sessions, key=lambda s: s.started_at)
        for item in session.action_items
    ]


@dataclass(frozen=True)
class Export:
    """What an export holds, already cut down to what may be shared unless asked otherwise."""

    record: MenteeRecord
    sessions: list[Session]
    include_private: bool
    exported_at: datetime

    @classmethod
    def of(
        cls,
        record: MenteeRecord,
        sessions: list[Session],
        *,
        include_private: bool,
        exported_at: datetime,
    ) -> Export:
        """The export of `record` and its `sessions` (shareable only unless `include_private`)."""
        if not include_private:
            record = shared_record(record)
            sessions = [shared_session(session) for session in sessions]
        ordered = sorted(sessions, key=lambda s: s.started_at)
        return cls(record, ordered, include_private, exported_at)

    def actions(self) -> list[ActionRow]:
        """Every action item with what became of it."""
        return action_rows(self.record, self.sessions)


def _session_document(session: Session) -> dict[str, Any]:
    fields = {
        "id",
        "started_at",
        "finished_at",
        "script_title",
        "language",
        "goals",
        "feedback",
        "action_items",
        "notes",
        "parking_lot",
        "summary_text",
    }
    document: dict[str, Any] = session.model_dump(mode="json", include=fields)
    if document.get("summary_text") is None:
        document.pop("summary_text", None)
    return document


def _action_document(row: ActionRow) -> dict[str, Any]:
    return {
        "id": row.item.id,
        "text": row.item.text,
        "owner": row.item.owner.value,
        "visibility": row.item.visibility.value,
        "session_id": row.session.id,
        "session_date": row.session.started_at.date().isoformat(),
        "first_due": row.item.due.isoformat() if row.item.due else None,
        "due": row.due.isoformat() if row.due else None,
        "state": row.state,
        "stuck": row.carried.stuck if row.carried is not None else False,
        "reviews": [review.model_dump(mode="json") for review in row.reviews],
    }


def export_json(export: Export, tr: Translator) -> str:
    """The export as one JSON document (UTF-8 text, unescaped, indented)."""
    record = export.record
    document: dict[str, Any] = {}
    if export.include_private:
        document["private"] = tr.gettext(PRIVATE_NOTICE)
    mentee = record.mentee.model_dump(mode="json")
    if not export.include_private:
        mentee.pop("private_notes", None)
    document |= {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": export.exported_at.isoformat(),
        "includes_private": export.include_private,
        "mentee": mentee,
        "agreements": [
            _without_empty_notes(v.model_dump(mode="json"), export) for v in record.agreements
        ],
        "goals": [goal.model_dump(mode="json") for goal in record.goals],
        "action_items": [_action_document(row) for row in export.actions()],
        "parked": [
            item.model_dump(mode="json") for item in record.carried if item.kind is CarryKind.PARKED
        ],
        "sessions": [_session_document(session) for session in export.sessions],
        "next_session": record.next_session.model_dump(mode="json")
        if record.next_session
        else None,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _without_empty_notes(document: dict[str, Any], export: Export) -> dict[str, Any]:
    if not export.include_private:
        document.pop("private_notes", None)
    return document


def owner_label(owner: Owner, name: str, tr: Translator) -> str:
    """Who does an action, as the export writes it."""
    if owner is Owner.MENTOR:
        return tr.gettext("mentor")
    return name or tr.gettext("mentee")


def private_mark(visibility: Visibility, tr: Translator) -> str:
    """ " (private)" after a private entry in a private export; nothing for a shared one."""
    return " " + tr.gettext("(private)") if visibility is Visibility.PRIVATE else ""
