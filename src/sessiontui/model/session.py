"""A mentoring session and the entries made in it (pydantic).

Every record the mentor creates carries its own `visibility`: what is shareable
is decided per entry, never in a side table, so a summary, an export or a share
mode only has to look at the entry itself. Records get their own UUIDs. Times
are aware datetimes, always given by the caller from the injected wall clock
(no default reads the system clock); on disk they are ISO-8601 text.
`schema_version` marks the stored shape: `store.migrations` brings older
documents up to it. Every text field is cleaned of control codes as it is
validated (`CleanText`, `NonBlank`), wherever the text came from: a form, a
paste, a file on disk.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, JsonValue

from sessiontui.model.common import (
    SCHEMA_VERSION,
    CleanText,
    NonBlank,
    Owner,
    Visibility,
    new_id,
)
from sessiontui.model.relationship import SessionRelationship


class FeedbackDirection(StrEnum):
    """Feedback flows both ways, plus feedback about the session itself."""

    MENTOR_TO_MENTEE = "mentor-to-mentee"
    MENTEE_TO_MENTOR = "mentee-to-mentor"
    ABOUT_SESSION = "about-session"


class SegmentKind(StrEnum):
    """What a script segment is for; decides which pane it brings forward."""

    CHECK_IN = "check-in"
    EXPECTATIONS = "expectations"
    CONFIDENTIALITY = "confidentiality"
    REVIEW_ACTIONS = "review-actions"
    GOALS = "goals"
    LONG_TERM_GOALS = "long-term-goals"
    DISCUSSION = "discussion"
    FEEDBACK = "feedback"
    ACTION_PLAN = "action-plan"
    WRAP_UP = "wrap-up"


class _Record(BaseModel):
    """Common fields of everything the mentor enters during a session."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(default_factory=new_id)
    created_at: AwareDatetime
    visibility: Visibility = Visibility.SHARED
    segment_id: str | None = None


class Note(_Record):
    """A free note; private by default because notes are the mentor's own."""

    visibility: Visibility = Visibility.PRIVATE
    text: NonBlank


class ParkingLotItem(_Record):
    """A thought noted instead of interrupting; reviewed at wrap-up."""

    visibility: Visibility = Visibility.PRIVATE
    text: NonBlank
    reviewed: bool = False


class FeedbackContent(BaseModel):
    """What a feedback entry says, as the form gives it, before it joins the session."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    direction: FeedbackDirection = FeedbackDirection.MENTOR_TO_MENTEE
    situation: CleanText = ""
    behaviour: CleanText = ""
    impact: CleanText = ""
    text: CleanText = ""

    def is_empty(self) -> bool:
        """True when no field carries any content."""
        return not any(
            part.strip() for part in (self.situation, self.behaviour, self.impact, self.text)
        )


class Feedback(_Record, FeedbackContent):
    """A feedback entry: situation-behaviour-impact, or free text, or both."""


class ActionItem(_Record):
    """A concrete next step with an owner and an optional due date."""

    text: NonBlank
    owner: Owner = Owner.MENTEE
    due: date | None = None
    done: bool = False


class SessionGoal(_Record):
    """What this session should achieve; later linked to a long-term goal."""

    text: NonBlank
    measure: CleanText = ""
    long_term_goal_id: str | None = None
    achieved: bool = False


class SegmentRun(BaseModel):
    """A script segment as it runs: the plan (with extensions) against time spent.

    This is the single truth for per-segment figures; the clock reads and
    writes it. `done` means the mentor moved on with "next"; `skipped` means
    moved on with "skip". Finishing a session marks the current segment done.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    segment_id: str
    title: CleanText
    kind: SegmentKind
    script_seconds: int = Field(ge=0)
    planned_seconds: int = Field(ge=0)
    warn_before_end_seconds: int = Field(default=60, ge=0)
    spent_seconds: float = Field(default=0.0, ge=0)
    visited: bool = False
    done: bool = False
    skipped: bool = False


class ClockState(BaseModel):
    """The session-wide clock state that is not per segment.

    Only durations are stored (in the segments, and the paused time here): a
    monotonic reading means nothing in another process, so a resumed clock
    starts paused.
    """

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    current_index: int = Field(default=0, ge=0)
    started: bool = False
    paused: bool = False
    # Seconds the session stood paused (closed pauses; the running one is
    # added when it ends, and in every snapshot).
    paused_seconds: float = Field(default=0.0, ge=0)


class Session(BaseModel):
    """One mentoring session: the live draft and, once finished, the archive record."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    id: str = Field(default_factory=new_id)
    # The mentee's name as written in this session; `mentee_id` names the
    # mentee record (None until the session is tied to one: it is stored
    # under the mentee of that name then).
    mentee: CleanText = ""
    mentee_id: str | None = None
    script_id: str
    script_title: CleanText
    # The script itself when it does not ship with the app (a user's file, or
    # --script PATH): a resumed session keeps its guidance and prompts even if
    # the file changed or is gone. None for built-in scripts.
    script_copy: dict[str, JsonValue] | None = None
    # A language code ("en", "es"), checked where it comes in (the script, the CLI):
    # a new language is a new catalog, never a schema change.
    language: str = "en"
    started_at: AwareDatetime
    finished_at: AwareDatetime | None = None
    segments: list[SegmentRun] = Field(default_factory=list)
    clock: ClockState = Field(default_factory=ClockState)
    goals: list[SessionGoal] = Field(default_factory=list)
    feedback: list[Feedback] = Field(default_factory=list)
    action_items: list[ActionItem] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)
    parking_lot: list[ParkingLotItem] = Field(default_factory=list)
    prompts_used: list[CleanText] = Field(default_factory=list)
    summary_text: CleanText | None = None
    relationship: SessionRelationship = Field(default_factory=SessionRelationship)

    @property
    def finished(self) -> bool:
        """True once the mentor has finished the session."""
        return self.finished_at is not None

    def to_json_dict(self) -> dict[str, object]:
        """A JSON-ready dict (times as ISO-8601 text, enums as strings)."""
        return self.model_dump(mode="json")
