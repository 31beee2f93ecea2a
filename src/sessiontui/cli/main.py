"""`sessiontui [options] [COMMAND]`: parse, dispatch, and turn every failure into a status.

Bad input is a UserError: its message on stderr, one "sessiontui: " line
each, and exit status 2, never a traceback. A reader that goes away
(`| head`) ends the command quietly with status 141, as SIGPIPE would. Any
other error is a bug: a short line without any of the user's text, the
details in a crash log in the data folder, and a non-zero status.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence

from sessiontui.cli.argparse_i18n import speak_ui_language
from sessiontui.cli.demo import crash_log_folder
from sessiontui.cli.output import PIPE_CLOSED_STATUS, Output, flush_or_silence
from sessiontui.cli.parser import build_parser, peek_lang
from sessiontui.cli.run import report_crash, run_app
from sessiontui.clock import local_now
from sessiontui.config import Config, config_file, load_config, resolve_language
from sessiontui.crashlog import CRASH_STATUS, CrashReport, write_crash_log
from sessiontui.errors import UserError
from sessiontui.i18n import set_language
from sessiontui.paths import data_dir
from sessiontui.posix import require_posix


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the process exit status."""
    output = Output()
    try:
        status = _main(argv, output)
    except BrokenPipeError:
        status = PIPE_CLOSED_STATUS
    except SystemExit as exit_:  # --help, --version and usage errors, from argparse
        if not flush_or_silence(output.out, output.err):
            raise SystemExit(PIPE_CLOSED_STATUS) from None
        raise exit_ from None
    if not flush_or_silence(output.out, output.err):
        return PIPE_CLOSED_STATUS
    return status


def _main(argv: Sequence[str] | None, output: Output) -> int:
    args: argparse.Namespace | None = None
    try:
        require_posix()
        speak_ui_language()
        # A first guess, so that a broken settings file is reported in the right language.
        set_language(resolve_language(peek_lang(argv), Config(), os.environ).value)
        settings = config_file()
        config = load_config(settings)
        set_language(resolve_language(peek_lang(argv), config, os.environ).value)
        args = build_parser().parse_args(argv)
        chosen = resolve_language(args.lang, config, os.environ)
        set_language(chosen.value)
        args.settings, args.config, args.language = settings, config, chosen
        if getattr(args, "run", None) is not None:
            status: int = args.run(args, output)
            return status
        return run_app(args, output)
    except UserError as error:
        output.error(error.message)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except (BrokenPipeError, SystemExit):
        raise
    except Exception as error:  # a bug: reported without user text
        # A rehearsal never writes to the data folder, not even a crash log.
        rehearsal = getattr(args, "demo", False)
        folder = crash_log_folder() if rehearsal else data_dir(getattr(args, "data_dir", None))
        log = write_crash_log(folder, error, local_now())
        report_crash(CrashReport(log=log, draft_saved=None), output)
        return CRASH_STATUS
