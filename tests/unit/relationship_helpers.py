"""Building mentees and sessions for the relationship tests, on a hand-set calendar."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import Mentee, MenteeRecord, SegmentKind
from sessiontui.relationship.record import apply_session, state_for_session
from sessiontui.scripts.schema import Script, Segment

TZ = timezone(timedelta(hours=1))
FIRST_DAY = datetime(2026, 3, 2, 10, 0, tzinfo=TZ)  # a Monday


def script() -> Script:
    """A short regular script: review, goals, wrap-up."""
    return Script(
        id="regular-test",
        title="Regular test session",
        language="en",
        segments=[
            Segment(id="review", title="Review", minutes=10, kind=SegmentKind.REVIEW_ACTIONS),
            Segment(id="goals", title="Goals", minutes=20, kind=SegmentKind.GOALS),
            Segment(id="wrap-up", title="Wrap-up", minutes=5, kind=SegmentKind.WRAP_UP),
        ],
    )


class Calendar:
    """A wall clock the test moves by hand."""

    def __init__(self, now: datetime = FIRST_DAY) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def new_record(name: str = "Ana", calendar: Calendar | None = None) -> MenteeRecord:
    """A mentee with nothing stored yet."""
    created = (calendar or Calendar()).now
    return MenteeRecord(mentee=Mentee(created_at=created, name=name))


def start(record: MenteeRecord, calendar: Calendar) -> LiveSession:
    """A live session with `record`'s mentee, begun at the calendar's time."""
    session = session_from_script(
        script(),
        record.mentee.name,
        calendar.now,
        mentee_id=record.mentee.id,
        relationship=state_for_session(record),
    )
    return LiveSession(session, time_source=lambda: 0.0, wall_clock=calendar)


def finish(record: MenteeRecord, live: LiveSession) -> MenteeRecord:
    """Finish `live` and fold it into `record`."""
    return apply_session(record, live.finish())
