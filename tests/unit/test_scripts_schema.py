"""The script schema: field rules, derived figures and immutability."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from sessiontui.model import SegmentKind
from sessiontui.scripts.schema import Script, Segment


def segment(segment_id: str = "a", minutes: int = 5, **extra: object) -> Segment:
    return Segment.model_validate(
        {
            "id": segment_id,
            "title": segment_id.title(),
            "minutes": minutes,
            "kind": "goals",
            **extra,
        }
    )


def script(*segments: Segment) -> Script:
    return Script(id="s", title="S", language="en", segments=list(segments))


def test_defaults_of_optional_fields() -> None:
    made = segment()
    assert made.guidance == ""
    assert made.prompts == []
    assert made.warn_before_end_seconds is None
    assert made.kind is SegmentKind.GOALS
    assert script(made).description == ""


def test_total_minutes_sums_the_segments() -> None:
    assert script(segment("a", 5), segment("b", 20), segment("c", 7)).total_minutes == 32


def test_warn_seconds_defaults_to_sixty() -> None:
    assert script(segment("a", 5)).warn_seconds(0) == 60


def test_warn_seconds_uses_the_segment_setting() -> None:
    plan = script(segment("a", 5), segment("b", 5, warn_before_end_seconds=150))
    assert plan.warn_seconds(1) == 150
    assert plan.warn_seconds(0) == 60


def test_warn_seconds_never_exceeds_the_segment() -> None:
    plan = script(segment("a", 2, warn_before_end_seconds=600))
    assert plan.warn_seconds(0) == 120


def test_warn_seconds_zero_is_kept() -> None:
    assert script(segment("a", 2, warn_before_end_seconds=0)).warn_seconds(0) == 0


def test_models_are_frozen() -> None:
    plan = script(segment())
    with pytest.raises(ValidationError):
        plan.title = "Other"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        plan.segments[0].minutes = 9  # type: ignore[misc]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", ""),
        ("id", "Has Space"),
        ("id", "-leading-dash"),
        ("title", "   "),
        ("minutes", 0),
        ("minutes", -3),
        ("minutes", "5"),
        ("minutes", 5.0),
        ("minutes", True),
        ("kind", "chat"),
        ("prompts", ["ok", ""]),
        ("prompts", "not a list"),
        ("warn_before_end_seconds", -1),
        ("unknown", 1),
    ],
)
def test_segment_rejects(field: str, value: object) -> None:
    data: dict[str, object] = {"id": "a", "title": "A", "minutes": 5, "kind": "goals"}
    data[field] = value
    with pytest.raises(ValidationError):
        Segment.model_validate(data)


def test_script_needs_at_least_one_segment() -> None:
    with pytest.raises(ValidationError):
        Script(id="s", title="S", language="en", segments=[])


def test_script_rejects_duplicate_segment_ids() -> None:
    with pytest.raises(ValidationError, match=r"duplicate segment id 'a'"):
        script(segment("a"), segment("b"), segment("a"))


def test_script_rejects_unknown_language_and_fields() -> None:
    base = {"id": "s", "title": "S", "segments": [segment().model_dump()]}
    with pytest.raises(ValidationError):
        Script.model_validate({**base, "language": "fr"})
    with pytest.raises(ValidationError):
        Script.model_validate({**base, "language": "en", "author": "me"})
    assert Script.model_validate({**base, "language": "es"}).language == "es"
