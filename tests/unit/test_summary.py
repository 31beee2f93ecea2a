"""The mentee's email: golden text from a real English and a real Spanish session, its
order, its dates, and what it never says."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from sessiontui.model import (
    ActionItem,
    AgreementVersion,
    Booker,
    CarriedItem,
    CarryKind,
    CarryReview,
    Feedback,
    FeedbackDirection,
    Frequency,
    GoalCheckIn,
    LongTermGoal,
    NextSession,
    Note,
    Owner,
    ParkingLotItem,
    Progress,
    ReviewOutcome,
    SegmentKind,
    SegmentRun,
    Session,
    SessionGoal,
    SessionRelationship,
    Visibility,
)
from sessiontui.relationship.shareable import shared_session
from sessiontui.summary import render_summary

GOLDEN = Path(__file__).parent / "golden"
SHARED = Visibility.SHARED
PRIVATE = Visibility.PRIVATE
AT = "2026-11-27T10:05:00+01:00"
STAMP = {"created_at": AT}


def _segments(titles: list[tuple[str, SegmentKind]]) -> list[SegmentRun]:
    """Segments as a session leaves them, one extended and overrun: nothing of it shows."""
    return [
        SegmentRun(
            segment_id=kind.value,
            title=title,
            kind=kind,
            script_seconds=600,
            planned_seconds=660,
            spent_seconds=700.5,
            visited=True,
            done=True,
        )
        for title, kind in titles
    ]


def _carried(
    key: str, text: str, owner: Owner | None, outcome: ReviewOutcome | None, **fields: object
) -> CarriedItem:
    """An item from the session of 13 November, reviewed (or not) in this one."""
    session = f"s-{key[:2]}"
    new_due = fields.pop("new_due", None)
    reviews = (
        [CarryReview(created_at=AT, session_id=session, outcome=outcome, new_due=new_due)]
        if outcome is not None
        else []
    )
    return CarriedItem(
        id=key,
        kind=CarryKind.ACTION if owner is not None else CarryKind.PARKED,
        text=text,
        owner=owner,
        origin_session_id="s-earlier",
        origin_date=date(2026, 11, 13),
        reviews=reviews,
        **fields,
    )


def english_relationship() -> SessionRelationship:
    """What Ana's session carried over and decided about the mentoring as a whole."""
    mentee, mentor, parked = Owner.MENTEE, Owner.MENTOR, None
    return SessionRelationship(
        agreement=AgreementVersion(
            created_at=AT,
            session_id="s-en",
            frequency=Frequency.FORTNIGHTLY,
            session_minutes=60,
            review_on=date(2027, 3, 1),
            booked_by=Booker.MENTEE,
            private_notes="PRIVATE: she may move teams in spring",
        ),
        goals=[
            LongTermGoal(
                created_at=AT,
                title="Become a tech lead within a year",
                measure="leading the team's next project",
                target_date=date(2027, 10, 1),
                check_ins=[
                    GoalCheckIn(
                        created_at=AT,
                        session_id="s-en",
                        progress=Progress.ON_TRACK,
                        note="The demo is a first step.",
                    )
                ],
            ),
            LongTermGoal(created_at=AT, title="PRIVATE: a goal of mine", visibility=PRIVATE),
        ],
        carried=[
            _carried("en-cv", "Update your CV", mentee, ReviewOutcome.DONE),
            _carried(
                "en-read",
                "Read the chapter on delegation",
                mentee,
                ReviewOutcome.KEPT,
                first_due=date(2026, 11, 20),
                new_due=date(2026, 12, 11),
            ),
            _carried("en-course", "Sign up for the course", mentee, ReviewOutcome.DROPPED),
            _carried("en-intro", "Ask Leo about the guild", mentor, None),
            _carried(
                "en-why", "PRIVATE: check in with her manager", mentor, None, visibility=PRIVATE
            ),
            _carried("en-parked", "Working across time zones", parked, ReviewOutcome.DONE),
        ],
        next_session=NextSession(
            starts_at=datetime.fromisoformat("2026-12-11T10:00:00+01:00"),
            prepare="The first draft of the guide",
        ),
    )


