"""The history commands as a user runs them: `mentees`, `history`, `show`, `export`, and
`--mentee` at start; every error one clear line with exit status 2; nothing private out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from tests.unit.relationship_helpers import TZ, script

from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import (
    AgreementTerms,
    FeedbackContent,
    Frequency,
    Mentee,
    NextSession,
    Progress,
    ReviewOutcome,
    Visibility,
)
from sessiontui.relationship.calendar import next_session_calendar
from sessiontui.store import DataDir, SessionArchive
from sessiontui.summary import render_summary

BIN = Path(sys.executable).parent
PRIVATE = Visibility.PRIVATE
DAY = datetime(2026, 3, 2, 10, 0, tzinfo=TZ)


def _run(*args: str, data: Path | None = None) -> subprocess.CompletedProcess[str]:
    extra = ["--data-dir", str(data)] if data is not None else []
    return subprocess.run(
        [str(BIN / "sessiontui"), *args, *extra],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SESSIONTUI_LANG": "en", "DISPLAY": "", "WAYLAND_DISPLAY": ""},
        stdin=subprocess.DEVNULL,
        check=False,
    )


def _one_clear_line(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def _session(archive: SessionArchive, mentee: Mentee, at: datetime) -> LiveSession:
    session = session_from_script(
        script(),
        mentee.name,
        at,
        mentee_id=mentee.id,
        relationship=archive.relationship_for(mentee.id),
    )
    return LiveSession(session, time_source=lambda: 0.0, wall_clock=lambda: at)


def _store(archive: SessionArchive, live: LiveSession, summary: bool = True) -> str:
    session = live.finish()
    if summary:
        from sessiontui.summary import render_summary

        session.summary_text = render_summary(session).text()
    archive.add(session)
    return session.id


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Ana (three sessions, private markers everywhere), Luis, and two mentees called Bea."""
    folder = DataDir.open(tmp_path_factory.mktemp("cli") / "data")
    archive = SessionArchive(folder)
    ana = archive.create_mentee(
        Mentee(created_at=DAY, name="Ana Pérez", private_notes="MARKER-mentee")
    )
    first = _session(archive, ana, DAY)
    first.relationship.set_agreement(
        AgreementTerms(frequency=Frequency.WEEKLY, private_notes="MARKER-agreement")
    )
    goal = first.relationship.add_goal("Lead a project", measure="One release")
    first.relationship.check_in(goal.id, Progress.ON_TRACK, "Picked it")
    secret = first.relationship.add_goal("MARKER-goal", visibility=PRIVATE)
    first.relationship.check_in(secret.id, Progress.AT_RISK, "MARKER-goal-check-in")
    first.add_action_item("Send the CV", due=date(2026, 3, 6))
    first.add_action_item("MARKER-action", visibility=PRIVATE)
    first.park("MARKER-parked")
    first.add_note("MARKER-note")
    first.add_feedback(FeedbackContent(text="MARKER-feedback"), visibility=PRIVATE)
    first_id = _store(archive, first)
    second = _session(archive, ana, DAY + timedelta(weeks=1))
    carried = {item.text: item.id for item in second.relationship.carried}
    second.relationship.review(carried["Send the CV"], ReviewOutcome.DONE)
    second.relationship.review(carried["MARKER-action"], ReviewOutcome.KEPT)
    second.relationship.check_in(goal.id, Progress.AT_RISK, "MARKER-check-in", PRIVATE)
    second_id = _store(archive, second)
    third = _session(archive, ana, DAY + timedelta(weeks=2))
    third.relationship.set_next_session(
        DAY + timedelta(weeks=3), prepare="MARKER-next", visibility=PRIVATE
    )
    third_id = _store(archive, third, summary=False)
    luis = archive.create_mentee(Mentee(created_at=DAY, name="Luis \x1b]0;owned\x07"))
    _store(archive, _session(archive, luis, DAY + timedelta(days=1)))
    archive.create_mentee(Mentee(created_at=DAY, name="Bea", email="bea@one.example"))
    archive.create_mentee(Mentee(created_at=DAY, name="Bea", email="bea@two.example"))
    return {"data": folder.path, "ids": [first_id, second_id, third_id]}


def _data(history: dict[str, object]) -> Path:
    path = history["data"]
    assert isinstance(path, Path)
    return path


