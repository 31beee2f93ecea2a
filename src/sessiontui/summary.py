"""Session -> the mentee's email: with relationship/shareable.py (the relationship's
records), the only place that decides what is shareable.

The email is written to the mentee, in the first and second person, in the
session's language, and reads well pasted into any mail client: plain lines,
"- " lists, a heading line over each section, no boxes, no underlines, no
ISO dates and no time bookkeeping (durations stay in the mentor's history).
The subject is kept apart from the body. The body, in this order:

    greeting, thanks
    Your next steps          the mentee's action items, due dates written out,
                             then earlier ones with what became of them
    From me                  the mentor's, likewise
    Today's goals            and how they went
    Your long-term goals     the ones this session checked in on, set or closed
    What we agreed           shared notes
    Our mentoring agreement  when this session made or changed it
    My feedback for you      mentor -> mentee
    What you told me         mentee -> mentor
    About our session        feedback on the session itself
    To come back to          the parking lot, then earlier parked topics
    Our next session         when, and what to prepare
    yours to keep and to correct; the mentor's sign-off

Only records whose visibility is SHARED are rendered, and sections are built
from shared records only, so a private entry leaves no trace: not its text,
not a count, not an empty heading. User text is reproduced as typed (outer
whitespace trimmed, continuation lines indented inside their list item),
with any control code shown as a symbol (`sessiontui.text.clean`): a summary
never carries one into a mail client, a file or a terminal.

Each section is one small method returning its block, or None when it has
nothing to say; the relationship's are in summary_relationship.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol, TypeVar

from sessiontui.i18n import session_translator
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackDirection,
    Owner,
    Session,
    SessionGoal,
    Visibility,
)
from sessiontui.relationship.shareable import RelationshipDigest, digest
from sessiontui.summary_relationship import RelationshipSections
from sessiontui.summary_text import indented, list_item, section
from sessiontui.text import clean


@dataclass(frozen=True)
class Summary:
    """A rendered summary: the email's subject and body, in the session's language."""

    subject: str
    body: str
    language: str

    def text(self) -> str:
        """The whole email as one text to print or keep: a "Subject:" line, a blank line,
        the body."""
        label = session_translator(self.language).gettext("Subject")
        return f"{label}: {self.subject}\n\n{self.body}"


class _HasVisibility(Protocol):
    @property
    def visibility(self) -> Visibility: ...


_R = TypeVar("_R", bound=_HasVisibility)


def _shared(records: Iterable[_R]) -> list[_R]:
    """The records that may leave the mentor's screen."""
    return [record for record in records if record.visibility is Visibility.SHARED]


def _one_line(text: str) -> str:
    """A name as it sits in a subject, a greeting or a signature: one line."""
    return " ".join(text.split())