def english_session() -> Session:
    """Ana's regular session with her mentor: shared and private entries of every kind."""
    return Session(
        id="s-en",
        mentee="Ana",
        script_id="regular",
        script_title="Regular session (60 min)",
        language="en",
        started_at="2026-11-27T10:00:00+01:00",
        finished_at="2026-11-27T11:02:00+01:00",
        segments=_segments(
            [
                ("Check-in", SegmentKind.CHECK_IN),
                ("Review last session's actions", SegmentKind.REVIEW_ACTIONS),
                ("Goals for today", SegmentKind.GOALS),
                ("Discussion", SegmentKind.DISCUSSION),
                ("Action plan", SegmentKind.ACTION_PLAN),
                ("Feedback", SegmentKind.FEEDBACK),
                ("Wrap-up", SegmentKind.WRAP_UP),
            ]
        ),
        goals=[
            SessionGoal(
                text="Agree on an outline for the onboarding guide",
                measure="an outline with at most five sections",
                achieved=True,
                visibility=SHARED,
                **STAMP,
            ),
            SessionGoal(text="Choose a talk for the spring meetup", visibility=SHARED, **STAMP),
            SessionGoal(text="PRIVATE: see whether she wants to lead", visibility=PRIVATE, **STAMP),
        ],
        notes=[
            Note(
                text="You lead the next team demo, on 10 December.\n"
                "We keep meeting every two weeks, for an hour.",
                visibility=SHARED,
                **STAMP,
            ),
            Note(text="PRIVATE: mention the promotion round in January", **STAMP),
        ],
        feedback=[
            Feedback(
                direction=FeedbackDirection.MENTOR_TO_MENTEE,
                situation="In Tuesday's architecture review",
                behaviour="you laid out the trade-offs before proposing a solution",
                impact="the team decided in ten minutes instead of an hour",
                text="Keep doing that: it is rarer than you think.",
                **STAMP,
            ),
            Feedback(
                direction=FeedbackDirection.MENTEE_TO_MENTOR,
                text="More questions and fewer answers from me would help.",
                **STAMP,
            ),
            Feedback(
                direction=FeedbackDirection.ABOUT_SESSION,
                text="A good pace; the check-in helped.",
                **STAMP,
            ),
            Feedback(
                direction=FeedbackDirection.MENTOR_TO_MENTEE,
                text="PRIVATE: seemed tired, do not push",
                visibility=PRIVATE,
                **STAMP,
            ),
        ],
        action_items=[
            ActionItem(
                text="Draft the onboarding guide outline",
                owner=Owner.MENTEE,
                due=date(2026, 12, 4),
                **STAMP,
            ),
            ActionItem(
                text="Ask two teammates to review the outline",
                owner=Owner.MENTEE,
                due=date(2027, 1, 8),
                **STAMP,
            ),
            ActionItem(text="Watch two talks from last year's meetup", owner=Owner.MENTEE, **STAMP),
            ActionItem(
                text="Send you the article on SBI feedback",
                owner=Owner.MENTOR,
                done=True,
                **STAMP,
            ),
            ActionItem(
                text="Introduce you to Marta from the platform team",
                owner=Owner.MENTOR,
                due=date(2026, 12, 2),
                **STAMP,
            ),
            ActionItem(
                text="PRIVATE: ask HR about the training budget",
                owner=Owner.MENTOR,
                visibility=PRIVATE,
                **STAMP,
            ),
        ],
        parking_lot=[
            ParkingLotItem(text="Conference budget for next year", visibility=SHARED, **STAMP),
            ParkingLotItem(text="PRIVATE: salary conversation", **STAMP),
        ],
        relationship=english_relationship(),
    )


