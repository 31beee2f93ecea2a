"""Atomic file replacement: a crash at any point leaves the old or the new file.

Steps: a fresh temp file beside the target (O_EXCL, mode 0600), write, flush,
fsync, `os.replace`, fsync the folder so the rename itself is durable. The
module-level `_replace` and `_fsync_dir` exist so tests can inject faults.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from sessiontui.store.files import create_private_file, fsync_dir

# Temp files are named `.<target>.tmp-<random>`; doctor looks for leftovers.
TEMP_INFIX = ".tmp-"

_replace = os.replace
_fsync_dir = fsync_dir


def temp_path_for(path: Path) -> Path:
    """A fresh, unlikely-to-collide temp name in the same folder as `path`."""
    return path.with_name(f".{path.name}{TEMP_INFIX}{secrets.token_hex(6)}")


def temp_glob(path: Path) -> str:
    """The glob pattern matching every temp name `temp_path_for(path)` can give."""
    return f".{path.name}{TEMP_INFIX}*"


def is_temp_name(name: str) -> bool:
    """True for names made by `temp_path_for` (leftovers of an interrupted save)."""
    return name.startswith(".") and TEMP_INFIX in name


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically; the file ends up with mode 0600.

    On a failure before the replace, the temp file is removed and `path` is
    untouched; the OSError propagates (disk trouble is never swallowed).
    """
    tmp = temp_path_for(path)
    fd = create_private_file(tmp)
    try:
        with os.fdopen(fd, "wb") as handle:
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
