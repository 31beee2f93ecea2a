"""The session-script schema: what a valid script is, as frozen pydantic models.

Field types are strict (a TOML string is never silently turned into a number)
so that a typo in a script is reported instead of guessed at.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictInt,
    StrictStr,
    StringConstraints,
    field_validator,
)
from pydantic_core import PydanticCustomError

from sessiontui.i18n import available_languages
from sessiontui.model import SegmentKind

DEFAULT_WARN_SECONDS = 60
# Limits a real session stays far inside; beyond them the timer and the
# screen would misbehave (a huge segment overflowed the clock, 10,000
# segments took seconds per key press).
MAX_SEGMENTS = 50
MAX_SEGMENT_MINUTES = 600
MAX_SESSION_MINUTES = 24 * 60

# Lowercase letters, digits, "-" and "_": ids appear on the command line and in files.
Slug = Annotated[StrictStr, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
Text = Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=1)]


class Segment(BaseModel):
    """One timed part of a session: what it is for, how long, and what to ask."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    title: Text
    minutes: Annotated[StrictInt, Field(ge=1, le=MAX_SEGMENT_MINUTES)]
    kind: SegmentKind
    guidance: StrictStr = ""
    prompts: list[Text] = Field(default_factory=list)
    warn_before_end_seconds: (
        Annotated[StrictInt, Field(ge=0, le=MAX_SEGMENT_MINUTES * 60)] | None
    ) = None


class Script(BaseModel):
    """A whole session plan: an ordered, non-empty list of segments."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Slug
    title: Text
    # A language code with a catalog ("en", "es"): adding a language adds a catalog only.
    language: StrictStr
    description: StrictStr = ""
    segments: Annotated[list[Segment], Field(min_length=1, max_length=MAX_SEGMENTS)]

    @field_validator("language")
    @classmethod
    def _known_language(cls, language: str) -> str:
        """The app can only run a script in a language it has a catalog for."""
        if language not in available_languages():
            raise PydanticCustomError(
                "unknown_language", "unknown language {value}", {"value": language}
            )
        return language

    @field_validator("segments")
    @classmethod
    def _unique_segment_ids(cls, segments: list[Segment]) -> list[Segment]:
        """Segment ids name segments in stored sessions, so they must not repeat."""
        first_seen: dict[str, int] = {}
        for number, segment in enumerate(segments, start=1):
            if segment.id in first_seen:
                raise PydanticCustomError(
                    "duplicate_segment_id",
                    "duplicate segment id '{id}' (segments {first} and {second})",
                    {"id": segment.id, "first": first_seen[segment.id], "second": number},
                )
            first_seen[segment.id] = number
        return segments

    @field_validator("segments")
    @classmethod
    def _fits_in_a_day(cls, segments: list[Segment]) -> list[Segment]:
        """A session lasts at most MAX_SESSION_MINUTES."""
        total = sum(segment.minutes for segment in segments)
        if total > MAX_SESSION_MINUTES:
            raise PydanticCustomError(
                "session_too_long",
                "the segments add up to {total} minutes; a session lasts at most {limit}",
                {"total": total, "limit": MAX_SESSION_MINUTES},
            )
        return segments

    @property
    def total_minutes(self) -> int:
        """The planned length of the whole session."""
        return sum(segment.minutes for segment in self.segments)

    def warn_seconds(self, index: int) -> int:
        """Seconds before the end of segment `index` at which to warn.

        The segment's own setting, else 60 s; never more than the segment lasts.
        """
        segment = self.segments[index]
        wanted = segment.warn_before_end_seconds
        if wanted is None:
            wanted = DEFAULT_WARN_SECONDS
        return min(wanted, segment.minutes * 60)