def spanish_relationship() -> SessionRelationship:
    """Lo que la sesión de Lucía retomó de la anterior y decidió sobre la mentoría."""
    mentee, mentor, parked = Owner.MENTEE, Owner.MENTOR, None
    return SessionRelationship(
        agreement=AgreementVersion(
            created_at=AT,
            session_id="s-es",
            frequency=Frequency.FORTNIGHTLY,
            session_minutes=60,
            topics=["Hablar en público", "Liderar un equipo"],
            booked_by=Booker.EITHER,
            no_fault_ending=True,
        ),
        goals=[
            LongTermGoal(
                created_at=AT,
                title="Presentar con soltura ante la dirección",
                measure="dos presentaciones al comité antes del verano",
                check_ins=[
                    GoalCheckIn(created_at=AT, session_id="s-es", progress=Progress.AT_RISK)
                ],
            ),
        ],
        carried=[
            _carried(
                "es-libro",
                "Leer el capítulo sobre cómo dar retroalimentación",
                mentee,
                ReviewOutcome.DONE,
            ),
            _carried(
                "es-curso",
                "Apuntarte al curso de oratoria",
                mentee,
                ReviewOutcome.KEPT,
                new_due=date(2026, 12, 18),
            ),
            _carried("es-contacto", "Presentarte a Jorge, de ventas", mentor, ReviewOutcome.DONE),
            _carried("es-tema", "Cómo pedir un aumento", parked, None),
        ],
        next_session=NextSession(
            starts_at=datetime.fromisoformat("2026-12-11T17:30:00-06:00"),
            prepare="El guion, para repasarlo en voz alta",
        ),
    )


def spanish_session() -> Session:
    """La sesión de Lucía con su mentora, en español de principio a fin."""
    return Session(
        id="s-es",
        mentee="Lucía",
        script_id="regular-es",
        script_title="Sesión habitual (60 min)",
        language="es",
        started_at="2026-11-27T10:00:00-06:00",
        finished_at="2026-11-27T11:00:00-06:00",
        segments=_segments(
            [
                ("Puesta al día", SegmentKind.CHECK_IN),
                ("Repaso de acciones pendientes", SegmentKind.REVIEW_ACTIONS),
                ("Metas de hoy", SegmentKind.GOALS),
                ("Conversación", SegmentKind.DISCUSSION),
                ("Plan de acción", SegmentKind.ACTION_PLAN),
                ("Retroalimentación", SegmentKind.FEEDBACK),
                ("Cierre", SegmentKind.WRAP_UP),
            ]
        ),
        goals=[
            SessionGoal(
                text="Preparar la presentación para el comité",
                measure="un guion de diez diapositivas como máximo",
                achieved=True,
                visibility=SHARED,
                **STAMP,
            ),
            SessionGoal(text="Decidir si aceptas el nuevo proyecto", visibility=SHARED, **STAMP),
            SessionGoal(text="PRIVADO: ver si le pesa la carga", visibility=PRIVATE, **STAMP),
        ],
        notes=[
            Note(
                text="Nos vemos cada dos semanas, una hora.\n"
                "Tú propones los temas con un día de antelación.",
                visibility=SHARED,
                **STAMP,
            ),
            Note(text="PRIVADO: preguntar por su equipo", **STAMP),
        ],
        feedback=[
            Feedback(
                direction=FeedbackDirection.MENTOR_TO_MENTEE,
                situation="En la reunión del martes con el cliente",
                behaviour="resumiste las dudas antes de responder",
                impact="el cliente vio que lo escuchabas y se cerró el acuerdo",
                text="Sigue haciéndolo así.",
                **STAMP,
            ),
            Feedback(
                direction=FeedbackDirection.MENTEE_TO_MENTOR,
                text="Me ayudaría que me dejaras pensar más antes de darme ideas.",
                **STAMP,
            ),
            Feedback(
                direction=FeedbackDirection.ABOUT_SESSION,
                text="Buen ritmo; la puesta al día ayudó.",
                **STAMP,
            ),
            Feedback(
                direction=FeedbackDirection.MENTOR_TO_MENTEE,
                text="PRIVADO: parecía cansada",
                visibility=PRIVATE,
                **STAMP,
            ),
        ],
        action_items=[
            ActionItem(
                text="Escribir el guion de la presentación",
                owner=Owner.MENTEE,
                due=date(2026, 12, 4),
                **STAMP,
            ),
            ActionItem(
                text="Hablar con tu responsable sobre el proyecto",
                owner=Owner.MENTEE,
                due=date(2027, 1, 8),
                **STAMP,
            ),
            ActionItem(
                text="Enviarte el artículo sobre retroalimentación",
                owner=Owner.MENTOR,
                done=True,
                **STAMP,
            ),
            ActionItem(
                text="PRIVADO: hablar con Recursos Humanos",
                owner=Owner.MENTOR,
                visibility=PRIVATE,
                **STAMP,
            ),
        ],
        parking_lot=[
            ParkingLotItem(
                text="Cursos de oratoria para el año que viene", visibility=SHARED, **STAMP
            ),
            ParkingLotItem(text="PRIVADO: el tema del sueldo", **STAMP),
        ],
        relationship=spanish_relationship(),
    )


