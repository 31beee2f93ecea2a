"""A mentee's stored record and a session: what a session loads, what storing it changes.

A session works on a copy (`state_for_session`): the agreement in force, the
active goals and the open carried-over items. `apply_session` folds a
finished session back into the record; it is pure and idempotent (storing
the same session twice gives the record once), so an interrupted store can
simply be repeated.
"""

from __future__ import annotations

from sessiontui.model import (
    AgreementVersion,
    MenteeRecord,
    Session,
    SessionRelationship,
    SessionRow,
)
from sessiontui.model.mentee import row_year
from sessiontui.relationship.carryover import merge_items, open_at_finish, open_items
from sessiontui.relationship.goals import merge_goals


def state_for_session(record: MenteeRecord) -> SessionRelationship:
    """What a new session with this mentee starts from (a deep copy)."""
    agreement = record.agreement
    return SessionRelationship(
        agreement=agreement.model_copy(deep=True) if agreement is not None else None,
        goals=[goal.model_copy(deep=True) for goal in record.goals if goal.active],
        carried=[item.model_copy(deep=True) for item in open_items(record.carried)],
    )


def session_row(session: Session) -> SessionRow:
    """The line a mentee's history shows for `session`."""
    return SessionRow(
        id=session.id,
        started_at=session.started_at,
        finished_at=session.finished_at,
        script_title=session.script_title,
        language=session.language,
    )


def _agreements(stored: list[AgreementVersion], session: Session) -> list[AgreementVersion]:
    """The versions with the one `session` made (if any) as its own, in time order."""
    others = [version for version in stored if version.session_id != session.id]
    made = session.relationship.agreement
    if made is not None and made.session_id == session.id:
        others.append(made)
    return sorted(others, key=lambda version: version.created_at)


def _is_latest(record: MenteeRecord, session: Session) -> bool:
    """True when no stored session of this mentee started after `session`."""
    return all(row.started_at <= session.started_at for row in record.sessions)


def apply_session(record: MenteeRecord, session: Session, *, carry: bool = True) -> MenteeRecord:
    """`record` with the finished `session` folded in (a new record; the input is unchanged).

    Adds or replaces the session's row, the agreement version it made, its
    goals' edits and check-ins, its reviews of carried-over items and (with
    `carry`) the items it leaves open; its next session becomes the mentee's
    when it is the latest session.
    """
    relationship = session.relationship
    rows = [row for row in record.sessions if row.id != session.id]
    rows.append(session_row(session))
    # The record holds every row of the years it holds (see MenteeRecord): the
    # years this session's row left or joined are counted again from the rows.
    touched = {row_year(row) for row in record.sessions if row.id == session.id}
    counted = record.holding(rows, touched | {session.started_at.year})
    next_session = record.next_session
    if _is_latest(record, session):
        next_session = relationship.next_session
    carried_changes = [*relationship.carried, *(open_at_finish(session) if carry else [])]
    return MenteeRecord(
        schema_version=record.schema_version,
        mentee=record.mentee.model_copy(deep=True),
        agreements=_agreements(record.agreements, session),
        goals=merge_goals(record.goals, relationship.goals, session.id),
        carried=merge_items(record.carried, carried_changes, session.id),
        sessions=counted.sessions,
        session_years=counted.session_years,
        next_session=next_session,
    )


def archived_relationship(session: Session) -> SessionRelationship:
    """What the stored session keeps of its relationship: goals with this session's
    check-ins only (their history is in the mentee's record), the agreement only
    when this session made it, the carried items with their reviews, the next session.

    A stored session thus stays the same size however long the mentoring runs.
    """
    relationship = session.relationship
    agreement = relationship.agreement
    goals = [
        goal.model_copy(
            update={"check_ins": [c for c in goal.check_ins if c.session_id == session.id]}
        )
        for goal in relationship.goals
    ]
    return SessionRelationship(
        agreement=agreement
        if agreement is not None and agreement.session_id == session.id
        else None,
        goals=goals,
        carried=list(relationship.carried),
        next_session=relationship.next_session,
    )
