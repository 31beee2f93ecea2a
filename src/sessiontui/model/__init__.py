"""The data model (pydantic): a session and its entries, and the relationship across sessions.

Every record the mentor creates carries its own `visibility`: what is shareable
is decided per entry, never in a side table. Records get their own UUIDs; times
are aware datetimes given by the caller from the injected wall clock.
"""

from sessiontui.model.common import (
    SCHEMA_VERSION,
    CleanText,
    NonBlank,
    Owner,
    StrictModel,
    Visibility,
    new_id,
)
from sessiontui.model.mentee import Mentee, MenteeEntry, MenteeRecord, SessionRow
from sessiontui.model.relationship import (
    STUCK_AFTER_KEEPS,
    AgreementTerms,
    AgreementVersion,
    Booker,
    CarriedItem,
    CarryKind,
    CarryReview,
    Frequency,
    GoalCheckIn,
    GoalStatus,
    LongTermGoal,
    NextSession,
    Progress,
    ReviewOutcome,
    SessionRelationship,
)
from sessiontui.model.session import (
    ActionItem,
    ClockState,
    Feedback,
    FeedbackContent,
    FeedbackDirection,
    Note,
    ParkingLotItem,
    SegmentKind,
    SegmentRun,
    Session,
    SessionGoal,
)

__all__ = [
    "SCHEMA_VERSION",
    "STUCK_AFTER_KEEPS",
    "ActionItem",
    "AgreementTerms",
    "AgreementVersion",
    "Booker",
    "CarriedItem",
    "CarryKind",
    "CarryReview",
    "CleanText",
    "ClockState",
    "Feedback",
    "FeedbackContent",
    "FeedbackDirection",
    "Frequency",
    "GoalCheckIn",
    "GoalStatus",
    "LongTermGoal",
    "Mentee",
    "MenteeEntry",
    "MenteeRecord",
    "NextSession",
    "NonBlank",
    "Note",
    "Owner",
    "ParkingLotItem",
    "Progress",
    "ReviewOutcome",
    "SegmentKind",
    "SegmentRun",
    "Session",
    "SessionGoal",
    "SessionRelationship",
    "SessionRow",
    "StrictModel",
    "Visibility",
    "new_id",
]
