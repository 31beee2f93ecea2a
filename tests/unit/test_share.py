"""Share mode's one rule: what the screen shows for (entry, share_mode)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from sessiontui.model import (
    Feedback,
    FeedbackDirection,
    GoalCheckIn,
    LongTermGoal,
    Note,
    ParkingLotItem,
    Progress,
    Session,
    Visibility,
)
from sessiontui.relationship.shareable import shared_session
from sessiontui.share import (
    effective_visibility,
    shown,
    shown_count,
    shown_entries,
    shown_text,
)

AT = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
SHARED, PRIVATE = Visibility.SHARED, Visibility.PRIVATE


def _note(text: str, visibility: Visibility) -> Note:
    return Note(text=text, visibility=visibility, created_at=AT)


def test_alone_the_mentor_sees_every_entry() -> None:
    assert shown(_note("a", PRIVATE), False)
    assert shown(_note("b", SHARED), False)


def test_while_sharing_only_shared_entries_show() -> None:
    assert not shown(_note("a", PRIVATE), True)
    assert shown(_note("b", SHARED), True)


def test_an_entry_without_a_visibility_is_hidden_while_sharing() -> None:
    # Fail closed: something that does not say it is shared is not shown.
    assert not shown(object(), True)
    assert effective_visibility() is PRIVATE


def test_a_check_in_of_a_private_goal_is_hidden_while_sharing() -> None:
    check_in = GoalCheckIn(
        created_at=AT, session_id="s", progress=Progress.ON_TRACK, visibility=SHARED
    )
    private_goal = LongTermGoal(
        created_at=AT, title="Move teams", visibility=PRIVATE, check_ins=[check_in]
    )
    shared_goal = private_goal.model_copy(update={"visibility": SHARED})
    assert not shown(check_in, True, private_goal)
    assert shown(check_in, True, shared_goal)
    assert shown(check_in, False, private_goal)
    assert effective_visibility(private_goal, check_in) is PRIVATE
    assert effective_visibility(check_in, shared_goal) is SHARED


def test_private_text_fields_show_nothing_while_sharing() -> None:
    assert shown_text("Worried about her manager", True) == ""
    assert shown_text("Worried about her manager", False) == "Worried about her manager"


@given(st.lists(st.sampled_from([SHARED, PRIVATE])), st.booleans())
def test_counts_count_what_is_shown_and_nothing_else(
    visibilities: list[Visibility], share_mode: bool
) -> None:
    notes = [_note(f"n{i}", vis) for i, vis in enumerate(visibilities)]
    visible = shown_entries(notes, share_mode)
    assert shown_count(notes, share_mode) == len(visible)
    # Order kept; nothing private while sharing; everything when alone.
    assert visible == [note for note in notes if note in visible]
    if share_mode:
        assert all(note.visibility is SHARED for note in visible)
        assert len(visible) == visibilities.count(SHARED)
    else:
        assert visible == notes


@given(st.lists(st.tuples(st.sampled_from(["note", "parked", "feedback"]), st.booleans())))
def test_what_shows_while_sharing_is_what_the_summary_may_send(
    kinds: list[tuple[str, bool]],
) -> None:
    session = Session(mentee="Ana", script_id="regular", script_title="Regular", started_at=AT)
    for i, (kind, is_shared) in enumerate(kinds):
        vis = SHARED if is_shared else PRIVATE
        if kind == "note":
            session.notes.append(_note(f"n{i}", vis))
        elif kind == "parked":
            session.parking_lot.append(ParkingLotItem(text=f"p{i}", visibility=vis, created_at=AT))
        else:
            session.feedback.append(
                Feedback(
                    direction=FeedbackDirection.MENTOR_TO_MENTEE,
                    text=f"f{i}",
                    visibility=vis,
                    created_at=AT,
                )
            )
    sendable = shared_session(session)
    assert shown_entries(session.notes, True) == sendable.notes
    assert shown_entries(session.parking_lot, True) == sendable.parking_lot
    assert shown_entries(session.feedback, True) == sendable.feedback
