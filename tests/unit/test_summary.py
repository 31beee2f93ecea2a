"""The summary: golden text in English and Spanish, and its rendering rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sessiontui.i18n import current_language, set_language
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackDirection,
    Note,
    Owner,
    ParkingLotItem,
    SegmentKind,
    SegmentRun,
    Session,
    SessionGoal,
    Visibility,
)
from sessiontui.summary import Summary, render_summary

GOLDEN = Path(__file__).parent / "golden"
SHARED = Visibility.SHARED
PRIVATE = Visibility.PRIVATE
NEXT = "Thursday 11 December, 10:00"
AT = "2026-11-27T10:05:00+01:00"


def _segment(
    sid: str, kind: SegmentKind, planned: int, spent: float, *, visited: bool, skipped: bool = False
) -> SegmentRun:
    return SegmentRun(
        segment_id=sid,
        title=sid.replace("-", " ").capitalize(),
        kind=kind,
        script_seconds=planned,
        planned_seconds=planned + 60,  # extended by a minute: the summary shows the script plan
        spent_seconds=spent,
        visited=visited,
        done=visited and not skipped,
        skipped=skipped,
    )


def full_session(mentee: str = "Ana") -> Session:
    """A session with shared and private entries of every kind (fixed ids and times)."""
    stamp = {"created_at": "2026-11-27T10:05:00+01:00"}
    return Session(
        id="s1",
        mentee=mentee,
        script_id="regular",
        script_title="Regular mentoring session",
        language="en",
        started_at="2026-11-27T10:00:00+01:00",
        finished_at="2026-11-27T10:58:00+01:00",
        segments=[
            _segment("check-in", SegmentKind.CHECK_IN, 300, 330, visited=True),
            _segment("review-actions", SegmentKind.REVIEW_ACTIONS, 600, 610.4, visited=True),
            _segment("goals", SegmentKind.GOALS, 900, 1020, visited=True),
            _segment("discussion", SegmentKind.DISCUSSION, 900, 45, visited=True, skipped=True),
            _segment("feedback", SegmentKind.FEEDBACK, 600, 20, visited=True),
            _segment("action-plan", SegmentKind.ACTION_PLAN, 600, 569.5, visited=True),
            _segment("wrap-up", SegmentKind.WRAP_UP, 300, 0, visited=False),
        ],
        goals=[
            SessionGoal(
                id="g1",
                text="Ship the onboarding guide 🚀",
                measure="two teammates review it",
                achieved=True,
                visibility=SHARED,
                **stamp,
            ),
            SessionGoal(id="g2", text="Pick a conference talk", visibility=SHARED, **stamp),
            SessionGoal(id="g3", text="PRIVATE-goal: she seems tired", visibility=PRIVATE, **stamp),
        ],
        notes=[
            Note(
                id="n1",
                text="Ana leads the next team demo.\nWe meet every two weeks, 60 min.",
                visibility=SHARED,
                **stamp,
            ),
            Note(id="n2", text="PRIVATE-note: mention the promotion later", **stamp),
        ],
        feedback=[
            Feedback(
                id="f1",
                direction=FeedbackDirection.MENTOR_TO_MENTEE,
                situation="In Tuesday's demo",
                behaviour="you walked through the trade-offs before the solution",
                impact="the team decided in ten minutes",
                text="Keep doing it.",
                **stamp,
            ),
            Feedback(
                id="f2",
                direction=FeedbackDirection.MENTEE_TO_MENTOR,
                text="More questions, fewer answers — ¡gracias! [bold]really[/bold]",
                **stamp,
            ),
            Feedback(
                id="f3",
                direction=FeedbackDirection.ABOUT_SESSION,
                text="Good pace;\nthe check-in helped.",
                **stamp,
            ),
            Feedback(
                id="f4",
                direction=FeedbackDirection.MENTOR_TO_MENTEE,
                situation="PRIVATE-feedback-situation",
                text="PRIVATE-feedback-text",
                visibility=PRIVATE,
                **stamp,
            ),
        ],
        action_items=[
            ActionItem(
                id="a1",
                text="Draft the onboarding guide outline",
                owner=Owner.MENTEE,
                due=date(2026, 12, 4),
                **stamp,
            ),
            ActionItem(
                id="a2",
                text="Send Ana the article on SBI feedback",
                owner=Owner.MENTOR,
                done=True,
                **stamp,
            ),
            ActionItem(
                id="a3",
                text="PRIVATE-action: ask HR about budget",
                owner=Owner.MENTOR,
                visibility=PRIVATE,
                **stamp,
            ),
        ],
        parking_lot=[
            ParkingLotItem(
                id="p1", text="Conference budget: ask in January", visibility=SHARED, **stamp
            ),
            ParkingLotItem(id="p2", text="PRIVATE-parked: salary talk", **stamp),
        ],
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_summary_matches_golden_file(language: str) -> None:
    summary = render_summary(full_session(), language=language, next_session=NEXT)
    expected = (GOLDEN / f"summary_full.{language}.txt").read_text(encoding="utf-8")
    assert summary.text() == expected


def _bare_session(**fields: object) -> Session:
    base: dict[str, object] = {
        "mentee": "Ana",
        "script_id": "regular",
        "script_title": "Regular mentoring session",
        "started_at": "2026-11-27T10:00:00+01:00",
    }
    base.update(fields)
    return Session.model_validate(base)


def _without_private(session: Session) -> Session:
    def shared(records: list[Any]) -> list[Any]:
        return [r for r in records if r.visibility is SHARED]

    return session.model_copy(
        update={
            "goals": shared(session.goals),
            "notes": shared(session.notes),
            "feedback": shared(session.feedback),
            "action_items": shared(session.action_items),
            "parking_lot": shared(session.parking_lot),
        }
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_private_records_leave_no_trace(language: str) -> None:
    session = full_session()
    text = render_summary(session, language=language, next_session=NEXT).text()
    assert "PRIVATE" not in text
    # Not even a count or an extra heading: identical to the session without them.
    clean = render_summary(_without_private(session), language=language, next_session=NEXT)
    assert text == clean.text()


def test_language_defaults_to_the_sessions_language() -> None:
    session = full_session().model_copy(update={"language": "es"})
    summary = render_summary(session)
    assert summary.text().startswith("Asunto: Sesión de mentoring con Ana — 2026-11-27\n\n")
    assert "Plan de acción" in summary.body


def test_without_a_mentee_name_the_wording_is_neutral() -> None:
    summary = render_summary(full_session(mentee="  "))
    assert summary.subject == "Mentoring session — 2026-11-27"
    assert summary.body.startswith("Hi,\n\n")
    assert "From the mentor to the mentee:\n" in summary.body
    assert "From the mentee to the mentor:\n" in summary.body
    assert "- [ ] Draft the onboarding guide outline — mentee, due 2026-12-04" in summary.body


def test_neutral_wording_in_spanish() -> None:
    summary = render_summary(full_session(mentee=""), language="es")
    assert summary.subject == "Sesión de mentoring — 2026-11-27"
    assert summary.body.startswith("Hola:\n\n")
    assert "Del mentor al mentee:\n" in summary.body


def test_a_name_on_several_lines_stays_on_the_subject_line() -> None:
    summary = render_summary(full_session(mentee="Ana\nMaría  Núñez 🌱"))
    assert summary.subject == "Mentoring session with Ana María Núñez 🌱 — 2026-11-27"
    assert summary.body.startswith("Hi Ana María Núñez 🌱,\n")


def test_a_session_with_nothing_shared_has_no_empty_sections() -> None:
    session = _bare_session(
        notes=[Note(text="only mine", created_at=AT)],
        feedback=[
            Feedback(text="private feedback", visibility=PRIVATE, created_at=AT),
            Feedback(created_at=AT),
        ],
    )
    body = render_summary(session).body
    assert body == (
        "Hi Ana,\n\n"
        "Here is a summary of our mentoring session.\n\n"
        "- Date: 2026-11-27\n"
        "- Duration: 0 min (planned: 0 min)\n\n"
        "Thanks for today. If anything here does not match what you remember, "
        "reply and we will fix it.\n"
    )


def test_next_session_line_only_when_given() -> None:
    assert "Next session" not in render_summary(full_session()).body
    assert "Next session" not in render_summary(full_session(), next_session="  ").body
    body = render_summary(full_session(), next_session="Friday\n9:00").body
    assert "Next session: Friday\n  9:00\n" in body


def test_feedback_with_one_sbi_field_has_no_comment_label() -> None:
    session = _bare_session(feedback=[Feedback(impact="  the room relaxed  ", created_at=AT)])
    body = render_summary(session).body
    assert "From the mentor to Ana:\n\n- Impact: the room relaxed\n" in body
    assert "Comment" not in body


def test_markup_and_emoji_are_reproduced_as_typed() -> None:
    text = "[bold]Ship it[/bold] 🚀 — ¿mañana?"
    session = _bare_session(action_items=[ActionItem(text=text, owner=Owner.MENTOR, created_at=AT)])
    assert f"- [ ] {text} — mentor\n" in render_summary(session).body


@pytest.mark.parametrize(
    ("spent", "shown"),
    [
        (0, "0 min"),
        (1, "under 1 min"),
        (29.9, "under 1 min"),
        (30, "1 min"),
        (89, "1 min"),
        (90, "2 min"),
    ],
)
def test_minutes_round_half_up(spent: float, shown: str) -> None:
    session = _bare_session(
        segments=[
            SegmentRun(
                segment_id="x",
                title="Check-in",
                kind=SegmentKind.CHECK_IN,
                script_seconds=300,
                planned_seconds=300,
                spent_seconds=spent,
                visited=True,
            )
        ]
    )
    assert f"- Check-in: {shown} (planned: 5 min)\n" in render_summary(session).body


def test_skipped_and_unvisited_segments_are_not_listed_as_covered() -> None:
    body = render_summary(full_session()).body
    assert "- Discussion" not in body
    assert "- Wrap up" not in body
    assert "- Goals: 17 min (planned: 15 min)" in body


def test_the_date_is_the_day_where_the_session_took_place() -> None:
    # 23:30 in New York is already the next day in UTC: the mentee's day counts.
    summary = render_summary(_bare_session(started_at="2026-11-27T23:30:00-05:00"))
    assert summary.subject == "Mentoring session with Ana — 2026-11-27"
    assert "- Date: 2026-11-27\n" in summary.body


def test_a_summary_built_by_hand_uses_the_ui_language() -> None:
    before = current_language()
    try:
        set_language("es")
        assert Summary("Hola", "cuerpo\n").text() == "Asunto: Hola\n\ncuerpo\n"
    finally:
        set_language(before)
    assert Summary("Hi", "body\n", "en").text() == "Subject: Hi\n\nbody\n"
