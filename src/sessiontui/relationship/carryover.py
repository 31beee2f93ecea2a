"""Carried-over items: what a finished session leaves open, and what later sessions decide.

An action item that is not done, or a parked thought not reviewed, when its
session ends becomes a `CarriedItem`. Each later session may review it (done,
kept with a new due date, dropped); the review is appended, so the item keeps
its origin and first due date and its whole story. A session's own reviews
are decided by that session alone: storing it again replaces them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sessiontui.model import (
    CarriedItem,
    CarryKind,
    CarryReview,
    ReviewOutcome,
    Session,
)


def open_at_finish(session: Session) -> list[CarriedItem]:
    """The items `session` leaves open: actions not done, parked thoughts not reviewed."""
    origin = session.started_at.date()
    actions = [
        CarriedItem(
            id=item.id,
            kind=CarryKind.ACTION,
            text=item.text,
            owner=item.owner,
            visibility=item.visibility,
            origin_session_id=session.id,
            origin_date=origin,
            first_due=item.due,
        )
        for item in session.action_items
        if not item.done
    ]
    parked = [
        CarriedItem(
            id=item.id,
            kind=CarryKind.PARKED,
            text=item.text,
            visibility=item.visibility,
            origin_session_id=session.id,
            origin_date=origin,
        )
        for item in session.parking_lot
        if not item.reviewed
    ]
    return actions + parked


def with_review(
    item: CarriedItem,
    *,
    session_id: str,
    outcome: ReviewOutcome,
    at: datetime,
    new_due: date | None = None,
) -> CarriedItem:
    """`item` with the review made in `session_id` set to `outcome` (one per session).

    Only "kept" takes a new due date (ValueError otherwise); a "keep" without
    one keeps the due date in force.
    """
    if new_due is not None and outcome is not ReviewOutcome.KEPT:
        raise ValueError("only a kept item takes a new due date")
    review = CarryReview(created_at=at, session_id=session_id, outcome=outcome, new_due=new_due)
    earlier = [r for r in item.reviews if r.session_id != session_id]
    return item.model_copy(update={"reviews": [*earlier, review]})


def without_review(item: CarriedItem, session_id: str) -> CarriedItem:
    """`item` without the review made in `session_id` (back to where it stood)."""
    kept = [r for r in item.reviews if r.session_id != session_id]
    return item.model_copy(update={"reviews": kept})


def _reviews(stored: CarriedItem, change: CarriedItem, session_id: str) -> list[CarryReview]:
    """Other sessions' reviews from both (stored first), then `session_id`'s from `change`."""
    mine = [r for r in change.reviews if r.session_id == session_id]
    others = {r.id: r for r in stored.reviews if r.session_id != session_id}
    for review in change.reviews:
        if review.session_id != session_id:
            others.setdefault(review.id, review)
    return sorted(others.values(), key=lambda r: r.created_at) + mine


def merge_items(
    stored: list[CarriedItem], changes: Iterable[CarriedItem], session_id: str
) -> list[CarriedItem]:
    """The stored items with `session_id`'s view of them folded in.

    An item known already gets the change's text and dates and the merged
    reviews; a new one is appended. Items that `session_id` itself left open
    but no longer does (and nobody reviewed) are removed: storing a session
    again after an edit gives the same result as storing the edit once.
    """
    changes = list(changes)
    changed = {item.id: item for item in changes}
    merged: list[CarriedItem] = []
    for item in stored:
        change = changed.pop(item.id, None)
        if change is None:
            gone = item.origin_session_id == session_id and not item.reviews
            if not gone:
                merged.append(item)
            continue
        merged.append(change.model_copy(update={"reviews": _reviews(item, change, session_id)}))
    merged.extend(item for item in changes if item.id in changed)
    return merged


def open_items(items: Iterable[CarriedItem]) -> list[CarriedItem]:
    """The items still open, oldest origin first (actions before parked thoughts)."""
    kind_order = {CarryKind.ACTION: 0, CarryKind.PARKED: 1}
    return sorted(
        (item for item in items if item.is_open),
        key=lambda item: (item.origin_date, kind_order[item.kind]),
    )
