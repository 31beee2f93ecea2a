"""Issue 10, done when: three sessions with the same mentee over three weeks, in a
real terminal. The third shows what the first agreed, how each goal progressed
and which actions are still open with their history; its summary says what was
carried over and when the next session is."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.e2e.terminal import Terminal

from sessiontui.clock import local_now
from sessiontui.i18n import set_language, translator

pytestmark = pytest.mark.e2e

BIN = Path(sys.executable).parent
LAUNCHER = Path(__file__).resolve().parent / "clock_launcher.py"
SESSION_PANES = ("Agenda", "Listening", "Feedback", "Action items")


def day(days_ago: int) -> str:
    """A date as the screen writes it (English, Babel's medium format)."""
    return translator("en").format_date((local_now() - timedelta(days=days_ago)).date())


def email_day(value: date, today: date) -> str:
    """A day as the email writes it (with the year when it is not this session's)."""
    pattern = "EEE d MMM" if value.year == today.year else "EEE d MMM y"
    return translator("en").format_date(value, pattern)


class Mentor:
    """Runs one session after another in a fresh terminal, as a mentor would."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.env = env
        self.cwd = cwd
        self.terminal: Terminal | None = None

    def start(self, days_ago: int, *args: str) -> Terminal:
        term = Terminal(100, 30)
        self.terminal = term
        command = [str(BIN / "python"), str(LAUNCHER), str(days_ago), *args]
        term.start(command, self.env, str(self.cwd))
        term.wait_until(
            lambda shown: all(title in shown for title in SESSION_PANES), "the session screen"
        )
        return term

    def send_and_quit(self, term: Terminal) -> None:
        term.keys("F10")
        term.wait_for("Finish the session")
        term.keys("F10")
        term.wait_for("Subject:")
        term.keys("C-s")
        term.wait_for("Session stored in the history")
        term.keys("q")
        assert term.wait_exit() == 0
        term.close()


@pytest.fixture
def mentor(user_env: dict[str, str], tmp_path: Path) -> Mentor:
    set_language("en")
    return Mentor(user_env | {"SESSIONTUI_LANG": "en"}, tmp_path)


def first_week(mentor: Mentor) -> None:
    """The first session: the agreement, a goal on track, two action items."""
    term = mentor.start(14, "--mentee", "Ana", "--new-mentee", "--script", "first-session")
    term.keys("F2")
    term.wait_for("No agreement yet")
    term.keys("e")
    term.wait_for("How often do we meet?")
    # The topics have the focus (the other fields are the Pilot tests').
    term.type("career; public speaking")
    term.wait_for("career; public speaking")
    term.keys("C-s")
    term.wait_for("Topics: career; public speaking")
    term.keys("Escape")
    term.wait_for("Agenda")
    term.keys("F11")
    term.wait_for("No long-term goals yet")
    term.keys("a")
    term.wait_for("What do you want to reach?")
    term.type("Speak at a meetup")
    term.wait_for("Speak at a meetup")
    term.keys("C-s")
    term.wait_for("No check-in yet")
    term.keys("1")
    term.wait_for("On track today")
    term.keys("Escape")
    term.wait_for("Agenda")
    for action in ("Draft the talk outline", "Book the venue"):
        term.keys("C-o")
        term.type(action)
        term.wait_for(action)
        term.keys("Enter")
        term.wait_for(f"[ ] {action}")
    mentor.send_and_quit(term)


def second_week(mentor: Mentor) -> None:
    """One action done, the other kept with a new date; the goal at risk."""
    term = mentor.start(7, "--mentee", "Ana", "--script", "regular")
    term.keys("F4")
    term.wait_for("2 items left to review")
    term.keys("1")
    term.wait_for("→ done")
    term.keys("2")
    term.wait_for("new due date")
    term.type("+1w")
    term.wait_for("+1w")
    term.keys("Enter")
    term.wait_for("→ kept, new due")
    term.keys("Escape")
    term.wait_for("Agenda")
    term.keys("F11")
    term.wait_for("Speak at a meetup")
    term.keys("2", "n")
    term.wait_for("A short note on Speak at a meetup")
    term.type("no slot yet")
    term.wait_for("no slot yet")
    term.keys("Enter")
    term.wait_for("At risk today: no slot yet")
    term.keys("Escape")
    term.wait_for("Agenda")
    mentor.send_and_quit(term)


def test_three_weekly_sessions_with_ana(mentor: Mentor, user_env: dict[str, str]) -> None:
    first_week(mentor)
    second_week(mentor)
    # Week 3: everything from before is there.
    term = mentor.start(0, "--mentee", "Ana", "--script", "regular")
    term.keys("F2")
    shown = term.wait_for("Topics: career; public speaking")
    assert f"agreed {day(14)}" in shown
    term.keys("Escape")
    term.wait_for("Agenda")
    term.keys("F11")
    # Two check-ins, oldest first: on track, then at risk.
    shown = term.wait_for("● ◐   At risk: no slot yet")
    assert "Speak at a meetup" in shown
    term.keys("Escape")
    term.wait_for("Agenda")
    term.keys("F4")
    shown = term.wait_for("1 item left to review")
    assert "Book the venue" in shown
    assert f"from {day(14)}" in shown
    assert f"due {day(0)}" in shown  # kept last week with "+1w"
    assert "Draft the talk outline" not in shown  # done last week
    term.keys("2")
    term.wait_for("new due date")
    term.type("+2d")
    term.wait_for("+2d")
    term.keys("Enter")
    term.wait_for("→ kept, new due")
    term.keys("n")  # the follow-up holds the next session too
    term.wait_for("To prepare for next time")
    term.keys("C-s")  # the date proposed from the agreed rhythm: a week on
    term.wait_for("Next session set")
    term.keys("Escape")
    term.wait_for("Agenda")
    mentor.send_and_quit(term)

    summaries = sorted(Path(user_env["SESSIONTUI_DATA_DIR"]).rglob("*.txt"))
    summary = max(summaries, key=lambda path: path.stat().st_mtime).read_text(encoding="utf-8")
    # Days written out, as the email writes them: "Sun 15 Nov".
    today = local_now().date()
    origin, due = (email_day(today + timedelta(days=d), today) for d in (-14, 2))
    assert f"Book the venue (from {origin}): still on, now by {due}" in summary, summary
    assert "Draft the talk outline" not in summary  # done the week before
    # A week on (or the day after, if rounding to the quarter hour crossed midnight).
    following = summary.split("Our next session", 1)[1]
    week_on = [email_day(today + timedelta(days=d), today) for d in (7, 8)]
    assert any(day_written in following for day_written in week_on), following
