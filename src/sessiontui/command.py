"""The `sessiontui` command's process (and `python -m sessiontui`'s): `cli.main`, with
a start and an exit made for a process that runs once.

The garbage collector only looks for reference cycles; at start-up it would
walk the objects the imports build (pydantic's schemas, our models, Textual:
about 90,000, all kept until the exit) again and again, once in a full
collection (20-25 ms), and find almost nothing to free. So in the command's
process the imports run with the collector off, and what they built is then
frozen out of it (`gc.freeze`), Python's documented way for long-lived
objects: the few hundred objects of garbage the imports make are kept. That
is `long_lived_imports`, around the import of `cli.main` here and of the app
once a session is to run (`cli.run`). At the exit everything still alive is
frozen too: the exit frees it all, and the collector's last walk over it
would cost a tenth of a second of every quit. Only in the command's process:
tests call `cli.main.main` in-process, where a freeze would keep their garbage.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

# Set by `run_command`: this process is the command, which exits when `main` returns.
_command_process = {"running": False}


@contextmanager
def long_lived_imports() -> Iterator[None]:
    """In the command's process, imports made with the collector off, then frozen out
    of it; anywhere else (a test), plain imports."""
    if not _command_process["running"]:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def run_command(argv: Sequence[str] | None = None) -> int:
    """The `sessiontui` command: `cli.main.main`, then a quick exit."""
    _command_process["running"] = True
    # A pydantic plugin installed beside us (an observability tool's) would see every
    # model validated, private notes included: none is let in. It also spares the
    # start pydantic's scan of every installed package for plugins.
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    with long_lived_imports():
        from sessiontui.cli.main import main  # noqa: PLC0415 (imported with the collector off)
    status = main(argv)
    gc.freeze()
    return status
