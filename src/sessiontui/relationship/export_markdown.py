"""The export as Markdown: a document to read, print or keep, in the mentee's language."""

from __future__ import annotations

from datetime import date, datetime

from sessiontui.i18n import Translator
from sessiontui.model import (
    AgreementVersion,
    CarryKind,
    Feedback,
    GoalStatus,
    LongTermGoal,
    Progress,
    ReviewOutcome,
    Session,
    Visibility,
)
from sessiontui.relationship.export import (
    PRIVATE_NOTICE,
    ActionRow,
    ActionState,
    Export,
    owner_label,
    private_mark,
)
from sessiontui.relationship.goals import progress_history
from sessiontui.relationship.names import display_name
from sessiontui.summary_relationship import RelationshipSections
from sessiontui.summary_text import list_item


def section(title: str, lines: list[str]) -> str | None:
    """A Markdown (setext) section, or None when it has nothing to say."""
    if not lines:
        return None
    return "\n".join([title, "-" * len(title), *lines])


class _Markdown:
    def __init__(self, export: Export, tr: Translator) -> None:
        self.export = export
        self.tr = tr
        self.name = display_name(export.record.mentee.name)
        # The summary's agreement lines, read as a whole (no session is "this" one).
        self.sections = RelationshipSections(tr, session_id="")

    def day(self, value: date) -> str:
        """A date (or a time's date) written out in the export's language."""
        if isinstance(value, datetime):
            value = value.date()
        return self.tr.format_date(value, "long")

    def mark(self, visibility: Visibility) -> str:
        return private_mark(visibility, self.tr)

    def title(self) -> str:
        heading = self.tr.gettext("Mentoring with {name}", name=self.name)
        lines = [heading, "=" * len(heading)]
        if self.export.include_private:
            lines += ["", "> " + self.tr.gettext(PRIVATE_NOTICE)]
        sessions = self.export.sessions
        lines.append("")
        lines.append(self.tr.gettext("Exported on {date}.", date=self.day(self.export.exported_at)))
        if sessions:
            lines.append(
                self.tr.ngettext(
                    "{n} session, from {first} to {last}.",
                    "{n} sessions, from {first} to {last}.",
                    len(sessions),
                    first=self.day(sessions[0].started_at),
                    last=self.day(sessions[-1].started_at),
                )
            )
        notes = self.export.record.mentee.private_notes.strip()
        if self.export.include_private and notes:
            lines.append(self.tr.gettext("Private notes: {text}", text=notes))
        return "\n".join(lines)

    def agreement(self, version: AgreementVersion, heading: str) -> str | None:
        lines = self.sections.agreement_lines(version.terms())
        if self.export.include_private and version.private_notes.strip():
            note = self.tr.gettext("Private notes: {text}", text=version.private_notes.strip())
            lines.append(list_item(note))
        return section(heading + self.mark(version.visibility), lines)

    def agreements(self) -> list[str | None]:
        versions = self.export.record.agreements
        blocks: list[str | None] = []
        for index, version in enumerate(reversed(versions)):
            when = self.day(version.created_at)
            heading = (
                self.tr.gettext("Our mentoring agreement (since {date})", date=when)
                if index == 0
                else self.tr.gettext("Earlier agreement (from {date})", date=when)
            )
            blocks.append(self.agreement(version, heading))
        return blocks

    def goal(self, goal: LongTermGoal) -> str:
        statuses = {
            GoalStatus.ACTIVE: self.tr.gettext("active"),
            GoalStatus.ACHIEVED: self.tr.gettext("achieved"),
            GoalStatus.DROPPED: self.tr.gettext("set aside"),
        }
        progress = {
            Progress.ON_TRACK: self.tr.gettext("on track"),
            Progress.AT_RISK: self.tr.gettext("at risk"),
            Progress.OFF_TRACK: self.tr.gettext("off track"),
        }
        lines = [f"{goal.title} — {statuses[goal.status]}{self.mark(goal.visibility)}"]
        if goal.measure.strip():
            lines.append(self.tr.gettext("Measure: {measure}", measure=goal.measure.strip()))
        if goal.target_date is not None:
            lines.append(self.tr.gettext("Target date: {date}", date=self.day(goal.target_date)))
        for check_in in progress_history(goal):
            line = f"{self.day(check_in.created_at)}: {progress[check_in.progress]}"
            if check_in.note.strip():
                line += f" — {check_in.note.strip()}"
            lines.append(line + self.mark(check_in.visibility))
        return list_item("\n".join(lines))

    def goals(self) -> str | None:
        goals = [self.goal(goal) for goal in self.export.record.goals]
        return section(self.tr.gettext("Long-term goals"), goals)

    def action(self, row: ActionRow) -> str:
        box = {ActionState.DONE: "[x]", ActionState.OPEN: "[ ]", ActionState.DROPPED: "[-]"}
        owner = owner_label(row.item.owner, self.name, self.tr)
        origin = self.tr.gettext(
            "{owner}, from {date}", owner=owner, date=self.day(row.session.started_at)
        )
        parts = [f"{box[row.state]} {row.item.text} — {origin}"]
        if row.due is not None:
            parts.append(self.tr.gettext("due {date}", date=self.day(row.due)))
        outcomes = {
            ReviewOutcome.DONE: self.tr.gettext("done"),
            ReviewOutcome.KEPT: self.tr.gettext("kept"),
            ReviewOutcome.DROPPED: self.tr.gettext("dropped"),
        }
        story = [
            self.tr.gettext(
                "{date}: {outcome}",
                date=self.day(review.created_at),
                outcome=outcomes[review.outcome],
            )
            for review in row.reviews
        ]
        if row.item.done:
            story.append(self.tr.gettext("done in that session"))
        if row.carried is not None and row.carried.stuck:
            story.append(self.tr.gettext("stuck: kept three times or more"))
        text = ", ".join(parts) + self.mark(row.item.visibility)
        return list_item("\n".join([text, *story]))

    def actions(self) -> str | None:
        rows = [self.action(row) for row in self.export.actions()]
        return section(self.tr.gettext("Action items"), rows)

    def parked(self) -> str | None:
        items = [
            list_item(item.text + self.mark(item.visibility))
            for item in self.export.record.carried
            if item.kind is CarryKind.PARKED and item.is_open
        ]
        return section(self.tr.gettext("To come back to"), items)

    def session(self, session: Session) -> str | None:
        lines = [
            *(
                self.tr.gettext("Session goal: {text}", text=g.text) + self.mark(g.visibility)
                for g in session.goals
            ),
            *(
                self.tr.gettext("Note: {text}", text=n.text) + self.mark(n.visibility)
                for n in session.notes
            ),
            *(
                self.tr.gettext("Feedback: {text}", text=self.feedback_text(f))
                + self.mark(f.visibility)
                for f in session.feedback
            ),
        ]
        heading = f"{self.day(session.started_at)} — {session.script_title}"
        return "\n".join(["### " + heading, "", *(list_item(line) for line in lines)])

    def feedback_text(self, entry: Feedback) -> str:
        parts = [entry.situation, entry.behaviour, entry.impact, entry.text]
        return " / ".join(part.strip() for part in parts if part.strip())

    def sessions(self) -> str | None:
        blocks = [self.session(session) for session in self.export.sessions]
        heading = self.tr.gettext("Sessions")
        if not blocks:
            return None
        return "\n\n".join([heading + "\n" + "-" * len(heading), *(b for b in blocks if b)])

    def next_session(self) -> str | None:
        following = self.export.record.next_session
        if following is None:
            return None
        when = self.tr.format_datetime(following.starts_at, "full", time_format="short")
        lines = [
            self.tr.gettext("Next session: {when}", when=when) + self.mark(following.visibility)
        ]
        if following.prepare.strip():
            lines.append(self.tr.gettext("To prepare: {text}", text=following.prepare.strip()))
        return "\n".join(lines)

    def document(self) -> str:
        blocks = [
            self.title(),
            *self.agreements(),
            self.goals(),
            self.actions(),
            self.parked(),
            self.sessions(),
            self.next_session(),
        ]
        return "\n\n".join(block for block in blocks if block) + "\n"


def export_markdown(export: Export, tr: Translator) -> str:
    """The export as a Markdown document in `tr`'s language."""
    return _Markdown(export, tr).document()
