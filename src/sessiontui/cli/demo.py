"""`sessiontui --demo`: the rehearsal's throwaway data folder and what it refuses.

The folder is made private in the system's temporary folder and removed
when the rehearsal ends, whichever way it ends (quit, a closed terminal, a
signal's watchdog: see `remove_folder`). The mentor's own data folder is
never opened, so their history and drafts cannot be touched. A crash log
goes beside the throwaway folder (`crash_log_folder`), so it outlives it.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sessiontui.errors import UserError
from sessiontui.i18n import _

# Options that would point the rehearsal at real data or a real mentee.
_REFUSED = (
    ("data_dir", "--data-dir"),
    ("mentee", "--mentee"),
    ("new_mentee", "--new-mentee"),
    ("script", "--script"),
)


def check_demo_options(args: argparse.Namespace) -> None:
    """UserError when --demo comes with an option it would have to ignore."""
    for name, option in _REFUSED:
        if getattr(args, name, None):
            raise UserError(
                _(
                    "--demo rehearses with an invented mentee in a throwaway folder; "
                    "leave out {option}",
                    option=option,
                )
            )


def crash_log_folder() -> Path:
    """Where a rehearsal's crash log is kept: the system's temporary folder, where the
    throwaway folder was (never the mentor's data folder)."""
    return Path(tempfile.gettempdir())


@contextmanager
def rehearsal_folder() -> Iterator[Path]:
    """A new private temporary folder, removed (with everything in it) on the way out."""
    folder = Path(tempfile.mkdtemp(prefix="sessiontui-demo-"))
    try:
        yield folder
    finally:
        remove_folder(folder)


def remove_folder(folder: Path) -> None:
    """Remove the rehearsal's folder; once gone, a second call does nothing."""
    shutil.rmtree(folder, ignore_errors=True)
