"""`sessiontui doctor`: one line per finding about the data folder.

The checks are imported when the command runs: the parser is built at every start.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sessiontui.cli.output import Output
from sessiontui.i18n import N_, _
from sessiontui.paths import data_dir


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `doctor` to the command line."""
    doctor = commands.add_parser(
        "doctor", help=_("check the data folder: permissions, readable files, leftovers")
    )
    doctor.set_defaults(run=run)


def run(args: argparse.Namespace, output: Output) -> int:
    """Check the data folder of the command line (or the default one)."""
    return run_doctor(data_dir(args.data_dir), output)


def run_doctor(folder: Path, output: Output) -> int:
    """Print one line per finding; return 1 if any is a problem, else 0."""
    from sessiontui.store.doctor import check_data_dir  # noqa: PLC0415 (see the docstring)
    from sessiontui.store.findings import Level  # noqa: PLC0415 (see the docstring)

    labels = {Level.OK: N_("ok"), Level.WARNING: N_("warning"), Level.PROBLEM: N_("problem")}
    findings = check_data_dir(folder)
    for finding in findings:
        level = _(labels[finding.level])
        output.line(_("{level}: {message}", level=level, message=finding.message))
    return 1 if any(f.level is Level.PROBLEM for f in findings) else 0
