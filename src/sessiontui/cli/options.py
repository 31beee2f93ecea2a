"""Options more than one command takes."""

from __future__ import annotations

import argparse

from sessiontui.i18n import _


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """`--data-dir`, accepted after the command too (SUPPRESS keeps a value given before it)."""
    parser.add_argument(
        "--data-dir",
        metavar=_("DIR"),
        default=argparse.SUPPRESS,
        help=_("where sessions, drafts and summaries are kept"),
    )
