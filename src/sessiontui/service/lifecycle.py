"""A session's life after it starts: four stages and the only moves between them.

    running --finish--> finished --send--> sending --stored--> stored
                            ^                 |
                            +--storing failed-+

`finished` means the summary is not stored yet: the draft holds the finished
session, so the next start reopens its summary. `sending` is a delivery in
flight (clipboard, file, history); the exit path knows it by this stage.
`SessionService` makes every move through `move`, under its lock.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """Where a session is in its life."""

    RUNNING = "running"
    FINISHED = "finished"
    SENDING = "sending"
    STORED = "stored"


_MOVES: dict[Stage, frozenset[Stage]] = {
    Stage.RUNNING: frozenset({Stage.FINISHED}),
    Stage.FINISHED: frozenset({Stage.SENDING}),
    Stage.SENDING: frozenset({Stage.STORED, Stage.FINISHED}),
    Stage.STORED: frozenset(),
}


class StageError(RuntimeError):
    """A move the life-cycle does not allow (a bug, never a user's mistake)."""


def move(current: Stage, target: Stage) -> Stage:
    """`target`, if a session in `current` may move there; else StageError."""
    if target not in _MOVES[current]:
        raise StageError(f"a session cannot go from {current} to {target}")
    return target
