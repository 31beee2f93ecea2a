"""After an unexpected error in the app: save the session first, then log the error.

The app calls `record_crash` once, from Textual's error hook, before it
closes. Nothing here shows the error: the CLI prints one short line once
the terminal is back (see `sessiontui.cli.run.report_crash`).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.worker import WorkerFailed

from sessiontui.clock import local_now
from sessiontui.crashlog import CrashReport, write_crash_log
from sessiontui.launch import Launch


def record_crash(
    error: BaseException, launch: Launch, save: Callable[[], bool | None]
) -> CrashReport:
    """Save the draft with `save` (True saved, False failed, None nothing to save), log `error`."""
    try:
        saved = save()
    except Exception:  # the session may be what is broken
        saved = False
    if isinstance(error, WorkerFailed):
        error = error.error  # the worker's own error, with its traceback
    try:
        now = launch.wall_clock()
    except Exception:  # an injected clock may fail too
        now = local_now()
    log = write_crash_log(launch.crash_dir or launch.data_dir.path, error, now)
    return CrashReport(log=log, draft_saved=saved)
