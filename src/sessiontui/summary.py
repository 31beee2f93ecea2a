"""Session -> email-ready summary text: the ONLY place that decides what is shareable.

The text reads well pasted into an email and also as Markdown: setext section
headings, "- " lists, "[x]" / "[ ]" for done state. Only records whose
visibility is SHARED are rendered, and sections are built from shared records
only, so a private entry leaves no trace: not its text, not a count, not an
empty heading. "Planned" is the script's plan, before extensions or a
rebalance, so the mentee sees how the session compared with what was agreed.
User text is reproduced as typed (outer whitespace trimmed,
continuation lines indented so they stay inside their list item).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sessiontui.i18n import t
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackDirection,
    Language,
    Owner,
    Session,
    SessionGoal,
    Visibility,
)

_INDENT = "  "


@dataclass(frozen=True)
class Summary:
    """A rendered summary: the email subject and body, in one language."""

    subject: str
    body: str
    # None: the UI language in force (a summary built by hand, e.g. after editing).
    language: Language | None = None

    def text(self) -> str:
        """The whole summary as one text: a "Subject:" line, a blank line, the body."""
        label = t("summary.subject_label", language=self.language)
        return f"{label}: {self.subject}\n\n{self.body}"


class _HasVisibility(Protocol):
    @property
    def visibility(self) -> Visibility: ...


_R = TypeVar("_R", bound=_HasVisibility)


def _shared(records: Iterable[_R]) -> list[_R]:
    """The records that may leave the mentor's screen."""
    return [record for record in records if record.visibility is Visibility.SHARED]


def _indented(text: str) -> str:
    """User text with continuation lines indented (empty lines stay empty)."""
    first, *rest = text.split("\n")
    return "\n".join([first, *(_INDENT + line if line else line for line in rest)])


def _item(text: str) -> str:
    """One Markdown list item."""
    return f"- {_indented(text)}"


def _section(title: str, lines: list[str]) -> str | None:
    """A setext-headed section, or None when it has nothing to say."""
    if not lines:
        return None
    return "\n".join([title, "-" * len(title), *lines])


