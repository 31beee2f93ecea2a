"""Session -> email-ready summary text: with relationship/shareable.py (the relationship's
records), the only place that decides what is shareable.

The text reads well pasted into an email and also as Markdown: setext section
headings, "- " lists, "[x]" / "[ ]" for done state. Only records whose
visibility is SHARED are rendered, and sections are built from shared records
only, so a private entry leaves no trace: not its text, not a count, not an
empty heading. "Planned" is the script's plan, before extensions or a
rebalance, so the mentee sees how the session compared with what was agreed.
User text is reproduced as typed (outer whitespace trimmed,
continuation lines indented so they stay inside their list item), with any
control code shown as a symbol (`sessiontui.text.clean`): a summary never
carries one into a mail client, a file or a terminal. The sections about the
relationship across sessions are in summary_relationship.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sessiontui.i18n import Translator, current, session_translator
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackDirection,
    Owner,
    Session,
    SessionGoal,
    Visibility,
)
from sessiontui.relationship.shareable import digest
from sessiontui.summary_relationship import RelationshipSections
from sessiontui.summary_text import list_item, section
from sessiontui.text import clean


@dataclass(frozen=True)
class Summary:
    """A rendered summary: the email subject and body, in one language."""

    subject: str
    body: str
    # None: the UI language in force (a summary built by hand, e.g. after editing).
    language: str | None = None

    def text(self) -> str:
        """The whole summary as one text: a "Subject:" line, a blank line, the body."""
        tr = current() if self.language is None else session_translator(self.language)
        label = tr.gettext("Subject")
        return f"{label}: {self.subject}\n\n{self.body}"


class _HasVisibility(Protocol):
    @property
    def visibility(self) -> Visibility: ...


_R = TypeVar("_R", bound=_HasVisibility)


def _shared(records: Iterable[_R]) -> list[_R]:
    """The records that may leave the mentor's screen."""
    return [record for record in records if record.visibility is Visibility.SHARED]


