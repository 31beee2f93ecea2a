"""Disk trouble on a real disk: a 256 KiB tmpfs that fills up, then goes read-only.

Nothing is monkeypatched: `disk_driver.py` runs the app under Pilot inside a
private user + mount namespace (`unshare -rm`, no real root needed, nothing
left mounted), with the data dir on the tmpfs. It records what the screen and
the disk showed at each step; the tests below judge each step.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.e2e.disk_driver import ITEMS

from sessiontui.i18n import _, set_language

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
DRIVER = "tests.e2e.disk_driver"
DRIVER_TIMEOUT = 90


def flat(text: str) -> str:
    """Screen text as one line, so a message wrapped over lines can be found."""
    return " ".join(line.strip(" ▊▎") for line in text.splitlines() if line.strip(" ▊▎"))


# Filled into a message's field to find where the field starts.
MARK = "\0"


def before_mark(message: str) -> str:
    """The message up to MARK: the fixed words before a path or an OS-worded reason."""
    return message.partition(MARK)[0]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """Run the driver once for this module; its tmp folder and its report."""
    if shutil.which("unshare") is None:
        # Without it the disk cannot be faked safely: a broken set-up, never a skip.
        pytest.fail("the disk-trouble test needs unshare (util-linux) to mount a private tmpfs")
    tmp = tmp_path_factory.mktemp("disk")
    # No clipboard: the driver must not touch the user's real one, and the result is stable.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        ["unshare", "-rm", sys.executable, "-m", DRIVER, str(tmp)],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=DRIVER_TIMEOUT,
        env=env,
    )
    report_path = tmp / "report.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    if done.returncode != 0 or not report.get("completed"):
        pytest.fail(
            f"the disk driver failed (exit {done.returncode}); a refusal by unshare or mount "
            f"means this machine cannot run the test.\nstderr:\n{done.stderr[-4000:]}\n"
            f"steps observed: {sorted(report)}"
        )
    return tmp, report


@pytest.fixture(autouse=True)
def _english() -> None:
    set_language("en")


def test_1_the_draft_on_the_small_disk_holds_the_first_item(
    run: tuple[Path, dict[str, Any]],
) -> None:
    draft = run[1]["step1"]["draft"]
    assert draft["exists"]
    assert draft["parses"]
    assert draft["items"] == list(ITEMS[:1])


def test_2_a_full_disk_shows_a_warning_and_keeps_the_item_and_the_old_draft(
    run: tuple[Path, dict[str, Any]],
) -> None:
    step = run[1]["step2"]
    assert step["fill_errno"] == "ENOSPC"
    warning = _(
        "Cannot save the draft: {reason}. Your session is kept in memory; retrying.",
        reason=_("the disk is full"),
    )
    assert step["warning_visible"]
    assert step["warning_text"] == warning
    assert warning in flat(step["screen"])
    assert step["items_in_memory"] == list(ITEMS[:2])
    assert [row for row in step["items_listed"] if ITEMS[1] in row]
    assert ITEMS[1] in step["screen"]
    # The old draft, byte for byte: the failed save tore nothing and left no temp file.
    assert step["draft"]["raw"] == step["draft_before"]["raw"]
    assert step["draft"]["parses"]
    assert step["draft"]["items"] == list(ITEMS[:1])
    assert step["leftovers"] == []


def test_3_freed_space_the_next_tick_saves_and_clears_the_warning(
    run: tuple[Path, dict[str, Any]],
) -> None:
    step = run[1]["step3"]
    assert not step["warning_visible"]
    assert before_mark(
        _("Cannot save the draft: {reason}. Your session is kept in memory; retrying.", reason=MARK)
    ) not in flat(step["screen"])
    assert step["draft"]["parses"]
    assert step["draft"]["items"] == list(ITEMS[:2])


def test_4_read_only_warning_and_the_live_entries(run: tuple[Path, dict[str, Any]]) -> None:
    step = run[1]["step4"]
    assert step["probe"] == "EROFS"
    warning = _(
        "Cannot save the draft: {reason}. Your session is kept in memory; retrying.",
        reason=_("the disk is read-only"),
    )
    assert step["warning_visible"]
    assert step["warning_text"] == warning
    assert warning in flat(step["screen"])
    assert step["items_in_memory"] == list(ITEMS)


def test_4_read_only_finish_shows_the_summary_and_send_tells_the_truth(
    run: tuple[Path, dict[str, Any]],
) -> None:
    step = run[1]["step4"]
    summary, after = step["summary"], step["after_send"]
    for item in ITEMS:
        assert item in summary["text"]
        assert item in summary["screen"]
    status = after["status"]
    assert before_mark(_("Could not save the file: {reason}.", reason=MARK)) in status
    assert (
        _(
            "Could not store the session in the history: {reason}. It is kept as an interrupted "
            "session; copy the text by hand if needed and press Ctrl+S to try again.",
            reason=_("the disk is read-only"),
        )
        in status
    )
    assert before_mark(_("Saved to {path}.", path=MARK)) not in status
    assert before_mark(_("Session stored in the history ({path}).", path=MARK)) not in status
    assert after["status_is_error"]
    # Still there to copy by hand, and the app still runs.
    assert after["text"] == summary["text"]
    for item in ITEMS:
        assert item in after["screen"]
    assert step["app_running"]
    # The last good draft stays: not deleted, not replaced by anything torn.
    draft = step["draft"]
    assert draft["exists"]
    assert draft["parses"]
    assert draft["items"] == list(ITEMS[:2])
    assert not draft["finished"]


def test_5_writable_again_send_stores_everything_and_drops_the_draft(
    run: tuple[Path, dict[str, Any]],
) -> None:
    tmp, report = run
    step = report["step5"]
    data = tmp / "disk" / "data"
    assert step["probe"] == "ok"
    [summary_file] = step["summary_files"]
    status = step["after_send"]["status"]
    assert _("Saved to {path}.", path=data / "summaries" / summary_file) in status
    assert _("Session stored in the history ({path}).", path=data / "mentees") in status
    assert not step["after_send"]["status_is_error"]
    assert step["index_exists"]
    assert step["stored_items"] == list(ITEMS)
    assert not step["draft"]["exists"]


def test_the_app_never_raised(run: tuple[Path, dict[str, Any]]) -> None:
    report = run[1]
    assert report["completed"]
    assert report["worker_errors"] == []
    assert report["return_code"] in (None, 0)
