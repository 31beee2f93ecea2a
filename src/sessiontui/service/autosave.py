"""When the draft is written: at once after a change, rarely while only the clock runs.

An entry, a segment move or a pause changes the session's `revision`: that is
saved at once (the screen asks right after the change, and once a second). While
only the timer runs, the draft is written at most every `CLOCK_SAVE_INTERVAL`
seconds: a crash may lose that much timing, never an entry. A save that failed
is retried at the next ask. Nothing is written when nothing changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sessiontui.clock import TimeSource
from sessiontui.model import Session
from sessiontui.service.lifecycle import Stage

CLOCK_SAVE_INTERVAL = 10.0


@dataclass(frozen=True)
class DraftSave:
    """A snapshot taken on the UI thread, numbered so that the newest one wins."""

    session: Session
    ticket: int
    stage: Stage


class AutosavePolicy:
    """Decides, each time it is asked, whether a draft save is due now.

    `saved_revision` is the revision already on disk (a resumed draft), or None
    when nothing is saved yet.
    """

    def __init__(
        self,
        time_source: TimeSource,
        *,
        saved_revision: int | None,
        clock_interval: float = CLOCK_SAVE_INTERVAL,
    ) -> None:
        self._now = time_source
        self._interval = clock_interval
        self._revision = saved_revision
        self._at = time_source()
        self._retry = False

    def claim(self, revision: int, *, clock_running: bool) -> bool:
        """True when a save is due; the caller then takes a snapshot and saves it."""
        now = self._now()
        changed = revision != self._revision or self._retry
        clock_due = clock_running and now - self._at >= self._interval
        if not (changed or clock_due):
            return False
        self._revision, self._at, self._retry = revision, now, False
        return True

    def failed(self) -> None:
        """The last save failed: the next ask saves again, changed or not."""
        self._retry = True
