"""Due dates as the mentor types them: an ISO date, or a short relative form.

"2025-03-14" is that day; "+3d" is three days from today and "+2w" two weeks
("+2s", semanas, for Spanish speakers). An empty text means no due date.
Kept free of the UI so the rules are unit-tested on their own.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from sessiontui.i18n import _

_RELATIVE = re.compile(r"^\+\s*(\d{1,4})\s*([dws])$", re.IGNORECASE)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME_OF_DAY = re.compile(r"^(\d{1,2}):(\d{2})$")
_DAYS_PER_UNIT = {"d": 1, "w": 7, "s": 7}


class DueDateError(ValueError):
    """A due date that cannot be understood; its message is translated and shown."""


def parse_due(text: str, today: date) -> date | None:
    """The due date meant by `text` (None when blank), relative to `today`.

    Raises DueDateError with a one-line reason for anything else.
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    relative = _RELATIVE.match(cleaned)
    if relative is not None:
        count, unit = int(relative.group(1)), relative.group(2).lower()
        return today + timedelta(days=count * _DAYS_PER_UNIT[unit])
    if _ISO.match(cleaned):
        try:
            return date.fromisoformat(cleaned)
        except ValueError:  # e.g. 2025-02-30: the right shape, not a real day
            pass
    raise DueDateError(_("Not a due date: '{text}'. Use YYYY-MM-DD, +3d or +2w.", text=cleaned))


def parse_time_of_day(text: str) -> time | None:
    """The time of day "HH:MM" (24-hour) typed by the mentor, or None when it is not one."""
    found = _TIME_OF_DAY.match(text.strip())
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2))
    return time(hour, minute) if hour < 24 and minute < 60 else None
