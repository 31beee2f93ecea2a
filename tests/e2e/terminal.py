"""A real terminal for end-to-end tests: a private tmux server per test."""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import time
import uuid
from collections.abc import Mapping, Sequence


class Terminal:
    """One program running in its own tmux server, driven like a person would."""

    def __init__(self, cols: int = 100, rows: int = 30) -> None:
        self.cols, self.rows = cols, rows
        self.socket = f"sessiontui-e2e-{uuid.uuid4().hex[:8]}"

    def _tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            check=check,
            capture_output=True,
            text=True,
        )

    def start(self, command: Sequence[str], env: Mapping[str, str], cwd: str) -> None:
        """Start `command` in a fresh terminal of the configured size."""
        exports = " ".join(f"export {shlex.quote(f'{k}={v}')};" for k, v in env.items())
        shell = f"cd {shlex.quote(cwd)}; {exports} exec {shlex.join(command)}"
        self._tmux(
            "new-session", "-d", "-s", "main", "-x", str(self.cols), "-y", str(self.rows),
            "sh", "-c", shell,
        )  # fmt: skip
        # Keep the pane after the program ends, so its last screen can be read.
        self._tmux("set-option", "-t", "main", "remain-on-exit", "on")

    def keys(self, *keys: str) -> None:
        """Press tmux key names (Enter, C-o, F10, Escape ...)."""
        self._tmux("send-keys", "-t", "main", *keys)

    def type(self, text: str) -> None:
        """Type literal text."""
        self._tmux("send-keys", "-t", "main", "-l", text)

    def screen(self) -> str:
        """What the terminal shows now."""
        return self._tmux("capture-pane", "-p", "-t", "main").stdout

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        """Wait until `text` is on screen; fail with the screen shown."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} not shown within {timeout}s; screen:\n{self.screen()}")

    def pid(self) -> int:
        """Process id of the program in the pane."""
        return int(self._tmux("display-message", "-p", "-t", "main", "#{pane_pid}").stdout)

    def alive(self) -> bool:
        """True while the program still runs."""
        out = self._tmux("display-message", "-p", "-t", "main", "#{pane_dead}", check=False)
        return out.returncode == 0 and out.stdout.strip() == "0"

    def wait_exit(self, timeout: float = 10.0) -> None:
        """Wait until the program has ended."""
        deadline = time.monotonic() + timeout
        while self.alive():
            if time.monotonic() > deadline:
                raise AssertionError(f"still running; screen:\n{self.screen()}")
            time.sleep(0.1)

    def hang_up(self) -> None:
        """Close the terminal window: the program gets SIGHUP."""
        self._tmux("kill-server", check=False)

    def close(self) -> None:
        """End the terminal and whatever runs in it."""
        if self.alive():
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(self.pid(), 9)
        self._tmux("kill-server", check=False)