class _Writer:
    """Writes one session's email in one language, signed by `mentor`."""

    def __init__(self, session: Session, language: str, mentor: str) -> None:
        self.session = session
        self.tr = session_translator(language)
        self.language = self.tr.language
        self.mentee = _one_line(clean(session.mentee))
        self.mentor = _one_line(clean(mentor))
        self.view: RelationshipDigest = digest(session)
        self.across = RelationshipSections(self.tr, session.id, day=self.day)

    def day(self, value: date) -> str:
        """A day written out: "Fri 4 Dec" / "viernes 4 de diciembre" (with the year when
        it is not the session's)."""
        if value.year == self.session.started_at.year:
            pattern = self.tr.pgettext("Babel date pattern: a day", "EEE d MMM")
        else:
            pattern = self.tr.pgettext("Babel date pattern: a day of another year", "EEE d MMM y")
        return self.tr.format_date(value, pattern)

    # --- the envelope --------------------------------------------------------------

    def subject(self) -> str:
        # The session's own day, where it took place; never the mentee's name.
        day = self.day(self.session.started_at.date())
        return self.tr.gettext("Our session on {day}: summary and next steps", day=day)

    def greeting(self) -> str:
        if self.mentee:
            return self.tr.gettext("Hi {name},", name=self.mentee)
        return self.tr.gettext("Hi,")

    def thanks(self) -> str:
        return self.tr.gettext(
            "Thank you for today's session. Here is what we talked about and agreed, "
            "so we both have it in writing."
        )

    def closing(self) -> str:
        return self.tr.gettext(
            "This summary is yours to keep. If anything in it is not how you remember it, "
            "tell me and I will correct it."
        )

    def sign_off(self) -> str:
        if self.mentor:
            return self.tr.gettext("Best wishes,\n{name}", name=self.mentor)
        return self.tr.gettext("Best wishes,")

    # --- the sections ----------------------------------------------------------------

    def action(self, item: ActionItem) -> str:
        if item.done:
            return list_item(self.tr.gettext("{text} (done)", text=item.text))
        if item.due is not None:
            return list_item(
                self.tr.gettext("{text}, by {day}", text=item.text, day=self.day(item.due))
            )
        return list_item(item.text)

    def actions_of(self, owner: Owner) -> list[str]:
        """Today's action items of `owner`, then the earlier ones with their outcome."""
        today = [
            self.action(item) for item in _shared(self.session.action_items) if item.owner is owner
        ]
        return today + self.across.carried_actions(self.view, owner)

    def next_steps(self) -> str | None:
        return section(self.tr.gettext("Your next steps"), self.actions_of(Owner.MENTEE))

    def from_me(self) -> str | None:
        return section(self.tr.gettext("From me"), self.actions_of(Owner.MENTOR))

    def goal(self, goal: SessionGoal) -> str:
        if goal.achieved:
            text = self.tr.gettext("{goal}: achieved", goal=goal.text)
        else:
            text = self.tr.gettext("{goal}: not yet", goal=goal.text)
        if goal.measure.strip():
            text += "\n" + self.tr.gettext(
                "How we will know: {measure}", measure=goal.measure.strip()
            )
        return list_item(text)

    def goals(self) -> str | None:
        items = [self.goal(goal) for goal in _shared(self.session.goals)]
        return section(self.tr.gettext("Today's goals and how they went"), items)

    def agreed(self) -> str | None:
        items = [list_item(note.text) for note in _shared(self.session.notes)]
        return section(self.tr.gettext("What we agreed"), items)

    def feedback_entry(self, entry: Feedback) -> str:
        """One feedback entry: its situation, behaviour and impact, labelled as the
        mentee reads them, then its free text unlabelled (the writer's own words)."""
        behaviour = {
            FeedbackDirection.MENTOR_TO_MENTEE: self.tr.gettext("What you did"),
            FeedbackDirection.MENTEE_TO_MENTOR: self.tr.gettext("What I did"),
            FeedbackDirection.ABOUT_SESSION: self.tr.gettext("What happened"),
        }[entry.direction]
        parts = [
            self.tr.gettext("{label}: {text}", label=label, text=indented(value))
            for label, value in (
                (self.tr.gettext("Situation"), entry.situation),
                (behaviour, entry.behaviour),
                (self.tr.gettext("Impact"), entry.impact),
            )
            if value.strip()
        ]
        if entry.text.strip():
            parts.append(entry.text.strip())
        return list_item("\n".join(parts))

    def feedback(self, direction: FeedbackDirection) -> list[str]:
        return [
            self.feedback_entry(entry)
            for entry in _shared(self.session.feedback)
            if entry.direction is direction and not entry.is_empty()
        ]

    def feedback_for_you(self) -> str | None:
        items = self.feedback(FeedbackDirection.MENTOR_TO_MENTEE)
        return section(self.tr.gettext("My feedback for you"), items)

    def told_me(self) -> str | None:
        items = self.feedback(FeedbackDirection.MENTEE_TO_MENTOR)
        return section(self.tr.gettext("What you told me"), items)

    def about_session(self) -> str | None:
        items = self.feedback(FeedbackDirection.ABOUT_SESSION)
        return section(self.tr.gettext("About our session"), items)

    def parked(self) -> str | None:
        items = [list_item(item.text) for item in _shared(self.session.parking_lot)]
        items += self.across.carried_topics(self.view)
        return section(self.tr.gettext("To come back to"), items)

    def body(self) -> str:
        blocks = [
            self.greeting(),
            self.thanks(),
            self.next_steps(),
            self.from_me(),
            self.goals(),
            self.across.long_term(self.view),
            self.agreed(),
            self.across.agreement(self.view),
            self.feedback_for_you(),
            self.told_me(),
            self.about_session(),
            self.parked(),
            self.across.next_session(self.view),
            self.closing(),
            self.sign_off(),
        ]
        return "\n\n".join(block for block in blocks if block) + "\n"


def render_summary(
    session: Session,
    *,
    mentor: str = "",
    language: str | None = None,
) -> Summary:
    """The email to the mentee about `session` (private records never appear).

    `mentor` signs it. The language defaults to the session's own.
    """
    writer = _Writer(session, language or session.language, mentor)
    return Summary(
        subject=clean(writer.subject()),
        body=clean(writer.body()),
        language=writer.language,
    )
