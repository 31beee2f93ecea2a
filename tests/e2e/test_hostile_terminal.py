"""The real terminal (tmux) against hostile text, hostile pastes and a crash.

Every byte the app writes to the terminal is logged (tmux pipe-pane), so the
tests see exactly what a terminal would act on: an escape sequence from a
script, a stored note or a paste must arrive as visible symbols (␛), never as
a sequence that sets the title, clears the screen or fills the clipboard.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from functools import partial
from operator import ne
from pathlib import Path

import pytest
from tests.e2e.terminal import Terminal

from sessiontui.clock import local_now
from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import Visibility
from sessiontui.scripts.library import ScriptLibrary

pytestmark = pytest.mark.e2e

BIN = Path(sys.executable).parent
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
# Set the title, write the clipboard (base64 of PWNED), clear the screen, an
# 8-bit CSI, a right-to-left override. TOML escapes, so the file itself is text.
ATTACK_TOML = r"\u001b]0;PWNED\u0007 \u001b]52;c;UFdORUQ=\u0007 \u001b[2JCLR \u009b31m \u202eRTL"
ATTACK = json.loads(f'"{ATTACK_TOML}"')
# What a terminal would obey, byte for byte; none of it may reach the terminal.
OBEYED = [b"\x1b]0;PWNED", b"\x1b]52;c;UFdORUQ=", b"\x1b[2JCLR", b"\xc2\x9b31m", b"\xe2\x80\xae"]
SHOWN = "␛]0;PWNED␇"
SESSION_PANES = ("Agenda", "Listening", "Feedback", "Action items")


def assert_nothing_obeyed(log: Path, terminal: Terminal) -> None:
    raw = log.read_bytes()
    assert raw, "nothing was logged"
    for sequence in OBEYED:
        assert sequence not in raw, sequence
    assert "PWNED" not in terminal.title()
    assert "PWNED" not in terminal.buffers()


def wait_session_screen(terminal: Terminal) -> str:
    return terminal.wait_until(
        lambda shown: all(title in shown for title in SESSION_PANES), "the session screen"
    )


def hostile_script(script_id: str) -> str:
    return (
        f'id = "{script_id}"\ntitle = "T {ATTACK_TOML}"\nlanguage = "en"\n'
        f'description = "D {ATTACK_TOML}"\n'
        '[[segments]]\nid = "a"\n'
        f'title = "S {ATTACK_TOML}"\nminutes = 5\nkind = "check-in"\n'
        f'guidance = "G {ATTACK_TOML}"\nprompts = ["P {ATTACK_TOML}"]\n'
    )


def sessiontui(terminal: Terminal, env: dict[str, str], log: Path, *args: str) -> None:
    terminal.start([str(BIN / "sessiontui"), *args], env, str(log.parent), output_log=log)


def test_a_hostile_script_on_the_start_screen_agenda_guidance_and_toasts(
    terminal: Terminal, user_env: dict[str, str], tmp_path: Path
) -> None:
    config = tmp_path / "config"
    (config / "scripts").mkdir(parents=True)
    (config / "config.toml").write_text('mentor_name = "Sam Taylor"\n', encoding="utf-8")
    script = config / "scripts" / "hostile.toml"
    script.write_text(hostile_script("hostile"), encoding="utf-8")
    # Left out with a warning toast that names the file and the unknown key.
    broken = config / "scripts" / "evil\x1b]0;PWNED\x07.toml"
    broken.write_text(hostile_script("evil") + f'"K {ATTACK_TOML}" = 1\n', encoding="utf-8")
    env = user_env | {"SESSIONTUI_CONFIG_DIR": str(config)}
    log = tmp_path / "terminal.log"
    # A mentee but no script: the start screen lists the scripts to choose from,
    # tall enough that the warning toast leaves the whole list in view.
    terminal.rows = 50
    sessiontui(terminal, env, log, "--mentee", "Ana", "--new-mentee")

    terminal.wait_for("script left out")  # the toast
    terminal.wait_for("Session script")  # the script list
    # Down the list to the hostile script: its details show once it is highlighted.
    for _ in range(30):
        shown = terminal.screen()
        if f"D {SHOWN}" in shown:
            break
        terminal.keys("Down")
        terminal.wait_until(partial(ne, shown), "the highlight moved")
    terminal.wait_for(f"T {SHOWN}")  # its title in the list
    terminal.wait_for(f"D {SHOWN}")  # its details: description ...
    terminal.wait_for(f"S {SHOWN}")  # ... and agenda
    terminal.keys("Enter")
    wait_session_screen(terminal)
    terminal.wait_for(f"G {SHOWN}")
    terminal.wait_for(f"P {SHOWN}")
    terminal.keys("C-q")
    assert terminal.wait_exit() == 0
    assert SHOWN.encode() in log.read_bytes()
    assert_nothing_obeyed(log, terminal)


def hostile_draft(data: Path) -> None:
    """A draft as another program (or a restored backup) may leave it: escape
    sequences in the name, the titles and every kind of entry."""
    library = ScriptLibrary.load(None)
    session = session_from_script(library.get("regular"), "Ana @@", started_at=local_now())
    live = LiveSession(session, time_source=lambda: 0.0, wall_clock=local_now)
    live.start()
    live.add_action_item("Action @@")
    live.add_note("Note @@", Visibility.PRIVATE)
    live.park("Parked @@")
    live.add_goal("Goal @@", "Measure @@", Visibility.SHARED)
    raw = json.dumps(live.snapshot().to_json_dict(), ensure_ascii=True)
    raw = raw.replace("@@", json.dumps(ATTACK, ensure_ascii=True)[1:-1])
    data.mkdir(mode=0o700, parents=True, exist_ok=True)
    (data / "draft.json").write_text(raw, encoding="ascii")


def test_stored_text_through_resume_lists_summary_file_and_clipboard(
    terminal: Terminal, user_env: dict[str, str], tmp_path: Path, display: str
) -> None:
    data = Path(user_env["SESSIONTUI_DATA_DIR"])
    hostile_draft(data)
    env = user_env | {"DISPLAY": display}
    log = tmp_path / "terminal.log"
    sessiontui(terminal, env, log)

    terminal.wait_for("An interrupted session was found")
    terminal.wait_for(f"Ana {SHOWN}")
    terminal.keys("Enter")  # the focused, safe choice: resume
    wait_session_screen(terminal)
    terminal.wait_for(f"[ ] Action {SHOWN}")
    terminal.wait_for(f"[ ] Goal {SHOWN}")
    terminal.keys("F10")
    terminal.wait_for("Finish the session and show the summary?")
    terminal.keys("BTab", "Enter")
    terminal.wait_for("Summary for your mentee")
    terminal.keys("C-s")
    done = terminal.wait_for("Done. Press q to quit.")
    assert "Copied to the clipboard." in " ".join(done.split()), done
    clipboard = subprocess.run(
        ["xclip", "-o", "-selection", "clipboard"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        check=True,
        timeout=10,
    ).stdout.decode("utf-8")
    terminal.keys("q")
    assert terminal.wait_exit() == 0
    assert_nothing_obeyed(log, terminal)

    (summary_file,) = (data / "summaries").glob("*.txt")
    written = summary_file.read_text(encoding="utf-8")
    assert f"Action {SHOWN}" in written
    assert "\x1b" not in written
    assert clipboard == written


def test_doctor_prints_stored_escape_sequences_as_symbols(
    user_env: dict[str, str], tmp_path: Path
) -> None:
    data = Path(user_env["SESSIONTUI_DATA_DIR"])
    hostile_draft(data)
    result = subprocess.run(
        [str(BIN / "sessiontui"), "doctor"],
        env=user_env,
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert f"mentee Ana {SHOWN}".encode() in result.stdout
    assert b"\x1b" not in result.stdout + result.stderr


def test_a_paste_holding_escapes_and_an_end_marker_stays_text(
    terminal: Terminal, user_env: dict[str, str], tmp_path: Path
) -> None:
    log = tmp_path / "terminal.log"
    sessiontui(terminal, user_env, log, "--mentee", "Ana", "--new-mentee", "--script", "regular")
    wait_session_screen(terminal)
    terminal.keys("C-g")  # the private note field
    # A pasted end marker, then ctrl+o (add action item), text and Enter: the
    # attack that turned a private note into a shared action item.
    terminal.paste("Private PK7\x1b[201~\x0fShared now\r\x1b]0;PWNED\x07")
    terminal.wait_for("Private PK7␛[201~␏Shared now ⏎ ␛]0")  # as far as the field shows
    terminal.keys("Enter")
    # Listed (once: the field is empty again), not just typed.
    terminal.wait_until(
        lambda shown: "No notes yet." not in shown and shown.count("Private PK7") == 1,
        "the pasted note in the list",
    )
    terminal.keys("C-q")
    assert terminal.wait_exit() == 0
    draft = json.loads((Path(user_env["SESSIONTUI_DATA_DIR"]) / "draft.json").read_text())
    assert draft["action_items"] == []
    assert [(n["text"], n["visibility"]) for n in draft["notes"]] == [
        ("Private PK7␛[201~␏Shared now ⏎ ␛]0;PWNED␇", "private")
    ]
    assert_nothing_obeyed(log, terminal)


def test_a_crash_shows_no_note_saves_the_draft_and_exits_non_zero(
    terminal: Terminal, user_env: dict[str, str], tmp_path: Path
) -> None:
    marker = "PRIVATE-e2e-71c3"
    data = Path(user_env["SESSIONTUI_DATA_DIR"])
    env = user_env | {"PYTHONPATH": str(ROOT)}
    launcher = [str(BIN / "python"), str(HERE / "crash_launcher.py")]
    terminal.start(
        [*launcher, "--mentee", "Ana", "--new-mentee", "--script", "regular"], env, str(tmp_path)
    )
    wait_session_screen(terminal)
    terminal.keys("C-g")
    terminal.type(marker)
    terminal.keys("Enter")
    terminal.wait_for(f"{marker}  private")
    terminal.keys("F2")  # the planted bug
    assert terminal.wait_exit() == 1
    shown = terminal.scrollback()
    assert "stopped because of an unexpected error (a bug)" in shown
    assert "Your session was saved" in shown
    assert marker not in shown
    assert "Traceback" not in shown

    (log,) = data.glob("crash-*.log")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    logged = log.read_text(encoding="utf-8")
    assert "RuntimeError (message left out)" in logged
    assert "broken_agreement" in logged
    assert marker not in logged
    assert marker in (data / "draft.json").read_text(encoding="utf-8")

    # The next start offers the session back.
    again = Terminal(100, 30)
    try:
        again.start([str(BIN / "sessiontui")], user_env, str(tmp_path))
        again.wait_for("An interrupted session was found")
        again.keys("Enter")
        wait_session_screen(again)
        again.keys("C-q")
        assert again.wait_exit() == 0
    finally:
        again.close()
