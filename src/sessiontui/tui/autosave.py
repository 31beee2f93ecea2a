"""Draft saving shared by the UI thread and save workers, in order and never after the end.

Saves run in worker threads so the UI never waits; this guard makes them
safe: one save at a time, an older snapshot never overwrites a newer one,
and once the session is finished (or the app is leaving) no late worker can
bring a discarded draft back.
"""

from __future__ import annotations

import itertools
import threading

from sessiontui.model import Session
from sessiontui.store import DraftStore


class DraftSaver:
    """Serialises draft saves; numbers snapshots so that the newest one wins."""

    def __init__(self, store: DraftStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._numbers = itertools.count(1)
        self._last_saved = 0
        self._closed = False

    def ticket(self) -> int:
        """A number for a snapshot about to be saved (call on the UI thread)."""
        return next(self._numbers)

    def save(self, session: Session, ticket: int) -> bool:
        """Save `session` unless a newer snapshot was saved or saving is closed.

        Returns True if the file was written; raises OSError on disk trouble.
        """
        with self._lock:
            if self._closed or ticket <= self._last_saved:
                return False
            self._store.save(session)
            self._last_saved = ticket
            return True

    def save_final(self, session: Session) -> None:
        """Save `session` now, then accept no later saves (finish, quit, signal).

        On OSError saving stays open, so the caller may keep the session going.
        """
        with self._lock:
            self._store.save(session)
            self._closed = True

    def close(self) -> None:
        """Accept no later saves."""
        with self._lock:
            self._closed = True
