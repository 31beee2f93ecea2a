"""Every way a session begins: new, resumed from a draft, or finished from the resume dialog.

The app only chooses screens; what a start means (a new session from a
script, a draft brought back paused, a finished draft going to its summary)
is decided here, and each returns the `SessionService` that owns the session
from then on.
"""

from __future__ import annotations

from sessiontui.i18n import _
from sessiontui.launch import Launch
from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import Session
from sessiontui.scripts.schema import Script
from sessiontui.service.lifecycle import Stage
from sessiontui.service.session_service import SessionService


def _live(launch: Launch, session: Session, script: Script | None) -> LiveSession:
    return LiveSession(
        session,
        launch.time_source,
        wall_clock=launch.wall_clock,
        script=script,
        bell=launch.bell,
    )


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
    )


def start_session(launch: Launch, script: Script, mentee: str) -> SessionService:
    """A new session following `script`, its timer running from now."""
    session = session_from_script(script, mentee, started_at=launch.wall_clock())
    # A script from a file keeps its guidance and prompts for a resume, even
    # if the file changes or goes (built-in scripts ship with the app).
    session.script_copy = launch.library.copy_to_keep(script)
    live = _live(launch, session, script)
    live.start()
    return _service(launch, live)


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
