"""Clock figures and entry lines as the screen shows them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from sessiontui.i18n import set_language
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackDirection,
    Owner,
    SessionGoal,
    Visibility,
)
from sessiontui.timing import Phase, SegmentStatus, SegmentTiming, SessionTiming
from sessiontui.tui.formatting import (
    action_line,
    clock_text,
    countdown_text,
    drift_text,
    entry_line,
    feedback_line,
    goal_line,
    overdue,
    planned_end_text,
    projected_end_text,
    status_line,
)


def _segment(planned: int, spent: float, phase: Phase) -> SegmentTiming:
    return SegmentTiming(0, planned, spent, SegmentStatus.CURRENT, phase)


def _session(elapsed: float, projected: float) -> SessionTiming:
    current = _segment(300, 0, Phase.ON_TIME)
    return SessionTiming(elapsed, 3600, projected, False, True, current)


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "00:00"), (59.99, "00:59"), (61, "01:01"), (4502, "75:02")]
)
def test_clock_text_cuts_down_to_whole_seconds(seconds: float, text: str) -> None:
    assert clock_text(seconds) == text


def test_countdown_and_overtime() -> None:
    assert countdown_text(_segment(300, 0.4, Phase.ON_TIME)) == "05:00"
    assert countdown_text(_segment(300, 1.0, Phase.ON_TIME)) == "04:59"
    assert countdown_text(_segment(300, 300, Phase.WARNING)) == "00:00"
    assert countdown_text(_segment(300, 433.7, Phase.OVERTIME)) == "+02:13"


@pytest.mark.parametrize(
    ("projected", "text"),
    [(3600, "on time"), (3629, "on time"), (3690, "2 min behind"), (3300, "5 min ahead")],
)
def test_drift(projected: float, text: str) -> None:
    assert drift_text(_session(600, projected)) == text


AT = datetime(2025, 3, 14, 10, 5, tzinfo=UTC)


@pytest.mark.parametrize(("second", "text"), [(29, "11:40"), (30, "11:41")])
def test_projected_end_uses_the_given_wall_time_to_the_nearest_minute(
    second: int, text: str
) -> None:
    now = datetime(2025, 3, 14, 10, 50, second)
    assert projected_end_text(_session(600, 3600), now) == text


def test_planned_end_is_the_script_length_after_the_session_began() -> None:
    now = datetime(2025, 3, 14, 10, 50, 10, tzinfo=timezone(timedelta(hours=1)))
    # Ten minutes into the session (pauses included), 50 of the 60 planned are left.
    assert planned_end_text(_session(600, 3900), now) == "11:40"


def test_feedback_and_action_lines_leave_the_visibility_to_the_list() -> None:
    entry = Feedback(
        direction=FeedbackDirection.MENTEE_TO_MENTOR,
        impact="clearer plan",
        text="thanks",
        visibility=Visibility.PRIVATE,
        created_at=AT,
    )
    assert feedback_line(entry) == "Mentee → mentor: I: clearer plan · thanks"
    item = ActionItem(
        text="Call Bea", owner=Owner.MENTOR, due=date(2025, 4, 2), done=True, created_at=AT
    )
    assert action_line(item) == "[x] Call Bea · Mentor · due Wed 2 Apr"
    assert entry_line(item) == action_line(item)
    assert entry_line(entry) == feedback_line(entry)


def test_action_lines_write_the_due_date_in_the_ui_language() -> None:
    item = ActionItem(text="Llamar a Bea", owner=Owner.MENTEE, due=date(2025, 4, 2), created_at=AT)
    set_language("es")
    assert action_line(item) == "[ ] Llamar a Bea · Mentee · para el mié 2 abr"


def test_goal_lines_show_measure_and_achieved() -> None:
    goal = SessionGoal(text="Pick a course", measure="one enrolled", achieved=True, created_at=AT)
    assert goal_line(goal) == "[x] Pick a course · measure: one enrolled"
    assert entry_line(goal) == goal_line(goal)


@pytest.mark.parametrize(
    ("due", "done", "late"),
    [
        (date(2025, 3, 13), False, True),
        (date(2025, 3, 14), False, False),
        (None, False, False),
        (date(2025, 3, 1), True, False),
    ],
)
def test_an_open_item_past_its_due_date_is_overdue(
    due: date | None, done: bool, late: bool
) -> None:
    item = ActionItem(text="Call Bea", due=due, done=done, created_at=AT)
    assert overdue(item, date(2025, 3, 14)) is late


_PARTS = {
    "mentee": "Ana",
    "title": "Regular mentoring session",
    "times": "07:00 / 60:00",
    "ends": "ends 11:00",
    "planned": "planned 10:58",
    "drift": "2 min behind",
}


@pytest.mark.parametrize(
    ("width", "line"),
    [
        (
            200,
            "Ana · Regular mentoring session · 07:00 / 60:00 · ends 11:00 · planned 10:58"
            " · 2 min behind",
        ),
        (
            91,
            "Ana · Regular mentoring session · 07:00 / 60:00 · ends 11:00 · planned 10:58"
            " · 2 min behind",
        ),
        (90, "Ana · 07:00 / 60:00 · ends 11:00 · planned 10:58 · 2 min behind"),
        (63, "Ana · 07:00 / 60:00 · ends 11:00 · planned 10:58 · 2 min behind"),
        (62, "Ana · 07:00 / 60:00 · ends 11:00 · 2 min behind"),
        (47, "Ana · 07:00 / 60:00 · ends 11:00 · 2 min behind"),
        (46, "Ana · 07:00 / 60:00 · 2 min behind"),
        (34, "Ana · 07:00 / 60:00 · 2 min behind"),
        (33, "07:00 / 60:00 · 2 min behind"),
        (10, "07:00 / 60:00 · 2 min behind"),
    ],
)
def test_status_line_drops_title_then_planned_then_projected_end_then_mentee(
    width: int, line: str
) -> None:
    assert status_line(**_PARTS, width=width) == line
