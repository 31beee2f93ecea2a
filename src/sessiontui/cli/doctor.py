"""`sessiontui doctor`: one line per finding about the data folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from sessiontui.cli.output import Output
from sessiontui.i18n import N_, _
from sessiontui.paths import data_dir
from sessiontui.store.doctor import check_data_dir
from sessiontui.store.findings import Level

_LEVEL_LABELS = {
    Level.OK: N_("ok"),
    Level.WARNING: N_("warning"),
    Level.PROBLEM: N_("problem"),
}


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
    findings = check_data_dir(folder)
    for finding in findings:
        level = _(_LEVEL_LABELS[finding.level])
        output.line(_("{level}: {message}", level=level, message=finding.message))
    return 1 if any(f.level is Level.PROBLEM for f in findings) else 0
