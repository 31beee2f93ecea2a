"""The `sessiontui` command's process (and `python -m sessiontui`'s): `cli.main`, with
a start and an exit made for a process that runs once.

The garbage collector only looks for reference cycles; at start-up it would
walk the objects the imports build (pydantic's schemas, our models: about
50,000, all kept until the exit) again and again, once in a full collection
(about 20 ms), and find almost nothing to free. So the imports run with the
collector off, and what they built is then frozen out of it (`gc.freeze`),
Python's documented way for long-lived objects: at most a few hundred
objects of garbage made by the imports are kept. At the exit everything
still alive is frozen too: the exit frees it all, and the collector's last
walk over the ~90,000 objects of Textual, pydantic and the app would cost a
tenth of a second of every quit. Only here: tests call `cli.main.main`
in-process, where freezing would keep their garbage.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence


def run_command(argv: Sequence[str] | None = None) -> int:
    """The `sessiontui` command: `cli.main.main`, imported with the collector off."""
    gc.disable()
    try:
        from sessiontui.cli.main import main  # noqa: PLC0415 (imported with the collector off)
    finally:
        gc.freeze()
        gc.enable()
    status = main(argv)
    gc.freeze()
    return status
