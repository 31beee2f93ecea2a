"""Whole-process measures of `make bench`: start-up, peak memory, idle and burst CPU.

Each figure comes from fresh child processes (`bench/child.py`), the session
app and the bare app interleaved run by run so that the load other programs
put on the machine falls on both alike; the medians are reported.
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    """One child process: wall time from spawn to exit, peak memory, its own figures."""

    wall_s: float
    peak_mib: float
    figures: dict[str, Any]


class Launcher:
    """A small stdlib-only process that spawns the measured children.

    A child's peak memory (`ru_maxrss`) starts from the memory of the process
    that forked it, and this bench's own process grows large (it builds a
    5,000-session history): so the children are forked from this launcher,
    started first, whose few MiB are below any app's peak.
    """

    def __init__(self) -> None:
        # The apps start from compiled bytecode, as an installed wheel does (pip
        # compiles it), even where PYTHONDONTWRITEBYTECODE is set: otherwise every
        # start of sessiontui would compile its ~110 modules while Textual's come
        # compiled. The bytecode goes where Python keeps it (__pycache__, ignored by git).
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        # Found, not imported: this process stays small (see the class's docstring).
        spec = importlib.util.find_spec("sessiontui")
        assert spec is not None
        assert spec.submodule_search_locations is not None
        sources = [*spec.submodule_search_locations, str(BENCH_ROOT / "bench")]
        subprocess.run([sys.executable, "-m", "compileall", "-q", *sources], env=env, check=True)
        self._process = subprocess.Popen(
            [sys.executable, "-m", "bench.processes"],
            cwd=BENCH_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(self, mode: str, size: tuple[int, int], window: float, app: Sequence[str]) -> Run:
        """One `python -m bench.child` run; its rusage is this child's alone."""
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "figures.json"
            args = [mode, str(out), str(size[0]), str(size[1]), str(window), *app]
            process = self._process
            assert process.stdin is not None
            assert process.stdout is not None
            process.stdin.write(json.dumps(args) + "\n")
            process.stdin.flush()
            answer = json.loads(process.stdout.readline())
            if answer["status"] != 0 or not out.exists():
                raise RuntimeError(
                    f"bench.child {' '.join(args)} failed ({answer['status']}):\n{answer['errors']}"
                )
            figures = json.loads(out.read_text(encoding="utf-8"))
        # ru_maxrss is in KiB on Linux.
        return Run(answer["wall_s"], answer["maxrss_kib"] / 1024, figures)

    def close(self) -> None:
        """End the launcher (it stops at the end of its input)."""
        assert self._process.stdin is not None
        self._process.stdin.close()
        self._process.wait()


def _serve() -> None:
    """The launcher's loop: one JSON list of child arguments in, one JSON answer out."""
    for line in sys.stdin:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "bench.child", *json.loads(line)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        assert child.stderr is not None
        errors = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        answer = {
            "status": child.returncode,
            "wall_s": wall,
            "maxrss_kib": usage.ru_maxrss,
            "errors": errors.decode(errors="replace")[-2000:],
        }
        print(json.dumps(answer), flush=True)


def interleaved(
    runs: int, measure: Callable[[str], Run], apps: Sequence[str] = ("bare", "session")
) -> dict[str, list[Run]]:
    """`runs` runs of each app, alternating, so that both see the same machine."""
    results: dict[str, list[Run]] = {app: [] for app in apps}
    for n in range(runs):
        order = apps if n % 2 == 0 else tuple(reversed(apps))
        for app in order:
            results[app].append(measure(app))
    return results


def median(values: Sequence[float]) -> float:
    """The median (the bench's one statistic: robust to a neighbour's burst of work)."""
    return statistics.median(values)


def cpu_percent(runs: Sequence[Run]) -> float:
    """Median CPU use over each run's window, in percent of one core."""
    return median([100 * run.figures["cpu_s"] / run.figures["wall_s"] for run in runs])


if __name__ == "__main__":
    _serve()
