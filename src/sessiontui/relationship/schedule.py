"""The next session's date: proposed from the agreed rhythm, on the same weekday and time.

Weekly, fortnightly and "every N weeks" add whole weeks; monthly goes to the
same weekday of the same week of the month (the second Tuesday stays the
second Tuesday; a fifth one that a month lacks becomes its last). The time is
this session's start rounded to the quarter hour, kept on the wall clock
across a daylight-saving change. Without an agreed rhythm, a week later.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta, tzinfo

from sessiontui.model import AgreementTerms, Frequency

_QUARTER = 15
DEFAULT_WEEKS = 1


def round_to_quarter(moment: datetime) -> datetime:
    """`moment` to the nearest quarter hour (10:07 -> 10:00, 10:08 -> 10:15)."""
    minutes = moment.hour * 60 + moment.minute + moment.second / 60
    rounded = int(minutes / _QUARTER + 0.5) * _QUARTER
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + timedelta(minutes=rounded)


def _same_weekday_next_month(wall: datetime) -> datetime:
    """The same weekday in the same week of the following month (naive wall time)."""
    week = (wall.day - 1) // 7
    year, month = (wall.year + 1, 1) if wall.month == 12 else (wall.year, wall.month + 1)
    first_weekday, days = calendar.monthrange(year, month)
    first = 1 + (wall.weekday() - first_weekday) % 7
    day = first + 7 * week
    while day > days:
        day -= 7
    return wall.replace(year=year, month=month, day=day)


def _step(wall: datetime, terms: AgreementTerms | None) -> datetime:
    if terms is not None and terms.frequency is Frequency.MONTHLY:
        return _same_weekday_next_month(wall)
    weeks = (terms.interval_weeks() if terms is not None else None) or DEFAULT_WEEKS
    return wall + timedelta(weeks=weeks)


def _attach(wall: datetime, zone: tzinfo | None) -> datetime:
    """A wall-clock time made aware: in `zone`, or the system's local zone when None."""
    return wall.replace(tzinfo=zone) if zone is not None else wall.astimezone()


def propose_next(
    terms: AgreementTerms | None,
    this_start: datetime,
    now: datetime,
    zone: tzinfo | None = None,
) -> datetime:
    """The next session's start after `this_start`, by the agreed rhythm, after `now`.

    `zone` is where the wall clock is read (the system's local zone when
    None): the proposed time stays 10:00 on that clock across a DST change.
    """
    start = this_start.astimezone(zone) if zone is not None else this_start.astimezone()
    wall = round_to_quarter(start).replace(tzinfo=None)
    candidate = _step(wall, terms)
    while _attach(candidate, zone) <= now:
        candidate = _step(candidate, terms)
    return _attach(candidate, zone)
