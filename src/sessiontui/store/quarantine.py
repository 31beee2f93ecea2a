"""Keep an unreadable file aside instead of ever overwriting it."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

CORRUPT_INFIX = ".corrupt-"


def _candidates(path: Path, stamp: str) -> list[Path]:
    """`<name>.corrupt-<stamp>`, then `-1`, `-2`, ... for collisions."""
    base = f"{path.name}{CORRUPT_INFIX}{stamp}"
    return [path.with_name(base)] + [path.with_name(f"{base}-{n}") for n in range(1, 1000)]


def _move_no_replace(source: Path, target: Path) -> None:
    """Rename `source` to `target`, raising FileExistsError instead of overwriting."""
    try:
        # link() refuses an existing target atomically; rename() would not.
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # Some file systems have no hard links: check, then rename.
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    source.unlink()


def move_aside(path: Path, now: datetime) -> Path:
    """Rename `path` to `<name>.corrupt-YYYYmmddTHHMMSS[-N]` beside it; return the new path.

    `now` comes from the injected wall clock (see `DataDir.wall_clock`).
    """
    stamp = now.strftime("%Y%m%dT%H%M%S")
    for candidate in _candidates(path, stamp):
        try:
            _move_no_replace(path, candidate)
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(path.with_name(f"{path.name}{CORRUPT_INFIX}{stamp}"))
