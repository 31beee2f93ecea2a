"""LiveSession: every mentor operation on a running session, and its snapshot."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

import pytest
from pydantic import ValidationError

from sessiontui.entries import EntryKind
from sessiontui.i18n import translator
from sessiontui.listening import GENERAL_DECK
from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import (
    FeedbackContent,
    FeedbackDirection,
    Owner,
    SegmentKind,
    Session,
    Visibility,
)
from sessiontui.scripts.schema import Script, Segment
from sessiontui.timing import Phase, SegmentStatus

if TYPE_CHECKING:
    from tests.unit.conftest import FakeTime

WALL_CLOCK = datetime(2024, 5, 6, 10, 30, tzinfo=timezone(timedelta(hours=2)))
STARTED = datetime(2024, 5, 6, 10, 0, tzinfo=timezone(timedelta(hours=2)))


def script() -> Script:
    """A small Spanish script: three segments, one with its own warning time."""
    return Script(
        id="prueba",
        title="Sesión de prueba",
        language="es",
        segments=[
            Segment(
                id="inicio",
                title="Bienvenida",
                minutes=5,
                kind=SegmentKind.CHECK_IN,
                guidance="¿Cómo llegas hoy?",
                prompts=["¿Qué te trae hoy?", "¿Qué ha cambiado desde la última vez?"],
            ),
            Segment(
                id="metas",
                title="Metas y objetivos",
                minutes=20,
                kind=SegmentKind.GOALS,
                warn_before_end_seconds=180,
            ),
            Segment(
                id="cierre",
                title="Cierre",
                minutes=1,
                kind=SegmentKind.WRAP_UP,
                warn_before_end_seconds=300,
            ),
        ],
    )


@pytest.fixture
def live(fake_time: FakeTime) -> LiveSession:
    """A live session on the test script, driven by the fake clock."""
    session = session_from_script(script(), "  Lucía  ", STARTED)
    return LiveSession(session, fake_time, wall_clock=lambda: WALL_CLOCK, script=script())


# --- building a session from a script ------------------------------------------------


def test_session_from_script_copies_the_plan() -> None:
    session = session_from_script(script(), "  Lucía Núñez ", STARTED)
    assert session.mentee == "Lucía Núñez"
    assert session.started_at == STARTED
    assert session.script_id == "prueba"
    assert session.script_title == "Sesión de prueba"
    assert session.language == "es"
    assert [s.segment_id for s in session.segments] == ["inicio", "metas", "cierre"]
    assert [s.kind for s in session.segments] == [
        SegmentKind.CHECK_IN,
        SegmentKind.GOALS,
        SegmentKind.WRAP_UP,
    ]
    assert [s.script_seconds for s in session.segments] == [300, 1200, 60]
    assert [s.planned_seconds for s in session.segments] == [300, 1200, 60]
    # Default 60 s, the segment's own 180 s, and 300 s capped to the 60 s segment.
    assert [s.warn_before_end_seconds for s in session.segments] == [60, 180, 60]
    assert all(s.spent_seconds == 0 and not s.visited for s in session.segments)
    assert not session.clock.started
    assert not session.finished


# --- revision --------------------------------------------------------------------------


def test_every_operation_bumps_the_revision(live: LiveSession, fake_time: FakeTime) -> None:
    item_holder: list[str] = []
    parked_holder: list[str] = []
    feedback_holder: list[str] = []
    goal_holder: list[str] = []
    operations: list[Callable[[], object]] = [
        live.start,
        live.pause,
        live.resume,
        live.toggle_pause,
        live.toggle_pause,
        lambda: live.extend(1),
        lambda: live.extend(5),
        live.next_segment,
        live.skip_segment,
        live.previous_segment,
        lambda: feedback_holder.append(
            live.add_feedback(FeedbackContent(text="Bien"), Visibility.SHARED).id
        ),
        lambda: live.delete_entry(EntryKind.FEEDBACK, feedback_holder[0]),
        lambda: item_holder.append(live.add_action_item("Leer el artículo").id),
        lambda: live.toggle_done(EntryKind.ACTION, item_holder[0]),
        lambda: live.delete_entry(EntryKind.ACTION, item_holder[0]),
        lambda: goal_holder.append(live.add_goal("Definir una meta").id),
        lambda: live.toggle_done(EntryKind.GOAL, goal_holder[0]),
        lambda: live.delete_entry(EntryKind.GOAL, goal_holder[0]),
        lambda: live.add_note("Nota"),
        lambda: parked_holder.append(live.park("Preguntar por el equipo").id),
        lambda: live.toggle_done(EntryKind.PARKED, parked_holder[0]),
        live.mark_prompt_used,
        live.finish,
    ]
    for operation in operations:
        before = live.revision
        operation()
        fake_time.advance(10)
        assert live.revision == before + 1, operation


def test_rebalance_counts_as_an_edit_only_when_it_changes_the_plan(
    live: LiveSession, fake_time: FakeTime
) -> None:
    live.start()
    before = live.revision
    assert not live.rebalance()
    assert live.revision == before
    fake_time.advance(600)
    assert live.next_segment()
    assert live.rebalance()
    assert live.revision == before + 2
    # 960 of 1560 s left for 1260 s of plan: the last keeps its one minute, "metas" the rest.
    assert [s.planned_seconds for s in live.session.segments] == [300, 900, 60]


def test_refused_moves_do_not_bump_the_revision(live: LiveSession) -> None:
    live.start()
    before = live.revision
    assert not live.previous_segment()
    assert live.revision == before
    live.next_segment()
    live.next_segment()
    before = live.revision
    assert not live.next_segment()
    assert not live.skip_segment()
    assert live.revision == before


# --- timer through the session ---------------------------------------------------------


@pytest.mark.parametrize("minutes", [1, 5])
def test_extend_adds_whole_minutes(live: LiveSession, minutes: int) -> None:
    live.start()
    before = live.clock.timing()
    live.extend(minutes)
    after = live.clock.timing()
    assert live.current_segment.planned_seconds == 300 + minutes * 60
    assert live.current_segment.script_seconds == 300
    assert after.behind == before.behind + minutes * 60
    assert after.planned_total == before.planned_total


def test_current_segment_follows_navigation(live: LiveSession, fake_time: FakeTime) -> None:
    live.start()
    assert live.current_segment.segment_id == "inicio"
    fake_time.advance(200)
    live.next_segment()
    assert live.current_segment.segment_id == "metas"
    assert live.session.segments[0].done
    live.skip_segment()
    assert live.session.segments[1].skipped
    live.previous_segment()
    assert live.current_segment.segment_id == "metas"
    assert live.clock.status(1) is SegmentStatus.CURRENT


# --- entries ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "feedback",
    [
        FeedbackContent(),
        FeedbackContent(text="   "),
        FeedbackContent(situation=" ", behaviour="\t", impact="\n", text=""),
    ],
)
def test_empty_feedback_is_refused(live: LiveSession, feedback: FeedbackContent) -> None:
    with pytest.raises(ValueError, match="empty"):
        live.add_feedback(feedback)
    assert live.session.feedback == []
    assert live.revision == 0


def test_feedback_is_added_with_the_current_segment(live: LiveSession) -> None:
    live.start()
    live.next_segment()
    given = FeedbackContent(
        direction=FeedbackDirection.MENTEE_TO_MENTOR,
        situation="En la reunión del lunes",
        behaviour="escuchaste sin interrumpir",
        impact="me sentí escuchada 🙌",
    )
    entry = live.add_feedback(given, Visibility.PRIVATE)
    assert entry.segment_id == "metas"
    assert live.session.feedback == [entry]
    assert entry.impact == "me sentí escuchada 🙌"
    assert entry.direction is FeedbackDirection.MENTEE_TO_MENTOR
    assert entry.visibility is Visibility.PRIVATE
    live.delete_entry(EntryKind.FEEDBACK, entry.id)
    assert live.session.feedback == []


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\u202e", " \u2066\u2069 "])
def test_blank_action_item_is_refused(live: LiveSession, text: str) -> None:
    with pytest.raises(ValidationError):
        live.add_action_item(text)
    assert live.session.action_items == []
    assert live.revision == 0


def test_action_items_add_mark_done_and_delete(live: LiveSession) -> None:
    live.start()
    first = live.add_action_item(
        "Redactar el plan de acción ✍️", Owner.MENTOR, date(2024, 6, 1), Visibility.PRIVATE
    )
    second = live.add_action_item("  Leer sobre escucha activa  ")
    assert first.segment_id == second.segment_id == "inicio"
    assert (first.owner, first.due, first.visibility) == (
        Owner.MENTOR,
        date(2024, 6, 1),
        Visibility.PRIVATE,
    )
    assert (second.owner, second.due, second.visibility) == (Owner.MENTEE, None, Visibility.SHARED)
    assert second.text == "Leer sobre escucha activa"
    live.toggle_done(EntryKind.ACTION, first.id)
    assert live.session.action_items[0].done
    live.toggle_done(EntryKind.ACTION, first.id)
    assert not live.session.action_items[0].done
    live.delete_entry(EntryKind.ACTION, first.id)
    assert [item.id for item in live.session.action_items] == [second.id]
    with pytest.raises(KeyError):
        live.toggle_done(EntryKind.ACTION, first.id)
    with pytest.raises(KeyError):
        live.delete_entry(EntryKind.ACTION, first.id)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\u202e", " \u2066\u2069 "])
def test_blank_goal_is_refused(live: LiveSession, text: str) -> None:
    with pytest.raises(ValidationError):
        live.add_goal(text, "una medida")
    assert live.session.goals == []
    assert live.revision == 0


def test_goals_add_mark_achieved_and_delete(live: LiveSession) -> None:
    live.start()
    live.next_segment()
    first = live.add_goal(
        "  Acordar tres metas para el trimestre  ", "  tres metas escritas  ", Visibility.PRIVATE
    )
    second = live.add_goal("Elegir un libro sobre liderazgo ✨")
    assert first.segment_id == second.segment_id == "metas"
    assert (first.text, first.measure, first.visibility) == (
        "Acordar tres metas para el trimestre",
        "tres metas escritas",
        Visibility.PRIVATE,
    )
    assert (second.measure, second.visibility, second.achieved) == ("", Visibility.SHARED, False)
    live.toggle_done(EntryKind.GOAL, second.id)
    assert live.session.goals[1].achieved
    live.toggle_done(EntryKind.GOAL, second.id)
    assert not live.session.goals[1].achieved
    live.delete_entry(EntryKind.GOAL, first.id)
    assert [goal.id for goal in live.session.goals] == [second.id]
    with pytest.raises(KeyError):
        live.toggle_done(EntryKind.GOAL, first.id)
    with pytest.raises(KeyError):
        live.delete_entry(EntryKind.GOAL, first.id)


def test_parking_lot(live: LiveSession) -> None:
    live.start()
    live.next_segment()
    item = live.park("¿Cómo va la relación con su jefa?")
    assert item.segment_id == "metas"
    assert item.visibility is Visibility.PRIVATE
    assert not item.reviewed
    live.toggle_done(EntryKind.PARKED, item.id)
    assert live.session.parking_lot[0].reviewed
    live.toggle_done(EntryKind.PARKED, item.id)
    assert not live.session.parking_lot[0].reviewed
    with pytest.raises(ValidationError):
        live.park("  ")
    with pytest.raises(KeyError):
        live.toggle_done(EntryKind.PARKED, "no-such-id")


def test_notes_are_private_by_default(live: LiveSession) -> None:
    note = live.add_note("Parece cansada hoy")
    assert note.visibility is Visibility.PRIVATE
    assert note.segment_id == "inicio"
    assert live.add_note("Compartible", Visibility.SHARED).visibility is Visibility.SHARED
    with pytest.raises(ValidationError):
        live.add_note("")


# --- listening deck and bell ------------------------------------------------------------


def test_the_deck_follows_the_segment_and_starts_on_its_own_prompts(
    live: LiveSession, fake_time: FakeTime
) -> None:
    live.start()
    first = live.prompt_view()
    assert first.guidance == "¿Cómo llegas hoy?"
    assert (first.text, first.label, first.position[0]) == ("¿Qué te trae hoy?", "This segment", 1)
    assert first.position[1] == 2 + len(GENERAL_DECK)
    live.next_prompt()
    assert live.prompt_view().text == "¿Qué ha cambiado desde la última vez?"
    live.next_prompt()
    general = live.prompt_view()
    # A general prompt in the session's language (Spanish), captioned by its technique.
    assert general.text == translator("es").gettext(GENERAL_DECK[0].text)
    assert general.label != "This segment"
    fake_time.advance(60)
    live.next_segment()
    assert live.prompt_view().position[0] == 1  # a new segment: a new deck
    assert live.prompt_view().guidance == ""  # "metas" has no guidance


def test_moving_through_the_deck_is_not_a_change_to_save(live: LiveSession) -> None:
    before = live.revision
    live.next_prompt()
    live.cycle_technique()
    assert live.revision == before
    view = live.prompt_view()
    assert view.filtered
    assert view.position[0] == 1  # the first prompt of the first technique
    assert view.text == translator("es").gettext(GENERAL_DECK[0].text)


def test_mark_prompt_used_once_by_its_english_text(live: LiveSession) -> None:
    live.start()
    assert live.mark_prompt_used()
    assert not live.mark_prompt_used()
    assert live.prompt_view().used
    live.next_prompt()
    assert not live.prompt_view().used
    live.next_prompt()  # a general prompt, shown in Spanish
    live.mark_prompt_used()
    assert live.session.prompts_used == ["¿Qué te trae hoy?", GENERAL_DECK[0].text]
    assert live.revision == 3  # start, then two prompts marked


def test_the_used_state_is_the_sessions_own_record(fake_time: FakeTime) -> None:
    """Kept once, in the session: a resumed session shows its used prompts as used."""
    session = session_from_script(script(), "Lucía", STARTED)
    session.prompts_used = ["¿Qué te trae hoy?"]
    resumed = LiveSession(session, fake_time, wall_clock=lambda: WALL_CLOCK, script=script())
    assert resumed.prompt_view().used


def test_without_a_script_the_general_deck_is_shown(fake_time: FakeTime) -> None:
    session = session_from_script(script(), "Lucía", STARTED)
    live = LiveSession(session, fake_time, wall_clock=lambda: WALL_CLOCK, script=None)
    view = live.prompt_view()
    assert view.guidance == ""
    assert view.position == (1, len(GENERAL_DECK))


def test_the_bell_rings_once_per_warning_and_overtime_while_running(
    live: LiveSession, fake_time: FakeTime
) -> None:
    live.start()
    rings = []
    for _ in range(6 * 60):  # the five-minute check-in, a minute over, one reading a second
        fake_time.advance(1)
        if live.ring_due(live.clock.timing().current):
            rings.append(live.clock.timing().current.phase)
    assert rings == [Phase.WARNING, Phase.OVERTIME]
    live.extend(5)  # more time: the segment may warn again
    fake_time.advance(4 * 60)
    assert live.ring_due(live.clock.timing().current)


def test_the_bell_is_quiet_when_off_or_paused(live: LiveSession, fake_time: FakeTime) -> None:
    live.start()
    assert not live.toggle_bell()
    fake_time.advance(5 * 60)
    assert not live.ring_due(live.clock.timing().current)
    assert live.toggle_bell()
    live.pause()
    assert not live.ring_due(live.clock.timing().current)
    live.resume()
    assert live.ring_due(live.clock.timing().current)


# --- snapshot, finish and restart -------------------------------------------------------


def test_snapshot_includes_the_running_segments_time(
    live: LiveSession, fake_time: FakeTime
) -> None:
    live.start()
    fake_time.advance(120)
    live.next_segment()
    fake_time.advance(42.5)
    snapshot = live.snapshot()
    assert [s.spent_seconds for s in snapshot.segments] == [120, 42.5, 0]
    # The live record still holds only closed intervals; the clock adds the open one.
    assert live.session.segments[1].spent_seconds == 0
    fake_time.advance(10)
    assert snapshot.segments[1].spent_seconds == 42.5
    assert live.snapshot().segments[1].spent_seconds == 52.5


def test_snapshot_is_a_deep_copy(live: LiveSession) -> None:
    live.start()
    item = live.add_action_item("Practicar la retroalimentación")
    snapshot = live.snapshot()
    for name in ("segments", "feedback", "action_items", "notes", "parking_lot", "prompts_used"):
        assert getattr(snapshot, name) is not getattr(live.session, name), name
    assert snapshot.clock is not live.session.clock
    assert snapshot.action_items[0] is not live.session.action_items[0]

    snapshot.action_items[0].done = True
    snapshot.segments[0].planned_seconds = 1
    snapshot.prompts_used.append("ajeno")
    assert not live.session.action_items[0].done
    assert live.session.segments[0].planned_seconds == 300
    assert live.session.prompts_used == []

    live.toggle_done(EntryKind.ACTION, item.id)
    live.park("Después")
    live.extend(5)
    assert snapshot.parking_lot == []
    assert snapshot.segments[0].planned_seconds == 1


def test_non_ascii_text_survives_a_json_round_trip(live: LiveSession) -> None:
    live.start()
    live.add_feedback(
        FeedbackContent(text="Retroalimentación constructiva: ¡muy bien! 👏"), Visibility.SHARED
    )
    live.add_action_item("Revisar metas — año 2025 ñ")
    live.park("Confidencialidad 🔒")
    live.mark_prompt_used()
    snapshot = live.snapshot()
    restored = Session.model_validate_json(snapshot.model_dump_json())
    assert restored == snapshot
    assert restored.mentee == "Lucía"
    assert restored.feedback[0].text == "Retroalimentación constructiva: ¡muy bien! 👏"
    assert restored.action_items[0].text == "Revisar metas — año 2025 ñ"
    assert restored.parking_lot[0].text == "Confidencialidad 🔒"
    assert restored.prompts_used == ["¿Qué te trae hoy?"]


def test_finish_closes_the_segment_and_stamps_the_end(
    live: LiveSession, fake_time: FakeTime
) -> None:
    live.start()
    fake_time.advance(300)
    live.next_segment()
    fake_time.advance(61)
    finished = live.finish()
    fake_time.advance(100)
    assert finished.finished_at == WALL_CLOCK
    assert finished.finished
    assert finished.segments[1].done
    assert [s.spent_seconds for s in finished.segments] == [300, 61, 0]
    assert live.clock.timing().elapsed == 361
    assert live.snapshot() == finished


def test_restart_from_a_saved_snapshot(
    live: LiveSession, fake_time: FakeTime, fake_time_factory: type[FakeTime]
) -> None:
    live.start()
    fake_time.advance(310)
    live.next_segment()
    fake_time.advance(95)
    live.add_action_item("Seguir con el plan")
    saved = live.snapshot().model_dump_json()  # saved while the timer runs

    # Another process, however long after: the time between is not counted.
    elsewhere = fake_time_factory(start=98_765_432.0)
    restarted = LiveSession(
        Session.model_validate_json(saved), elsewhere, wall_clock=lambda: WALL_CLOCK
    )
    timing = restarted.clock.timing()
    assert timing.paused
    assert restarted.current_segment.segment_id == "metas"
    assert timing.current.spent == 95
    assert timing.elapsed == 405
    assert restarted.session.action_items[0].text == "Seguir con el plan"
    elsewhere.advance(30)  # back at the call, the timer still paused
    assert restarted.clock.timing().paused_time == 30
    restarted.resume()
    elsewhere.advance(5)
    assert restarted.clock.timing().elapsed == 410 + 30
    snapshot = restarted.snapshot()
    assert snapshot.segments[1].spent_seconds == 100
    assert snapshot.clock.paused_seconds == 30


def test_a_finished_session_does_not_move_between_segments(live: LiveSession) -> None:
    live.start()
    live.next_segment()
    live.finish()
    before = live.revision
    assert not live.next_segment()
    assert not live.previous_segment()
    assert not live.skip_segment()
    assert live.revision == before


def test_every_timestamp_comes_from_the_injected_wall_clock(fake_time: FakeTime) -> None:
    ticks = iter(STARTED + timedelta(minutes=n) for n in range(1, 100))
    live = LiveSession(
        session_from_script(script(), "Lucía", STARTED), fake_time, wall_clock=lambda: next(ticks)
    )
    live.start()
    made = [
        live.add_note("nota"),
        live.park("idea"),
        live.add_goal("meta"),
        live.add_action_item("acción"),
        live.add_feedback(FeedbackContent(text="bien"), Visibility.SHARED),
    ]
    finished = live.finish()
    assert [entry.created_at for entry in made] == [
        STARTED + timedelta(minutes=n) for n in range(1, 6)
    ]
    assert finished.finished_at == STARTED + timedelta(minutes=6)
    assert finished.started_at == STARTED
    # Typed on disk as ISO-8601 text with the offset, typed again when read back.
    stored = finished.to_json_dict()
    assert stored["finished_at"] == "2024-05-06T10:06:00+02:00"
    assert Session.model_validate(stored) == finished
