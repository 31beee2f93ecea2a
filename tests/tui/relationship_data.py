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


def _live(archive: SessionArchive, mentee_id: str, at: datetime) -> LiveSession:
    script = ScriptLibrary.load(None).get("regular")
    session = begin_session(archive, script, at, mentee_name="", mentee_id=mentee_id)
    live = LiveSession(session, ManualClock(), wall_clock=lambda: at)
    live.start()
    return live


def stored_mentee(archive: SessionArchive) -> str:
    """Ana, with two stored sessions; her id."""
    mentee_id = archive.create_mentee(Mentee(created_at=FIRST, name="Ana")).id
    live = _live(archive, mentee_id, FIRST)
    rel = live.relationship
    rel.set_agreement(
        AgreementTerms(
            frequency=Frequency.WEEKLY,
            session_minutes=45,
            topics=["career", "public speaking"],
            confidentiality="What we say stays between us",
            no_fault_ending=True,
        )
    )
    talk = rel.add_goal("Speak at a meetup", "one talk given", date(2025, 6, 30))
    lead = rel.add_goal("Lead a project")
    rel.check_in(talk.id, Progress.ON_TRACK, "topic chosen")
    rel.check_in(lead.id, Progress.AT_RISK)
    live.add_action_item("Draft the talk outline", Owner.MENTEE, date(2025, 3, 3))
    live.add_action_item("Introduce Ana to Maria", Owner.MENTOR, None, V.PRIVATE)
    live.add_note(PRIVATE_NOTE, V.PRIVATE)
    live.finish()
    archive.add(live.session)

    live = _live(archive, mentee_id, SECOND)
    rel = live.relationship
    outline, intro = rel.carried
    rel.review(outline.id, ReviewOutcome.KEPT, date(2025, 3, 10))
    rel.review(intro.id, ReviewOutcome.DONE)
    rel.check_in(talk.id, Progress.AT_RISK, "no slot yet")
    live.finish()
    archive.add(live.session)
    return mentee_id
