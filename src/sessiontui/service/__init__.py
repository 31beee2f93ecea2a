"""The session's life after it starts: one owner for the draft, finish, send and archive.

`start` begins a session (new, with its mentee's relationship loaded;
resumed; or finished from the resume dialog) and returns its
`SessionService`; `lifecycle` names the stages and the moves between them;
`autosave` decides when the draft is written; `sending` names the summary
file and reports what a send did.
"""

from sessiontui.service.autosave import CLOCK_SAVE_INTERVAL, DraftSave
from sessiontui.service.lifecycle import Stage, StageError
from sessiontui.service.sending import SendOutcome, summary_file_stem
from sessiontui.service.session_service import SessionService
from sessiontui.service.start import (
    begin_session,
    discard_interrupted,
    finish_interrupted,
    mentee_named,
    new_mentee,
    resume_session,
    start_session,
)

__all__ = [
    "CLOCK_SAVE_INTERVAL",
    "DraftSave",
    "SendOutcome",
    "SessionService",
    "Stage",
    "StageError",
    "begin_session",
    "discard_interrupted",
    "finish_interrupted",
    "mentee_named",
    "new_mentee",
    "resume_session",
    "start_session",
    "summary_file_stem",
]
