"""Stored sessions written by older sessiontui versions, brought up to this one.

Every stored session carries `schema_version`. `STEPS[n]` turns a version-n
document into a version n+1 one, and `migrate` applies the steps in order, so
data from every earlier release loads. Data from a newer release is refused
with NewerDataError and left untouched: guessing at a shape we do not know
could lose what the newer version stored.

To change the stored shape: bump `model.SCHEMA_VERSION`, add one step here,
and test it on a file written by the previous release (tests/unit/data/).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sessiontui.model import SCHEMA_VERSION, Session
from sessiontui.store.errors import NewerDataError
from sessiontui.text import clean_data

Document = dict[str, Any]
Step = Callable[[Document], Document]

FIRST_VERSION = 1
_ENTRY_LISTS = ("goals", "feedback", "action_items", "notes", "parking_lot")


class MigrationError(ValueError):
    """A document whose `schema_version` is not a version number at all."""


def _aware(value: object) -> object:
    """An ISO-8601 time with its UTC offset; a naive one is read as local time.

    Anything else is returned as it is, for validation to report.
    """
    if not isinstance(value, str):
        return value
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value
    return parsed.isoformat() if parsed.tzinfo else parsed.astimezone().isoformat()


def _v1_to_v2(document: Document) -> Document:
    """Version 2 validates times as aware datetimes; version 1 took any text.

    Version 1 wrote aware ISO-8601 times, so they pass unchanged; a naive one
    (edited by hand) gets the local offset, and an entry without a time gets
    the session's start, the nearest time known for it.
    """
    migrated = dict(document)
    for key in ("started_at", "finished_at"):
        if key in migrated:
            migrated[key] = _aware(migrated[key])
    started = migrated.get("started_at")
    for key in _ENTRY_LISTS:
        entries = migrated.get(key)
        if not isinstance(entries, list):
            continue
        migrated[key] = [
            {**entry, "created_at": _aware(entry.get("created_at", started))}
            if isinstance(entry, dict)
            else entry
            for entry in entries
        ]
    return migrated


def _v2_to_v3(document: Document) -> Document:
    """Version 3 adds `script_copy`; a version-2 session has none (its script is looked up)."""
    return dict(document)


def _v3_to_v4(document: Document) -> Document:
    """Version 4 ties a session to a mentee record and to the relationship it worked on.

    A version-3 session has neither: `mentee_id` stays unset (the legacy
    import files it under the mentee of its name) and the relationship is empty.
    """
    return dict(document)


def _v4_to_v5(document: Document) -> Document:
    """Version 5 stores the time the session stood paused; version 4 did not.

    Its pauses are unknown, so they count as none: the session reads as it
    did in version 4 (never behind for a pause), and every pause from now on
    counts.
    """
    migrated = dict(document)
    clock = migrated.get("clock")
    if isinstance(clock, dict):
        migrated["clock"] = {**clock, "paused_seconds": clock.get("paused_seconds", 0.0)}
    return migrated


def _v5_to_v6(document: Document) -> Document:
    """Version 6 keeps a mentee's session rows in one file per year instead of in
    their record (the archive moves them at the record's first read: see
    archive.py); a stored session or a draft is unchanged."""
    return dict(document)


STEPS: Mapping[int, Step] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
}
"""From-version -> the step to the next version; one entry per version below SCHEMA_VERSION."""


def stored_version(document: Mapping[str, Any]) -> int:
    """The document's `schema_version` (version 1 when absent: it always wrote one)."""
    version = document.get("schema_version", FIRST_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < FIRST_VERSION:
        raise MigrationError(f"schema_version {version!r} is not a version number")
    return version


def migrate(document: Document, source: Path) -> Document:
    """`document` brought up to SCHEMA_VERSION (a new dict; the input is not changed).

    Raises NewerDataError (naming `source`) for a document from a newer
    sessiontui, and MigrationError for one without a usable version.
    """
    version = stored_version(document)
    if version > SCHEMA_VERSION:
        raise NewerDataError(source, version, SCHEMA_VERSION)
    for step_from in range(version, SCHEMA_VERSION):
        document = STEPS[step_from](document)
        document["schema_version"] = step_from + 1
    return document


def read_session(data: object, source: Path) -> Session:
    """The session stored as `data` (parsed JSON), migrated, cleaned and validated.

    Every text in it passes the sanitizing rule: a file copied from elsewhere
    may hold escape sequences. Raises NewerDataError for data from a newer
    sessiontui, and ValueError (pydantic's ValidationError or MigrationError)
    for anything not a session.
    """
    if isinstance(data, dict):
        data = migrate(data, source)
    return Session.model_validate(clean_data(data))
