"""The .ics file for the next session: standard iCalendar, read back by a parser."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event
from tests.unit.relationship_helpers import TZ, new_record, start
from tests.unit.relationship_helpers import Calendar as Clock

from sessiontui.model import Session, Visibility
from sessiontui.relationship.calendar import next_session_calendar, write_next_session_file

NEXT = datetime(2026, 3, 16, 10, 0, tzinfo=TZ)


def _session(
    prepare: str = "Bring the release plan ✍️", visibility: Visibility = Visibility.SHARED
) -> Session:
    clock = Clock()
    live = start(new_record("María José", clock), clock)
    live.relationship.set_next_session(NEXT, minutes=45, prepare=prepare, visibility=visibility)
    return live.finish()


def _event(text: str) -> tuple[Calendar, Event]:
    calendar = Calendar.from_ical(text)
    assert isinstance(calendar, Calendar)
    (event,) = calendar.walk("VEVENT")
    assert isinstance(event, Event)
    return calendar, event


def test_the_calendar_parses_back_to_the_next_session() -> None:
    session = _session()
    text = next_session_calendar(session, now=NEXT - timedelta(weeks=1))
    assert text is not None
    calendar, event = _event(text)
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["prodid"]) == "-//sessiontui//mentoring sessions//EN"
    assert event.decoded("dtstart") == NEXT
    assert event.decoded("dtend") == NEXT + timedelta(minutes=45)
    assert "\r\nDTSTART:20260316T090000Z\r\n" in text  # UTC: no time-zone table needed
    assert str(event["summary"]) == "Mentoring session with María José"
    assert str(event["description"]) == "To prepare: Bring the release plan ✍️"
    assert str(event["uid"]) == f"{session.id}-next@sessiontui"
    assert event.decoded("dtstamp") == NEXT - timedelta(weeks=1)


def test_the_text_follows_rfc_5545_line_rules() -> None:
    session = _session(prepare="A long preparation note " * 10)
    text = next_session_calendar(session, now=NEXT)
    assert text is not None
    raw = text.encode("utf-8")
    lines = raw.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR"
    assert lines[-2:] == [b"END:VCALENDAR", b""]
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line ends in CRLF
    assert all(len(line) <= 75 for line in lines)  # long lines are folded
    assert "A long preparation note " * 9 in str(_event(text)[1]["description"])


def test_the_same_session_keeps_its_uid_so_a_calendar_updates_the_event() -> None:
    session = _session()
    first = next_session_calendar(session, now=NEXT)
    following = session.relationship.next_session
    assert following is not None
    following.starts_at = NEXT + timedelta(days=1)
    second = next_session_calendar(session, now=NEXT)
    assert first is not None
    assert second is not None
    assert first != second
    assert _event(first)[1]["uid"] == _event(second)[1]["uid"]


def test_no_calendar_without_a_shared_next_session() -> None:
    clock = Clock()
    live = start(new_record("Ana", clock), clock)
    assert next_session_calendar(live.finish(), now=NEXT) is None
    private = _session(prepare="MARKER-private", visibility=Visibility.PRIVATE)
    assert next_session_calendar(private, now=NEXT) is None


def test_the_file_is_written_next_to_the_summary_never_over_another(tmp_path: Path) -> None:
    session = _session()
    first = write_next_session_file(session, tmp_path, "2026-03-02-ana", now=NEXT)
    second = write_next_session_file(session, tmp_path, "2026-03-02-ana", now=NEXT)
    assert first == tmp_path / "2026-03-02-ana.ics"
    assert second == tmp_path / "2026-03-02-ana-2.ics"
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert _event(first.read_text(encoding="utf-8"))[1].decoded("dtstart") == NEXT


def test_the_calendar_speaks_the_sessions_language() -> None:
    session = _session(prepare="Traer el plan")
    session.language = "es"
    text = next_session_calendar(session, now=NEXT)
    assert text is not None
    event = _event(text)[1]
    assert str(event["summary"]) == "Sesión de mentoría con María José"
    assert str(event["description"]) == "Qué preparar: Traer el plan"
