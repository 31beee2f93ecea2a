"""The next session as an iCalendar (RFC 5545) file, written next to the summary file.

Made with the `icalendar` library: one VEVENT, times in UTC (no time-zone
table needed), a UID that stays the same for the same session so that a
calendar updates the event instead of adding a second one. Only a next
session marked shared is written, and "to prepare" is its description.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sessiontui.clipboard import write_new_file
from sessiontui.i18n import _, session_translator
from sessiontui.model import Session
from sessiontui.relationship.shareable import shared_next
from sessiontui.store.errors import os_error_reason

PRODUCT_ID = "-//sessiontui//mentoring sessions//EN"
CALENDAR_SUFFIX = ".ics"


def next_session_calendar(session: Session, now: datetime) -> str | None:
    """The calendar text for `session`'s next session (None when none may be shared).

    `now` stamps the event (DTSTAMP), from the injected wall clock.
    """
    following = shared_next(session.relationship.next_session)
    if following is None:
        return None
    # Imported here, at Send: loading icalendar costs the start-up ~20 ms and several MiB.
    from icalendar import Calendar, Event  # noqa: PLC0415

    tr = session_translator(session.language)
    name = " ".join(session.mentee.split())
    title = (
        tr.gettext("Mentoring session with {name}", name=name)
        if name
        else tr.gettext("Mentoring session")
    )
    event = Event()
    event.add("uid", f"{session.id}-next@sessiontui")
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", following.starts_at.astimezone(UTC))
    event.add("dtend", (following.starts_at + timedelta(minutes=following.minutes)).astimezone(UTC))
    event.add("summary", title)
    if following.prepare.strip():
        event.add("description", tr.gettext("To prepare: {text}", text=following.prepare.strip()))
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add_component(event)
    raw: bytes = calendar.to_ical()
    return raw.decode("utf-8")


def write_next_session_file(
    session: Session, folder: Path, stem: str, now: datetime
) -> Path | None:
    """Write `<stem>.ics` into `folder` (never over an existing file); None when there is
    no shared next session. Raises OSError on disk trouble."""
    text = next_session_calendar(session, now)
    if text is None:
        return None
    return write_new_file(text, folder, stem, CALENDAR_SUFFIX)


def calendar_line(session: Session, summary_file: Path, now: datetime) -> str | None:
    """Write the next session's .ics beside `summary_file`; a line saying how it went
    (None when the session set no shared next session). Never raises for disk trouble."""
    try:
        path = write_next_session_file(session, summary_file.parent, summary_file.stem, now)
    except OSError as exc:
        return _("Could not write the calendar file: {reason}.", reason=os_error_reason(exc))
    if path is None:
        return None
    return _("Calendar file for the next session: {path}.", path=path)
