"""Runs a live session on a real, tiny disk that fills up and goes read-only.

Started by test_disk_trouble.py, from the project root, as
`unshare -rm python -m tests.e2e.disk_driver TMP`: in a private user and mount
namespace this process may mount a 256 KiB tmpfs on TMP/disk, and the mount
disappears with the namespace. The app runs headless
under Pilot with its data dir on that tmpfs; nothing is monkeypatched, every
error comes from the kernel. The driver asserts nothing about the app: it
writes what it observed, step by step, to TMP/report.json (also when a step
breaks) and the test judges it. It exits non-zero only when it could not
drive the scenario (mount refused, a screen missing, ...).
"""

from __future__ import annotations

import asyncio
import errno
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.history import stored_session
from tests.tui.conftest import FixedWall, ManualClock
from tests.tui.helpers import list_texts, screen_text, session_screen, settle
from textual.message import Message
from textual.widgets import Static, TextArea
from textual.worker import Worker, WorkerState

from sessiontui.launch import Launch
from sessiontui.model import Session
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.store import DataDir, DraftStore, SessionArchive
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.summary import SummaryScreen

DISK_SIZE = "256k"
ITEMS = ("Book the room", "Send the CV to Lucía", "Read chapter 3")
SIZE = (120, 40)
CHUNK = 64 * 1024
MOUNT_TRIES = 50


def mount(*args: str) -> None:
    """Run mount(8); a refusal stops the driver with mount's own message."""
    result = subprocess.run(["mount", *args], check=False, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"mount {' '.join(args)} refused: {result.stderr.strip()}")


async def remount(app: Any, disk: Path, mode: str) -> None:
    """Remount `disk` `mode` (ro/rw) once no draft save holds a file open for writing.

    The app's one-second autosave may start a save at any moment, and the
    kernel refuses a read-only remount while a file is open for writing.
    """
    for _ in range(MOUNT_TRIES):
        await settle(app)
        result = subprocess.run(
            ["mount", "-o", f"remount,{mode}", str(disk)],
            check=False,
            capture_output=True,
            text=True,
        )
        if result.returncode == 0:
            return
        await asyncio.sleep(0.02)
    raise RuntimeError(f"remount,{mode} of {disk} kept failing: {result.stderr.strip()}")


