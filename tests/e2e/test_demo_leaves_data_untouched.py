"""`sessiontui --demo` in a real terminal: a rehearsal that never touches the mentor's data.

The installed wheel runs from another folder, as after `pipx install`. The
mentor's own data folder holds a history and an interrupted session's draft;
the rehearsal opens the help (F1), runs a whole session (an action added,
finished, sent) and quits. Afterwards every file of the real folder is as it
was, byte for byte, neither the default data folder nor the settings folder
was made, and the throwaway folder is gone. A crash in a rehearsal leaves its
log where the message says, outside the throwaway folder.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.e2e.terminal import Terminal

from sessiontui.live import LiveSession
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.service import begin_session
from sessiontui.store import DataDir, DraftStore, SessionArchive

pytestmark = pytest.mark.e2e

BIN = Path(sys.executable).parent
HERE = Path(__file__).resolve().parent
REAL_ACTION = "REAL-HISTORY-d41c"
DEMO_ACTION = "Rehearsed step 9b2e"
WHEN = datetime(2026, 1, 5, 10, 0, tzinfo=timezone(timedelta(hours=1)))


@dataclass(frozen=True)
class FileState:
    """What a file is: its bytes, mode and modification time."""

    content: bytes
    mode: int
    mtime_ns: int


def folder_state(folder: Path) -> dict[str, FileState | None]:
    """Every file and folder under `folder` (folders as None), by relative path."""
    state: dict[str, FileState | None] = {}
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_dir():
            state[name] = None
        else:
            info = path.stat()
            state[name] = FileState(path.read_bytes(), info.st_mode, info.st_mtime_ns)
    return state


def real_history(folder: Path) -> None:
    """A mentor's data folder: Ana with one stored session, and an interrupted draft."""
    data = DataDir.open(folder)
    archive = SessionArchive(data)
    script = ScriptLibrary.load(None).get("regular")
    live = LiveSession(
        begin_session(archive, script, WHEN, mentee_name="Ana"), wall_clock=lambda: WHEN
    )
    live.start()
    live.add_action_item(REAL_ACTION)
    archive.add(live.finish())
    draft = LiveSession(
        begin_session(archive, script, WHEN, mentee_name="Ana"), wall_clock=lambda: WHEN
    )
    draft.start()
    DraftStore(data).save(draft.snapshot())


def test_demo_rehearses_a_whole_session_and_leaves_the_real_data_untouched(
    terminal: Terminal, installed: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    # A mentor who never ran sessiontui: no settings yet (a real start would ask their name).
    settings = Path(user_env["XDG_CONFIG_HOME"]) / "sessiontui"
    shutil.rmtree(settings)
    real = Path(user_env["SESSIONTUI_DATA_DIR"])
    real_history(real)
    before = folder_state(real)
    assert any(name.endswith("draft.json") for name in before)
    throwaway_parent = tmp_path / "tmp"
    throwaway_parent.mkdir()
    env = {**user_env, "TMPDIR": str(throwaway_parent)}
    cwd = tmp_path / "cwd"
    cwd.mkdir()

    terminal.start([str(installed / "sessiontui"), "--demo"], env, str(cwd))
    terminal.wait_for("REHEARSAL")
    # Straight into the sample session: the real draft is not offered for resume.
    terminal.wait_until(lambda shown: "Sam Rivera" in shown and "Agenda" in shown, "the session")
    # The help the rehearsal points to, from the wheel's own styles and texts.
    terminal.keys("F1")
    terminal.wait_until(
        lambda shown: "Search the help" in shown and "Keys" in shown, "the help with its tabs"
    )
    terminal.keys("Escape")
    terminal.wait_until(lambda shown: "Search the help" not in shown, "the help closed")
    (throwaway,) = throwaway_parent.iterdir()
    assert throwaway.name.startswith("sessiontui-demo-")
    # The sample history is in the throwaway folder: the invented mentee and a session.
    assert list((throwaway / "data" / "mentees").glob("*/sessions/*.json"))

    terminal.keys("C-o")
    terminal.type(DEMO_ACTION)
    terminal.keys("Enter")
    terminal.wait_for(f"[ ] {DEMO_ACTION}")
    terminal.keys("F10")
    terminal.wait_for("Finish the session and show the summary?")
    terminal.keys("BTab", "Enter")
    terminal.wait_for("Summary for your mentee")
    assert "REHEARSAL" in terminal.screen()
    terminal.keys("C-s")
    terminal.wait_for("Done. Press q to quit.")
    terminal.keys("q")
    assert terminal.wait_exit() == 0

    assert list(throwaway_parent.iterdir()) == []
    assert folder_state(real) == before
    assert not (Path(env["XDG_DATA_HOME"]) / "sessiontui").exists()
    # Nor the settings: a rehearsal never asks for the mentor's name or writes it down.
    assert not settings.exists()


def test_a_crash_in_a_rehearsal_keeps_its_log_where_the_message_says(
    terminal: Terminal, user_env: dict[str, str], tmp_path: Path
) -> None:
    real = Path(user_env["SESSIONTUI_DATA_DIR"])
    real_history(real)
    before = folder_state(real)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**user_env, "TMPDIR": str(temporary), "PYTHONPATH": str(HERE.parents[1])}
    launcher = [str(BIN / "python"), str(HERE / "crash_launcher.py"), "--demo"]
    terminal.start(launcher, env, str(tmp_path))
    terminal.wait_until(lambda shown: "Sam Rivera" in shown and "Agenda" in shown, "the session")
    terminal.keys("F2")  # the planted bug
    assert terminal.wait_exit() == 1

    (log,) = temporary.glob("crash-*.log")
    assert "broken_agreement" in log.read_text(encoding="utf-8")
    shown = " ".join(terminal.scrollback().split())
    assert f"Details for a bug report (no session text) are in {log}" in shown
    # Nothing to resume: the rehearsal's draft went with its throwaway folder.
    assert "Your session was saved" not in shown
    assert [path.name for path in temporary.iterdir()] == [log.name]
    assert folder_state(real) == before