def _ids(history: dict[str, object]) -> list[str]:
    ids = history["ids"]
    assert isinstance(ids, list)
    return [str(i) for i in ids]


def test_mentees_lists_everyone_told_apart(history: dict[str, object]) -> None:
    result = _run("mentees", data=_data(history))
    assert result.returncode == 0, result
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Mentee", "Email", "Sessions", "Last", "session", "Open",
                                "actions", "Next", "session"]  # fmt: skip
    assert lines[1].startswith("Ana Pérez ")
    assert lines[1].split()[2:4] == ["-", "3"]
    assert any(line.startswith("Bea (bea@one.example)") for line in lines)
    assert any(line.startswith("Bea (bea@two.example)") for line in lines)
    assert "\x1b" not in result.stdout + result.stderr
    assert "MARKER" not in result.stdout


def test_mentees_on_a_folder_that_does_not_exist_creates_nothing(tmp_path: Path) -> None:
    result = _run("mentees", data=tmp_path / "none")
    assert result.returncode == 0
    assert result.stdout == "No mentees yet: start a session with sessiontui --mentee NAME.\n"
    assert not (tmp_path / "none").exists()


def test_history_of_everyone_and_of_one(history: dict[str, object]) -> None:
    everyone = _run("history", data=_data(history))
    assert everyone.returncode == 0, everyone
    assert len(everyone.stdout.splitlines()) == 1 + 4
    ana = _run("history", "--mentee", "ana pérez", data=_data(history))
    rows = ana.stdout.splitlines()[1:]
    assert [row.split()[0] for row in rows] == [i[:8] for i in reversed(_ids(history))]


def test_an_unknown_mentee_is_one_line_with_close_names(history: dict[str, object]) -> None:
    result = _run("history", "--mentee", "Ana Perez", data=_data(history))
    assert _one_clear_line(result) == (
        "sessiontui: no mentee called 'Ana Perez'; did you mean: Ana Pérez?"
    )
    result = _run("export", "--mentee", "Zoe", "--format", "md", data=_data(history))
    _one_clear_line(result, "no mentee called 'Zoe'")


def test_two_mentees_of_one_name_are_named_by_email_or_id(history: dict[str, object]) -> None:
    result = _run("history", "--mentee", "Bea", data=_data(history))
    _one_clear_line(result, "2 mentees are called 'Bea'", "Bea (bea@one.example)")
    chosen = _run("history", "--mentee", "Bea (bea@two.example)", data=_data(history))
    assert chosen.returncode == 0
    assert chosen.stdout == "No sessions stored yet.\n"


def test_show_prints_a_summary_by_id_start_or_the_last_one(history: dict[str, object]) -> None:
    first, second, _third = _ids(history)
    by_id = _run("show", second[:6], data=_data(history))
    assert by_id.returncode == 0, by_id
    assert by_id.stdout.startswith("Subject: Our session on Mon 9 Mar: summary and next steps")
    assert "- Send the CV (from Mon 2 Mar): done" in by_id.stdout
    last = _run("show", "--last", "--mentee", "Ana Pérez", data=_data(history))
    # Stored without a summary: written now from its shared entries.
    assert last.stdout.startswith("Subject: Our session on Mon 16 Mar: summary and next steps")
    assert last.stdout.endswith("\nBest wishes,\n")  # no mentor's name set yet
    overall = _run("show", "--last", data=_data(history))
    assert "Luis" not in overall.stdout  # Ana's third session is the latest
    for result in (by_id, last, overall, _run("show", first, data=_data(history))):
        assert "MARKER" not in result.stdout + result.stderr


def test_show_signs_an_unsent_summary_with_the_mentors_name(history: dict[str, object]) -> None:
    settings = Path(os.environ["SESSIONTUI_CONFIG_DIR"])
    settings.mkdir(parents=True)
    (settings / "config.toml").write_text('mentor_name = "Sam Taylor"\n', encoding="utf-8")
    last = _run("show", "--last", "--mentee", "Ana Pérez", data=_data(history))
    assert last.stdout.endswith("\nBest wishes,\nSam Taylor\n"), last


def test_show_with_a_wrong_id_suggests_close_ones(history: dict[str, object]) -> None:
    first = _ids(history)[0]
    typo = first[:7] + ("0" if first[7] != "0" else "1")
    result = _run("show", typo, data=_data(history))
    _one_clear_line(result, f"no session with id '{typo}'; did you mean:", first[:8])
    _one_clear_line(_run("show", "zzz", data=_data(history)), "no session with id 'zzz'")
    _one_clear_line(_run("show", data=_data(history)), "give a session id or --last")
    _one_clear_line(_run("show", first, "--last", data=_data(history)), "one of the two")


