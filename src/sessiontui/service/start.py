"""Every way a session begins: new, resumed from a draft, or finished from the resume dialog.

The app only chooses screens; what a start means (a new session from a
script, a draft brought back paused, a finished draft going to its summary)
is decided here, and each returns the `SessionService` that owns the session
from then on.
"""

from __future__ import annotations

from datetime import datetime

from sessiontui.i18n import _
from sessiontui.launch import Launch
from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import Mentee, Session
from sessiontui.relationship.names import name_key
from sessiontui.scripts.schema import Script
from sessiontui.service.lifecycle import Stage
from sessiontui.service.session_service import SessionService
from sessiontui.store.archive import SessionArchive
from sessiontui.store.errors import os_error_reason


def _live(launch: Launch, session: Session, script: Script | None) -> LiveSession:
    return LiveSession(
        session,
        launch.time_source,
        wall_clock=launch.wall_clock,
        script=script,
        bell=launch.bell,
    )


def _mentee_email(archive: SessionArchive, mentee_id: str | None) -> str:
    """Where "Open in mail app" addresses the summary: the mentee's stored email, if any
    (the index holds it; an unreadable index only leaves the address out)."""
    if mentee_id is None:
        return ""
    try:
        entries = archive.mentees()
    except OSError:
        return ""
    return next((entry.email for entry in entries if entry.id == mentee_id), "")


def _service(
    launch: Launch,
    live: LiveSession,
    *,
    stage: Stage = Stage.RUNNING,
    saved: bool = False,
    notices: tuple[str, ...] = (),
) -> SessionService:
    return SessionService(
        live,
        data_dir=launch.data_dir,
        drafts=launch.drafts,
        archive=launch.archive,
        time_source=launch.time_source,
        stage=stage,
        saved=saved,
        notices=notices,
        mentor=launch.mentor,
        mentee_email=_mentee_email(launch.archive, live.session.mentee_id),
    )


def mentee_named(archive: SessionArchive, name: str) -> str | None:
    """The id of the one stored mentee called `name` (case and spacing aside), else None."""
    key = name_key(name)
    found = [entry.id for entry in archive.mentees() if name_key(entry.name) == key]
    return found[0] if len(found) == 1 else None


def new_mentee(archive: SessionArchive, name: str, language: str, now: datetime) -> Mentee:
    """Store a new mentee called `name` (the mentor confirmed it is not a typo)."""
    return archive.create_mentee(Mentee(created_at=now, name=name, language=language))


def begin_session(
    archive: SessionArchive,
    script: Script,
    started_at: datetime,
    *,
    mentee_name: str,
    mentee_id: str | None = None,
) -> Session:
    """A new session following `script` with the mentee `mentee_id` (or of that name),
    the copy of their relationship loaded into it (agreement in force, active goals,
    open carried-over items). A name with no stored mentee, or with several, starts
    with the name only: the session is filed under a mentee when it is stored.

    Raises OSError (store trouble, data from a newer release) when the mentee's
    record cannot be read.
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


def start_session(launch: Launch, script: Script, mentee: str) -> SessionService:
    """A new session following `script` with `mentee`, its timer running from now.

    The mentee the command line resolved (`launch.mentee_id`) or the one stored
    under that name brings their relationship; if their files cannot be read
    the session starts without it, and says so.
    """
    started_at = launch.wall_clock()
    notices: tuple[str, ...] = ()
    try:
        session = begin_session(
            launch.archive,
            script,
            started_at,
            mentee_name=mentee,
            mentee_id=launch.mentee_id if mentee == launch.mentee else None,
        )
    except OSError as exc:
        notices = (
            _(
                "The mentee's history cannot be read ({reason}); this session starts without it.",
                reason=os_error_reason(exc),
            ),
        )
        session = session_from_script(script, mentee, started_at)
    # A script from a file keeps its guidance and prompts for a resume, even
    # if the file changes or goes (built-in scripts ship with the app).
    session.script_copy = launch.library.copy_to_keep(script)
    live = _live(launch, session, script)
    live.start()
    return _service(launch, live, notices=notices + tuple(launch.archive.take_notices()))


def resume_session(launch: Launch, draft: Session) -> SessionService:
    """An interrupted session, as the draft holds it.

    Unfinished: running again, its clock paused (the interruption shows as a
    pause), with its script's guidance and prompts: from the copy the draft
    keeps of a script file, else from the installed script of that id.
    Finished but not stored: its summary, waiting to be sent.
    """
    if draft.finished:
        notice = _("The last session was finished but its summary was not sent yet: here it is.")
        return _service(
            launch, _live(launch, draft, None), stage=Stage.FINISHED, saved=True, notices=(notice,)
        )
    script = launch.library.for_session(draft)
    notices: tuple[str, ...] = ()
    if script is None:
        notices = (
            _(
                "Script '{id}' is no longer installed: no guidance or segment prompts.",
                id=draft.script_id,
            ),
        )
    return _service(launch, _live(launch, draft, script), saved=True, notices=notices)


def finish_interrupted(launch: Launch, draft: Session) -> SessionService:
    """An interrupted session finished now, without running it again: its summary is next."""
    service = _service(launch, _live(launch, draft, None), saved=True)
    service.finish()
    return service


def discard_interrupted(launch: Launch) -> None:
    """Throw the interrupted session away (the mentor confirmed it)."""
    launch.drafts.discard()
