"""`make bench`: sessiontui side by side with a bare Textual app, in one run (issue 13).

Whole processes where the user waits on a whole process (bench/processes.py,
bench/child.py): start-up to the first frame and exit, headless at 100x30,
and its peak memory, with 0 and 5,000 stored sessions; CPU while idle (the
timer running) at 100x30 and 60x20; CPU right after a burst of navigation
keys and a resize; draft writes while only the clock runs. In this process:
a draft save with 5,000 stored sessions, typing into a session form against
the bare app's Input driven the same way, rendering the summary, and the
history's flat cost (bench/history.py). Prints a table, the targets met or
missed, then one line of JSON; exits 1 when a target is missed. Timing goals
live here, never in the test suite. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.bare_app import BareApp
from bench.history import STORED, build_history, measure_history
from bench.processes import Launcher, Run, cpu_percent, interleaved, median
from bench.report import TARGETS, checks, json_line, table
from textual.app import App

from sessiontui.clock import local_now
from sessiontui.config import CONFIG_NAME
from sessiontui.launch import Launch
from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import FeedbackContent, Owner, Session, Visibility
from sessiontui.paths import CONFIG_DIR_ENV
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.store import DataDir, DraftStore, SessionArchive
from sessiontui.summary import render_summary
from sessiontui.tui.app import create_app

WIDE, NARROW = (100, 30), (60, 20)
# The apps measured beside sessiontui: the bare app (every ratio's peer) and, for
# start-up only, the floor (the bare app plus pydantic: bench/floor_app.py).
PEERS = ("bare", "floor")
TYPED = "Send the revised CV to Ana before Friday"


def _sample_session(library: ScriptLibrary, n: int) -> Session:
    started = local_now()
    session = session_from_script(library.get("regular"), f"Mentee {n} — Núñez", started)
    live = LiveSession(session, time_source=lambda: 0.0, wall_clock=local_now)
    for i in range(8):
        live.add_feedback(
            FeedbackContent(situation=f"In the demo {i}", behaviour="You paused", impact="Clearer"),
            Visibility.SHARED,
        )
        live.add_action_item(f"Draft the plan, step {i} ✍️", owner=Owner.MENTEE)
        live.add_note(f"Private thought {i}", visibility=Visibility.PRIVATE)
    live.finish()
    return live.session


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return median(timings)


class _Children:
    """Runs the bare app or sessiontui (fresh, or on the 5,000-session history) as a child."""

    def __init__(self, launcher: Launcher, tmp: Path, full: DataDir) -> None:
        self._launcher = launcher
        self._tmp = tmp
        self._full = full
        self._fresh = 0

    def session_args(self, stored: int) -> list[str]:
        if stored == 0:
            self._fresh += 1
            folder = self._tmp / f"fresh-{self._fresh}"
            return ["--data-dir", str(folder), "--mentee", "Ana", "--new-mentee"]
        return ["--data-dir", str(self._full.path), "--mentee", "Mentee 3"]

    def measure(self, mode: str, size: tuple[int, int], window: float, stored: int) -> Any:
        def one(app: str) -> Run:
            if app in PEERS:
                return self._launcher.run(mode, size, window, [app])
            args = [*self.session_args(stored), "--script", "regular", "--no-bell"]
            try:
                return self._launcher.run(mode, size, window, ["session", *args])
            finally:
                # The exit keeps the draft: the next start must not be offered to resume it.
                DraftStore(self._full).discard()

        return one


async def _per_key_ms(app: App[Any]) -> float:
    """The CPU time per key typed: Pilot waits about 40 ms after each key whatever the
    app does, which would hide the app's own work in wall time."""
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+o")
        await pilot.pause()
        start = time.process_time()
        await pilot.press(*TYPED)
        await pilot.pause()
        return (time.process_time() - start) * 1000 / len(TYPED)


def _key_ms(tmp: Path, library: ScriptLibrary, runs: int) -> tuple[float, float]:
    """Per key typed into the bare app's Input and into a session form, interleaved."""
    bare: list[float] = []
    session: list[float] = []
    for n in range(runs):
        bare.append(asyncio.run(_per_key_ms(BareApp())))
        folder = DataDir.open(tmp / f"typing-{n}")
        launch = Launch(
            data_dir=folder,
            library=library,
            drafts=DraftStore(folder),
            archive=SessionArchive(folder),
            script=library.get("regular"),
            mentee="Ana",
            bell=False,
        )
        session.append(asyncio.run(_per_key_ms(create_app(launch))))
    return median(bare), median(session)


