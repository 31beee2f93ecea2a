"""What of the relationship may leave the mentor's screen: the one rule for summary, export
and calendar file.

An entry is shareable when it is marked shared and so is everything it
belongs to: a check-in of a private goal stays private, as does a review of
a private item. The mentee's and the agreement's private notes never leave.
Everything here returns new objects; nothing stored is changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sessiontui.model import (
    AgreementTerms,
    AgreementVersion,
    CarriedItem,
    GoalCheckIn,
    LongTermGoal,
    MenteeRecord,
    NextSession,
    Session,
    Visibility,
)


def is_shared(entry: object) -> bool:
    """True when the entry's `visibility` is SHARED."""
    return getattr(entry, "visibility", None) is Visibility.SHARED


def shared_terms(version: AgreementVersion | None) -> AgreementTerms | None:
    """The agreed terms that may be shared (None for a private agreement): no private notes."""
    if version is None or not is_shared(version):
        return None
    return version.terms().model_copy(update={"private_notes": ""})


def shared_goal(goal: LongTermGoal) -> LongTermGoal | None:
    """A shared goal with its shared check-ins only; None for a private goal."""
    if not is_shared(goal):
        return None
    return goal.model_copy(update={"check_ins": [c for c in goal.check_ins if is_shared(c)]})


def shared_goals(goals: list[LongTermGoal]) -> list[LongTermGoal]:
    """The shared goals, each with its shared check-ins."""
    return [shared for goal in goals if (shared := shared_goal(goal)) is not None]


def shared_items(items: list[CarriedItem]) -> list[CarriedItem]:
    """The shared carried-over items."""
    return [item for item in items if is_shared(item)]


def shared_next(following: NextSession | None) -> NextSession | None:
    """The next session if it may be shared."""
    return following if following is not None and is_shared(following) else None


def shared_record(record: MenteeRecord) -> MenteeRecord:
    """A mentee's record with only what may be shared: no private notes, no private entries."""
    agreements = [
        version.model_copy(update={"private_notes": ""})
        for version in record.agreements
        if is_shared(version)
    ]
    return record.model_copy(
        update={
            "mentee": record.mentee.model_copy(update={"private_notes": ""}),
            "agreements": agreements,
            "goals": shared_goals(record.goals),
            "carried": shared_items(record.carried),
            "next_session": shared_next(record.next_session),
        }
    )


def shared_session(session: Session) -> Session:
    """A session with only its shared entries, and no summary text (the mentor may have
    edited it by hand) or prompt bookkeeping."""
    relationship = session.relationship
    agreement = relationship.agreement
    if agreement is not None:
        agreement = (
            agreement.model_copy(update={"private_notes": ""}) if is_shared(agreement) else None
        )
    return session.model_copy(
        update={
            "goals": [g for g in session.goals if is_shared(g)],
            "feedback": [f for f in session.feedback if is_shared(f)],
            "action_items": [a for a in session.action_items if is_shared(a)],
            "notes": [n for n in session.notes if is_shared(n)],
            "parking_lot": [p for p in session.parking_lot if is_shared(p)],
            "prompts_used": [],
            "summary_text": None,
            "relationship": relationship.model_copy(
                update={
                    "agreement": agreement,
                    "goals": shared_goals(relationship.goals),
                    "carried": shared_items(relationship.carried),
                    "next_session": shared_next(relationship.next_session),
                }
            ),
        }
    )


@dataclass(frozen=True)
class GoalProgress:
    """A shared long-term goal as a session left it, with that session's check-in."""

    goal: LongTermGoal
    check_in: GoalCheckIn | None


@dataclass(frozen=True)
class RelationshipDigest:
    """What a session's summary says about the relationship (shareable only).

    `carried`: the items carried into the session, each with its latest
    review (the session's own, when it made one). `agreement`: the terms when
    this session made or changed them. `goals`: the shared goals the session
    held, with its check-in of each. `next_session`: when and what to prepare.
    """

    session_id: str
    carried: tuple[CarriedItem, ...]
    agreement: AgreementTerms | None
    goals: tuple[GoalProgress, ...]
    next_session: NextSession | None


def digest(session: Session) -> RelationshipDigest:
    """The shareable relationship content of one session's summary."""
    relationship = session.relationship
    agreement = relationship.agreement
    made_here = agreement is not None and agreement.session_id == session.id
    goals = tuple(
        GoalProgress(goal, goal.check_in_of(session.id))
        for goal in shared_goals(relationship.goals)
    )
    return RelationshipDigest(
        session_id=session.id,
        carried=tuple(shared_items(relationship.carried)),
        agreement=shared_terms(agreement) if made_here else None,
        goals=goals,
        next_session=shared_next(relationship.next_session),
    )
