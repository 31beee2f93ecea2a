"""A real terminal for end-to-end tests: a private tmux server per test."""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path


class Terminal:
    """One program running in its own tmux server, driven like a person would."""

    def __init__(self, cols: int = 100, rows: int = 30) -> None:
        self.cols, self.rows = cols, rows
        self.socket = f"sessiontui-e2e-{uuid.uuid4().hex[:8]}"

    def _tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        # tmux itself gets a bare environment: the program's own comes from `start`.
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
        return subprocess.run(
            ["tmux", "-u", "-L", self.socket, "-f", "/dev/null", *args],
            check=check,
            capture_output=True,
            text=True,
            env=env,
        )

    def start(
        self,
        command: Sequence[str],
        env: Mapping[str, str],
        cwd: str,
        *,
        output_log: Path | None = None,
    ) -> None:
        """Start `command` in `cwd` with exactly `env` (nothing inherited) in a fresh terminal.

        With `output_log`, every byte the program writes to the terminal is
        also appended there (escape sequences and all), from its first byte:
        the program starts only once the log is attached.
        """
        assignments = " ".join(shlex.quote(f"{k}={v}") for k, v in env.items())
        shell = f"cd {shlex.quote(cwd)} && exec env -i {assignments} {shlex.join(command)}"
        go = output_log.with_name(output_log.name + ".attached") if output_log else None
        if go is not None:
            shell = f"until [ -e {shlex.quote(str(go))} ]; do sleep 0.02; done; {shell}"
        # One tmux call, so the pane is kept after the program ends (its last
        # screen and exit status stay readable) even if it ends at once; the
        # window keeps the size the test sets, as no client is attached.
        self._tmux(
            "start-server", ";",
            "set-option", "-g", "remain-on-exit", "on", ";",
            # OSC 52 from the program lands in tmux's buffers (see `buffers`).
            "set-option", "-g", "set-clipboard", "on", ";",
            "new-session", "-d", "-s", "main", "-x", str(self.cols), "-y", str(self.rows),
            "sh", "-c", shell, ";",
            "set-option", "-g", "window-size", "manual",
        )  # fmt: skip
        if output_log is not None and go is not None:
            self._tmux("pipe-pane", "-o", "-t", "main", f"cat >> {shlex.quote(str(output_log))}")
            go.touch()

    def paste(self, text: str) -> None:
        """Paste `text` as the terminal does: one bracketed paste (tmux sends LF as CR)."""
        self._tmux("set-buffer", "-b", "e2e-paste", "--", text)
        self._tmux("paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", "main")

    def title(self) -> str:
        """The terminal's title, as a program may set it (OSC 0/2)."""
        return self._pane("pane_title") or ""

    def buffers(self) -> str:
        """tmux's paste buffers: where OSC 52 from a program lands (set-clipboard on)."""
        return self._tmux("list-buffers", check=False).stdout

    def scrollback(self) -> str:
        """Everything the terminal shows and keeps above the screen."""
        return self._tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "main").stdout

    def keys(self, *keys: str) -> None:
        """Press tmux key names (Enter, C-o, F10, BTab ...)."""
        self._tmux("send-keys", "-t", "main", *keys)

    def type(self, text: str) -> None:
        """Type literal text."""
        self._tmux("send-keys", "-t", "main", "-l", text)

    def screen(self) -> str:
        """What the terminal shows now."""
        return self._tmux("capture-pane", "-p", "-t", "main").stdout

    def screen_with_colours(self) -> str:
        """What the terminal shows now, with the SGR sequences of its colours (tmux -e)."""
        return self._tmux("capture-pane", "-p", "-e", "-t", "main").stdout

    def wait_until(self, check: Callable[[str], bool], what: str, timeout: float = 20.0) -> str:
        """Wait until `check(screen)` holds; fail with `what` and the screen shown."""
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if check(shown):
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{what} not seen within {timeout}s; screen:\n{shown}")
            time.sleep(0.1)

    def wait_for(self, text: str, timeout: float = 20.0) -> str:
        """Wait until `text` is on screen; fail with the screen shown."""
        return self.wait_until(lambda shown: text in shown, repr(text), timeout)

    def wait_gone(self, text: str, timeout: float = 20.0) -> str:
        """Wait until `text` is no longer on screen; fail with the screen shown."""
        return self.wait_until(lambda shown: text not in shown, f"{text!r} gone", timeout)

    def resize(self, cols: int, rows: int) -> None:
        """Change the terminal's size, as a person dragging the window would."""
        self._tmux("resize-window", "-t", "main", "-x", str(cols), "-y", str(rows))
        self.cols, self.rows = cols, rows

    def _pane(self, field: str) -> str | None:
        out = self._tmux("display-message", "-p", "-t", "main", f"#{{{field}}}", check=False)
        return out.stdout.strip() if out.returncode == 0 else None

    def pid(self) -> int:
        """Process id of the program in the pane."""
        return int(self._pane("pane_pid") or "0")

    def alive(self) -> bool:
        """True while the program still runs."""
        return self._pane("pane_dead") == "0"

    def wait_exit(self, timeout: float = 10.0) -> int:
        """Wait until the program has ended; its exit status (fails if a signal ended it)."""
        pid = self.pid()
        deadline = time.monotonic() + timeout
        while (status := self._exit_status(pid)) is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"no exit within {timeout}s; screen:\n{self.screen()}")
            time.sleep(0.05)
        if status < 0:
            raise AssertionError(f"ended by signal {-status}; screen:\n{self.screen()}")
        return status

    def _exit_status(self, pid: int) -> int | None:
        """The ended program's exit status (minus the signal number), or None if running."""
        status, signal = self._pane("pane_dead_status"), self._pane("pane_dead_signal")
        if status:
            return int(status)
        if signal:
            return -int(signal)
        # tmux sometimes leaves its ended child unreaped for many seconds (seen
        # with 3.3a under load); a zombie's wait status is in /proc (Linux >= 3.5).
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            if fields[0] == "Z":
                return os.waitstatus_to_exitcode(int(fields[-1]))
        return None

    def hang_up(self) -> None:
        """Close the terminal window: the program gets SIGHUP."""
        self._tmux("kill-server", check=False)

    def close(self) -> None:
        """End the terminal and whatever runs in it."""
        if self.alive():
            with contextlib.suppress(ProcessLookupError, ValueError):
                os.kill(self.pid(), 9)
        self._tmux("kill-server", check=False)
        # tmux leaves its socket file behind; ours is private, so remove it.
        Path(f"/tmp/tmux-{os.getuid()}/{self.socket}").unlink(missing_ok=True)
