"""Plain-text renderings of the relationship across sessions: mentees, goals,
check-ins, carried-over items, the agreement and stored sessions.

Pure functions (no Textual), like `formatting.py`, whose private marker they
share: every list shows its rows through `EntryList`, so the one rendering of
"private" (and share mode's filter on it) covers these screens too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from sessiontui.i18n import N_, _, current, ngettext
from sessiontui.model import (
    AgreementTerms,
    Booker,
    CarriedItem,
    CarryKind,
    Frequency,
    GoalCheckIn,
    GoalStatus,
    LongTermGoal,
    MenteeEntry,
    Progress,
    ReviewOutcome,
    SessionGoal,
    Visibility,
)
from sessiontui.share import shown_entries
from sessiontui.tui.formatting import OWNER_LABELS, private_suffix

PROGRESS_LABELS: dict[Progress, str] = {
    Progress.ON_TRACK: N_("On track"),
    Progress.AT_RISK: N_("At risk"),
    Progress.OFF_TRACK: N_("Off track"),
}
# One mark per check-in, told apart by shape as well as colour (a shared
# screen on a compressed video call loses colour first).
PROGRESS_MARKS: dict[Progress, str] = {
    Progress.ON_TRACK: "●",
    Progress.AT_RISK: "◐",
    Progress.OFF_TRACK: "○",
}
STATUS_LABELS: dict[GoalStatus, str] = {
    GoalStatus.ACTIVE: N_("Active"),
    GoalStatus.ACHIEVED: N_("Achieved"),
    GoalStatus.DROPPED: N_("Dropped"),
}
OUTCOME_LABELS: dict[ReviewOutcome, str] = {
    ReviewOutcome.DONE: N_("done"),
    ReviewOutcome.KEPT: N_("kept"),
    ReviewOutcome.DROPPED: N_("dropped"),
}
FREQUENCY_LABELS: dict[Frequency, str] = {
    Frequency.WEEKLY: N_("Every week"),
    Frequency.FORTNIGHTLY: N_("Every two weeks"),
    Frequency.MONTHLY: N_("Every month"),
    Frequency.CUSTOM: N_("Every few weeks"),
}
BOOKER_LABELS: dict[Booker, str] = {
    Booker.MENTOR: N_("The mentor"),
    Booker.MENTEE: N_("The mentee"),
    Booker.EITHER: N_("Either of us"),
}


def day(value: date | datetime) -> str:
    """A date as the UI language writes it."""
    return current().format_date(value.date() if isinstance(value, datetime) else value)


def day_and_time(value: datetime) -> str:
    """A date and a time of day as the UI language writes them."""
    return current().format_datetime(value, "medium", time_format="short")


# --- mentees -------------------------------------------------------------------------


def mentee_details(entry: MenteeEntry, sharing: bool = False) -> str:
    """The picker's second line: last session, open action items, next planned date
    (while `sharing`, the count counts the shared items only, as every count does)."""
    parts = [
        _("last session {date}", date=day(entry.last_session_at))
        if entry.last_session_at is not None
        else _("no session yet")
    ]
    open_actions = entry.open_shared_actions if sharing else entry.open_actions
    parts.append(ngettext("{n} open action item", "{n} open action items", open_actions))
    if entry.next_session_at is not None:
        parts.append(_("next {date}", date=day(entry.next_session_at)))
    return " · ".join(parts)


# --- long-term goals -------------------------------------------------------------------


def progress_chart(check_ins: Sequence[GoalCheckIn]) -> str:
    """Check-ins over time as a row of marks, oldest first (only those given:
    while sharing, the board passes the shared ones alone)."""
    return " ".join(PROGRESS_MARKS[c.progress] for c in check_ins)


def goal_nudges(measure: str, target: date | None) -> list[str]:
    """What would make a goal specific and measurable (never a refusal)."""
    nudges = []
    if not measure.strip():
        nudges.append(_("No measure yet: how will you both know it is reached?"))
    if target is None:
        nudges.append(_("No target date yet: by when?"))
    return nudges


def goal_board_text(
    goal: LongTermGoal, session_id: str, linked: Sequence[SessionGoal] = (), sharing: bool = False
) -> str:
    """A goal as the board shows it: title and date, measure, the chart and the
    latest check-in (this session's marked as such), and the session goals
    (metas) of this session that work towards it; while `sharing`, only the
    check-ins and metas that share mode shows."""
    head = goal.title
    if goal.target_date is not None:
        head += "  · " + _("by {date}", date=day(goal.target_date))
    if not goal.active:
        head += "  · " + _(STATUS_LABELS[goal.status])
    lines = [head + private_suffix(goal.visibility)]
    lines.append(
        "   " + (_("Measure: {text}", text=goal.measure) if goal.measure else _("No measure yet"))
    )
    check_ins = shown_entries(goal.check_ins, sharing)
    latest = check_ins[-1] if check_ins else None
    if latest is None:
        lines.append("   " + _("No check-in yet"))
    else:
        reading = _(PROGRESS_LABELS[latest.progress])
        if latest.session_id == session_id:
            reading = _("{progress} today", progress=reading)
        if latest.note:
            reading += f": {latest.note}"
        lines.append(
            f"   {progress_chart(check_ins)}   {reading}{private_suffix(latest.visibility)}"
        )
    lines.extend(
        "   " + _("This session: {goal}", goal=meta.text) + private_suffix(meta.visibility)
        for meta in shown_entries(linked, sharing)
    )
    return "\n".join(lines)


def chart_legend() -> str:
    """What the chart's marks mean."""
    return "   ".join(PROGRESS_MARKS[p] + " " + _(PROGRESS_LABELS[p]) for p in Progress)


# --- carried-over items ----------------------------------------------------------------


def carried_text(item: CarriedItem, today: date, session_id: str) -> str:
    """A carried-over item: text, owner, where it comes from, its first due date,
    overdue or stuck, and this session's review."""
    kind = (
        _("Parked")
        if item.kind is CarryKind.PARKED
        else _(OWNER_LABELS[item.owner])
        if (item.owner is not None)
        else _("Action")
    )
    details = [kind, _("from {date}", date=day(item.origin_date))]
    if item.first_due is not None:
        details.append(_("first due {date}", date=day(item.first_due)))
    if item.due is not None and item.due != item.first_due:
        details.append(_("due {date}", date=day(item.due)))
    flags = []
    review = item.review_in(session_id)
    if review is not None:
        outcome = _(OUTCOME_LABELS[review.outcome])
        if review.new_due is not None:
            outcome = _("{outcome}, new due {date}", outcome=outcome, date=day(review.new_due))
        flags.append("→ " + outcome)
    else:
        if item.overdue(today):
            flags.append(_("OVERDUE"))
        if item.stuck:
            flags.append(_("STUCK (kept {n} times)", n=item.keeps))
    box = "[ ]" if review is None else "[x]"
    flag_text = ("  " + " · ".join(flags)) if flags else ""
    return (
        f"{box} {item.text}{private_suffix(item.visibility)}{flag_text}\n    {' · '.join(details)}"
    )


# --- the agreement ---------------------------------------------------------------------


def agreement_lines(terms: AgreementTerms, *, private: bool) -> list[tuple[str, str]]:
    """The agreement's filled fields as (label, value) pairs, in the form's order.

    The private notes are the mentor's own: listed only when `private` is True.
    """
    rows: list[tuple[str, str]] = []
    if terms.frequency is not None:
        rhythm = _(FREQUENCY_LABELS[terms.frequency])
        if terms.frequency is Frequency.CUSTOM and terms.every_weeks:
            rhythm = ngettext("Every {n} week", "Every {n} weeks", terms.every_weeks)
        rows.append((_("How often"), rhythm))
    if terms.session_minutes is not None:
        rows.append((_("How long"), _("{n} min", n=terms.session_minutes)))
    if terms.runs_until is not None:
        rows.append((_("The mentoring runs until"), day(terms.runs_until)))
    if terms.review_on is not None:
        rows.append((_("We review how it goes on"), day(terms.review_on)))
    if terms.topics:
        rows.append((_("Topics"), "; ".join(terms.topics)))
    if terms.off_limits:
        rows.append((_("Off-limits"), "; ".join(terms.off_limits)))
    if terms.contact:
        rows.append((_("Between sessions"), terms.contact))
    if terms.booked_by is not None:
        rows.append((_("Who books"), _(BOOKER_LABELS[terms.booked_by])))
    if terms.commitment:
        rows.append((_("Commitment"), terms.commitment))
    if terms.confidentiality:
        rows.append((_("Confidentiality"), terms.confidentiality))
    if terms.no_fault_ending:
        rows.append((_("Ending"), _("Either of us may end the mentoring without blame.")))
    if private and terms.private_notes:
        rows.append(
            (_("My private notes"), terms.private_notes + private_suffix(Visibility.PRIVATE))
        )
    return rows


# --- the history -----------------------------------------------------------------------


def _last_months(today: date, months: int) -> list[tuple[int, int]]:
    """(year, month) of the last `months` months up to `today`'s, oldest first."""
    keys = []
    year, month = today.year, today.month
    for _count in range(months):
        keys.append((year, month))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return keys[::-1]


def _month_marks(per_month: Mapping[tuple[int, int], int], today: date, months: int) -> list[str]:
    """One bar per month of the last `months` (· for none), scaled to the busiest."""
    keys = _last_months(today, months)
    top = max(per_month.get(k, 0) for k in keys)
    bars = " ▁▂▃▄▅▆▇█"
    return [
        "·" if not per_month.get(k) else bars[max(1, round(per_month[k] / top * 8))] for k in keys
    ]


def months_chart(starts: Sequence[datetime], today: date, months: int = 12) -> tuple[str, str]:
    """Sessions per month over the last `months` months, oldest first: a row of
    bars (· for none) and, under it, each month's initial in the UI language."""
    per_month = Counter((s.year, s.month) for s in starts)
    keys = _last_months(today, months)
    initials = [current().format_date(date(y, m, 1), "MMMMM") for y, m in keys]
    return " ".join(_month_marks(per_month, today, months)), " ".join(initials)


def months_mark(entry: MenteeEntry, today: date, months: int = 12) -> str:
    """The picker's compact picture of a mentee's sessions per month (the history's
    bars, side by side); empty before their first stored session."""
    if not entry.sessions_per_month:
        return ""
    per_month = {
        (int(key[:4]), int(key[5:7])): count for key, count in entry.sessions_per_month.items()
    }
    return "".join(_month_marks(per_month, today, months))