def _options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="start-up runs per app and size")
    parser.add_argument("--cpu-runs", type=int, default=3, help="idle/burst runs per app")
    parser.add_argument("--idle-window", type=float, default=10.0, help="seconds of idle CPU")
    parser.add_argument("--burst-window", type=float, default=2.0, help="seconds after a burst")
    parser.add_argument(
        "--startup-only",
        action="store_true",
        help="only start-up and peak memory (a quick run while working on them; its JSON line"
        " holds those figures alone)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run everything; print the table, the targets and the JSON line; 1 on a miss."""
    options = _options(sys.argv[1:] if argv is None else argv)
    library = ScriptLibrary.load(None)
    with tempfile.TemporaryDirectory() as settings:
        # The children's settings: a mentor who has started sessiontui before (no
        # first-run question), and none of the developer's own settings.
        (Path(settings) / CONFIG_NAME).write_text('mentor_name = "Sam Taylor"\n', encoding="utf-8")
        os.environ[CONFIG_DIR_ENV] = settings
        launcher = Launcher()
        try:
            return _run(options, library, launcher)
        finally:
            launcher.close()


Row = tuple[str, str, str, str]


def _ratio_row(name: str, bare: float, ours: float, unit: str, digits: int) -> Row:
    return (name, f"{bare:.{digits}f} {unit}", f"{ours:.{digits}f} {unit}", f"{ours / bare:.2f}x")


def _startup(children: _Children, runs: int, results: dict[str, Any], rows: list[Row]) -> None:
    """Start -> first frame -> exit and peak memory, with 0 and 5,000 stored sessions."""
    for stored in (0, STORED):
        apps = ("bare", "floor", "session") if stored == 0 else ("bare", "session")
        measured = interleaved(runs, children.measure("startup", WIDE, 0, stored), apps)
        bare_s = median([run.wall_s for run in measured["bare"]])
        ours_s = median([run.wall_s for run in measured["session"]])
        bare_mib = median([run.peak_mib for run in measured["bare"]])
        ours_mib = median([run.peak_mib for run in measured["session"]])
        results[f"startup_ratio_{stored}"] = ours_s / bare_s
        results[f"peak_mem_ratio_{stored}"] = ours_mib / bare_mib
        results[f"startup_s_{stored}"] = ours_s
        results[f"peak_mib_{stored}"] = ours_mib
        results.setdefault("startup_s_bare", bare_s)
        results.setdefault("peak_mib_bare", bare_mib)
        rows.append(
            _ratio_row(f"start -> first frame -> exit, {stored} stored", bare_s, ours_s, "s", 2)
        )
        rows.append(_ratio_row(f"peak memory, {stored} stored", bare_mib, ours_mib, "MiB", 0))
        if "floor" in measured:
            _floor(measured["floor"], bare_s, bare_mib, results, rows)


def _floor(
    runs: list[Run], bare_s: float, bare_mib: float, results: dict[str, Any], rows: list[Row]
) -> None:
    """The floor's rows: what pydantic alone adds to the bare app (not a target: the
    lowest that any start validating with pydantic can reach)."""
    floor_s = median([run.wall_s for run in runs])
    floor_mib = median([run.peak_mib for run in runs])
    results["startup_floor_ratio"] = floor_s / bare_s
    results["peak_mem_floor_ratio"] = floor_mib / bare_mib
    rows.append(_ratio_row("start, the floor (bare app + pydantic)", bare_s, floor_s, "s", 2))
    rows.append(_ratio_row("peak memory, the floor", bare_mib, floor_mib, "MiB", 0))


def _cpu(
    children: _Children, options: argparse.Namespace, results: dict[str, Any], rows: list[Row]
) -> None:
    """Idle CPU at both sizes (and the draft writes meanwhile), then CPU after a burst."""
    writes = 0
    idle_seconds = 0.0
    for size in (WIDE, NARROW):
        label = f"{size[0]}x{size[1]}"
        measured = interleaved(
            options.cpu_runs, children.measure("idle", size, options.idle_window, STORED)
        )
        bare, ours = cpu_percent(measured["bare"]), cpu_percent(measured["session"])
        results[f"idle_cpu_ratio_{label}"] = ours / bare
        results[f"idle_cpu_pct_{label}"] = ours
        results[f"idle_cpu_pct_bare_{label}"] = bare
        writes += sum(run.figures["draft_writes"] for run in measured["session"])
        idle_seconds += sum(run.figures["wall_s"] for run in measured["session"])
        name = f"CPU idle, timer running, {label} ({options.idle_window:g} s)"
        rows.append(_ratio_row(name, bare, ours, "%", 1))
    results["idle_writes_per_min"] = 60 * writes / idle_seconds
    rows.append(("draft writes per minute, idle", "", "", f"{60 * writes / idle_seconds:.1f}"))

    measured = interleaved(
        options.cpu_runs, children.measure("burst", WIDE, options.burst_window, STORED)
    )
    bare, ours = cpu_percent(measured["bare"]), cpu_percent(measured["session"])
    results["burst_cpu_ratio"] = ours / bare
    results["burst_cpu_pct"] = ours
    results["burst_cpu_pct_bare"] = bare
    # The slowest run: the burst's segment moves reach the draft within this long
    # (None, shown as null, when a run saw no write within its window).
    delays = [run.figures["change_saved_s"] for run in measured["session"]]
    slowest = None if None in delays else max(delays)
    results["change_saved_s"] = slowest
    shown = "never" if slowest is None else f"{slowest:.2f} s"
    rows.append(("draft written after a change", "", "", shown))
    name = f"CPU {options.burst_window:g} s after keys + resize"
    rows.append(_ratio_row(name, bare, ours, "%", 1))


def _in_process(
    tmp: Path, full: DataDir, library: ScriptLibrary, runs: int, results: dict[str, Any]
) -> Row:
    """Typing (the row returned), a draft save at 5,000 stored, the summary, the history."""
    bare_key, ours_key = _key_ms(tmp, library, runs)
    results["key_ratio"] = ours_key / bare_key
    drafts = DraftStore(full)
    live = _sample_session(library, 1)
    results["autosave_ms_5000"] = _median_ms(lambda: drafts.save(live), repeat=30)
    drafts.discard()
    results["summary_ms"] = _median_ms(lambda: render_summary(live), repeat=30)
    results |= measure_history(_sample_session(library, 0), full, DataDir.open(tmp / "empty"))
    return _ratio_row("CPU per key typed (Pilot)", bare_key, ours_key, "ms", 1)


def _report_startup(results: dict[str, Any], rows: list[Row]) -> int:
    """The table, the start-up targets met or missed, the figures as JSON; 1 on a miss."""
    print(table(rows))
    missed = 0
    for key in ("startup_ratio_0", "startup_ratio_5000", "peak_mem_ratio_5000"):
        ok = results[key] <= TARGETS[key]
        missed += not ok
        print(f"{'ok  ' if ok else 'MISS'} {key} <= {TARGETS[key]:g}")
    print(json.dumps({key: round(value, 2) for key, value in results.items()}))
    return 1 if missed else 0


def _run(options: argparse.Namespace, library: ScriptLibrary, launcher: Launcher) -> int:
    results: dict[str, Any] = {}
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        full = DataDir.open(tmp / "full")
        build_history(full, _sample_session(library, 0), STORED)
        children = _Children(launcher, tmp, full)
        _startup(children, options.runs, results, rows)
        if options.startup_only:
            return _report_startup(results, rows)
        _cpu(children, options, results, rows)
        rows.append(_in_process(tmp, full, library, options.cpu_runs, results))
    for key in (
        "autosave_ms_5000",
        "summary_ms",
        "finish_ms_0",
        "finish_ms_5000",
        "start_screen_ms_5000",
        "history_one_ms_5000",
        "history_all_ms_5000",
    ):
        rows.append((key, "", "", f"{results[key]:.1f} ms"))
    results["cores"] = os.cpu_count() or 0
    results["date"] = datetime.date.today().isoformat()

    print(table(rows))
    met = checks(results)
    for name, ok in met.items():
        print(f"{'ok  ' if ok else 'MISS'} {name}")
    missed = sum(not ok for ok in met.values())
    print(f"targets: {len(met) - missed} met, {missed} missed" if missed else "targets: all met")
    print(json_line(results))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
