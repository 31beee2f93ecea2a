"""The built-in scripts as text, for the tests that read what they say."""

from __future__ import annotations

from collections.abc import Iterator

from sessiontui.scripts.library import BUILTIN_SOURCE, ScriptLibrary
from sessiontui.scripts.schema import Script, Segment

SPANISH_SUFFIX = "-es"


def builtin_scripts(language: str | None = None) -> list[Script]:
    """Every built-in script, in library order; only those in `language` if given."""
    return [
        entry.script
        for entry in ScriptLibrary.load(None).entries
        if entry.source == BUILTIN_SOURCE
        and (language is None or entry.script.language == language)
    ]


def segment_text(segment: Segment) -> str:
    """Everything a segment shows: title, guidance and prompts."""
    return "\n".join([segment.title, segment.guidance, *segment.prompts])


def texts(script: Script) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of a script, `where` naming it for a failure message."""
    yield f"{script.id} title", script.title
    yield f"{script.id} description", script.description
    for segment in script.segments:
        yield f"{script.id}/{segment.id} title", segment.title
        yield f"{script.id}/{segment.id} guidance", segment.guidance
        for number, prompt in enumerate(segment.prompts, start=1):
            yield f"{script.id}/{segment.id} prompt {number}", prompt
