"""LiveRelationship: what the mentor does to the relationship during a session.

Every operation changes the session's copy of the relationship (the draft),
never a stored file: storing the finished session writes it back, and a
discarded session changes nothing. Each change calls `changed`, which the
live session uses to bump its revision (so the autosave sees it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo

from sessiontui.clock import WallClock
from sessiontui.model import (
    AgreementTerms,
    AgreementVersion,
    CarriedItem,
    GoalCheckIn,
    GoalStatus,
    LongTermGoal,
    NextSession,
    Progress,
    ReviewOutcome,
    Session,
    Visibility,
    new_id,
)
from sessiontui.relationship.carryover import with_review, without_review
from sessiontui.relationship.schedule import propose_next

_UNSET: object = object()


class LiveRelationship:
    """The relationship operations of one running session.

    Lookups of an unknown goal or item raise KeyError; invalid text (a blank
    goal title) raises pydantic's ValidationError, as LiveSession does.
    """

    def __init__(
        self, session: Session, wall_clock: WallClock, changed: Callable[[], object]
    ) -> None:
        self.session = session
        self._wall_clock = wall_clock
        self._changed = changed

    # --- agreement -------------------------------------------------------------

    @property
    def agreement(self) -> AgreementVersion | None:
        """The agreement in force (this session's version once it made one)."""
        return self.session.relationship.agreement

    @property
    def agreed_here(self) -> bool:
        """True when this session made or changed the agreement."""
        agreement = self.agreement
        return agreement is not None and agreement.session_id == self.session.id

    def set_agreement(
        self, terms: AgreementTerms, visibility: Visibility = Visibility.SHARED
    ) -> AgreementVersion:
        """Agree `terms` in this session: a new version, the stored ones are kept;
        editing it again in the same session replaces this session's version."""
        current = self.agreement
        version = AgreementVersion(
            **terms.model_dump(),
            id=current.id if current is not None and self.agreed_here else new_id(),
            created_at=self._wall_clock(),
            session_id=self.session.id,
            visibility=visibility,
        )
        self.session.relationship.agreement = version
        self._changed()
        return version

    # --- long-term goals ---------------------------------------------------------

    @property
    def goals(self) -> list[LongTermGoal]:
        """The goals this session works with (the active ones, and any it added)."""
        return self.session.relationship.goals

    def goal(self, goal_id: str) -> LongTermGoal:
        """The goal with this id (KeyError if the session does not hold it)."""
        for goal in self.goals:
            if goal.id == goal_id:
                return goal
        raise KeyError(goal_id)

    def add_goal(
        self,
        title: str,
        measure: str = "",
        target_date: date | None = None,
        visibility: Visibility = Visibility.SHARED,
    ) -> LongTermGoal:
        """Add a long-term goal (a blank title raises ValidationError)."""
        goal = LongTermGoal(
            created_at=self._wall_clock(),
            session_id=self.session.id,
            title=title,
            measure=measure.strip(),
            target_date=target_date,
            visibility=visibility,
        )
        self.goals.append(goal)
        self._changed()
        return goal

    def edit_goal(
        self,
        goal_id: str,
        *,
        title: str | object = _UNSET,
        measure: str | object = _UNSET,
        target_date: date | object | None = _UNSET,
        visibility: Visibility | object = _UNSET,
    ) -> LongTermGoal:
        """Change the given fields of a goal (the others stay as they are)."""
        goal = self.goal(goal_id)
        changes = {
            "title": title,
            "measure": measure.strip() if isinstance(measure, str) else measure,
            "target_date": target_date,
            "visibility": visibility,
        }
        for name, value in changes.items():
            if value is not _UNSET:
                setattr(goal, name, value)
        self._changed()
        return goal

    def set_goal_status(self, goal_id: str, status: GoalStatus) -> LongTermGoal:
        """Mark a goal active, achieved or dropped."""
        goal = self.goal(goal_id)
        goal.status = status
        self._changed()
        return goal

    def remove_goal(self, goal_id: str) -> None:
        """Remove a goal this session added (ValueError for an earlier one: drop it instead)."""
        goal = self.goal(goal_id)
        if goal.session_id != self.session.id:
            raise ValueError("a goal from an earlier session is dropped, not removed")
        self.goals.remove(goal)
        for session_goal in self.session.goals:
            if session_goal.long_term_goal_id == goal_id:
                session_goal.long_term_goal_id = None
        self._changed()

    def check_in(
        self,
        goal_id: str,
        progress: Progress,
        note: str = "",
        visibility: Visibility = Visibility.SHARED,
    ) -> GoalCheckIn:
        """Record how the goal stands in this session (replacing this session's earlier one)."""
        goal = self.goal(goal_id)
        check_in = GoalCheckIn(
            created_at=self._wall_clock(),
            session_id=self.session.id,
            progress=progress,
            note=note.strip(),
            visibility=visibility,
        )
        goal.check_ins = [c for c in goal.check_ins if c.session_id != self.session.id] + [check_in]
        self._changed()
        return check_in

    def clear_check_in(self, goal_id: str) -> None:
        """Take back this session's check-in of a goal."""
        goal = self.goal(goal_id)
        goal.check_ins = [c for c in goal.check_ins if c.session_id != self.session.id]
        self._changed()

    def link_session_goal(self, session_goal_id: str, goal_id: str | None) -> None:
        """Tie a session goal (meta) to a long-term goal (objetivo), or untie it."""
        if goal_id is not None:
            self.goal(goal_id)
        for session_goal in self.session.goals:
            if session_goal.id == session_goal_id:
                session_goal.long_term_goal_id = goal_id
                self._changed()
                return
        raise KeyError(session_goal_id)

    # --- carried-over items ------------------------------------------------------

    @property
    def carried(self) -> list[CarriedItem]:
        """The items carried over from earlier sessions, with this session's reviews."""
        return self.session.relationship.carried

    def _replace_item(
        self, item_id: str, make: Callable[[CarriedItem], CarriedItem]
    ) -> CarriedItem:
        for index, item in enumerate(self.carried):
            if item.id == item_id:
                updated = make(item)
                self.carried[index] = updated
                self._changed()
                return updated
        raise KeyError(item_id)

    def review(
        self, item_id: str, outcome: ReviewOutcome, new_due: date | None = None
    ) -> CarriedItem:
        """Mark a carried-over item done, kept (optionally with a new due date) or dropped."""
        return self._replace_item(
            item_id,
            lambda item: with_review(
                item,
                session_id=self.session.id,
                outcome=outcome,
                at=self._wall_clock(),
                new_due=new_due,
            ),
        )

    def clear_review(self, item_id: str) -> CarriedItem:
        """Take back this session's review of an item."""
        return self._replace_item(item_id, lambda item: without_review(item, self.session.id))

    def unreviewed(self) -> list[CarriedItem]:
        """The carried-over items this session has not reviewed yet."""
        return [item for item in self.carried if item.review_in(self.session.id) is None]

    # --- next session -------------------------------------------------------------

    def propose_next_session(self, zone: tzinfo | None = None) -> datetime:
        """The next date by the agreed rhythm, on this session's weekday and time."""
        agreement = self.agreement
        return propose_next(agreement, self.session.started_at, self._wall_clock(), zone)

    def set_next_session(
        self,
        starts_at: datetime,
        minutes: int | None = None,
        prepare: str = "",
        visibility: Visibility = Visibility.SHARED,
    ) -> NextSession:
        """Set when the next session is and what to prepare for it.

        The length defaults to the agreed one, else this session's planned length.
        """
        if minutes is None:
            minutes = self._default_minutes()
        following = NextSession(
            starts_at=starts_at, minutes=minutes, prepare=prepare.strip(), visibility=visibility
        )
        self.session.relationship.next_session = following
        self._changed()
        return following

    def clear_next_session(self) -> None:
        """Forget the next session set in this session."""
        self.session.relationship.next_session = None
        self._changed()

    def _default_minutes(self) -> int:
        agreement = self.agreement
        if agreement is not None and agreement.session_minutes is not None:
            return agreement.session_minutes
        planned = sum(segment.script_seconds for segment in self.session.segments) // 60
        return min(max(planned, 5), 600)
