"""The built-in scripts follow the mentoring practice the product is built on.

Times and order, a confidentiality that is true, the prompts a facilitator
expects, and an English and a Spanish twin of every script. Each rule reads
the scripts shipped in the package, so a change to a script can break it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from tests.unit.builtin_text import SPANISH_SUFFIX, builtin_scripts, segment_text

from sessiontui.model import SegmentKind
from sessiontui.scripts.schema import Script, Segment

ENGLISH = builtin_scripts("en")
SPANISH = builtin_scripts("es")
ALL = ENGLISH + SPANISH
REGULAR_MINUTES = {"regular": 60, "regular-45": 45, "regular-30": 30}

# What the mentor says aloud for the steps issue 12 asks for, in each language.
COMMITMENT_CHECK = {
    "en": "From 1 to 10, how likely is it you'll do this? What would make it a 9?",
    "es": (
        "Del 1 al 10, ¿qué probabilidad hay de que lo hagas? ¿Qué haría falta para que fuera un 9?"
    ),
}
SBI = {
    "en": "situation, behaviour and impact",
    "es": "situación, comportamiento e impacto",
}
INTENT_STEP = {
    "en": "What were you hoping to achieve?",
    "es": "¿Qué querías conseguir?",
}
DISCUSSION_PROMPTS = {
    "en": (
        "And what else?",
        "Go on, I'm listening.",
        "What matters most to you in this?",
        "Before I share my view, what do you think you should do?",
    ),
    "es": (
        "¿Y qué más?",
        "Sigue, te escucho.",
        "¿Qué es lo que más te importa de esto?",
        "Antes de darte mi opinión, ¿qué crees que deberías hacer?",
    ),
}
# A reflection of feelings leaves the feeling for the mentee to name.
REFLECT_FEELINGS = {"en": "It sounds like", "es": "parece que"}
BLANK = "…"
# Confidentiality is never absolute: each time it is stated, the same truths are said.
TRUE_CONFIDENTIALITY = {
    "en": ("serious harm", "illegal", "tell you first", "private notes", "shared"),
    "es": (
        "daño grave",
        "ilegal",
        "te lo diría a ti primero",
        "notas privadas",
        "compartid",
    ),
}


def by_id(script_id: str) -> Script:
    return next(script for script in ALL if script.id == script_id)


def with_twin(base_id: str) -> list[Script]:
    """The English script and its Spanish twin."""
    return [by_id(base_id), by_id(base_id + SPANISH_SUFFIX)]


def kinds(script: Script) -> list[SegmentKind]:
    return [segment.kind for segment in script.segments]


def of_kind(script: Script, kind: SegmentKind) -> list[Segment]:
    return [segment for segment in script.segments if segment.kind is kind]


# --- two languages, one structure ------------------------------------------------


def test_every_builtin_has_a_twin_in_the_other_language() -> None:
    assert {script.id + SPANISH_SUFFIX for script in ENGLISH} == {script.id for script in SPANISH}
    assert {"regular-45", "regular-30", "mid-point-review"} <= {script.id for script in ENGLISH}


@pytest.mark.parametrize("base_id", [script.id for script in ENGLISH])
def test_twins_share_segment_ids_kinds_and_minutes(base_id: str) -> None:
    english, spanish = with_twin(base_id)

    def shape(script: Script) -> list[tuple[str, SegmentKind, int, int | None]]:
        return [(s.id, s.kind, s.minutes, s.warn_before_end_seconds) for s in script.segments]

    assert shape(english) == shape(spanish)
    # Translated, not copied.
    assert english.title != spanish.title
    for en_segment, es_segment in zip(english.segments, spanish.segments, strict=True):
        assert en_segment.guidance != es_segment.guidance
        assert set(en_segment.prompts).isdisjoint(es_segment.prompts)


# --- times and order ------------------------------------------------------------


def test_regular_60_gives_the_discussion_at_least_25_minutes() -> None:
    for script in with_twin("regular"):
        (discussion,) = of_kind(script, SegmentKind.DISCUSSION)
        assert discussion.minutes >= 25


@pytest.mark.parametrize("base_id", REGULAR_MINUTES)
def test_regular_sessions_plan_before_feedback_and_talk_most(base_id: str) -> None:
    for script in with_twin(base_id):
        assert script.total_minutes == REGULAR_MINUTES[base_id]
        order = kinds(script)
        # Feedback on the session comes last, so the plan is never squeezed out.
        assert order.index(SegmentKind.ACTION_PLAN) < order.index(SegmentKind.FEEDBACK)
        longest = max(script.segments, key=lambda segment: segment.minutes)
        assert longest.kind is SegmentKind.DISCUSSION


def test_first_session_makes_time_for_rapport_and_for_booking_the_next_date() -> None:
    for script in with_twin("first-session"):
        welcome, *_, wrap_up = script.segments
        assert welcome.kind is SegmentKind.CHECK_IN
        assert welcome.minutes >= 10
        assert wrap_up.kind is SegmentKind.WRAP_UP
        assert wrap_up.minutes >= 5


def test_closing_opens_with_the_retrospective() -> None:
    for script in with_twin("closing"):
        assert script.segments[0].id == "retrospective"


def test_mid_point_review_covers_what_a_mid_point_review_is_for() -> None:
    challenged = {"en": "challenged enough", "es": "suficiente reto"}
    for script in with_twin("mid-point-review"):
        ids = [segment.id for segment in script.segments]
        assert "high-low" in ids
        assert "long-term-goals" in ids
        assert of_kind(script, SegmentKind.EXPECTATIONS), "a renegotiation of the agreement"
        prompts = [prompt for segment in script.segments for prompt in segment.prompts]
        assert any(challenged[script.language] in prompt for prompt in prompts)


# --- confidentiality --------------------------------------------------------------


def test_confidentiality_names_its_limits_every_time_it_is_stated() -> None:
    stated = 0
    for script in ALL:
        for segment in of_kind(script, SegmentKind.CONFIDENTIALITY):
            stated += 1
            text = segment_text(segment)
            for needed in TRUE_CONFIDENTIALITY[script.language]:
                assert needed in text, f"{script.id}/{segment.id} does not say {needed!r}"
    assert of_kind(by_id("first-session"), SegmentKind.CONFIDENTIALITY)
    assert stated >= 6


# --- prompts ----------------------------------------------------------------------


def test_every_action_plan_has_a_commitment_check() -> None:
    for script in ALL:
        for segment in of_kind(script, SegmentKind.ACTION_PLAN):
            assert COMMITMENT_CHECK[script.language] in segment.prompts, f"{script.id}/{segment.id}"


def test_feedback_given_as_sbi_asks_for_the_intent() -> None:
    with_sbi = [
        (script, segment)
        for script in ALL
        for segment in of_kind(script, SegmentKind.FEEDBACK)
        if SBI[script.language] in segment.guidance
    ]
    assert len(with_sbi) >= len(REGULAR_MINUTES) * 2
    for script, segment in with_sbi:
        assert INTENT_STEP[script.language] in segment.prompts, f"{script.id}/{segment.id}"


@pytest.mark.parametrize("base_id", REGULAR_MINUTES)
def test_regular_discussions_carry_the_listening_prompts(base_id: str) -> None:
    for script in with_twin(base_id):
        (discussion,) = of_kind(script, SegmentKind.DISCUSSION)
        for prompt in DISCUSSION_PROMPTS[script.language]:
            assert prompt in discussion.prompts, f"{script.id}: {prompt}"
        reflections = [p for p in discussion.prompts if REFLECT_FEELINGS[script.language] in p]
        assert reflections, f"{script.id} has no reflection of feelings"


def test_reflections_of_feelings_leave_the_feeling_blank() -> None:
    reflections = [
        prompt
        for script in ALL
        for segment in script.segments
        for prompt in segment.prompts
        if REFLECT_FEELINGS[script.language] in prompt
    ]
    assert len(reflections) >= 6
    for prompt in reflections:
        assert BLANK in prompt, prompt


# A closed question ("Did…?", "Is there…?") invites a yes or a no. One is
# allowed only when an open question follows it in the same prompt; asking
# permission ("May I…?") is not a question about the mentee.
CLOSED_START = re.compile(
    r"^(Is|Are|Do|Does|Did|Can|Could|Have|Has|Was|Were|Will|Would|Should|Shall)\b"
)


def is_closed(prompt: str) -> bool:
    questions = [part for part in re.split(r"(?<=\?)\s+", prompt) if part.endswith("?")]
    return bool(questions) and all(CLOSED_START.match(question) for question in questions)


def test_the_closed_question_check_catches_the_old_prompts() -> None:
    for old in (
        "Did I miss anything important in that summary?",
        "Is there anything left unsaid?",
        "Does the date of our next session still work?",
        "Are the frequency and length of our sessions still right?",
    ):
        assert is_closed(old), old
    assert not is_closed("Are you challenged enough in our sessions? What tells you so?")


def test_english_prompts_are_open_questions() -> None:
    for script in ENGLISH:
        for segment in script.segments:
            for prompt in segment.prompts:
                assert not is_closed(prompt), f"{script.id}/{segment.id}: {prompt}"


def test_leading_prompts_are_gone() -> None:
    gone = (
        "When did you last feel I was not really listening?",
        "¿Cuándo fue la última vez que sentiste que no te escuchaba de verdad?",
        "How are you arriving today?",
        "¿Cómo llegas hoy?",
    )
    prompts = {
        prompt for script in ALL for segment in script.segments for prompt in segment.prompts
    }
    assert prompts.isdisjoint(gone)
    assert "How are you today, really?" in prompts
    assert "¿Cómo estás hoy, de verdad?" in prompts


# --- the real loader --------------------------------------------------------------


def test_every_builtin_file_passes_sessiontui_scripts_check() -> None:
    folder = resources.files("sessiontui.scripts").joinpath("builtin")
    files = sorted(str(item) for item in folder.iterdir() if item.name.endswith(".toml"))
    assert len(files) == len(ALL)
    result = subprocess.run(
        [sys.executable, "-m", "sessiontui", "scripts", "check", *files],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(files[0]).parent,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    ok_lines = [line for line in result.stdout.splitlines() if line.startswith("ok: ")]
    assert len(ok_lines) == len(files)
    for script in ALL:
        assert f"({script.id}, {len(script.segments)} segments, " in result.stdout
