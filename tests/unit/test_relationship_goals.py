"""Long-term goals across sessions: check-ins become the goal's history; nudges; links."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError
from tests.unit.relationship_helpers import Calendar, finish, new_record, start

from sessiontui.model import GoalStatus, Progress, Visibility
from sessiontui.relationship.goals import GoalNudge, goal_nudges, progress_history
from sessiontui.relationship.record import state_for_session


def test_check_ins_over_three_sessions_are_the_goals_progress_history() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    first = start(record, calendar)
    goal = first.relationship.add_goal(
        "Lead a project", measure="Own one release end to end", target_date=date(2026, 9, 30)
    )
    first.relationship.check_in(goal.id, Progress.ON_TRACK, "Picked the project")
    record = finish(record, first)

    calendar.now += timedelta(weeks=2)
    second = start(record, calendar)
    assert [g.title for g in second.relationship.goals] == ["Lead a project"]
    second.relationship.check_in(goal.id, Progress.AT_RISK, "Team moved")
    record = finish(record, second)

    calendar.now += timedelta(weeks=2)
    third = start(record, calendar)
    third.relationship.check_in(goal.id, Progress.OFF_TRACK, "  Release slipped  ")
    record = finish(record, third)

    (stored,) = record.goals
    history = progress_history(stored)
    assert [c.progress for c in history] == [
        Progress.ON_TRACK,
        Progress.AT_RISK,
        Progress.OFF_TRACK,
    ]
    assert [c.session_id for c in history] == [s.session.id for s in (first, second, third)]
    assert history[-1].note == "Release slipped"
    assert [c.created_at.date() for c in history] == [
        date(2026, 3, 2),
        date(2026, 3, 16),
        date(2026, 3, 30),
    ]


def test_a_second_check_in_in_one_session_replaces_the_first() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    live = start(record, calendar)
    goal = live.relationship.add_goal("Speak at a meetup")
    live.relationship.check_in(goal.id, Progress.AT_RISK)
    live.relationship.check_in(goal.id, Progress.ON_TRACK, "Talk accepted")
    record = finish(record, live)
    assert [(c.progress, c.note) for c in record.goals[0].check_ins] == [
        (Progress.ON_TRACK, "Talk accepted")
    ]
    live = start(record, calendar)
    live.relationship.check_in(goal.id, Progress.ON_TRACK)
    live.relationship.clear_check_in(goal.id)
    assert live.relationship.goal(goal.id).check_in_of(live.session.id) is None


def test_achieved_and_dropped_goals_are_kept_but_no_longer_loaded() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    live = start(record, calendar)
    kept = live.relationship.add_goal("Mentor a junior")
    done = live.relationship.add_goal("Pass the certification")
    dropped = live.relationship.add_goal("Move to Berlin")
    record = finish(record, live)
    live = start(record, calendar)
    live.relationship.set_goal_status(done.id, GoalStatus.ACHIEVED)
    live.relationship.set_goal_status(dropped.id, GoalStatus.DROPPED)
    record = finish(record, live)
    assert [(g.title, g.status) for g in record.goals] == [
        ("Mentor a junior", GoalStatus.ACTIVE),
        ("Pass the certification", GoalStatus.ACHIEVED),
        ("Move to Berlin", GoalStatus.DROPPED),
    ]
    assert [g.id for g in state_for_session(record).goals] == [kept.id]


def test_editing_a_goal_changes_only_the_given_fields() -> None:
    calendar = Calendar()
    live = start(new_record(calendar=calendar), calendar)
    goal = live.relationship.add_goal("Lead", measure="One release")
    live.relationship.edit_goal(goal.id, target_date=date(2026, 12, 1), measure="  Two releases ")
    edited = live.relationship.goal(goal.id)
    assert (edited.title, edited.measure, edited.target_date) == (
        "Lead",
        "Two releases",
        date(2026, 12, 1),
    )
    live.relationship.edit_goal(goal.id, visibility=Visibility.PRIVATE, target_date=None)
    assert edited.visibility is Visibility.PRIVATE
    assert edited.target_date is None


def test_the_goal_form_nudges_toward_a_measure_and_a_date_without_blocking() -> None:
    calendar = Calendar()
    live = start(new_record(calendar=calendar), calendar)
    vague = live.relationship.add_goal("Get better at speaking")
    assert goal_nudges(vague) == [GoalNudge.NO_MEASURE, GoalNudge.NO_TARGET_DATE]
    live.relationship.edit_goal(vague.id, measure="Give two talks")
    assert goal_nudges(vague) == [GoalNudge.NO_TARGET_DATE]
    live.relationship.edit_goal(vague.id, target_date=date(2026, 6, 1))
    assert goal_nudges(vague) == []


def test_a_session_goal_links_to_a_long_term_goal() -> None:
    calendar = Calendar()
    live = start(new_record(calendar=calendar), calendar)
    goal = live.relationship.add_goal("Lead a project")
    meta = live.add_goal("Pick the project")
    live.relationship.link_session_goal(meta.id, goal.id)
    assert live.session.goals[0].long_term_goal_id == goal.id
    with pytest.raises(KeyError):
        live.relationship.link_session_goal(meta.id, "no-such-goal")
    # Removing a goal added by mistake unties the session goal.
    live.relationship.remove_goal(goal.id)
    assert live.session.goals[0].long_term_goal_id is None


def test_a_goal_from_an_earlier_session_is_dropped_not_removed() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    live = start(record, calendar)
    goal = live.relationship.add_goal("Lead a project")
    record = finish(record, live)
    live = start(record, calendar)
    with pytest.raises(ValueError, match="dropped"):
        live.relationship.remove_goal(goal.id)


def test_a_blank_goal_title_is_refused() -> None:
    calendar = Calendar()
    live = start(new_record(calendar=calendar), calendar)
    revision = live.revision
    with pytest.raises(ValidationError, match="title"):
        live.relationship.add_goal("   ")
    assert live.revision == revision
    assert live.relationship.goals == []


def test_every_change_bumps_the_live_revision() -> None:
    calendar = Calendar()
    live = start(new_record(calendar=calendar), calendar)
    revision = live.revision
    goal = live.relationship.add_goal("Lead a project")
    live.relationship.check_in(goal.id, Progress.ON_TRACK)
    live.relationship.set_goal_status(goal.id, GoalStatus.ACHIEVED)
    assert live.revision == revision + 3