def _minutes(seconds: float, language: Language) -> str:
    """Seconds as whole minutes, rounded half up; a little time is "<1 min", not "0"."""
    whole = int(seconds // 60) + (1 if seconds % 60 >= 30 else 0)
    if whole == 0 and seconds > 0:
        return t("summary.under_a_minute", language=language)
    return t("summary.minutes", language=language, n=whole)


def _checkbox(done: bool) -> str:
    return "[x]" if done else "[ ]"


class _Renderer:
    """Renders one session in one language; holds the mentee's display name."""

    def __init__(self, session: Session, language: Language) -> None:
        self.session = session
        self.language = language
        # A name lives on one line in a subject or a greeting.
        self.name = " ".join(session.mentee.split())

    def tr(self, key: str, **fields: object) -> str:
        return t(key, language=self.language, **fields)

    def named(self, key: str) -> str:
        """The ".named" variant with the mentee's name, or the ".neutral" one."""
        if self.name:
            return self.tr(f"{key}.named", name=self.name)
        return self.tr(f"{key}.neutral")

    def subject(self) -> str:
        return self.tr(
            "summary.subject.named" if self.name else "summary.subject.neutral",
            name=self.name,
            date=self.session.started_at.date().isoformat(),
        )

    def facts(self) -> str:
        segments = self.session.segments
        actual = sum(segment.spent_seconds for segment in segments)
        planned = sum(segment.script_seconds for segment in segments)
        date_line = self.tr("summary.date", date=self.session.started_at.date().isoformat())
        duration_line = self.tr(
            "summary.duration",
            actual=_minutes(actual, self.language),
            planned=_minutes(planned, self.language),
        )
        return "\n".join([_item(date_line), _item(duration_line)])

    def segments(self) -> str | None:
        lines = [
            _item(
                self.tr(
                    "summary.segment_line",
                    title=segment.title,
                    actual=_minutes(segment.spent_seconds, self.language),
                    planned=_minutes(segment.script_seconds, self.language),
                )
            )
            for segment in self.session.segments
            if segment.visited and not segment.skipped
        ]
        return _section(self.tr("summary.heading.segments"), lines)

    def goal(self, goal: SessionGoal) -> str:
        text = f"{_checkbox(goal.achieved)} {goal.text}"
        if goal.measure.strip():
            text += "\n" + self.tr("summary.goal_measure", measure=goal.measure.strip())
        return _item(text)

    def goals(self) -> str | None:
        lines = [self.goal(goal) for goal in _shared(self.session.goals)]
        return _section(self.tr("summary.heading.goals"), lines)

    def agreed(self) -> str | None:
        lines = [_item(note.text) for note in _shared(self.session.notes)]
        return _section(self.tr("summary.heading.agreed"), lines)

    def feedback_entry(self, entry: Feedback) -> str:
        labelled = [
            (self.tr(f"summary.sbi.{field}"), value.strip())
            for field, value in (
                ("situation", entry.situation),
                ("behaviour", entry.behaviour),
                ("impact", entry.impact),
            )
            if value.strip()
        ]
        comment = entry.text.strip()
        if not labelled:
            return _item(comment)
        if comment:
            labelled.append((self.tr("summary.sbi.comment"), comment))
        return _item("\n".join(f"{label}: {value}" for label, value in labelled))

    def feedback(self) -> str | None:
        entries = [entry for entry in _shared(self.session.feedback) if not entry.is_empty()]
        headings = {
            FeedbackDirection.MENTOR_TO_MENTEE: self.named("summary.feedback.to_mentee"),
            FeedbackDirection.MENTEE_TO_MENTOR: self.named("summary.feedback.to_mentor"),
            FeedbackDirection.ABOUT_SESSION: self.tr("summary.feedback.about_session"),
        }
        groups = []
        for direction in FeedbackDirection:
            items = [self.feedback_entry(e) for e in entries if e.direction is direction]
            if items:
                groups.append("\n".join([headings[direction], "", *items]))
        return _section(
            self.tr("summary.heading.feedback"), ["\n\n".join(groups)] if groups else []
        )

    def action(self, item: ActionItem) -> str:
        if item.owner is Owner.MENTOR:
            owner = self.tr("summary.owner.mentor")
        else:
            owner = self.name or self.tr("summary.owner.mentee")
        meta = (
            self.tr("summary.action_due", owner=owner, due=item.due.isoformat())
            if item.due
            else self.tr("summary.action_owner", owner=owner)
        )
        return _item(f"{_checkbox(item.done)} {item.text} — {meta}")

    def actions(self) -> str | None:
        lines = [self.action(item) for item in _shared(self.session.action_items)]
        return _section(self.tr("summary.heading.actions"), lines)

    def parked(self) -> str | None:
        lines = [_item(item.text) for item in _shared(self.session.parking_lot)]
        return _section(self.tr("summary.heading.parked"), lines)

    def body(self, next_session: str | None) -> str:
        blocks: list[str | None] = [
            self.named("summary.greeting"),
            self.tr("summary.intro"),
            self.facts(),
            self.segments(),
            self.goals(),
            self.agreed(),
            self.feedback(),
            self.actions(),
            self.parked(),
        ]
        if next_session and next_session.strip():
            blocks.append(_indented(self.tr("summary.next_session", when=next_session.strip())))
        blocks.append(self.tr("summary.closing"))
        return "\n\n".join(block for block in blocks if block) + "\n"


def render_summary(
    session: Session,
    *,
    language: Language | None = None,
    next_session: str | None = None,
) -> Summary:
    """Render the shareable summary of `session` (private records never appear).

    The language defaults to the session's own; `next_session` is free text
    ("Thursday 11 Dec, 10:00") added as a closing line when given.
    """
    renderer = _Renderer(session, language or session.language)
    return Summary(
        subject=renderer.subject(),
        body=renderer.body(next_session),
        language=renderer.language,
    )
