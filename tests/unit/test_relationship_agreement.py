"""The agreement is versioned per mentee; the next session is set at wrap-up."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.unit.relationship_helpers import TZ, Calendar, finish, new_record, start

from sessiontui.model import AgreementTerms, Booker, Frequency, Visibility
from sessiontui.relationship.record import apply_session, archived_relationship

TERMS = AgreementTerms(
    frequency=Frequency.FORTNIGHTLY,
    session_minutes=45,
    runs_until=date(2026, 9, 1),
    review_on=date(2026, 6, 1),
    topics=["Career growth", "Public speaking"],
    off_limits=["Salary of colleagues"],
    contact="Email for logistics, chat for quick questions",
    booked_by=Booker.MENTEE,
    commitment="Both come prepared; cancel 24 h ahead",
    confidentiality="What we say stays here, except risk of serious harm",
    no_fault_ending=True,
    private_notes="Mentor's own note",
)


def test_an_edit_in_a_later_session_adds_a_version_and_keeps_the_first() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    first = start(record, calendar)
    assert first.relationship.agreement is None
    first.relationship.set_agreement(TERMS)
    assert first.relationship.agreed_here
    record = finish(record, first)

    calendar.now += timedelta(weeks=2)
    second = start(record, calendar)
    loaded = second.relationship.agreement
    assert loaded is not None
    assert loaded.terms() == TERMS
    assert not second.relationship.agreed_here
    record = finish(record, second)
    assert len(record.agreements) == 1

    calendar.now += timedelta(weeks=2)
    third = start(record, calendar)
    third.relationship.set_agreement(TERMS.model_copy(update={"frequency": Frequency.MONTHLY}))
    record = finish(record, third)

    assert [v.frequency for v in record.agreements] == [Frequency.FORTNIGHTLY, Frequency.MONTHLY]
    assert [v.session_id for v in record.agreements] == [first.session.id, third.session.id]
    assert [v.created_at.date() for v in record.agreements] == [date(2026, 3, 2), date(2026, 3, 30)]
    assert record.agreement is record.agreements[-1]


def test_editing_twice_in_one_session_makes_one_version() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    live = start(record, calendar)
    first = live.relationship.set_agreement(TERMS)
    second = live.relationship.set_agreement(TERMS.model_copy(update={"session_minutes": 60}))
    assert second.id == first.id
    record = finish(record, live)
    assert [v.session_minutes for v in record.agreements] == [60]


def test_a_stored_session_keeps_the_agreement_only_where_it_was_made() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    live = start(record, calendar)
    live.relationship.set_agreement(TERMS, visibility=Visibility.SHARED)
    made = live.finish()
    record = apply_session(record, made)
    assert archived_relationship(made).agreement == made.relationship.agreement
    later = start(record, calendar).finish()
    assert later.relationship.agreement is not None
    assert archived_relationship(later).agreement is None


def test_the_next_session_is_proposed_from_the_agreement_and_stored_with_the_mentee() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    live = start(record, calendar)
    live.relationship.set_agreement(TERMS)
    proposed = live.relationship.propose_next_session(zone=TZ)
    assert proposed == datetime(2026, 3, 16, 10, 0, tzinfo=TZ)
    following = live.relationship.set_next_session(proposed, prepare="  Bring the talk outline ")
    assert following.minutes == 45  # the agreed length
    assert following.prepare == "Bring the talk outline"
    record = finish(record, live)
    assert record.next_session == following


def test_without_an_agreed_length_the_next_session_lasts_as_this_one_was_planned() -> None:
    calendar = Calendar()
    live = start(new_record(calendar=calendar), calendar)
    following = live.relationship.set_next_session(calendar.now + timedelta(weeks=1))
    assert following.minutes == 35  # the test script's 10 + 20 + 5 minutes
    live.relationship.clear_next_session()
    assert live.session.relationship.next_session is None


def test_storing_an_older_session_leaves_the_next_session_of_the_latest() -> None:
    calendar = Calendar()
    record = new_record(calendar=calendar)
    old = start(record, calendar)
    old.relationship.set_next_session(calendar.now + timedelta(weeks=1))
    old_session = old.finish()
    calendar.now += timedelta(weeks=1)
    new = start(record, calendar)
    planned = new.relationship.set_next_session(calendar.now + timedelta(weeks=1))
    record = apply_session(record, new.finish())
    record = apply_session(record, old_session)
    assert record.next_session == planned
    assert [row.id for row in record.sessions] == [old_session.id, new.session.id]
