"""The time-warning bell: when it rings, and whether the mentor wants it at all."""

from __future__ import annotations

from sessiontui.timing import Phase, SegmentTiming


class WarningBell:
    """Rings once when a segment's warning starts and once when it runs over.

    Only while the timer runs and the bell is on; an extended segment may warn
    again (`rearm`).
    """

    def __init__(self, on: bool = True) -> None:
        self.on = on
        self._rung: set[tuple[int, Phase]] = set()

    def toggle(self) -> bool:
        """Turn the bell off, or back on; returns whether it is on now."""
        self.on = not self.on
        return self.on

    def due(self, current: SegmentTiming, *, running: bool) -> bool:
        """True when this reading of the current segment should ring (once per phase)."""
        if not self.on or not running or current.phase is Phase.ON_TIME:
            return False
        key = (current.index, current.phase)
        if key in self._rung:
            return False
        self._rung.add(key)
        return True

    def rearm(self, index: int) -> None:
        """Segment `index` got more time: its warning and overtime may ring again."""
        self._rung = {(i, phase) for i, phase in self._rung if i != index}
