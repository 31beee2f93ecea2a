"""The rehearsal's sample: an invented mentee with a little history, and a short script."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from tests.unit.service_fixtures import START

from sessiontui.cli import main
from sessiontui.i18n import set_language
from sessiontui.model import Progress
from sessiontui.rehearsal import MENTEE_NAME, rehearsal_script, seed_rehearsal
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.service import begin_session
from sessiontui.store import DataDir, SessionArchive

LIBRARY = ScriptLibrary.load(None)


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    set_language("en")


@pytest.mark.parametrize(("language", "script_id"), [("en", "regular"), ("es", "regular-es")])
def test_the_rehearsal_follows_the_regular_script_in_about_ten_minutes(
    language: str, script_id: str
) -> None:
    set_language(language)
    regular = LIBRARY.get(script_id)
    short = rehearsal_script(LIBRARY, language)
    assert short.language == regular.language
    assert [s.id for s in short.segments] == [s.id for s in regular.segments]
    assert [s.prompts for s in short.segments] == [s.prompts for s in regular.segments]
    assert all(
        1 <= s.minutes < r.minutes for s, r in zip(short.segments, regular.segments, strict=True)
    )
    assert 7 <= sum(s.minutes for s in short.segments) <= 15
    # Each warning comes near the end, not from a segment's first second.
    for index, segment in enumerate(short.segments):
        assert 0 < short.warn_seconds(index) <= segment.minutes * 60 // 4
    assert regular.title in short.title
    assert short.title != regular.title


def test_the_sample_history_brings_an_open_action_a_goal_and_an_agreement(
    tmp_path: Path,
) -> None:
    archive = SessionArchive(DataDir.open(tmp_path / "throwaway"))
    sample = seed_rehearsal(archive, LIBRARY, "en", START)
    assert (sample.mentee, sample.script.id) == (MENTEE_NAME, "regular")
    (entry,) = archive.mentees()
    assert entry.id == sample.mentee_id
    earlier = sorted(archive.sessions_of(sample.mentee_id), key=lambda s: s.started_at)
    assert [s.started_at for s in earlier] == [START - timedelta(days=d) for d in (42, 28, 14)]
    assert all(s.finished_at is not None for s in earlier)
    # A new session with the sample mentee starts from that history.
    session = begin_session(
        archive, sample.script, START, mentee_name=sample.mentee, mentee_id=sample.mentee_id
    )
    relationship = session.relationship
    assert [item.text for item in relationship.carried] == [
        "Draft an agenda for the next planning meeting"
    ]
    (goal,) = relationship.goals
    assert goal.title == "Lead the team's weekly planning meeting"
    # One check-in per earlier session: the goal board's chart has a history to draw.
    assert [c.progress for c in goal.check_ins] == [
        Progress.OFF_TRACK,
        Progress.AT_RISK,
        Progress.ON_TRACK,
    ]
    assert [c.session_id for c in goal.check_ins] == [s.id for s in earlier]
    assert relationship.agreement is not None
    assert relationship.agreement.topics == ["leading meetings", "giving feedback"]


def test_the_sample_speaks_the_ui_language(tmp_path: Path) -> None:
    set_language("es")
    archive = SessionArchive(DataDir.open(tmp_path / "throwaway"))
    sample = seed_rehearsal(archive, LIBRARY, "es", START)
    assert sample.script.language == "es"
    assert {s.language for s in archive.sessions_of(sample.mentee_id)} == {"es"}
    (goal,) = archive.relationship_for(sample.mentee_id).goals
    assert goal.title == "Dirigir la reunión semanal de planificación del equipo"


@pytest.mark.parametrize(
    "option", [["--data-dir", "somewhere"], ["--mentee", "Ana"], ["--script", "regular"]]
)
def test_demo_refuses_an_option_that_would_point_it_at_real_data(
    option: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["--demo", *option]) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        "sessiontui: --demo rehearses with an invented mentee in a throwaway folder; "
        f"leave out {option[0]}\n"
    )
    assert not (tmp_path / "somewhere").exists()
