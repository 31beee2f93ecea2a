"""A crash log that helps fix the bug and tells nothing about the session.

On an unexpected error the app writes `crash-<time>-<pid>.log` (0600) in the
data folder: the version, then for every exception in the chain its type and
the frames of its traceback (file, line, function and that line of code).
Never local variables and never the exception's message: either can hold a
note's text (a validation error quotes its input, a KeyError its key).
"""

from __future__ import annotations

import os
import platform
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sessiontui import __version__
from sessiontui.store.files import create_private_file, make_private_dirs

LOG_PREFIX = "crash-"
LOG_SUFFIX = ".log"
# The exit status after an unexpected error (as Textual's own).
CRASH_STATUS = 1


def is_crash_log(name: str) -> bool:
    """True for the file names `write_crash_log` gives."""
    return name.startswith(LOG_PREFIX) and name.endswith(LOG_SUFFIX)


@dataclass(frozen=True)
class CrashReport:
    """What was done about an unexpected error.

    `log` is the crash log (None if it could not be written); `draft_saved`
    says whether the session in progress was saved first (None: there was
    none to save).
    """

    log: Path | None
    draft_saved: bool | None


def _type_name(exc_type: type[BaseException] | None) -> str:
    if exc_type is None:
        return "?"
    module = exc_type.__module__
    name = exc_type.__qualname__
    return name if module == "builtins" else f"{module}.{name}"


def crash_text(error: BaseException) -> str:
    """The traceback of `error` and of its causes: frames and types, no values."""
    summary = traceback.TracebackException.from_exception(error, capture_locals=False)
    chain: list[tuple[str, traceback.TracebackException]] = []
    current: traceback.TracebackException | None = summary
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__cause__ is not None:
            chain.append(("cause", current))
            current = current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            chain.append(("context", current))
            current = current.__context__
        else:
            chain.append(("", current))
            current = None
    lines: list[str] = []
    # Oldest first, as Python prints a chain.
    for link, exc in reversed(chain):
        lines.append("Traceback (most recent call last):\n")
        lines.extend(exc.stack.format())
        lines.append(f"{_type_name(exc.exc_type)} (message left out)\n")
        if link == "cause":
            lines.append("\nThe above exception was the direct cause of the following:\n\n")
        elif link == "context":
            lines.append("\nDuring handling of the above exception, another occurred:\n\n")
    return "".join(lines)


def write_crash_log(folder: Path, error: BaseException, now: datetime) -> Path | None:
    """Write the crash log of `error` into `folder` (created 0700 if missing).

    Returns its path, or None if it could not be written: a crash log must
    never be the reason a second error hides the first.
    """
    header = (
        f"sessiontui {__version__} crashed at {now.isoformat()}\n"
        f"Python {platform.python_version()} on {platform.platform()}\n"
        "Local variables and exception messages are left out: they could hold session text.\n\n"
    )
    data = (header + crash_text(error)).encode("utf-8", "replace")
    stem = f"{LOG_PREFIX}{now.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    try:
        make_private_dirs(folder)
        for attempt in range(1, 100):
            path = folder / (
                f"{stem}{LOG_SUFFIX}" if attempt == 1 else f"{stem}-{attempt}{LOG_SUFFIX}"
            )
            try:
                fd = create_private_file(path)
            except FileExistsError:
                continue
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            return path
    except Exception:  # see the docstring
        return None
    return None
