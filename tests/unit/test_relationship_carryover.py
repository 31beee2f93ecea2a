"""Carried-over items across sessions: done, kept (new due date), dropped, stuck, overdue."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.unit.relationship_helpers import Calendar, finish, new_record, start

from sessiontui.entries import EntryKind
from sessiontui.model import CarriedItem, CarryKind, MenteeRecord, Owner, ReviewOutcome, Visibility
from sessiontui.relationship.carryover import open_items
from sessiontui.relationship.record import apply_session, state_for_session


def _texts(record: MenteeRecord) -> list[str]:
    return [item.text for item in record.open_items()]


def _item(record: MenteeRecord, text: str) -> CarriedItem:
    return next(item for item in record.carried if item.text == text)


def test_three_sessions_carry_done_kept_and_dropped_items() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)

    # Session 1: four actions (one done on the spot), two parked thoughts (one reviewed).
    first = start(record, calendar)
    first.add_action_item("Send the CV", due=date(2026, 3, 6))
    first.add_action_item("Introduce to Lucía", owner=Owner.MENTOR, due=date(2026, 3, 5))
    first.add_action_item("Read the design doc")
    done_now = first.add_action_item("Book the next call")
    first.toggle_done(EntryKind.ACTION, done_now.id)
    parked = first.park("Ask about the team change")
    first.park("Salary talk")
    first.toggle_done(EntryKind.PARKED, first.session.parking_lot[1].id)
    record = finish(record, first)

    assert _texts(record) == [
        "Send the CV",
        "Introduce to Lucía",
        "Read the design doc",
        "Ask about the team change",
    ]
    cv = _item(record, "Send the CV")
    assert cv.origin_session_id == first.session.id
    assert cv.origin_date == date(2026, 3, 2)
    assert cv.first_due == date(2026, 3, 6)
    assert _item(record, "Ask about the team change").kind is CarryKind.PARKED
    assert _item(record, "Ask about the team change").id == parked.id

    # Session 2, a week later: done, kept with a new date, dropped; the parked thought kept.
    calendar.now += timedelta(weeks=1)
    second = start(record, calendar)
    carried = {item.text: item.id for item in second.relationship.carried}
    assert list(carried) == _texts(record)
    second.relationship.review(carried["Send the CV"], ReviewOutcome.DONE)
    second.relationship.review(
        carried["Introduce to Lucía"], ReviewOutcome.KEPT, new_due=date(2026, 3, 20)
    )
    second.relationship.review(carried["Read the design doc"], ReviewOutcome.DROPPED)
    second.relationship.review(carried["Ask about the team change"], ReviewOutcome.KEPT)
    second.add_action_item("Draft the talk outline", due=date(2026, 3, 12))
    record = finish(record, second)

    assert _texts(record) == [
        "Introduce to Lucía",
        "Ask about the team change",
        "Draft the talk outline",
    ]
    intro = _item(record, "Introduce to Lucía")
    assert intro.first_due == date(2026, 3, 5)
    assert intro.due == date(2026, 3, 20)
    assert intro.keeps == 1
    assert intro.origin_session_id == first.session.id
    assert _item(record, "Send the CV").outcome is ReviewOutcome.DONE
    assert _item(record, "Read the design doc").outcome is ReviewOutcome.DROPPED

    # Session 3: what is open shows with its history; one item is now overdue.
    calendar.now += timedelta(weeks=1)
    third = start(record, calendar)
    today = calendar.now.date()
    shown = {item.text: item for item in third.relationship.carried}
    assert list(shown) == _texts(record)
    assert shown["Draft the talk outline"].overdue(today)
    assert not shown["Introduce to Lucía"].overdue(today)
    assert [r.outcome for r in shown["Introduce to Lucía"].reviews] == [ReviewOutcome.KEPT]
    assert shown["Introduce to Lucía"].reviews[0].session_id == second.session.id
    third.relationship.review(shown["Draft the talk outline"].id, ReviewOutcome.DONE)
    record = finish(record, third)

    assert _texts(record) == ["Introduce to Lucía", "Ask about the team change"]
    assert [row.id for row in record.sessions] == [
        first.session.id,
        second.session.id,
        third.session.id,
    ]


def test_an_item_kept_three_times_is_stuck() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    first = start(record, calendar)
    first.add_action_item("Ask for the promotion talk", due=date(2026, 3, 9))
    record = finish(record, first)
    for _ in range(3):
        calendar.now += timedelta(weeks=1)
        live = start(record, calendar)
        (item,) = live.relationship.carried
        assert not item.stuck
        live.relationship.review(item.id, ReviewOutcome.KEPT)
        record = finish(record, live)
    (item,) = record.open_items()
    assert item.keeps == 3
    assert item.stuck
    # Kept without a new date: still the first due date, so overdue by now.
    assert item.due == date(2026, 3, 9)
    assert item.overdue(calendar.now.date())
    # Done at last: neither open nor stuck.
    calendar.now += timedelta(weeks=1)
    live = start(record, calendar)
    live.relationship.review(item.id, ReviewOutcome.DONE)
    record = finish(record, live)
    assert record.open_items() == []
    assert not record.carried[0].stuck


def test_a_review_changed_in_the_same_session_counts_once() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    first = start(record, calendar)
    first.add_action_item("Update the portfolio")
    record = finish(record, first)
    calendar.now += timedelta(weeks=1)
    second = start(record, calendar)
    (item,) = second.relationship.carried
    second.relationship.review(item.id, ReviewOutcome.DROPPED)
    second.relationship.review(item.id, ReviewOutcome.KEPT, new_due=date(2026, 4, 1))
    assert second.relationship.unreviewed() == []
    record = finish(record, second)
    (stored,) = record.carried
    assert [r.outcome for r in stored.reviews] == [ReviewOutcome.KEPT]
    assert stored.is_open


def test_a_cleared_review_leaves_the_item_open() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    first = start(record, calendar)
    first.add_action_item("Update the portfolio")
    record = finish(record, first)
    second = start(record, calendar)
    (item,) = second.relationship.carried
    second.relationship.review(item.id, ReviewOutcome.DONE)
    second.relationship.clear_review(item.id)
    assert [i.id for i in second.relationship.unreviewed()] == [item.id]
    record = finish(record, second)
    assert [i.text for i in record.open_items()] == ["Update the portfolio"]


def test_only_a_kept_item_takes_a_new_due_date() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    first = start(record, calendar)
    first.add_action_item("Update the portfolio")
    record = finish(record, first)
    second = start(record, calendar)
    (item,) = second.relationship.carried
    with pytest.raises(ValueError, match="kept"):
        second.relationship.review(item.id, ReviewOutcome.DONE, new_due=date(2026, 4, 1))
    with pytest.raises(KeyError):
        second.relationship.review("no-such-item", ReviewOutcome.DONE)


def test_storing_a_session_twice_gives_the_record_once() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    first = start(record, calendar)
    first.add_action_item("Send the CV", visibility=Visibility.PRIVATE)
    first.park("Mention the mentoring circle")
    session = first.finish()
    once = apply_session(record, session)
    assert apply_session(once, session) == once
    # Marked done after a first (interrupted) store: storing again forgets the item.
    session.action_items[0].done = True
    again = apply_session(once, session)
    assert [item.text for item in again.carried] == ["Mention the mentoring circle"]
    assert again.carried[0].visibility is Visibility.PRIVATE


def test_reviews_made_by_a_later_session_survive_storing_an_earlier_one_again() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    first = start(record, calendar)
    first.add_action_item("Send the CV")
    first_session = first.finish()
    record = apply_session(record, first_session)
    calendar.now += timedelta(weeks=1)
    second = start(record, calendar)
    second.relationship.review(second.relationship.carried[0].id, ReviewOutcome.DONE)
    record = finish(record, second)
    record = apply_session(record, first_session)
    assert record.carried[0].outcome is ReviewOutcome.DONE
    assert open_items(record.carried) == []


def test_a_new_session_loads_copies_not_the_stored_record() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    first = start(record, calendar)
    first.add_action_item("Send the CV")
    record = finish(record, first)
    state = state_for_session(record)
    state.carried[0].text = "changed in the draft"
    assert record.carried[0].text == "Send the CV"
