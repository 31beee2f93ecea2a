"""A rehearsal (`sessiontui --demo`): a short sample session with an invented mentee.

The CLI gives it a throwaway data folder. `seed_rehearsal` stores in it a
little history, made through the same operations a real session uses: three
earlier sessions, two weeks apart, that made an agreement, set a long-term
goal, checked in on it each time and left one action open (it comes up for
review at the start of the rehearsal). The rehearsal follows the regular script in the UI language,
shortened to about ten minutes so every key can be tried before a real call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sessiontui.entries import EntryKind
from sessiontui.i18n import _
from sessiontui.live import LiveSession
from sessiontui.model import (
    AgreementTerms,
    FeedbackContent,
    Frequency,
    Owner,
    Progress,
    Visibility,
)
from sessiontui.scripts.library import ScriptLibrary, default_script_id
from sessiontui.scripts.schema import Script
from sessiontui.service.start import begin_session, new_mentee
from sessiontui.store import SessionArchive

# Invented, and the same in every language.
MENTEE_NAME = "Sam Rivera"
# Each segment of the regular script lasts this fraction of its real length.
_SHORTEN = 6
# The sample sessions' rhythm: the agreement's (every two weeks).
_EARLIER = timedelta(days=14)


@dataclass(frozen=True)
class Rehearsal:
    """What the rehearsal starts with: the shortened script and the stored mentee."""

    script: Script
    mentee: str
    mentee_id: str


def rehearsal_script(library: ScriptLibrary, language: str) -> Script:
    """The regular script in `language`, each segment shortened to a sixth (at least a minute).

    The warnings are shortened as much: a one-minute segment that warned a minute
    before its end would be "nearly over" from its first second.
    """
    script = library.get(default_script_id(language))
    segments = [
        segment.model_copy(
            update={
                "minutes": max(1, round(segment.minutes / _SHORTEN)),
                "warn_before_end_seconds": script.warn_seconds(index) // _SHORTEN,
            }
        )
        for index, segment in enumerate(script.segments)
    ]
    return script.model_copy(
        update={"title": _("Rehearsal: {title}", title=script.title), "segments": segments}
    )


def _earlier_session(
    archive: SessionArchive, library: ScriptLibrary, language: str, mentee_id: str, when: datetime
) -> LiveSession:
    """A session with the sample mentee at `when`, started from their stored relationship."""
    script = library.get(default_script_id(language))
    name = archive.record(mentee_id).mentee.name
    session = begin_session(archive, script, when, mentee_name=name, mentee_id=mentee_id)
    live = LiveSession(session, time_source=lambda: 0.0, wall_clock=lambda: when, bell=False)
    live.start()
    return live


def seed_rehearsal(
    archive: SessionArchive, library: ScriptLibrary, language: str, now: datetime
) -> Rehearsal:
    """Store the invented mentee and three earlier sessions in `archive` (a throwaway folder).

    The first made the agreement and the long-term goal; each checked in on the
    goal (off track, at risk, on track: the goal board's chart has a history to
    draw); the last left one action open for the rehearsal's review.
    """
    first, second, last = (now - _EARLIER * n for n in (3, 2, 1))
    mentee = new_mentee(archive, MENTEE_NAME, language, first)

    live = _earlier_session(archive, library, language, mentee.id, first)
    live.relationship.set_agreement(
        AgreementTerms(
            frequency=Frequency.FORTNIGHTLY,
            session_minutes=60,
            topics=[_("leading meetings"), _("giving feedback")],
            confidentiality=_(
                "What we say stays between us, unless someone is at risk of serious harm; "
                "then I tell you first."
            ),
        )
    )
    goal = live.relationship.add_goal(
        _("Lead the team's weekly planning meeting"),
        measure=_("Runs three planning meetings without help"),
        target_date=(now + timedelta(days=60)).date(),
    )
    live.relationship.check_in(goal.id, Progress.OFF_TRACK)
    archive.add(live.finish())

    live = _earlier_session(archive, library, language, mentee.id, second)
    live.relationship.check_in(goal.id, Progress.AT_RISK)
    done = live.add_action_item(_("Ask a colleague how the last meeting went"), owner=Owner.MENTEE)
    live.toggle_done(EntryKind.ACTION, done.id)
    archive.add(live.finish())

    live = _earlier_session(archive, library, language, mentee.id, last)
    live.relationship.check_in(goal.id, Progress.ON_TRACK)
    live.add_action_item(
        _("Draft an agenda for the next planning meeting"),
        owner=Owner.MENTEE,
        due=(last + timedelta(days=7)).date(),
    )
    live.add_feedback(
        FeedbackContent(
            situation=_("In Tuesday's meeting"),
            behaviour=_("you summarised the decision before moving on"),
            impact=_("everyone left knowing what to do"),
        ),
        Visibility.SHARED,
    )
    archive.add(live.finish())
    return Rehearsal(rehearsal_script(library, language), mentee.name, mentee.id)