def fill(path: Path) -> str:
    """Append to `path` until the disk refuses; the errno name it refused with."""
    with path.open("ab", buffering=0) as handle:
        for size in (CHUNK, 4096, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError as exc:
                refused = exc
    return errno.errorcode.get(refused.errno or 0, str(refused))


def write_probe(folder: Path) -> str:
    """Try to create a file in `folder`: "ok" or the errno name."""
    probe = folder / "probe"
    try:
        probe.write_bytes(b"x")
    except OSError as exc:
        return errno.errorcode.get(exc.errno or 0, str(exc))
    probe.unlink()
    return "ok"


def draft_on_disk(data_dir: DataDir) -> dict[str, Any]:
    """The draft as the disk holds it, read without side effects (no move-aside)."""
    path = data_dir.draft_path
    if not path.exists():
        return {"exists": False}
    raw = path.read_bytes()
    try:
        session = Session.model_validate(json.loads(raw))
    except ValueError as exc:  # pydantic's ValidationError and JSON errors both are
        return {"exists": True, "parses": False, "error": str(exc), "raw": raw.decode()}
    return {
        "exists": True,
        "parses": True,
        "items": [item.text for item in session.action_items],
        "finished": session.finished_at is not None,
        "raw": raw.decode(),
    }


def leftovers(data_dir: DataDir) -> list[str]:
    """Temp files an interrupted atomic write would leave behind."""
    return sorted(p.name for p in data_dir.path.iterdir() if ".tmp-" in p.name)


def live_view(app: Any) -> dict[str, Any]:
    """What the session screen shows: the save warning, the items, the items in memory."""
    screen = session_screen(app)
    warning = screen.query_one("#save-warning", Static)
    return {
        "warning_visible": warning.has_class("-visible") and warning.display,
        "warning_text": str(warning.content),
        "screen": screen_text(app),
        "items_listed": list_texts(app, "#actions-list"),
        "items_in_memory": [item.text for item in screen.live.session.action_items],
    }


def summary_view(app: Any) -> dict[str, Any]:
    """What the summary screen shows: the editable text and the status line."""
    screen = app.screen
    if not isinstance(screen, SummaryScreen):
        raise RuntimeError(f"expected the summary screen, got {screen!r}")
    status = screen.query_one("#summary-status", Static)
    return {
        "text": screen.query_one("#summary-text", TextArea).text,
        "screen": screen_text(app),
        "status": str(status.render()),
        "status_is_error": status.has_class("-error"),
    }


async def add_item(app: Any, pilot: Any, text: str) -> None:
    """Add an action item with the real keys, then wait for its draft save."""
    await pilot.press("ctrl+o", *text, "enter")
    await settle(app)
    await pilot.pause()


@dataclass
class Run:
    """The app under Pilot, its disk and data dir, and the report being filled."""

    app: Any
    pilot: Any
    disk: Path
    data_dir: DataDir
    report: dict[str, Any]


def make_launch(data_dir: DataDir) -> Launch:
    """Session "regular" for Ana, no bell, on a manual clock (as the Pilot tests do)."""
    clock = ManualClock()
    library = ScriptLibrary.load(None)
    return Launch(
        data_dir=data_dir,
        library=library,
        drafts=DraftStore(data_dir),
        archive=SessionArchive(data_dir),
        script=library.get("regular"),
        mentee="Ana",
        bell=False,
        time_source=clock,
        wall_clock=FixedWall(clock),
    )


async def step1_first_item(run: Run) -> None:
    """An action item typed in; its draft save reaches the tmpfs."""
    await settle(run.app)
    await add_item(run.app, run.pilot, ITEMS[0])
    run.report["session_id"] = session_screen(run.app).live.session.id
    run.report["step1"] = {"draft": draft_on_disk(run.data_dir)}


async def step2_disk_full(run: Run) -> None:
    """Fill the disk, then add an item: its save must fail with ENOSPC."""
    filler = run.disk / "filler"
    first_refusal = fill(filler)
    await settle(run.app)  # a save that was under way may have freed a page: take it too
    fill(filler)
    before = draft_on_disk(run.data_dir)
    await add_item(run.app, run.pilot, ITEMS[1])
    run.report["step2"] = {
        "fill_errno": first_refusal,
        "draft_before": before,
        **live_view(run.app),
        "draft": draft_on_disk(run.data_dir),
        "leftovers": leftovers(run.data_dir),
    }


async def step3_space_freed(run: Run) -> None:
    """Delete the filler; the next one-second tick retries the save."""
    (run.disk / "filler").unlink()
    session_screen(run.app).autosave_tick()
    await settle(run.app)
    await run.pilot.pause()
    run.report["step3"] = {**live_view(run.app), "draft": draft_on_disk(run.data_dir)}


async def step4_read_only(run: Run) -> None:
    """Read-only disk: add an item, finish, send (everything written must fail)."""
    app, pilot = run.app, run.pilot
    await remount(app, run.disk, "ro")
    step: dict[str, Any] = {"probe": write_probe(run.data_dir.path)}
    run.report["step4"] = step
    await add_item(app, pilot, ITEMS[2])
    step.update(live_view(app))
    await pilot.press("f10")
    await pilot.pause()
    await pilot.press("f10")  # confirms
    await settle(app)
    await pilot.pause()
    step["summary"] = summary_view(app)
    await send(run)
    step["after_send"] = summary_view(app)
    step["app_running"] = app.is_running
    step["draft"] = draft_on_disk(run.data_dir)


async def step5_writable_again(run: Run) -> None:
    """Read-write again: Send once more, then quit."""
    await remount(run.app, run.disk, "rw")
    await send(run)
    stored = stored_session(run.data_dir, run.report["session_id"])
    run.report["step5"] = {
        "probe": write_probe(run.data_dir.path),
        "after_send": summary_view(run.app),
        "stored_items": None if stored is None else [i.text for i in stored.action_items],
        "index_exists": SessionArchive(run.data_dir).layout.index_path.exists(),
        "draft": draft_on_disk(run.data_dir),
        "summary_files": sorted(p.name for p in run.data_dir.summaries_dir.glob("*.txt")),
    }
    await run.pilot.press("q")
    await run.pilot.pause()


async def send(run: Run) -> None:
    """Press Copy and save (ctrl+s) on the summary screen and wait for the send worker."""
    await run.pilot.press("ctrl+s")
    await settle(run.app)
    await run.pilot.pause()


async def scenario(tmp: Path, report: dict[str, Any]) -> None:
    """Mount the tiny disk and run the five steps; observations go into `report`."""
    disk = tmp / "disk"
    disk.mkdir()
    mount("-t", "tmpfs", "-o", f"size={DISK_SIZE}", "tmpfs", str(disk))
    data_dir = DataDir.open(disk / "data")
    worker_errors: list[str] = report.setdefault("worker_errors", [])

    def watch(message: Message) -> None:
        if isinstance(message, Worker.StateChanged) and message.state is WorkerState.ERROR:
            worker_errors.append(f"{message.worker.name}: {message.worker.error!r}")

    app = create_app(make_launch(data_dir))
    async with app.run_test(size=SIZE, message_hook=watch) as pilot:
        run = Run(app, pilot, disk, data_dir, report)
        for step in (
            step1_first_item,
            step2_disk_full,
            step3_space_freed,
            step4_read_only,
            step5_writable_again,
        ):
            await step(run)
    report["return_code"] = app.return_code
    report["completed"] = True


def main() -> int:
    """Run the scenario; the report is written whatever happens."""
    tmp = Path(sys.argv[1])
    report: dict[str, Any] = {"completed": False}
    try:
        asyncio.run(scenario(tmp, report))
    finally:
        (tmp / "report.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
