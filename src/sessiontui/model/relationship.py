"""The mentoring relationship across sessions: mentee, agreement, long-term goals,
carried-over items and the next session.

A session works on a copy of its mentee's relationship (`SessionRelationship`,
kept in the session's draft); storing the finished session writes the changes
back to the mentee's file. Every entry carries its own `visibility`, as the
session's entries do; a mentee's and an agreement's `private_notes` are the
mentor's own and never leave the machine.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import AwareDatetime, Field

from sessiontui.model.common import CleanText, NonBlank, Owner, StrictModel, Visibility, new_id

STUCK_AFTER_KEEPS = 3
"""An item kept this many times is flagged as stuck."""


class Frequency(StrEnum):
    """How often mentor and mentee meet."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    CUSTOM = "custom"  # every `every_weeks` weeks


class Booker(StrEnum):
    """Who books the sessions."""

    MENTOR = "mentor"
    MENTEE = "mentee"
    EITHER = "either"


class AgreementTerms(StrictModel):
    """What mentor and mentee agreed about the mentoring itself (the article's expectations)."""

    frequency: Frequency | None = None
    every_weeks: int | None = Field(default=None, ge=1, le=52)
    session_minutes: int | None = Field(default=None, ge=5, le=600)
    runs_until: date | None = None
    review_on: date | None = None
    topics: list[NonBlank] = Field(default_factory=list)
    off_limits: list[NonBlank] = Field(default_factory=list)
    contact: CleanText = ""
    booked_by: Booker | None = None
    commitment: CleanText = ""
    confidentiality: CleanText = ""
    no_fault_ending: bool = False
    private_notes: CleanText = ""

    def interval_weeks(self) -> int | None:
        """Weeks between sessions for a weekly rhythm (None for monthly or unset)."""
        if self.frequency is Frequency.WEEKLY:
            return 1
        if self.frequency is Frequency.FORTNIGHTLY:
            return 2
        if self.frequency is Frequency.CUSTOM:
            return self.every_weeks
        return None


class AgreementVersion(AgreementTerms):
    """One version of the agreement: an edit adds a version, earlier ones are kept."""

    id: str = Field(default_factory=new_id)
    created_at: AwareDatetime
    session_id: str | None = None
    visibility: Visibility = Visibility.SHARED

    def terms(self) -> AgreementTerms:
        """The agreed terms alone (no id, time or session)."""
        return AgreementTerms.model_validate(
            self.model_dump(include=set(AgreementTerms.model_fields))
        )


class GoalStatus(StrEnum):
    """Where a long-term goal stands."""

    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class Progress(StrEnum):
    """A check-in's reading of a long-term goal."""

    ON_TRACK = "on-track"
    AT_RISK = "at-risk"
    OFF_TRACK = "off-track"


class GoalCheckIn(StrictModel):
    """How a long-term goal stood in one session."""

    id: str = Field(default_factory=new_id)
    created_at: AwareDatetime
    session_id: str
    progress: Progress
    note: CleanText = ""
    visibility: Visibility = Visibility.SHARED


class LongTermGoal(StrictModel):
    """What the mentoring works toward over months (objetivo), with its check-ins."""

    id: str = Field(default_factory=new_id)
    created_at: AwareDatetime
    session_id: str | None = None
    title: NonBlank
    measure: CleanText = ""
    target_date: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    visibility: Visibility = Visibility.SHARED
    check_ins: list[GoalCheckIn] = Field(default_factory=list)

    @property
    def active(self) -> bool:
        """True while the goal is worked on."""
        return self.status is GoalStatus.ACTIVE

    def check_in_of(self, session_id: str) -> GoalCheckIn | None:
        """This goal's check-in made in `session_id`, if any."""
        return next((c for c in self.check_ins if c.session_id == session_id), None)


class CarryKind(StrEnum):
    """What is carried over: an action item or a parked thought."""

    ACTION = "action"
    PARKED = "parked"


class ReviewOutcome(StrEnum):
    """What a later session decided about a carried-over item."""

    DONE = "done"
    KEPT = "kept"
    DROPPED = "dropped"


class CarryReview(StrictModel):
    """One review of a carried-over item, in a later session."""

    id: str = Field(default_factory=new_id)
    created_at: AwareDatetime
    session_id: str
    outcome: ReviewOutcome
    new_due: date | None = None


class CarriedItem(StrictModel):
    """An action item or parked thought still open when its session ended.

    It keeps its origin session, the date of that session and its first due
    date; each later review is appended. Its state is the latest outcome: open
    while there is none or the latest is "kept".
    """

    id: str
    kind: CarryKind
    text: NonBlank
    owner: Owner | None = None
    visibility: Visibility = Visibility.SHARED
    origin_session_id: str
    origin_date: date
    first_due: date | None = None
    reviews: list[CarryReview] = Field(default_factory=list)

    @property
    def outcome(self) -> ReviewOutcome | None:
        """The latest review's outcome (None before any review)."""
        return self.reviews[-1].outcome if self.reviews else None

    @property
    def is_open(self) -> bool:
        """Still to be done: never reviewed, or kept at its latest review."""
        return self.outcome in (None, ReviewOutcome.KEPT)

    @property
    def due(self) -> date | None:
        """The due date in force: the latest new date a "keep" gave, else the first."""
        for review in reversed(self.reviews):
            if review.outcome is ReviewOutcome.KEPT and review.new_due is not None:
                return review.new_due
        return self.first_due

    @property
    def keeps(self) -> int:
        """How many times the item was kept."""
        return sum(1 for review in self.reviews if review.outcome is ReviewOutcome.KEPT)

    @property
    def stuck(self) -> bool:
        """Kept three times or more and still open."""
        return self.is_open and self.keeps >= STUCK_AFTER_KEEPS

    def overdue(self, today: date) -> bool:
        """Open with a due date before `today`."""
        due = self.due
        return self.is_open and due is not None and due < today

    def review_in(self, session_id: str) -> CarryReview | None:
        """The review made in `session_id`, if any."""
        return next((r for r in self.reviews if r.session_id == session_id), None)


class NextSession(StrictModel):
    """When mentor and mentee meet next, and what to prepare."""

    starts_at: AwareDatetime
    minutes: int = Field(default=60, ge=5, le=600)
    prepare: CleanText = ""
    visibility: Visibility = Visibility.SHARED


class SessionRelationship(StrictModel):
    """The mentee's relationship as one session works on it.

    Loaded at start (the agreement in force, the active goals, the open
    carried-over items), changed during the session, written back to the
    mentee's file when the finished session is stored.
    """

    agreement: AgreementVersion | None = None
    goals: list[LongTermGoal] = Field(default_factory=list)
    carried: list[CarriedItem] = Field(default_factory=list)
    next_session: NextSession | None = None
