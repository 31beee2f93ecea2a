"""The data folder: created private (0700), checked writable, names its files.

It stays private and ours while a session runs: every write first calls
`ensure_present`, which recreates a folder that disappeared (0700, whatever
the umask) and has the lock check that it still guards this folder.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from sessiontui.clock import WallClock, local_now
from sessiontui.errors import UserError
from sessiontui.i18n import _
from sessiontui.store.errors import os_error_reason
from sessiontui.store.files import DIR_MODE, create_private_file, make_private_dirs


def _create_probe(path: Path) -> None:
    """Prove the folder is writable by creating and removing a file in it."""
    probe = path / f".write-probe-{os.getpid()}"
    os.close(create_private_file(probe))
    probe.unlink()


class DataDir:
    """A checked, private data folder and the paths of the files it holds.

    `wall_clock` stamps the names of files kept aside; the app passes the same
    injected clock it uses for the session.
    """

    def __init__(self, path: Path, wall_clock: WallClock = local_now) -> None:
        self._path = path
        self.wall_clock = wall_clock
        self._guards: list[Callable[[], None]] = []
        self._presence = threading.Lock()

    @classmethod
    def open(cls, path: Path, wall_clock: WallClock = local_now) -> DataDir:
        """Create (0700) and check the folder; raise UserError naming the path if unusable."""
        path = path.expanduser().absolute()
        try:
            if path.exists() and not path.is_dir():
                raise UserError(
                    _("cannot use data folder {path}: it is a file, not a folder", path=path)
                )
            make_private_dirs(path)
            # A link to a folder is the user's choice: the folder it names is made private.
            os.chmod(path, DIR_MODE)
            _create_probe(path)
        except OSError as exc:
            raise UserError(
                _("cannot use data folder {path}: {reason}", path=path, reason=os_error_reason(exc))
            ) from exc
        return cls(path, wall_clock)

    def add_guard(self, guard: Callable[[], None]) -> None:
        """Run `guard` after every presence check (the lock checks it still holds)."""
        self._guards.append(guard)

    def ensure_present(self) -> None:
        """Before a write: recreate the folder (0700) if it disappeared, then run the guards.

        A guard raises a StoreRefusal (an OSError) when the folder is no longer ours.
        """
        with self._presence:
            if not self._path.is_dir():
                make_private_dirs(self._path)
            for guard in self._guards:
                guard()

    @property
    def path(self) -> Path:
        """The folder itself."""
        return self._path

    @property
    def db_path(self) -> Path:
        """The single history file of earlier releases (imported on first start: legacy.py)."""
        return self._path / "sessions.json"

    @property
    def backup_path(self) -> Path:
        """The previous good copy of the earlier releases' history file."""
        return self._path / "sessions.json.bak"

    @property
    def draft_path(self) -> Path:
        """The live session's draft (present only while a session is unfinished)."""
        return self._path / "draft.json"

    @property
    def lock_path(self) -> Path:
        """The lock file holding the pid of the instance using this folder."""
        return self._path / "sessiontui.lock"

    @property
    def summaries_dir(self) -> Path:
        """Where summary files are written (made private by the delivery, never a link)."""
        return self._path / "summaries"
