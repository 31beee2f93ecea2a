"""What another process is: its command line and whether it is stopped.

Used to explain who holds the data folder (a second start, `doctor`), so the
mentor can recognise the process and end it. Linux reads `/proc`; elsewhere
`ps` answers; when neither can, the command is simply unknown.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from sessiontui.text import one_line

COMMAND_LIMIT = 120  # characters of the command line shown


@dataclass(frozen=True)
class ProcessInfo:
    """A process as the user can recognise it."""

    pid: int
    command: str  # its command line, printable only and shortened; "" if unknown
    stopped: bool  # suspended (ctrl+z, SIGSTOP): it acts on no signal until continued


def _printable(text: str) -> str:
    """`text` on one line, cleaned by the one rule in `text.py`, and shortened."""
    shown = one_line(text)
    if len(shown) > COMMAND_LIMIT:
        shown = shown[: COMMAND_LIMIT - 1] + "…"
    return shown


def _from_proc(pid: int) -> tuple[str, bool] | None:
    folder = Path("/proc", str(pid))
    try:
        raw = (folder / "cmdline").read_bytes()
        stat = (folder / "stat").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    command = " ".join(part.decode("utf-8", "replace") for part in raw.split(b"\0") if part)
    # The state follows the command name, which is in parentheses and may hold spaces.
    fields = stat.rpartition(")")[2].split()
    return command, bool(fields) and fields[0] in {"T", "t"}


def _from_ps(pid: int) -> tuple[str, bool] | None:
    try:
        done = subprocess.run(
            ["ps", "-o", "stat=", "-o", "command=", "-p", str(pid)],
            capture_output=True,
            text=True,
            errors="replace",
            timeout=2,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    state, _, command = done.stdout.strip().partition(" ")
    if done.returncode != 0 or not state:
        return None
    return command, state.startswith("T")


def describe_process(pid: int) -> ProcessInfo:
    """What process `pid` is, as far as this system tells."""
    found = _from_proc(pid) if Path("/proc/self").exists() else _from_ps(pid)
    command, stopped = found if found is not None else ("", False)
    return ProcessInfo(pid, _printable(command), stopped)
