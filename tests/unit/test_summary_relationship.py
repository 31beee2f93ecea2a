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
    Owner,
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
    steps = body.split("\nYour next steps\n", 1)[1].split("\n\n", 1)[0]
    assert steps.splitlines() == [
        "- Send the CV (from Mon 2 Mar): done",
        "- Read the design doc (from Mon 2 Mar): still on, now by Fri 27 Mar",
        "- Ask for a raise (from Mon 2 Mar): dropped",
    ]
    assert "\nYour long-term goals\n- Lead a project: at risk\n  Team moved\n" in body
    assert "  How we will know: Own one release\n" in body
    assert (
        "\nOur next session\nMon 30 Mar at 10:00 AM\nTo prepare: Bring the release plan\n"
    ) in body
    # The agreement was made in the first session: not repeated here.
    assert "Our mentoring agreement" not in body


def test_relationship_sections_come_where_the_mentee_reads_them() -> None:
    _record, (_first, second, _third) = _three_sessions()
    second.add_action_item("Book the room", owner=Owner.MENTOR)
    second.add_note("We keep the same rhythm", visibility=Visibility.SHARED)
    second.park("Conference budget").visibility = Visibility.SHARED
    body = render_summary(second.session, mentor="Sam").body
    headings = [
        "Your next steps",
        "From me",
        "Your long-term goals",
        "What we agreed",
        "To come back to",
        "Our next session",
        "This summary is yours to keep.",
    ]
    places = [body.index("\n" + heading) for heading in headings]
    assert places == sorted(places)


def test_the_first_summary_states_the_agreement() -> None:
    _record, (first, _second, _third) = _three_sessions()
    body = render_summary(first.session).body
    section = body.split("\nOur mentoring agreement\n", 1)[1].split("\n\n", 1)[0]
    assert section.splitlines() == [
        "- We meet every two weeks, for 45 minutes.",
        "- We review how it is going on Mon 1 Jun.",
        "- Topics: Career growth",
        "- Off-limits: Salaries",
        "- Between sessions: Email",
        "- You book the sessions.",
        "- Commitment: Come prepared",
        "- Confidentiality: Stays between us",
        "- Either of us may end the mentoring at any time, without blame.",
    ]
    assert "- Lead a project: on track\n  Picked the project" in body
    assert "(from " not in body


def test_the_third_summary_lists_what_is_still_open() -> None:
    _record, (_first, _second, third) = _three_sessions()
    body = render_summary(third.session).body
    assert "\n- Read the design doc (from Mon 2 Mar), by Fri 27 Mar\n" in body
    assert "Send the CV" not in body  # done in the second session: no longer carried
    assert "- Lead a project: on track\n  How we will know: Own one release" in body


def test_relationship_sections_in_spanish() -> None:
    _record, (_first, second, _third) = _three_sessions()
    second.session.language = "es"
    body = render_summary(second.session).body
    assert "\nTus próximos pasos\n- Send the CV (del lunes 2 de marzo): hecha\n" in body
    assert (
        "- Read the design doc (del lunes 2 de marzo): se mantiene, ahora para el viernes 27 "
        "de marzo\n"
    ) in body
    assert "- Ask for a raise (del lunes 2 de marzo): descartada\n" in body
    assert "\nTus objetivos a largo plazo\n- Lead a project: en riesgo\n" in body
    assert "\nNuestra próxima sesión\nlunes 30 de marzo a las 10:00\n" in body
    assert "Qué preparar: Bring the release plan\n" in body


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
    assert "- Pass the exam: achieved\n" in body
    assert "- Move abroad: set aside\n" in body
    assert "- Write a blog post: new\n  Target date: Fri 1 May\n" in body


def test_carried_mentor_items_and_parked_topics_have_their_place() -> None:
    calendar = Calendar()
    record = new_record("Ana", calendar)
    live = start(record, calendar)
    live.add_action_item("Introduce you to Marta", owner=Owner.MENTOR, due=date(2026, 3, 4))
    for topic in ("Conference budget", "Team change"):
        live.park(topic).visibility = Visibility.SHARED
    record = finish(record, live)
    later = start(record, calendar)
    items = {i.text: i.id for i in later.relationship.carried}
    later.relationship.review(items["Conference budget"], ReviewOutcome.DONE)
    later.relationship.review(items["Team change"], ReviewOutcome.DROPPED)
    body = render_summary(later.session).body
    assert "\nFrom me\n- Introduce you to Marta (from Mon 2 Mar), by Wed 4 Mar\n" in body
    assert "Your next steps" not in body
    assert (
        "\nTo come back to\n"
        "- Conference budget (from Mon 2 Mar): we talked about it\n"
        "- Team change (from Mon 2 Mar): we let it go\n"
    ) in body


def test_a_goal_without_news_is_not_listed() -> None:
    calendar = Calendar()
    record = new_record("Ana", calendar)
    live = start(record, calendar)
    live.relationship.add_goal("Quiet goal")
    record = finish(record, live)
    body = render_summary(start(record, calendar).session).body
    assert "Quiet goal" not in body
    assert "long-term goals" not in body


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
        assert "long-term goals" not in render_summary(live.session).body
