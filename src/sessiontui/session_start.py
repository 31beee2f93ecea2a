"""Starting a session with a mentee: the session, and the copy of the relationship it works on.

The session loads the mentee's agreement in force, active long-term goals
and open carried-over items into its draft; storing the finished session
writes back what changed (see store/archive.py). A name alone, from before
the mentee is chosen on the start screen, is matched to the one stored
mentee of that name; with none (a new mentee) or several, the session starts
with the name only and is filed under a mentee when it is stored.
"""

from __future__ import annotations

from datetime import datetime

from sessiontui.live import session_from_script
from sessiontui.model import Mentee, Session
from sessiontui.relationship.names import name_key
from sessiontui.scripts.schema import Script
from sessiontui.store.archive import SessionArchive


def mentee_named(archive: SessionArchive, name: str) -> str | None:
    """The id of the one stored mentee called `name` (case and spacing aside), else None."""
    key = name_key(name)
    found = [entry.id for entry in archive.mentees() if name_key(entry.name) == key]
    return found[0] if len(found) == 1 else None


def begin_session(
    archive: SessionArchive,
    script: Script,
    started_at: datetime,
    *,
    mentee_name: str,
    mentee_id: str | None = None,
) -> Session:
    """A new session following `script` with the mentee `mentee_id` (or of that name).

    Raises OSError (store trouble, data from a newer release) when the
    mentee's record cannot be read.
    """
    mentee_id = mentee_id or (mentee_named(archive, mentee_name) if mentee_name else None)
    if mentee_id is None:
        return session_from_script(script, mentee_name, started_at)
    record = archive.record(mentee_id)
    return session_from_script(
        script,
        record.mentee.name,
        started_at,
        mentee_id=mentee_id,
        relationship=archive.relationship_for(mentee_id),
    )


def new_mentee(archive: SessionArchive, name: str, language: str, now: datetime) -> Mentee:
    """Store a new mentee called `name` (the mentor confirmed it is not a typo)."""
    return archive.create_mentee(Mentee(created_at=now, name=name, language=language))