def test_show_copy_reports_truthfully_and_saves_a_file(history: dict[str, object]) -> None:
    result = _run("show", "--last", "--copy", data=_data(history))
    assert result.returncode == 0, result
    assert result.stdout.startswith("Subject: ")
    assert "\x1b]52" not in result.stdout  # not a terminal: no OSC 52
    (report,) = result.stderr.splitlines()
    assert report.startswith("Not copied to the clipboard (")
    saved = sorted((_data(history) / "summaries").glob("2026-03-16-ana-perez-*.txt"))
    assert saved
    assert f"Saved to {saved[-1]}." in report
    assert saved[-1].read_text(encoding="utf-8") == result.stdout


def test_export_markdown_to_the_screen_holds_nothing_private(history: dict[str, object]) -> None:
    result = _run("export", "--mentee", "Ana Pérez", "--format", "md", data=_data(history))
    assert result.returncode == 0, result
    assert result.stdout.startswith("Mentoring with Ana Pérez\n")
    assert "Lead a project" in result.stdout
    assert "MARKER" not in result.stdout + result.stderr


def test_export_to_a_file_never_replaces_one_without_force(
    history: dict[str, object], tmp_path: Path
) -> None:
    target = tmp_path / "ana.json"
    args = ("export", "--mentee", "Ana Pérez", "--format", "json", "--output", str(target))
    first = _run(*args, data=_data(history))
    assert first.returncode == 0, first
    assert first.stdout == ""
    assert first.stderr == f"Exported 3 sessions of Ana Pérez to {target}\n"
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["includes_private"] is False
    assert "MARKER" not in target.read_text(encoding="utf-8")
    target.write_text("mine", encoding="utf-8")
    refused = _run(*args, data=_data(history))
    _one_clear_line(refused, f"{target} exists; add --force to replace it")
    assert target.read_text(encoding="utf-8") == "mine"
    forced = _run(*args, "--force", "--include-private", data=_data(history))
    assert forced.returncode == 0, forced
    text = target.read_text(encoding="utf-8")
    assert json.loads(text)["private"].startswith("PRIVATE: this export includes private")
    for marker in ("mentee", "agreement", "goal", "action", "parked", "note", "next"):
        assert f"MARKER-{marker}" in text
    assert forced.stderr.splitlines()[-1] == "It includes private notes: keep it to yourself."
    assert oct(target.stat().st_mode & 0o777) == oct(0o600)


def test_export_needs_a_mentee_and_a_format(history: dict[str, object]) -> None:
    result = _run("export", "--format", "md", data=_data(history))
    assert result.returncode == 2
    assert "--mentee" in result.stderr
    assert "Traceback" not in result.stderr


def test_starting_with_an_unknown_mentee_asks_or_needs_new_mentee(
    history: dict[str, object],
) -> None:
    result = _run("--mentee", "Zoe", "--script", "regular", data=_data(history))
    _one_clear_line(result, "no mentee called 'Zoe'; add --new-mentee to create one")
    result = _run("--mentee", "Bea", "--script", "regular", data=_data(history))
    _one_clear_line(result, "2 mentees are called 'Bea'")
    result = _run("--mentee", "Ana Peres", "--script", "regular", data=_data(history))
    _one_clear_line(result, "did you mean: Ana Pérez?", "--new-mentee")


def test_no_private_marker_in_any_stored_sessions_summary_or_calendar(
    history: dict[str, object],
) -> None:
    archive = SessionArchive(DataDir(_data(history)))
    entry = next(e for e in archive.mentees() if e.name == "Ana Pérez")
    sessions = archive.sessions_of(entry.id)
    assert len(sessions) == 3
    for session in sessions:
        assert "MARKER" not in render_summary(session).text()
        calendar = next_session_calendar(session, now=DAY)
        assert calendar is None or "MARKER" not in calendar
    # The third session's next session was private: no calendar at all.
    assert next_session_calendar(sessions[-1], now=DAY) is None
    # The markers are stored, for the mentor.
    following = sessions[-1].relationship.next_session or NextSession(starts_at=DAY)
    assert following.prepare == "MARKER-next"
