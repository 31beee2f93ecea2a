"""The summary says what was carried over and decided, the agreement where it was made,
each goal's check-in, and the next session; never anything private."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from tests.unit.relationship_helpers import TZ, Calendar, finish, new_record, start

from sessiontui.live import LiveSession
from sessiontui.model import (
    AgreementTerms,
    Booker,
    Frequency,
    GoalStatus,
    MenteeRecord,
    Progress,
    ReviewOutcome,
    Visibility,
)
from sessiontui.summary import render_summary

TERMS = AgreementTerms(
    frequency=Frequency.FORTNIGHTLY,
    session_minutes=45,
    review_on=date(2026, 6, 1),
    topics=["Career growth"],
    off_limits=["Salaries"],
    contact="Email",
    booked_by=Booker.MENTEE,
    commitment="Come prepared",
    confidentiality="Stays between us",
    no_fault_ending=True,
    private_notes="MARKER-agreement-notes",
)


def _three_sessions() -> tuple[MenteeRecord, list[LiveSession]]:
    calendar = Calendar()
    record = new_record("Ana", calendar)
    first = start(record, calendar)
    first.relationship.set_agreement(TERMS)
    goal = first.relationship.add_goal("Lead a project", measure="Own one release")
    first.relationship.check_in(goal.id, Progress.ON_TRACK, "Picked the project")
    first.add_action_item("Send the CV", due=date(2026, 3, 6))
    first.add_action_item("Read the design doc")
    first.add_action_item("Ask for a raise")
    record = finish(record, first)

    calendar.now += timedelta(weeks=2)
    second = start(record, calendar)
    items = {i.text: i.id for i in second.relationship.carried}
    second.relationship.review(items["Send the CV"], ReviewOutcome.DONE)
    second.relationship.review(items["Read the design doc"], ReviewOutcome.KEPT, date(2026, 3, 27))
    second.relationship.review(items["Ask for a raise"], ReviewOutcome.DROPPED)
    second.relationship.check_in(goal.id, Progress.AT_RISK, "Team moved")
    following = second.relationship.propose_next_session(zone=TZ)
    second.relationship.set_next_session(following, prepare="Bring the release plan")
    record = finish(record, second)

    calendar.now += timedelta(weeks=2)
    third = start(record, calendar)
    third.relationship.check_in(goal.id, Progress.ON_TRACK)
    return record, [first, second, third]


def test_the_second_summary_says_what_happened_to_each_carried_item() -> None:
    _record, (_first, second, _third) = _three_sessions()
    body = render_summary(second.session).body
    assert "From earlier sessions" in body
    assert "- [x] Send the CV — done" in body
    assert "- [ ] Read the design doc — kept, due March 27, 2026" in body
    assert "- [-] Ask for a raise — dropped" in body
    assert "- Lead a project — at risk\n  Team moved\n  Measure: Own one release" in body
    # Babel writes the time as CLDR does: a narrow no-break space before "AM".
    assert (
        "Next session: Monday, March 30, 2026, 10:00\u202fAM\n  To prepare: Bring the release plan"
    ) in body
    # The agreement was made in the first session: not repeated here.
    assert "Our mentoring agreement" not in body


def test_the_first_summary_states_the_agreement() -> None:
    _record, (first, _second, _third) = _three_sessions()
    body = render_summary(first.session).body
    section = body.split("Our mentoring agreement\n", 1)[1].split("\n\n", 1)[0]
    assert section.splitlines() == [
        "-----------------------",
        "- We meet every two weeks, for 45 minutes.",
        "- We review how it is going on June 1, 2026.",
        "- Topics: Career growth",
        "- Off-limits: Salaries",
        "- Between sessions: Email",
        "- You book the sessions.",
        "- Commitment: Come prepared",
        "- Confidentiality: Stays between us",
        "- Either of us may end the mentoring at any time, without blame.",
    ]
    assert "- Lead a project — on track\n  Picked the project" in body
    assert "From earlier sessions" not in body


def test_the_third_summary_lists_what_is_still_open() -> None:
    _record, (_first, _second, third) = _three_sessions()
    body = render_summary(third.session).body
    assert "- [ ] Read the design doc — still open, due March 27, 2026" in body
    assert "Send the CV" not in body  # done in the second session: no longer carried
    assert "- Lead a project — on track\n  Measure: Own one release" in body


def test_relationship_sections_in_spanish() -> None:
    _record, (_first, second, _third) = _three_sessions()
    second.session.language = "es"
    body = render_summary(second.session).body
    assert "De sesiones anteriores" in body
    assert "- [x] Send the CV — hecha" in body
    assert "- [ ] Read the design doc — se mantiene, fecha límite: 27 de marzo de 2026" in body
    assert "- [-] Ask for a raise — descartada" in body
    assert "Próxima sesión: lunes, 30 de marzo de 2026, 10:00" in body


def test_goals_achieved_dropped_or_new_say_so() -> None:
    calendar = Calendar()
    record = new_record("Ana", calendar)
    live = start(record, calendar)
    done = live.relationship.add_goal("Pass the exam")
    dropped = live.relationship.add_goal("Move abroad")
    record = finish(record, live)
    live = start(record, calendar)
    live.relationship.set_goal_status(done.id, GoalStatus.ACHIEVED)
    live.relationship.set_goal_status(dropped.id, GoalStatus.DROPPED)
    live.relationship.add_goal("Write a blog post", target_date=date(2026, 5, 1))
    body = render_summary(live.session).body
    assert "- Pass the exam — achieved" in body
    assert "- Move abroad — set aside" in body
    assert "- Write a blog post — new\n  Target date: May 1, 2026" in body


def test_a_goal_without_news_is_not_listed() -> None:
    calendar = Calendar()
    record = new_record("Ana", calendar)
    live = start(record, calendar)
    live.relationship.add_goal("Quiet goal")
    record = finish(record, live)
    body = render_summary(start(record, calendar).session).body
    assert "Quiet goal" not in body
    assert "Long-term goals" not in body


@pytest.mark.parametrize("where", ["goal", "check-in", "item", "agreement", "next", "notes"])
def test_private_relationship_content_never_reaches_the_summary(where: str) -> None:
    marker = f"MARKER-{where}"
    calendar = Calendar()
    record = new_record("Ana", calendar)
    live = start(record, calendar)
    private = Visibility.PRIVATE
    if where == "goal":
        goal = live.relationship.add_goal(marker, measure=marker, visibility=private)
        live.relationship.check_in(goal.id, Progress.ON_TRACK, marker)
    elif where == "check-in":
        goal = live.relationship.add_goal("Shared goal")
        live.relationship.check_in(goal.id, Progress.AT_RISK, marker, visibility=private)
    elif where == "item":
        live.add_action_item(marker, visibility=private)
        live.park(marker)  # parked thoughts are private by default
    elif where == "agreement":
        live.relationship.set_agreement(AgreementTerms(topics=[marker]), visibility=private)
    elif where == "next":
        live.relationship.set_next_session(
            datetime(2026, 3, 9, 10, 0, tzinfo=TZ), prepare=marker, visibility=private
        )
    else:
        live.relationship.set_agreement(TERMS.model_copy(update={"private_notes": marker}))
    record = finish(record, live)
    later = start(record, calendar)
    for item in later.relationship.carried:
        later.relationship.review(item.id, ReviewOutcome.KEPT)
    for session in (live.session, later.session):
        text = render_summary(session).text()
        assert "MARKER" not in text
    if where == "check-in":
        assert "Shared goal" in render_summary(live.session).body
    if where == "goal":
        assert "Long-term goals" not in render_summary(live.session).body
