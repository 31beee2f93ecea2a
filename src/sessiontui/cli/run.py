"""`sessiontui` without a command: check everything, then run the session app.

Everything that can be wrong with the input (a bad script, an unusable data
folder, a second instance) is found here, before the terminal is taken over,
and raised as a UserError. After an unexpected error inside the app, one
short message says what was kept and where the crash log is.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from sessiontui.cli.demo import (
    check_demo_options,
    crash_log_folder,
    rehearsal_folder,
    remove_folder,
)
from sessiontui.cli.mentee_choice import choose_mentee, open_history_at_start
from sessiontui.cli.output import Output
from sessiontui.clock import local_now
from sessiontui.command import long_lived_imports
from sessiontui.config import Setting, Source, resolve_script, resolve_theme
from sessiontui.crashlog import CRASH_STATUS, CrashReport
from sessiontui.errors import UserError
from sessiontui.i18n import _
from sessiontui.launch import Launch
from sessiontui.paths import config_dir, data_dir, user_scripts_dir
from sessiontui.rehearsal import seed_rehearsal
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.scripts.schema import Script
from sessiontui.shutdown import ShutdownGuard
from sessiontui.store import DataDir, DataDirLock, DraftStore, SessionArchive


def _script(library: ScriptLibrary, asked: Setting | None, settings: Path) -> Script | None:
    """The script asked for on the command line or in the settings file (None: ask)."""
    if asked is None:
        return None
    try:
        return library.resolve(asked.value)
    except UserError as error:
        if asked.source is not Source.FILE:
            raise
        raise UserError(
            "\n".join(f"{settings}: script: {line}" for line in error.message.splitlines())
        ) from None


def run_app(args: argparse.Namespace, output: Output) -> int:
    """Start (or resume) a session in the terminal; the exit status.

    `args.language`, `args.config` and `args.settings` are set by `cli.main`.
    With `--demo`, a rehearsal in a throwaway folder instead (never the data folder).
    """
    if not args.demo:
        return _run(args, output, rehearsal=None)
    check_demo_options(args)
    with rehearsal_folder() as throwaway:
        return _run(args, output, rehearsal=throwaway)


def _run(args: argparse.Namespace, output: Output, rehearsal: Path | None) -> int:
    folder = DataDir.open(rehearsal / "data" if rehearsal else data_dir(args.data_dir))
    library = ScriptLibrary.load(user_scripts_dir(config_dir()))
    script = _script(library, resolve_script(args.script, args.config), args.settings)
    mentee = args.mentee.strip() if args.mentee is not None else None

    lock = DataDirLock(folder)
    lock.acquire()

    def release() -> None:
        lock.release()
        if rehearsal is not None:
            # Also when the shutdown watchdog ends the process (os._exit skips `finally`).
            remove_folder(rehearsal)

    # From here a stop signal or a lost terminal ends the process within
    # seconds, the draft saved and the lock freed (see sessiontui.shutdown).
    guard = ShutdownGuard(release)
    guard.install()
    try:
        archive = SessionArchive(folder)
        notices = list(library.warnings) + open_history_at_start(archive)
        drafts = DraftStore(folder)
        found = drafts.load()
        if found.moved_aside is not None:
            notices.append(
                _(
                    "The interrupted-session draft could not be read; it was kept aside at {path}",
                    path=str(found.moved_aside),
                )
            )
        if found.recovered_from is not None:
            notices.append(
                _(
                    "The interrupted session was recovered from {path}, "
                    "a save that a crash cut short",
                    path=found.recovered_from,
                )
            )
        mentee_id = None
        if mentee:
            mentee, mentee_id = choose_mentee(
                archive, mentee, args.new_mentee, args.language.value, output
            )
        if rehearsal is not None:
            sample = seed_rehearsal(archive, library, args.language.value, local_now())
            script, mentee, mentee_id = sample.script, sample.mentee, sample.mentee_id
            notices.append(
                _(
                    "Rehearsal: a sample session with an invented mentee. Try every key "
                    "(F1 lists them); nothing is kept when you quit."
                )
            )
        launch = Launch(
            data_dir=folder,
            library=library,
            drafts=drafts,
            archive=archive,
            language=args.language.value,
            script=script,
            mentee=mentee,
            mentee_id=mentee_id,
            draft=found.session,
            notices=notices,
            bell=not args.no_bell,
            mentor=args.config.mentor_name,
            # A rehearsal never writes the settings file (no first-run question).
            config_file=None if rehearsal is not None else args.settings,
            rehearsal=rehearsal is not None,
            share=args.share,
            theme=resolve_theme(args.theme, args.config).value,
            share_theme=args.config.share_theme,
            crash_dir=crash_log_folder() if rehearsal is not None else None,
        )
        # Textual is imported only now: the subcommands and all input
        # checking above stay fast and free of the UI.
        with long_lived_imports():
            from sessiontui.tui.app import create_app  # noqa: PLC0415

        app = create_app(launch, guard)
        app.run()
    finally:
        guard.release_once()
        guard.close()
    if guard.status is not None:
        return guard.status
    if app.crash is not None:
        # A rehearsal's draft went with its throwaway folder: nothing to resume.
        report_crash(replace(app.crash, draft_saved=None) if rehearsal else app.crash, output)
        return CRASH_STATUS
    return app.return_code or 0


def report_crash(report: CrashReport, output: Output) -> None:
    """Say, without any session text, that the app stopped and what was kept."""
    lines = [_("stopped because of an unexpected error (a bug).")]
    if report.draft_saved:
        lines.append(_("Your session was saved: start sessiontui again to resume it."))
    elif report.draft_saved is False:
        lines.append(_("Your session could not be saved after the error."))
    if report.log is not None:
        lines.append(
            _(
                "Details for a bug report (no session text) are in {path}",
                path=report.log,
            )
        )
    for line in lines:
        output.error(line)
