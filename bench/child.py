"""One measured process of `make bench`: a whole app, run headless, driven by an autopilot.

    python -m bench.child MODE OUT WIDTH HEIGHT WINDOW bare
    python -m bench.child MODE OUT WIDTH HEIGHT WINDOW floor
    python -m bench.child MODE OUT WIDTH HEIGHT WINDOW session SESSIONTUI-ARGS...

MODE is `startup` (first frame, then exit), `idle` (the CPU time spent over
WINDOW seconds while nothing but the clock changes) or `burst` (the CPU time
spent over WINDOW seconds right after a burst of navigation keys and a
resize). `floor` is the bare app plus pydantic (bench/floor_app.py). The
session is started through the real command line; every app
run in this process is made headless at WIDTH x HEIGHT and driven the same
way. The figures are written to OUT as JSON; the parent reads the process's
peak memory from its own wait.
"""

from __future__ import annotations

import asyncio
import cProfile
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Footer

# Set to a file name: the measured window is profiled (cProfile) into it.
PROFILE_ENV = "BENCH_PROFILE"
# A start that shows something else (a question) must fail the bench, not hang it.
FIRST_FRAME_WITHIN_S = 60.0
# Before the idle window: let start-up work (first saves, notices) settle.
WARMUP_S = 1.0
# The burst: two quick segment moves (the old layout loop), back, focus moves, a resize.
BURST_KEYS = ("ctrl+n", "ctrl+n", "ctrl+b", "tab", "tab", "shift+tab")


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _first_frame(pilot: Pilot[Any]) -> None:
    """Until the app's working screen (it has the footer) is shown and drawn."""
    app = pilot.app
    deadline = time.monotonic() + FIRST_FRAME_WITHIN_S
    while not (app.screen_stack and app.screen.query(Footer)):
        if time.monotonic() > deadline:
            app.exit(return_code=3)
            raise RuntimeError(f"no working screen within {FIRST_FRAME_WITHIN_S} s: {app.screen!r}")
        await asyncio.sleep(0.005)
    await pilot.pause()


async def _cpu_over(window: float) -> dict[str, float]:
    profile_path = os.environ.get(PROFILE_ENV)
    profiler = cProfile.Profile() if profile_path else None
    cpu, wall = _cpu_s(), time.monotonic()
    if profiler is not None:
        profiler.enable()
    await asyncio.sleep(window)
    if profiler is not None and profile_path:
        profiler.disable()
        profiler.dump_stats(profile_path)
    return {"cpu_s": _cpu_s() - cpu, "wall_s": time.monotonic() - wall}


def _autopilot(mode: str, size: tuple[int, int], window: float, result: dict[str, Any]) -> Any:
    async def drive(pilot: Pilot[Any]) -> None:
        await _first_frame(pilot)
        if mode == "idle":
            await asyncio.sleep(WARMUP_S)
            saves = len(_SAVES)
            result.update(await _cpu_over(window))
            result["draft_writes"] = len(_SAVES) - saves
        elif mode == "burst":
            await asyncio.sleep(WARMUP_S)
            keys_at = time.monotonic()
            await pilot.press(*BURST_KEYS)
            await pilot.resize_terminal(60, 20)
            await pilot.resize_terminal(*size)
            result.update(await _cpu_over(window))
            # The segment moves are changes: the draft must follow within a second.
            saved = [at - keys_at for at in _SAVES if at >= keys_at]
            result["change_saved_s"] = saved[0] if saved else None
        pilot.app.exit()

    return drive


_SAVES: list[float] = []


def _count_draft_writes() -> None:
    """Count the session's draft writes (the store's one entry point for them)."""
    from sessiontui.store import DraftStore  # noqa: PLC0415 (only the session's process)

    save = DraftStore.save

    def counted(self: DraftStore, session: Any) -> None:
        save(self, session)
        _SAVES.append(time.monotonic())

    DraftStore.save = counted  # type: ignore[method-assign]


def main(argv: list[str]) -> int:
    """Run one measured app; write its figures to OUT."""
    mode, out, width, height, window, which, *args = argv
    size = (int(width), int(height))
    result: dict[str, Any] = {}
    run = App.run

    def headless_run(self: App[Any], *_: Any, **__: Any) -> Any:
        return run(
            self,
            headless=True,
            size=size,
            auto_pilot=_autopilot(mode, size, float(window), result),
        )

    App.run = headless_run  # type: ignore[method-assign]
    if which == "bare":
        from bench.bare_app import BareApp  # noqa: PLC0415 (its imports are measured)

        BareApp().run()
        status = 0
    elif which == "floor":
        from bench.floor_app import floor_app  # noqa: PLC0415 (its imports are measured)

        floor_app().run()
        status = 0
    else:
        _count_draft_writes()
        from sessiontui.command import run_command as sessiontui  # noqa: PLC0415

        status = sessiontui(args)
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
