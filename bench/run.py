"""Performance benchmark (`make bench`): the live session must not slow down as history grows.

Builds histories of 0, 1,000 and 5,000 realistic stored sessions (across 50
mentees) in temporary data folders and measures, at each size:
  - draft save: what every keystroke-level change costs (median of many saves);
  - start-up: from launch to the session screen being shown (headless);
  - typing: time per key typed into a form (headless);
  - storing the finished session (its own file, its mentee's record, the index).
Then the history's flat cost (bench/history.py): finish, start screen, one
mentee's history and everyone's, with 0 and 5,000 stored sessions.
Prints a table and exits 1 when a target is missed. Timing goals live here,
never in the test suite.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.history import build_history, history_checks, measure_history, print_history
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Input

from sessiontui.clock import local_now
from sessiontui.launch import Launch
from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import FeedbackContent, Owner, Session, Visibility
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.store import DataDir, DraftStore, SessionArchive
from sessiontui.tui.app import create_app

SIZES = (0, 1_000, 5_000)
TARGET_DRAFT_SAVE_MS = 25.0
TARGET_DRAFT_GROWTH = 2.0  # draft save at 5,000 vs 0 stored sessions
TARGET_STARTUP_S = 3.0
TARGET_KEY_MS = 15.0  # over a bare Textual Input driven the same way
TARGET_KEY_GROWTH_MS = 5.0
TYPED = "Send the revised CV to Ana before Friday"
TARGET_STARTUP_GROWTH = 1.5


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
    return statistics.median(timings)


class _BareInput(App[None]):
    """The baseline: one Input, so Pilot's own per-key wait is measured alone."""

    def compose(self) -> ComposeResult:
        yield Input()


async def _typing_ms(pilot: Pilot[None]) -> float:
    start = time.perf_counter()
    await pilot.press(*TYPED)
    await pilot.pause()
    return (time.perf_counter() - start) * 1000 / len(TYPED)


async def _baseline_key_ms() -> float:
    app = _BareInput()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        return await _typing_ms(pilot)


async def _startup_and_typing(launch: Launch) -> tuple[float, float]:
    start = time.perf_counter()
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        startup = time.perf_counter() - start
        await pilot.press("ctrl+o")
        per_key_ms = await _typing_ms(pilot)
    return startup, per_key_ms


def _measure(size: int, library: ScriptLibrary, baseline_ms: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = DataDir.open(Path(tmp) / "data")
        build_history(folder, _sample_session(library, 0), size)
        drafts = DraftStore(folder)
        live_session = _sample_session(library, size)
        draft_ms = _median_ms(lambda: drafts.save(live_session), repeat=60)
        launch = Launch(
            data_dir=folder,
            library=library,
            drafts=drafts,
            archive=SessionArchive(folder),
            script=library.get("regular"),
            mentee="Ana",
            bell=False,
        )
        drafts.discard()
        startup, key_ms = asyncio.run(_startup_and_typing(launch))
        archive = SessionArchive(folder)
        live_session.mentee = "Mentee 1"
        finish_ms = _median_ms(lambda: archive.add(live_session), repeat=3)
    return {
        "draft_ms": draft_ms,
        "startup_s": startup,
        "key_ms": key_ms - baseline_ms,
        "finish_ms": finish_ms,
    }


def main() -> int:
    """Run the benchmark and print the table; 1 when a target is missed."""
    library = ScriptLibrary.load(None)
    baseline_ms = asyncio.run(_baseline_key_ms())
    print(f"Pilot's own wait per key (bare Input): {baseline_ms:.1f} ms; 'per key' is on top")
    results = {size: _measure(size, library, baseline_ms) for size in SIZES}
    header = ("stored", "draft save", "start-up", "per key", "archive at finish")
    print(f"{header[0]:>8} {header[1]:>12} {header[2]:>10} {header[3]:>9} {header[4]:>18}")
    for size, row in results.items():
        print(
            f"{size:>8} {row['draft_ms']:>9.2f} ms {row['startup_s']:>8.2f} s "
            f"{row['key_ms']:>6.1f} ms {row['finish_ms']:>15.1f} ms"
        )
    small, large = results[SIZES[0]], results[SIZES[-1]]
    checks = {
        f"draft save <= {TARGET_DRAFT_SAVE_MS} ms at every size": all(
            row["draft_ms"] <= TARGET_DRAFT_SAVE_MS for row in results.values()
        ),
        f"draft save grows < {TARGET_DRAFT_GROWTH}x from 0 to {SIZES[-1]}": large["draft_ms"]
        < TARGET_DRAFT_GROWTH * max(small["draft_ms"], 1.0),
        f"start-up <= {TARGET_STARTUP_S} s at every size": all(
            row["startup_s"] <= TARGET_STARTUP_S for row in results.values()
        ),
        f"start-up grows < {TARGET_STARTUP_GROWTH}x from 0 to {SIZES[-1]}": large["startup_s"]
        < TARGET_STARTUP_GROWTH * small["startup_s"],
        f"typing <= {TARGET_KEY_MS} ms per key at every size": all(
            row["key_ms"] <= TARGET_KEY_MS for row in results.values()
        ),
        f"typing grows < {TARGET_KEY_GROWTH_MS} ms per key from 0 to {SIZES[-1]}": large["key_ms"]
        - small["key_ms"]
        < TARGET_KEY_GROWTH_MS,
    }
    history = measure_history(_sample_session(library, 0))
    print_history(history)
    checks |= history_checks(history)
    for name, ok in checks.items():
        print(f"{'ok  ' if ok else 'MISS'} {name}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
