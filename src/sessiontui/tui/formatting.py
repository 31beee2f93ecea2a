"""Plain-text renderings of clock figures and session entries for the screen.

Pure functions (no Textual): the widgets only place these strings. Seconds are
shown whole, always cut down from the exact figure, so every display that
shows the same instant agrees to the second.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

from rich.cells import cell_len

from sessiontui.entries import Entry
from sessiontui.i18n import N_, _, current
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackDirection,
    Note,
    Owner,
    ParkingLotItem,
    SessionGoal,
    Visibility,
)
from sessiontui.timing import Phase, SegmentTiming, SessionTiming

# Labels of the choices the forms offer and the lists show (translate with _()).
OWNER_LABELS: dict[Owner, str] = {Owner.MENTOR: N_("Mentor"), Owner.MENTEE: N_("Mentee")}
DIRECTION_LABELS: dict[FeedbackDirection, str] = {
    FeedbackDirection.MENTOR_TO_MENTEE: N_("Mentor → mentee"),
    FeedbackDirection.MENTEE_TO_MENTOR: N_("Mentee → mentor"),
    FeedbackDirection.ABOUT_SESSION: N_("About the session"),
}


def clock_text(seconds: float) -> str:
    """Whole seconds as "mm:ss" (minutes keep counting past 59: "75:02")."""
    whole = max(0, math.floor(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


def countdown_text(segment: SegmentTiming) -> str:
    """The current segment's countdown, or "+mm:ss" counting up in overtime."""
    if segment.phase is Phase.OVERTIME:
        return "+" + clock_text(segment.overtime)
    return clock_text(max(0, segment.planned - math.floor(segment.spent)))


def drift_text(timing: SessionTiming) -> str:
    """ "on time", "N min behind" or "N min ahead" against the script's plan."""
    minutes = round(timing.behind / 60)
    if minutes > 0:
        return _("{n} min behind", n=minutes)
    if minutes < 0:
        return _("{n} min ahead", n=-minutes)
    return _("on time")


def _nearest_minute(when: datetime) -> str:
    """ "HH:MM", rounded: a plan that ends at 10:59:59.6 after a rebalance ends at 11:00."""
    return (when + timedelta(seconds=30)).strftime("%H:%M")


def planned_end_text(timing: SessionTiming, now: datetime) -> str:
    """The time of day the call is planned to end (see `SessionTiming.planned_end`)."""
    return _nearest_minute(timing.planned_end(now))


def projected_end_text(timing: SessionTiming, now: datetime) -> str:
    """The time of day the session will end if nothing changes."""
    return _nearest_minute(timing.projected_end(now))


def status_line(
    *, mentee: str, title: str, times: str, ends: str, planned: str, drift: str, width: int
) -> str:
    """The fullest status line that fits in `width` cells.

    The least useful part goes first: the script title (it is in the agenda
    anyway), then the planned end, then the projected end, then the mentee's
    name. Elapsed / planned and ahead/behind always stay, so a narrow
    terminal still tells the time.
    """
    variants = (
        (mentee, title, times, ends, planned, drift),
        (mentee, times, ends, planned, drift),
        (mentee, times, ends, drift),
        (mentee, times, drift),
        (times, drift),
    )
    lines = [" · ".join(part for part in parts if part) for parts in variants]
    return next((line for line in lines if cell_len(line) <= width), lines[-1])


def private_suffix(visibility: Visibility) -> str:
    """The marker of a private entry after its text ("" when shared), for the
    relationship screens' multi-line rows; entry lists mark it themselves."""
    return " " + _("[private]") if visibility is Visibility.PRIVATE else ""


def feedback_line(entry: Feedback) -> str:
    """One feedback entry: direction, then situation–behaviour–impact and free text."""
    parts = [
        _(label, text=value.strip())
        for label, value in (
            (N_("S: {text}"), entry.situation),
            (N_("B: {text}"), entry.behaviour),
            (N_("I: {text}"), entry.impact),
        )
        if value.strip()
    ]
    if entry.text.strip():
        parts.append(entry.text.strip())
    direction = _(DIRECTION_LABELS[entry.direction])
    return f"{direction}: {' · '.join(parts)}"


def action_line(item: ActionItem) -> str:
    """One action item: done box, text, owner and due date."""
    box = "[x]" if item.done else "[ ]"
    details = [_(OWNER_LABELS[item.owner])]
    if item.due is not None:
        details.append(_("due {date}", date=current().format_date(item.due, "EEE d MMM")))
    return f"{box} {item.text} · {' · '.join(details)}"


def overdue(item: ActionItem, today: date) -> bool:
    """True for an open action item whose due date has passed."""
    return not item.done and item.due is not None and item.due < today


def goal_line(goal: SessionGoal) -> str:
    """One session goal: achieved box, text and its measure."""
    box = "[x]" if goal.achieved else "[ ]"
    measure = " · " + _("measure: {text}", text=goal.measure) if goal.measure else ""
    return f"{box} {goal.text}{measure}"


def parked_line(item: ParkingLotItem) -> str:
    """One parked thought, ticked once reviewed."""
    box = "[x]" if item.reviewed else "[ ]"
    return f"{box} {item.text}"


def note_line(note: Note) -> str:
    """One note."""
    return note.text


def entry_line(entry: Entry) -> str:
    """How an entry of any kind reads in its list (its visibility is shown apart)."""
    if isinstance(entry, Feedback):
        return feedback_line(entry)
    if isinstance(entry, ActionItem):
        return action_line(entry)
    if isinstance(entry, SessionGoal):
        return goal_line(entry)
    if isinstance(entry, ParkingLotItem):
        return parked_line(entry)
    return note_line(entry)
