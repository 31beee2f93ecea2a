"""Entries under the mentor's hands: visibility defaults from one table, corrections,
deletes with undo, and sharing or keeping private after the fact."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

import pytest
from pydantic import BaseModel, ValidationError

from sessiontui.entries import (
    ASK,
    DEFAULT_VISIBILITY,
    EDITABLE,
    DefaultCase,
    EntryKind,
    default_visibility,
    entries_of,
    entry_text,
)
from sessiontui.live import LiveSession, session_from_script
from sessiontui.live_entries import VisibilityNeeded
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackContent,
    FeedbackDirection,
    Note,
    Owner,
    ParkingLotItem,
    SessionGoal,
    Visibility,
)
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.summary import render_summary

if TYPE_CHECKING:
    from tests.unit.conftest import FakeTime

WALL = datetime(2025, 4, 7, 16, 0, tzinfo=timezone(timedelta(hours=2)))
SHARED, PRIVATE = Visibility.SHARED, Visibility.PRIVATE


@pytest.fixture
def live(fake_time: FakeTime) -> LiveSession:
    script = ScriptLibrary.load(None).get("regular")
    session = LiveSession(
        session_from_script(script, "Ana", WALL), fake_time, wall_clock=lambda: WALL
    )
    session.start()
    return session


# --- the one table of defaults ---------------------------------------------------------


def test_the_defaults_table_says_what_issue_11_asks() -> None:
    assert dict(DEFAULT_VISIBILITY) == {
        DefaultCase.NOTE: PRIVATE,
        DefaultCase.AGREEMENT: SHARED,
        DefaultCase.PARKED: PRIVATE,
        DefaultCase.ACTION: SHARED,
        DefaultCase.GOAL: SHARED,
        DefaultCase.FEEDBACK_TO_MENTEE: ASK,
        DefaultCase.FEEDBACK_TO_MENTOR: PRIVATE,
        DefaultCase.FEEDBACK_ABOUT_SESSION: PRIVATE,
    }


@pytest.mark.parametrize(
    ("kind", "case", "expected"),
    [
        (EntryKind.NOTE, {}, PRIVATE),
        (EntryKind.NOTE, {"agreement": True}, SHARED),
        (EntryKind.PARKED, {}, PRIVATE),
        (EntryKind.ACTION, {}, SHARED),
        (EntryKind.GOAL, {}, SHARED),
        (EntryKind.FEEDBACK, {"direction": FeedbackDirection.MENTOR_TO_MENTEE}, None),
        (EntryKind.FEEDBACK, {"direction": FeedbackDirection.MENTEE_TO_MENTOR}, PRIVATE),
        (EntryKind.FEEDBACK, {"direction": FeedbackDirection.ABOUT_SESSION}, PRIVATE),
    ],
)
def test_default_visibility_reads_the_table(
    kind: EntryKind, case: dict[str, object], expected: Visibility | None
) -> None:
    assert default_visibility(kind, **case) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("model", "kind"),
    [
        (Note, EntryKind.NOTE),
        (ParkingLotItem, EntryKind.PARKED),
        (ActionItem, EntryKind.ACTION),
        (SessionGoal, EntryKind.GOAL),
    ],
)
def test_the_models_own_defaults_agree_with_the_table(
    model: type[BaseModel], kind: EntryKind
) -> None:
    assert model.model_fields["visibility"].default is default_visibility(kind)


def test_adding_without_a_visibility_uses_the_kinds_default(live: LiveSession) -> None:
    assert live.add_note("tired").visibility is PRIVATE
    assert live.add_note("we meet weekly", agreement=True).visibility is SHARED
    assert live.park("ask about the move").visibility is PRIVATE
    assert live.add_action_item("send the CV").visibility is SHARED
    assert live.add_goal("pick a course").visibility is SHARED
    to_mentor = FeedbackContent(direction=FeedbackDirection.MENTEE_TO_MENTOR, text="thanks")
    assert live.add_feedback(to_mentor).visibility is PRIVATE


def test_mentor_to_mentee_feedback_needs_a_choice(live: LiveSession) -> None:
    content = FeedbackContent(text="clear structure")
    with pytest.raises(VisibilityNeeded):
        live.add_feedback(content)
    assert live.session.feedback == []
    assert live.revision == 1  # only the start
    assert live.add_feedback(content, PRIVATE).visibility is PRIVATE


# --- corrections --------------------------------------------------------------------------


def test_every_field_of_an_action_item_can_be_corrected(live: LiveSession) -> None:
    item = live.add_action_item("Send the CV", Owner.MENTEE, date(2025, 4, 10))
    before = live.revision
    edited = live.edit_entry(
        EntryKind.ACTION,
        item.id,
        text="  Send the CV to Lucía ",
        owner=Owner.MENTOR,
        due=None,
        visibility=PRIVATE,
    )
    assert (edited.id, edited.created_at, edited.segment_id) == (
        item.id,
        item.created_at,
        item.segment_id,
    )
    assert isinstance(edited, ActionItem)
    assert (edited.text, edited.owner, edited.due, edited.visibility) == (
        "Send the CV to Lucía",
        Owner.MENTOR,
        None,
        PRIVATE,
    )
    assert live.session.action_items == [edited]
    assert live.revision == before + 1


def test_feedback_fields_can_be_corrected_but_not_emptied(live: LiveSession) -> None:
    entry = live.add_feedback(FeedbackContent(situation="demo", behaviour="paused"), SHARED)
    edited = live.edit_entry(
        EntryKind.FEEDBACK,
        entry.id,
        direction=FeedbackDirection.ABOUT_SESSION,
        impact="clearer",
        behaviour="",
    )
    assert isinstance(edited, Feedback)
    assert (edited.direction, edited.situation, edited.behaviour, edited.impact) == (
        FeedbackDirection.ABOUT_SESSION,
        "demo",
        "",
        "clearer",
    )
    before = live.revision
    with pytest.raises(ValueError, match="empty"):
        live.edit_entry(EntryKind.FEEDBACK, entry.id, situation=" ", impact="")
    assert live.session.feedback == [edited]
    assert live.revision == before


# Blank once cleaned: spaces, or only bidi controls (which the one sanitizing rule removes).
@pytest.mark.parametrize("blank", ["   ", " \u202e ", "\u2066\u2069"])
@pytest.mark.parametrize("kind", list(EntryKind))
def test_blank_text_is_refused_and_the_entry_stays(
    live: LiveSession, kind: EntryKind, blank: str
) -> None:
    entry = _add(live, kind, "first words")
    before = live.revision
    with pytest.raises(ValueError):  # noqa: PT011 (pydantic's or ours: both are ValueError)
        live.edit_entry(kind, entry.id, text=blank)
    assert entries_of(live.session, kind) == [entry]
    assert live.revision == before


@pytest.mark.parametrize("kind", list(EntryKind))
def test_text_of_every_kind_can_be_corrected(live: LiveSession, kind: EntryKind) -> None:
    entry = _add(live, kind, "frist words")
    edited = live.edit_entry(kind, entry.id, text="first words")
    assert entry_text(edited) == "first words"
    assert entries_of(live.session, kind) == [edited]


def test_only_what_the_mentor_entered_can_be_edited(live: LiveSession) -> None:
    item = live.add_action_item("Send the CV")
    for field in ("id", "created_at", "segment_id", "done"):
        assert field not in EDITABLE[EntryKind.ACTION]
        with pytest.raises(ValueError, match="no editable"):
            live.edit_entry(EntryKind.ACTION, item.id, **{field: None})
    with pytest.raises(ValidationError):
        live.edit_entry(EntryKind.ACTION, item.id, owner="the cat")
    assert live.session.action_items == [item]


def test_an_edit_that_changes_nothing_is_not_a_change(live: LiveSession) -> None:
    goal = live.add_goal("Pick a course", "enrolled")
    before = live.revision
    assert live.edit_entry(EntryKind.GOAL, goal.id, text="Pick a course") is goal
    assert live.revision == before


def test_editing_an_unknown_entry_is_a_key_error(live: LiveSession) -> None:
    with pytest.raises(KeyError):
        live.edit_entry(EntryKind.NOTE, "nope", text="x")


# --- visibility after the fact ------------------------------------------------------------


@pytest.mark.parametrize("kind", list(EntryKind))
def test_every_kind_can_be_shared_or_kept_private(live: LiveSession, kind: EntryKind) -> None:
    entry = _add(live, kind, "words")
    first = live.toggle_visibility(kind, entry.id)
    assert first is not entry.visibility
    assert live.find_entry(kind, entry.id).visibility is first
    assert live.toggle_visibility(kind, entry.id) is entry.visibility
    assert not live.set_visibility(kind, entry.id, entry.visibility)


def test_a_parked_thought_marked_shared_reaches_the_summary(live: LiveSession) -> None:
    kept = live.park("Ask about the move")
    live.park("My own worry")
    assert "Ask about the move" not in render_summary(live.session).text()
    live.toggle_visibility(EntryKind.PARKED, kept.id)
    summary = render_summary(live.session).text()
    assert "Ask about the move" in summary
    assert "My own worry" not in summary


def test_an_action_item_made_private_leaves_the_summary(live: LiveSession) -> None:
    item = live.add_action_item("Call the bank about the loan")
    assert "Call the bank" in render_summary(live.session).text()
    live.set_visibility(EntryKind.ACTION, item.id, PRIVATE)
    assert "Call the bank" not in render_summary(live.session).text()


# --- ticking ------------------------------------------------------------------------------


def test_toggle_done_ticks_what_can_be_ticked(live: LiveSession) -> None:
    item = live.add_action_item("Send the CV")
    goal = live.add_goal("Pick a course")
    thought = live.park("Ask about the move")
    note = live.add_note("tired")
    for kind, entry in ((EntryKind.ACTION, item), (EntryKind.GOAL, goal)):
        assert live.toggle_done(kind, entry.id)
    assert live.toggle_done(EntryKind.PARKED, thought.id)
    assert live.session.action_items[0].done
    assert live.session.goals[0].achieved
    assert live.session.parking_lot[0].reviewed
    before = live.revision
    assert not live.toggle_done(EntryKind.NOTE, note.id)
    assert live.revision == before


# --- deleting and undoing ------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(EntryKind))
def test_every_kind_can_be_deleted_and_brought_back_in_place(
    live: LiveSession, kind: EntryKind
) -> None:
    first, middle, last = (_add(live, kind, text) for text in ("one", "two", "three"))
    assert not live.can_undo
    live.delete_entry(kind, middle.id)
    assert entries_of(live.session, kind) == [first, last]
    assert live.can_undo
    before = live.revision
    undone = live.undo_delete()
    assert undone is not None
    assert (undone.kind, undone.entry) == (kind, middle)
    assert entries_of(live.session, kind) == [first, middle, last]
    assert live.revision == before + 1
    assert live.undo_delete() is None


def test_undo_brings_back_the_latest_delete_first(live: LiveSession) -> None:
    note = live.add_note("a note")
    item = live.add_action_item("an item")
    live.delete_entry(EntryKind.NOTE, note.id)
    live.delete_entry(EntryKind.ACTION, item.id)
    first, second = live.undo_delete(), live.undo_delete()
    assert first is not None
    assert second is not None
    assert [first.kind, second.kind] == [EntryKind.ACTION, EntryKind.NOTE]
    assert live.session.notes == [note]
    assert live.session.action_items == [item]


def test_undo_after_later_deletes_of_earlier_entries_stays_in_range(live: LiveSession) -> None:
    entries = [live.add_goal(text) for text in ("a", "b", "c")]
    live.delete_entry(EntryKind.GOAL, entries[2].id)
    live.delete_entry(EntryKind.GOAL, entries[0].id)
    live.delete_entry(EntryKind.GOAL, entries[1].id)
    live.undo_delete()
    live.undo_delete()
    live.undo_delete()
    assert sorted(goal.text for goal in live.session.goals) == ["a", "b", "c"]


def test_deleting_an_unknown_entry_is_a_key_error(live: LiveSession) -> None:
    with pytest.raises(KeyError):
        live.delete_entry(EntryKind.PARKED, "nope")
    assert not live.can_undo


def _add(
    live: LiveSession, kind: EntryKind, text: str
) -> Note | ParkingLotItem | Feedback | ActionItem | SessionGoal:
    if kind is EntryKind.NOTE:
        return live.add_note(text)
    if kind is EntryKind.PARKED:
        return live.park(text)
    if kind is EntryKind.FEEDBACK:
        return live.add_feedback(FeedbackContent(text=text), SHARED)
    if kind is EntryKind.ACTION:
        return live.add_action_item(text)
    return live.add_goal(text)
