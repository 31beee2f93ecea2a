"""Atomic file replacement: a crash at any point leaves the old or the new file.

Steps: a fresh temp file beside the target (O_EXCL, mode 0600), write, flush,
fsync, `os.replace`, fsync the folder so the rename itself is durable. The
module-level `_replace` and `_fsync_dir` exist so tests can inject faults.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

FILE_MODE = 0o600
# Temp files are named `.<target>.tmp-<random>`; doctor looks for leftovers.
TEMP_INFIX = ".tmp-"

_replace = os.replace


def temp_path_for(path: Path) -> Path:
    """A fresh, unlikely-to-collide temp name in the same folder as `path`."""
    return path.with_name(f".{path.name}{TEMP_INFIX}{secrets.token_hex(6)}")


def is_temp_name(name: str) -> bool:
    """True for names made by `temp_path_for` (leftovers of an interrupted save)."""
    return name.startswith(".") and TEMP_INFIX in name


def _fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; the file ends up with mode 0600.

    On a failure before the replace, the temp file is removed and `path` is
    untouched; the OSError propagates (disk trouble is never swallowed).
    """
    tmp = temp_path_for(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            # The umask may only remove bits; fchmod makes the mode exact.
            os.fchmod(handle.fileno(), FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    """`atomic_write_bytes` for text, encoded as UTF-8."""
    atomic_write_bytes(path, text.encode("utf-8"))
