"""What every stored record shares: the schema version, ids, visibility, owners."""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

# 2: timestamps are validated as aware datetimes (version 1 took any text).
# 3: sessions belong to a mentee record and carry the relationship they worked on
#    (agreement, long-term goals, carried-over items, next session).
SCHEMA_VERSION = 3

NonBlank = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


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
