"""The data folder: created private (0700), checked writable, names its files."""

from __future__ import annotations

import os
from pathlib import Path

from sessiontui.errors import UserError
from sessiontui.i18n import _
from sessiontui.store.errors import os_error_reason

DIR_MODE = 0o700


def _mkdirs_private(path: Path) -> None:
    """Create `path` and any missing parents, each with mode 0700."""
    missing = [p for p in [path, *path.parents] if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(mode=DIR_MODE, exist_ok=True)


def _create_probe(path: Path) -> None:
    """Prove the folder is writable by creating and removing a file in it."""
    probe = path / f".write-probe-{os.getpid()}"
    fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    os.close(fd)
    probe.unlink()


class DataDir:
    """A checked, private data folder and the paths of the files it holds."""

    def __init__(self, path: Path) -> None:
        self._path = path

    @classmethod
    def open(cls, path: Path) -> DataDir:
        """Create (0700) and check the folder; raise UserError naming the path if unusable."""
        path = path.expanduser().absolute()
        if path.exists() and not path.is_dir():
            raise UserError(
                _("cannot use data folder {path}: it is a file, not a folder", path=path)
            )
        try:
            _mkdirs_private(path)
            os.chmod(path, DIR_MODE)
            _create_probe(path)
        except OSError as exc:
            raise UserError(
                _("cannot use data folder {path}: {reason}", path=path, reason=os_error_reason(exc))
            ) from exc
        return cls(path)

    @property
    def path(self) -> Path:
        """The folder itself."""
        return self._path

    @property
    def db_path(self) -> Path:
        """The TinyDB archive of finished sessions."""
        return self._path / "sessions.json"

    @property
    def backup_path(self) -> Path:
        """The previous good copy of the archive."""
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
        """Where summary files are written (see `ensure_summaries_dir`)."""
        return self._path / "summaries"

    def ensure_summaries_dir(self) -> Path:
        """Create the summaries folder (0700) if needed and return it."""
        folder = self.summaries_dir
        folder.mkdir(mode=DIR_MODE, exist_ok=True)
        os.chmod(folder, DIR_MODE)
        return folder
