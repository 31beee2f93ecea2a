"""A mentee with two stored sessions, made through the core as the app makes them:
three weeks ago the agreement, two goals with check-ins and two action items
(one private); two weeks ago one item kept, the other done, new check-ins."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sessiontui.live import LiveSession
from sessiontui.model import AgreementTerms, Frequency, Mentee, Owner, Progress, ReviewOutcome
from sessiontui.model import Visibility as V
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.service.start import begin_session
from sessiontui.store import SessionArchive

from .conftest import START_WALL, ManualClock

FIRST = START_WALL - timedelta(weeks=2)
SECOND = START_WALL - timedelta(weeks=1)
PRIVATE_NOTE = "PRIVATE-NOTE-MARKER"

# What the mentor typed, in each language of the snapshots.
WORDS = {
    "en": {
        "topics": ["career", "public speaking"],
        "confidentiality": "What we say stays between us",
        "talk": "Speak at a meetup",
        "talk_measure": "one talk given",
        "lead": "Lead a project",
        "topic_chosen": "topic chosen",
        "outline": "Draft the talk outline",
        "intro": "Introduce Ana to Maria",
        "no_slot": "no slot yet",
    },
    "es": {
        "topics": ["carrera", "hablar en público"],
        "confidentiality": "Lo que hablamos queda entre tú y yo",
        "talk": "Dar una charla en un meetup",
        "talk_measure": "una charla dada",
        "lead": "Liderar un proyecto",
        "topic_chosen": "tema elegido",
        "outline": "Escribir el guion de la charla",
        "intro": "Presentar a Ana a María",
        "no_slot": "aún sin fecha",
    },
}
SCRIPTS = {"en": "regular", "es": "regular-es"}


def _live(archive: SessionArchive, mentee_id: str, at: datetime, language: str) -> LiveSession:
    script = ScriptLibrary.load(None).get(SCRIPTS[language])
    session = begin_session(archive, script, at, mentee_name="", mentee_id=mentee_id)
    live = LiveSession(session, ManualClock(), wall_clock=lambda: at)
    live.start()
    return live


def new_mentee(archive: SessionArchive, name: str, email: str = "") -> str:
    """A mentee with nothing stored yet (as the picker's "New mentee" makes one); the id."""
    return archive.create_mentee(Mentee(created_at=START_WALL, name=name, email=email)).id


def stored_mentee(archive: SessionArchive, language: str = "en") -> str:
    """Ana, with two stored sessions; her id."""
    words = WORDS[language]
    mentee = Mentee(created_at=FIRST, name="Ana", language=language)
    mentee_id = archive.create_mentee(mentee).id
    live = _live(archive, mentee_id, FIRST, language)
    rel = live.relationship
    rel.set_agreement(
        AgreementTerms(
            frequency=Frequency.WEEKLY,
            session_minutes=45,
            topics=list(words["topics"]),
            confidentiality=str(words["confidentiality"]),
            no_fault_ending=True,
        )
    )
    talk = rel.add_goal(str(words["talk"]), str(words["talk_measure"]), date(2025, 6, 30))
    lead = rel.add_goal(str(words["lead"]))
    rel.check_in(talk.id, Progress.ON_TRACK, str(words["topic_chosen"]))
    rel.check_in(lead.id, Progress.AT_RISK)
    live.add_action_item(str(words["outline"]), Owner.MENTEE, date(2025, 3, 3))
    live.add_action_item(str(words["intro"]), Owner.MENTOR, None, V.PRIVATE)
    live.add_note(PRIVATE_NOTE, V.PRIVATE)
    live.finish()
    archive.add(live.session)

    live = _live(archive, mentee_id, SECOND, language)
    rel = live.relationship
    outline, intro = rel.carried
    rel.review(outline.id, ReviewOutcome.KEPT, date(2025, 3, 10))
    rel.review(intro.id, ReviewOutcome.DONE)
    rel.check_in(talk.id, Progress.AT_RISK, str(words["no_slot"]))
    live.finish()
    archive.add(live.session)
    return mentee_id
