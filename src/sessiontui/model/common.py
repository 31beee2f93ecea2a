"""What every stored record shares: the schema version, ids, clean text, visibility, owners."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, StringConstraints

from sessiontui.text import clean

# 2: timestamps are validated as aware datetimes (version 1 took any text).
# 3: a session keeps a copy of a script that does not ship with the app.
# 4: sessions belong to a mentee record and carry the relationship they worked on
#    (agreement, long-term goals, carried-over items, next session).
# 5: the clock stores the time the session stood paused (`ClockState.paused_seconds`).
# 6: a mentee's session rows live in one file per year, the record counts them per year
#    (`MenteeRecord.session_years`); sessions and drafts are unchanged.
SCHEMA_VERSION = 6


def _clean_text(value: object) -> object:
    """Text cleaned before any other check (a lone surrogate would fail them)."""
    return clean(value) if isinstance(value, str) else value


# Text someone typed, pasted or loaded: shown on screen and sent in summaries.
CleanText = Annotated[str, BeforeValidator(_clean_text)]
# (A BeforeValidator runs before what precedes it here: clean, then strip and check.)
NonBlank = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), BeforeValidator(_clean_text)
]


def new_id() -> str:
    """A fresh record id (UUID4, hex string)."""
    return uuid.uuid4().hex


class StrictModel(BaseModel):
    """A record that refuses unknown fields and validates every assignment."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Visibility(StrEnum):
    """Who may see an entry outside the mentor's own screen."""

    SHARED = "shared"
    PRIVATE = "private"


class Owner(StrEnum):
    """Who carries out an action item."""

    MENTOR = "mentor"
    MENTEE = "mentee"
