"""The summary's sections about the relationship across sessions, each a small function
placed where the mentee reads it: carried-over actions with what became of them join
"Your next steps" / "From me", carried-over parked topics join "To come back to", the
long-term goals follow today's goals, the agreement (when this session made or changed
it) follows "What we agreed", and the next session closes the list.

They render a `RelationshipDigest`, which holds only what may be shared (see
relationship/shareable.py), in the mentor's voice to the mentee.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from sessiontui.i18n import Translator
from sessiontui.model import (
    AgreementTerms,
    Booker,
    CarriedItem,
    CarryKind,
    Frequency,
    GoalStatus,
    Owner,
    Progress,
    ReviewOutcome,
)
from sessiontui.relationship.shareable import GoalProgress, RelationshipDigest
from sessiontui.summary_text import indented, list_item, section


class RelationshipSections:
    """Renders the relationship sections of one session's summary in one language.

    `day` writes a date out ("Fri 4 Dec"); by default Babel's long format.
    """

    def __init__(
        self, tr: Translator, session_id: str, day: Callable[[date], str] | None = None
    ) -> None:
        self.tr = tr
        self.session_id = session_id
        self.day = day or (lambda value: tr.format_date(value, "long"))

    # --- carried over from earlier sessions ------------------------------------------

    def carried_action(self, entry: CarriedItem) -> str:
        """An earlier action item and what this session decided about it."""
        tr, origin, due = self.tr, self.day(entry.origin_date), entry.due
        review = entry.review_in(self.session_id)
        if review is not None and review.outcome is ReviewOutcome.DONE:
            text = tr.gettext("{text} (from {origin}): done", text=entry.text, origin=origin)
        elif review is not None and review.outcome is ReviewOutcome.DROPPED:
            text = tr.gettext("{text} (from {origin}): dropped", text=entry.text, origin=origin)
        elif review is not None and due is not None:
            text = tr.gettext(
                "{text} (from {origin}): still on, now by {day}",
                text=entry.text,
                origin=origin,
                day=self.day(due),
            )
        elif review is not None:
            text = tr.gettext("{text} (from {origin}): still on", text=entry.text, origin=origin)
        elif due is not None:
            text = tr.gettext(
                "{text} (from {origin}), by {day}",
                text=entry.text,
                origin=origin,
                day=self.day(due),
            )
        else:
            text = tr.gettext("{text} (from {origin})", text=entry.text, origin=origin)
        return list_item(text)

    def carried_actions(self, view: RelationshipDigest, owner: Owner) -> list[str]:
        """The earlier action items of `owner` (an item without one is the mentee's)."""
        return [
            self.carried_action(entry)
            for entry in view.carried
            if entry.kind is CarryKind.ACTION
            and (entry.owner is Owner.MENTOR) == (owner is Owner.MENTOR)
        ]

    def carried_topic(self, entry: CarriedItem) -> str:
        """An earlier parked topic and whether we came back to it."""
        tr, origin = self.tr, self.day(entry.origin_date)
        review = entry.review_in(self.session_id)
        if review is not None and review.outcome is ReviewOutcome.DONE:
            text = tr.gettext(
                "{text} (from {origin}): we talked about it", text=entry.text, origin=origin
            )
        elif review is not None and review.outcome is ReviewOutcome.DROPPED:
            text = tr.gettext(
                "{text} (from {origin}): we let it go", text=entry.text, origin=origin
            )
        else:
            text = tr.gettext("{text} (from {origin})", text=entry.text, origin=origin)
        return list_item(text)

    def carried_topics(self, view: RelationshipDigest) -> list[str]:
        """The earlier parked topics."""
        return [
            self.carried_topic(entry) for entry in view.carried if entry.kind is CarryKind.PARKED
        ]

    # --- long-term goals -------------------------------------------------------------

    def progress(self, entry: GoalProgress) -> str | None:
        """One long-term goal as this session left it (None: the session did not touch it)."""
        tr, goal, check_in = self.tr, entry.goal, entry.check_in
        labels = {
            Progress.ON_TRACK: tr.gettext("on track"),
            Progress.AT_RISK: tr.gettext("at risk"),
            Progress.OFF_TRACK: tr.gettext("off track"),
        }
        if goal.status is GoalStatus.ACHIEVED:
            state = tr.gettext("achieved")
        elif goal.status is GoalStatus.DROPPED:
            state = tr.gettext("set aside")
        elif check_in is not None:
            state = labels[check_in.progress]
        elif goal.session_id == self.session_id:
            state = tr.gettext("new")
        else:
            return None
        lines = [tr.gettext("{goal}: {state}", goal=goal.title, state=state)]
        if check_in is not None and check_in.note.strip():
            lines.append(check_in.note.strip())
        if goal.measure.strip():
            lines.append(tr.gettext("How we will know: {measure}", measure=goal.measure.strip()))
        if goal.target_date is not None:
            lines.append(tr.gettext("Target date: {date}", date=self.day(goal.target_date)))
        return list_item("\n".join(lines))

    def long_term(self, view: RelationshipDigest) -> str | None:
        """The long-term goals this session checked in on, set or closed."""
        lines = [line for entry in view.goals if (line := self.progress(entry)) is not None]
        return section(self.tr.gettext("Your long-term goals"), lines)

    # --- the agreement ---------------------------------------------------------------

    def rhythm(self, terms: AgreementTerms) -> str | None:
        """How often we meet, and for how long."""
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

    def agreement_lines(self, terms: AgreementTerms) -> list[str]:
        """The agreed terms, one list item each (the export lists them too)."""
        tr = self.tr
        bookers = {
            Booker.MENTOR: tr.gettext("I book the sessions."),
            Booker.MENTEE: tr.gettext("You book the sessions."),
            Booker.EITHER: tr.gettext("Either of us books the sessions."),
        }
        lines = [
            self.rhythm(terms),
            tr.gettext("The mentoring runs until {date}.", date=self.day(terms.runs_until))
            if terms.runs_until
            else None,
            tr.gettext("We review how it is going on {date}.", date=self.day(terms.review_on))
            if terms.review_on
            else None,
            tr.gettext("Topics: {topics}", topics=", ".join(terms.topics))
            if terms.topics
            else None,
            tr.gettext("Off-limits: {topics}", topics=", ".join(terms.off_limits))
            if terms.off_limits
            else None,
            tr.gettext("Between sessions: {contact}", contact=terms.contact.strip())
            if terms.contact.strip()
            else None,
            bookers[terms.booked_by] if terms.booked_by else None,
            tr.gettext("Commitment: {text}", text=terms.commitment.strip())
            if terms.commitment.strip()
            else None,
            tr.gettext("Confidentiality: {text}", text=terms.confidentiality.strip())
            if terms.confidentiality.strip()
            else None,
            tr.gettext("Either of us may end the mentoring at any time, without blame.")
            if terms.no_fault_ending
            else None,
        ]
        return [list_item(line) for line in lines if line]

    def agreement(self, view: RelationshipDigest) -> str | None:
        """The agreement, when this session made or changed it."""
        if view.agreement is None:
            return None
        return section(
            self.tr.gettext("Our mentoring agreement"), self.agreement_lines(view.agreement)
        )

    # --- the next session ------------------------------------------------------------

    def when(self, starts_at: datetime) -> str:
        """A meeting's day and time written out, in its own time zone."""
        time = self.tr.format_time(
            starts_at, self.tr.pgettext("Babel time pattern: a meeting's time", "h:mm a")
        )
        return self.tr.gettext("{day} at {time}", day=self.day(starts_at.date()), time=time)

    def next_session(self, view: RelationshipDigest) -> str | None:
        """When we meet next and what to prepare (None when no next session is set)."""
        following = view.next_session
        if following is None:
            return None
        lines = [self.when(following.starts_at)]
        if following.prepare.strip():
            lines.append(self.tr.gettext("To prepare: {text}", text=indented(following.prepare)))
        return section(self.tr.gettext("Our next session"), lines)
