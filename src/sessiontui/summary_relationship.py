"""The summary's sections about the relationship across sessions: what was carried over
and decided, the agreement when it was made or changed, long-term goal check-ins, and
the next session. They render a `RelationshipDigest`, which holds only what may be
shared (see relationship/shareable.py)."""

from __future__ import annotations

from datetime import date

from sessiontui.i18n import Translator
from sessiontui.model import (
    AgreementTerms,
    Booker,
    CarriedItem,
    Frequency,
    GoalStatus,
    Progress,
    ReviewOutcome,
)
from sessiontui.relationship.shareable import GoalProgress, RelationshipDigest
from sessiontui.summary_text import indented, list_item, section


class RelationshipSections:
    """Renders the relationship sections of one session's summary in one language."""

    def __init__(self, tr: Translator, session_id: str) -> None:
        self.tr = tr
        self.session_id = session_id

    def carried_item(self, entry: CarriedItem) -> str:
        review = entry.review_in(self.session_id)
        due = entry.due
        if review is not None and review.outcome is ReviewOutcome.DONE:
            text = self.tr.gettext("[x] {text} — done", text=entry.text)
        elif review is not None and review.outcome is ReviewOutcome.DROPPED:
            text = self.tr.gettext("[-] {text} — dropped", text=entry.text)
        elif review is not None and due is not None:
            text = self.tr.gettext(
                "[ ] {text} — kept, due {due}", text=entry.text, due=self.day(due)
            )
        elif review is not None:
            text = self.tr.gettext("[ ] {text} — kept", text=entry.text)
        elif due is not None:
            text = self.tr.gettext(
                "[ ] {text} — still open, due {due}", text=entry.text, due=self.day(due)
            )
        else:
            text = self.tr.gettext("[ ] {text} — still open", text=entry.text)
        return list_item(text)

    def carried(self, view: RelationshipDigest) -> str | None:
        lines = [self.carried_item(entry) for entry in view.carried]
        return section(self.tr.gettext("From earlier sessions"), lines)

    def day(self, value: date) -> str:
        return self.tr.format_date(value, "long")

    def rhythm(self, terms: AgreementTerms) -> str | None:
        labels = {
            Frequency.WEEKLY: self.tr.gettext("every week"),
            Frequency.FORTNIGHTLY: self.tr.gettext("every two weeks"),
            Frequency.MONTHLY: self.tr.gettext("once a month"),
        }
        if terms.frequency is Frequency.CUSTOM and terms.every_weeks:
            how_often: str | None = self.tr.ngettext(
                "every {n} week", "every {n} weeks", terms.every_weeks
            )
        else:
            how_often = labels.get(terms.frequency) if terms.frequency else None
        if how_often and terms.session_minutes:
            return self.tr.gettext(
                "We meet {how_often}, for {minutes} minutes.",
                how_often=how_often,
                minutes=terms.session_minutes,
            )
        if how_often:
            return self.tr.gettext("We meet {how_often}.", how_often=how_often)
        return None

    def agreement(self, terms: AgreementTerms | None) -> str | None:
        if terms is None:
            return None
        bookers = {
            Booker.MENTOR: self.tr.gettext("The mentor books the sessions."),
            Booker.MENTEE: self.tr.gettext("You book the sessions."),
            Booker.EITHER: self.tr.gettext("Either of us books the sessions."),
        }
        lines = [
            self.rhythm(terms),
            self.tr.gettext("The mentoring runs until {date}.", date=self.day(terms.runs_until))
            if terms.runs_until
            else None,
            self.tr.gettext("We review how it is going on {date}.", date=self.day(terms.review_on))
            if terms.review_on
            else None,
            self.tr.gettext("Topics: {topics}", topics=", ".join(terms.topics))
            if terms.topics
            else None,
            self.tr.gettext("Off-limits: {topics}", topics=", ".join(terms.off_limits))
            if terms.off_limits
            else None,
            self.tr.gettext("Between sessions: {contact}", contact=terms.contact.strip())
            if terms.contact.strip()
            else None,
            bookers[terms.booked_by] if terms.booked_by else None,
            self.tr.gettext("Commitment: {text}", text=terms.commitment.strip())
            if terms.commitment.strip()
            else None,
            self.tr.gettext("Confidentiality: {text}", text=terms.confidentiality.strip())
            if terms.confidentiality.strip()
            else None,
            self.tr.gettext("Either of us may end the mentoring at any time, without blame.")
            if terms.no_fault_ending
            else None,
        ]
        return section(
            self.tr.gettext("Our mentoring agreement"), [list_item(line) for line in lines if line]
        )

    def progress(self, entry: GoalProgress) -> str | None:
        goal, check_in = entry.goal, entry.check_in
        labels = {
            Progress.ON_TRACK: self.tr.gettext("on track"),
            Progress.AT_RISK: self.tr.gettext("at risk"),
            Progress.OFF_TRACK: self.tr.gettext("off track"),
        }
        if goal.status is GoalStatus.ACHIEVED:
            head = self.tr.gettext("{title} — achieved", title=goal.title)
        elif goal.status is GoalStatus.DROPPED:
            head = self.tr.gettext("{title} — set aside", title=goal.title)
        elif check_in is not None:
            head = self.tr.gettext(
                "{title} — {progress}", title=goal.title, progress=labels[check_in.progress]
            )
        elif goal.session_id == self.session_id:
            head = self.tr.gettext("{title} — new", title=goal.title)
        else:
            return None
        lines = [head]
        if check_in is not None and check_in.note.strip():
            lines.append(check_in.note.strip())
        if goal.measure.strip():
            lines.append(self.tr.gettext("Measure: {measure}", measure=goal.measure.strip()))
        if goal.target_date is not None:
            lines.append(self.tr.gettext("Target date: {date}", date=self.day(goal.target_date)))
        return list_item("\n".join(lines))

    def long_term(self, view: RelationshipDigest) -> str | None:
        lines = [self.progress(entry) for entry in view.goals]
        return section(
            self.tr.gettext("Long-term goals"), [line for line in lines if line is not None]
        )

    def next_session(self, view: RelationshipDigest, free_text: str | None) -> str | None:
        following = view.next_session
        if following is not None:
            when = self.tr.format_datetime(following.starts_at, "full", time_format="short")
            lines = [self.tr.gettext("Next session: {when}", when=when)]
            if following.prepare.strip():
                lines.append(self.tr.gettext("To prepare: {text}", text=following.prepare.strip()))
            return indented("\n".join(lines))
        if free_text and free_text.strip():
            return indented(self.tr.gettext("Next session: {when}", when=free_text.strip()))
        return None