def _minutes(seconds: float, tr: Translator) -> str:
    """Seconds as whole minutes, rounded half up; a little time is "<1 min", not "0"."""
    whole = int(seconds // 60) + (1 if seconds % 60 >= 30 else 0)
    if whole == 0 and seconds > 0:
        return tr.gettext("under 1 min")
    return tr.gettext("{n} min", n=whole)


def _checkbox(done: bool) -> str:
    return "[x]" if done else "[ ]"


class _Renderer:
    """Renders one session in one language; holds the mentee's display name."""

    def __init__(self, session: Session, language: str) -> None:
        self.session = session
        self.language = language
        self.tr = session_translator(language)
        # A name lives on one line in a subject or a greeting.
        self.name = " ".join(session.mentee.split())

    def subject(self) -> str:
        day = self.session.started_at.date().isoformat()
        if self.name:
            return self.tr.gettext(
                "Mentoring session with {name} — {date}", name=self.name, date=day
            )
        return self.tr.gettext("Mentoring session — {date}", date=day)

    def greeting(self) -> str:
        if self.name:
            return self.tr.gettext("Hi {name},", name=self.name)
        return self.tr.gettext("Hi,")

    def facts(self) -> str:
        segments = self.session.segments
        actual = sum(segment.spent_seconds for segment in segments)
        planned = sum(segment.script_seconds for segment in segments)
        date_line = self.tr.gettext("Date: {date}", date=self.session.started_at.date().isoformat())
        duration_line = self.tr.gettext(
            "Duration: {actual} (planned: {planned})",
            actual=_minutes(actual, self.tr),
            planned=_minutes(planned, self.tr),
        )
        return "\n".join([list_item(date_line), list_item(duration_line)])

    def segments(self) -> str | None:
        lines = [
            list_item(
                self.tr.gettext(
                    "{title}: {actual} (planned: {planned})",
                    title=segment.title,
                    actual=_minutes(segment.spent_seconds, self.tr),
                    planned=_minutes(segment.script_seconds, self.tr),
                )
            )
            for segment in self.session.segments
            if segment.visited and not segment.skipped
        ]
        return section(self.tr.gettext("What we covered"), lines)

    def goal(self, goal: SessionGoal) -> str:
        text = f"{_checkbox(goal.achieved)} {goal.text}"
        if goal.measure.strip():
            text += "\n" + self.tr.gettext("Measure: {measure}", measure=goal.measure.strip())
        return list_item(text)

    def goals(self) -> str | None:
        lines = [self.goal(goal) for goal in _shared(self.session.goals)]
        return section(self.tr.gettext("Goals for this session"), lines)

    def agreed(self) -> str | None:
        lines = [list_item(note.text) for note in _shared(self.session.notes)]
        return section(self.tr.gettext("What we agreed"), lines)

    def feedback_entry(self, entry: Feedback) -> str:
        labelled = [
            (label, value.strip())
            for label, value in (
                (self.tr.gettext("Situation"), entry.situation),
                (self.tr.gettext("Behaviour"), entry.behaviour),
                (self.tr.gettext("Impact"), entry.impact),
            )
            if value.strip()
        ]
        comment = entry.text.strip()
        if not labelled:
            return list_item(comment)
        if comment:
            labelled.append((self.tr.gettext("Comment"), comment))
        return list_item("\n".join(f"{label}: {value}" for label, value in labelled))

    def feedback(self) -> str | None:
        entries = [entry for entry in _shared(self.session.feedback) if not entry.is_empty()]
        if self.name:
            to_mentee = self.tr.gettext("From the mentor to {name}:", name=self.name)
            to_mentor = self.tr.gettext("From {name} to the mentor:", name=self.name)
        else:
            to_mentee = self.tr.gettext("From the mentor to the mentee:")
            to_mentor = self.tr.gettext("From the mentee to the mentor:")
        headings = {
            FeedbackDirection.MENTOR_TO_MENTEE: to_mentee,
            FeedbackDirection.MENTEE_TO_MENTOR: to_mentor,
            FeedbackDirection.ABOUT_SESSION: self.tr.gettext("About the session:"),
        }
        groups = []
        for direction in FeedbackDirection:
            items = [self.feedback_entry(e) for e in entries if e.direction is direction]
            if items:
                groups.append("\n".join([headings[direction], "", *items]))
        return section(self.tr.gettext("Feedback"), ["\n\n".join(groups)] if groups else [])

    def action(self, item: ActionItem) -> str:
        if item.owner is Owner.MENTOR:
            owner = self.tr.gettext("mentor")
        else:
            owner = self.name or self.tr.gettext("mentee")
        meta = (
            self.tr.gettext("{owner}, due {due}", owner=owner, due=item.due.isoformat())
            if item.due
            else owner
        )
        return list_item(f"{_checkbox(item.done)} {item.text} — {meta}")

    def actions(self) -> str | None:
        lines = [self.action(item) for item in _shared(self.session.action_items)]
        return section(self.tr.gettext("Action items"), lines)

    def parked(self) -> str | None:
        lines = [list_item(item.text) for item in _shared(self.session.parking_lot)]
        return section(self.tr.gettext("To come back to"), lines)

    def body(self, next_session: str | None) -> str:
        view = digest(self.session)
        across = RelationshipSections(self.tr, self.session.id)
        blocks: list[str | None] = [
            self.greeting(),
            self.tr.gettext("Here is a summary of our mentoring session."),
            self.facts(),
            self.segments(),
            across.carried(view),
            self.goals(),
            across.long_term(view),
            self.agreed(),
            across.agreement(view.agreement),
            self.feedback(),
            self.actions(),
            self.parked(),
            across.next_session(view, next_session),
        ]
        blocks.append(
            self.tr.gettext(
                "Thanks for today. If anything here does not match what you remember, "
                "reply and we will fix it."
            )
        )
        return "\n\n".join(block for block in blocks if block) + "\n"


def render_summary(
    session: Session,
    *,
    language: str | None = None,
    next_session: str | None = None,
) -> Summary:
    """Render the shareable summary of `session` (private records never appear).

    The language defaults to the session's own; `next_session` is free text
    ("Thursday 11 Dec, 10:00") for the closing line when the session set no
    next session of its own.
    """
    renderer = _Renderer(session, language or session.language)
    return Summary(
        subject=clean(renderer.subject()),
        body=clean(renderer.body(next_session)),
        language=renderer.language,
    )
