"""A bounded way out when the terminal goes away or a stop signal arrives.

Closing the terminal sends SIGHUP and makes every later write fail with EIO;
`kill` sends SIGTERM, `kill -INT` SIGINT. On any of these the app must save
the draft, free the data folder and be gone within seconds, whatever the UI
toolkit's own shutdown does (it can block for ever writing to a terminal
that is gone). `ShutdownGuard` makes that so:

1. The first signal (or `trigger()`, e.g. on EIO) asks the UI, through
   `request_exit`, to save and exit in the orderly way.
2. A watchdog thread, independent of the UI's event loop, saves the draft
   itself if the UI has not done so within `save_wait` seconds (the loop is
   stuck), then, if the process still runs `deadline` seconds after the
   signal, frees the lock and ends the process with `os._exit`.

Exit status: 128 + the signal's number (129 SIGHUP, 130 SIGINT, 143 SIGTERM)
whichever way the process ends, as a shell reports a process a signal
ended; a terminal found gone counts as a hang-up (129). The draft is written
atomically, so even an exit during a save leaves the previous draft whole.

Nothing here imports the UI: the app attaches its save and exit callables.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import threading
import time
from collections.abc import Callable
from types import FrameType

EXIT_SIGNALS = (signal.SIGHUP, signal.SIGTERM, signal.SIGINT)
# The terminal is gone (EIO on write) but no SIGHUP came: treated as a hang-up.
TERMINAL_GONE_STATUS = 128 + signal.SIGHUP
SAVE_WAIT = 0.75  # seconds the UI has to save before the watchdog saves instead
DEADLINE = 2.0  # seconds after the signal by which the process has ended

Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


def signal_status(signum: int) -> int:
    """The exit status for a process ended because of signal `signum`."""
    return 128 + signum


class ShutdownGuard:
    """Save, free the lock and exit within `deadline` seconds of a stop signal.

    `release` frees the data folder (called once, by whoever ends first: the
    orderly exit or the watchdog). `end_process` is `os._exit` except in tests.
    """

    def __init__(
        self,
        release: Callable[[], None],
        *,
        save_wait: float = SAVE_WAIT,
        deadline: float = DEADLINE,
        end_process: Callable[[int], object] = os._exit,
    ) -> None:
        self._release = release
        self._save_wait = save_wait
        self._deadline = deadline
        self._end_process = end_process
        self._save: Callable[[], object] | None = None
        self._request_exit: Callable[[int], object] | None = None
        # Held while saving or releasing: no save can follow the release.
        self._state = threading.Lock()
        self._saved = threading.Event()
        self._released = False
        self._status: int | None = None
        self._previous: dict[int, Handler] = {}
        # Signal handlers may only do lock-free things: a byte down this pipe
        # wakes the watchdog.
        self._wake_read, self._wake_write = os.pipe()
        self._watchdog: threading.Thread | None = None

    @property
    def status(self) -> int | None:
        """The exit status once triggered (128 + signal), else None."""
        return self._status

    # --- set-up ---------------------------------------------------------------

    def install(self, signals: tuple[int, ...] = EXIT_SIGNALS) -> None:
        """Handle `signals` (main thread only) and start the sleeping watchdog."""
        for signum in signals:
            self._previous[signum] = signal.signal(signum, self._on_signal)
        self._watchdog = threading.Thread(
            target=self._watch, name="sessiontui-shutdown", daemon=True
        )
        self._watchdog.start()

    def uninstall(self) -> None:
        """Give the signals back their previous handling (a running watchdog keeps going)."""
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)
        self._previous.clear()

    def close(self) -> None:
        """Uninstall; if never triggered, also stop the sleeping watchdog."""
        self.uninstall()
        watchdog, self._watchdog = self._watchdog, None
        if self._status is not None:
            return  # the watchdog is on its way to the deadline: leave it be
        os.write(self._wake_write, b"-")
        if watchdog is not None:
            watchdog.join()
        os.close(self._wake_read)
        os.close(self._wake_write)

    def attach(self, save: Callable[[], object], request_exit: Callable[[int], object]) -> None:
        """What to save, and how to ask the UI to save and exit (with a status).

        `save` must be safe to call from the watchdog thread while the UI is
        stuck; `request_exit` from a signal handler or any thread.
        """
        self._save = save
        self._request_exit = request_exit

    # --- the way out ----------------------------------------------------------

    def trigger(self, status: int) -> None:
        """Start the way out (from a signal handler or any thread); later calls do nothing."""
        if self._status is not None:
            return
        self._status = status
        with contextlib.suppress(OSError):
            os.write(self._wake_write, b"!")
        request_exit = self._request_exit
        if request_exit is not None:
            # A loop that is already closed or not running: the watchdog saves.
            with contextlib.suppress(Exception):
                request_exit(status)

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        self.trigger(signal_status(signum))

    def save_once(self, timeout: float = -1) -> None:
        """Save the draft, unless it was saved for this exit or the lock is already freed.

        Waits at most `timeout` seconds (for ever if negative) for a save in
        progress elsewhere.
        """
        if not self._state.acquire(timeout=timeout):
            return
        try:
            if self._saved.is_set() or self._released or self._save is None:
                return
            try:
                self._save()
            finally:
                # A failed save is not retried: the last autosave stays on disk.
                self._saved.set()
        finally:
            self._state.release()

    def release_once(self, timeout: float = -1) -> None:
        """Free the data folder (once); nothing is saved after this."""
        if not self._state.acquire(timeout=timeout):
            return
        try:
            if not self._released:
                self._released = True
                self._save = None
                self._release()
        finally:
            self._state.release()

    def _watch(self) -> None:
        select.select([self._wake_read], [], [])
        end = time.monotonic() + self._deadline
        if self._status is None:
            return  # closed without a signal
        if not self._saved.wait(self._save_wait):
            # The UI did not get to it (its loop is stuck): save from here.
            with contextlib.suppress(Exception):
                self.save_once(timeout=max(0.0, end - time.monotonic()))
        time.sleep(max(0.0, end - time.monotonic()))
        # Still here: the orderly exit is stuck somewhere. End it. (If even the
        # lock is stuck, the kernel frees it with the process.)
        with contextlib.suppress(Exception):
            self.release_once(timeout=0.1)
        status = self._status
        self._end_process(status if status is not None else TERMINAL_GONE_STATUS)