SESSIONS = {"en": english_session, "es": spanish_session}
MENTORS = {"en": "Sam Taylor", "es": "Carmen Ruiz"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_summary_matches_golden_file(language: str) -> None:
    summary = render_summary(SESSIONS[language](), mentor=MENTORS[language])
    expected = (GOLDEN / f"summary_full.{language}.txt").read_text(encoding="utf-8")
    assert f"{summary.subject}\n\n{summary.body}" == expected


@pytest.mark.parametrize("language", ["en", "es"])
def test_private_entries_leave_no_trace(language: str) -> None:
    session = SESSIONS[language]()
    summary = render_summary(session, mentor="M")
    assert "PRIVA" not in summary.subject + summary.body
    # Not even a count or an extra heading: identical to the session without them.
    assert render_summary(shared_session(session), mentor="M") == summary


def test_sections_come_in_the_order_a_mentee_needs_them() -> None:
    body = render_summary(english_session(), mentor="Sam").body
    headings = [
        "Your next steps",
        "From me",
        "Today's goals and how they went",
        "Your long-term goals",
        "What we agreed",
        "Our mentoring agreement",
        "My feedback for you",
        "What you told me",
        "About our session",
        "To come back to",
        "Our next session",
        "This summary is yours to keep.",
        "Best wishes,\nSam\n",
    ]
    places = [body.index("\n" + heading) for heading in headings]
    assert places == sorted(places)
    assert body.startswith("Hi Ana,\n\nThank you for today's session.")


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_time_bookkeeping_no_iso_dates_no_boxes_no_underlines(language: str) -> None:
    summary = render_summary(SESSIONS[language](), mentor="M")
    text = summary.subject + "\n" + summary.body
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    assert "[x]" not in text
    assert "[ ]" not in text
    assert not re.search(r"^-{3,}$", text, re.MULTILINE)
    assert not re.search(r"\bmin\b", text)
    for title in (segment.title for segment in SESSIONS[language]().segments):
        assert title not in text


def test_subject_is_the_day_and_never_the_mentees_name() -> None:
    english = render_summary(english_session())
    spanish = render_summary(spanish_session())
    assert english.subject == "Our session on Fri 27 Nov: summary and next steps"
    assert spanish.subject == "Nuestra sesión del viernes 27 de noviembre: resumen y próximos pasos"
    assert "Ana" not in english.subject
    assert "Lucía" not in spanish.subject


@pytest.mark.parametrize(
    ("language", "due", "shown"),
    [
        ("en", date(2026, 12, 4), "Draft it, by Fri 4 Dec"),
        ("es", date(2026, 12, 4), "Draft it, para el viernes 4 de diciembre"),
        ("en", date(2027, 1, 8), "Draft it, by Fri 8 Jan 2027"),
        ("es", date(2027, 1, 8), "Draft it, para el viernes 8 de enero de 2027"),
    ],
)
def test_due_dates_are_written_out_in_the_sessions_language(
    language: str, due: date, shown: str
) -> None:
    session = english_session().model_copy(
        update={
            "language": language,
            "action_items": [ActionItem(text="Draft it", due=due, **STAMP)],
        }
    )
    assert f"\n- {shown}\n" in render_summary(session).body


def test_the_day_is_the_one_where_the_session_took_place() -> None:
    # 23:30 in New York is already the next day in UTC: the session's own day counts.
    late = english_session().model_copy(
        update={"started_at": datetime.fromisoformat("2026-11-27T23:30-05:00")}
    )
    assert render_summary(late).subject.startswith("Our session on Fri 27 Nov:")


def test_without_names_the_greeting_and_sign_off_are_neutral() -> None:
    session = spanish_session().model_copy(update={"mentee": "  "})
    summary = render_summary(session)
    assert summary.body.startswith("Hola:\n\n")
    assert summary.body.endswith("\n\nUn saludo,\n")
    english = render_summary(english_session().model_copy(update={"mentee": ""}))
    assert english.body.startswith("Hi,\n\n")
    assert english.body.endswith("\n\nBest wishes,\n")


def test_a_session_with_nothing_shared_is_a_short_kind_email() -> None:
    session = english_session().model_copy(
        update={
            "goals": [],
            "notes": [Note(text="only mine", **STAMP)],
            "feedback": [Feedback(text="mine too", visibility=PRIVATE, **STAMP), Feedback(**STAMP)],
            "action_items": [],
            "parking_lot": [],
            "relationship": SessionRelationship(),
        }
    )
    assert render_summary(session, mentor="Sam").body == (
        "Hi Ana,\n\n"
        "Thank you for today's session. Here is what we talked about and agreed, "
        "so we both have it in writing.\n\n"
        "This summary is yours to keep. If anything in it is not how you remember it, "
        "tell me and I will correct it.\n\n"
        "Best wishes,\nSam\n"
    )


def test_next_session_only_when_set_and_shared() -> None:
    session = english_session()
    body = render_summary(session).body
    assert (
        "\nOur next session\nFri 11 Dec at 10:00 AM\nTo prepare: The first draft of the guide\n"
        in (body)
    )
    following = session.relationship.next_session
    assert following is not None
    following.visibility = PRIVATE
    assert "Our next session" not in render_summary(session).body
    session.relationship.next_session = None
    assert "Our next session" not in render_summary(session).body


@pytest.mark.parametrize(
    ("language", "starts_at", "shown"),
    [
        ("en", "2027-01-08T17:30:00+01:00", "Fri 8 Jan 2027 at 5:30 PM"),
        ("es", "2027-01-08T17:30:00+01:00", "viernes 8 de enero de 2027 a las 17:30"),
    ],
)
def test_the_next_session_is_written_out_in_its_own_time_zone(
    language: str, starts_at: str, shown: str
) -> None:
    session = english_session().model_copy(update={"language": language})
    session.relationship.next_session = NextSession(starts_at=datetime.fromisoformat(starts_at))
    heading = {"en": "Our next session", "es": "Nuestra próxima sesión"}[language]
    assert f"\n{heading}\n{shown}\n" in render_summary(session).body


def test_feedback_with_one_field_shows_only_that_field() -> None:
    session = english_session().model_copy(
        update={"feedback": [Feedback(impact="  the room relaxed  ", **STAMP)]}
    )
    body = render_summary(session).body
    assert "\nMy feedback for you\n- Impact: the room relaxed\n" in body


def test_markup_and_emoji_are_reproduced_as_typed() -> None:
    text = "[bold]Ship it[/bold] 🚀 — ¿mañana?"
    session = english_session().model_copy(
        update={"action_items": [ActionItem(text=text, owner=Owner.MENTOR, **STAMP)]}
    )
    assert f"\nFrom me\n- {text}\n" in render_summary(session).body


def test_a_summary_can_be_written_in_another_language_than_the_session() -> None:
    summary = render_summary(english_session(), language="es")
    assert summary.language == "es"
    assert summary.body.startswith("Hola, Ana:\n")
    # A language this version does not ship (a newer record): English, never a crash.
    assert render_summary(english_session(), language="xx").language == "en"
