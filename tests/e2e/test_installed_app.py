"""The real app, installed from the built wheel, in a real terminal (tmux).

The wheel is built and installed once per run, by whichever worker needs it
first (conftest.py). Each test waits for what a person would see (with a
timeout) and shows the screen when it is not there.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.e2e.terminal import Terminal

# The autosave's interval while only the clock runs, from the source the wheel is built of.
from sessiontui.service import CLOCK_SAVE_INTERVAL

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "sessiontui"

MENTEE = "Ana Núñez"
# Non-ASCII, an emoji and markup: must come back exactly as typed everywhere.
ACTION = "Enviar el CV a Lucía ✍️ [bold]ya[/bold]"
SHARED_FEEDBACK = "Buen plan, ¡claro!"
PRIVATE_MARKER = "PRIVADO-7f3a9c"

SESSION_PANES = ("Agenda", "Listening", "Feedback", "Action items")
# --new-mentee: the first run creates Ana without asking (the terminal would ask).
RUN_ANA = ("--mentee", "Ana", "--new-mentee", "--script", "regular")
ELAPSED = re.compile(r"(\d{2}):(\d{2}) / 60:00")

pytestmark = pytest.mark.e2e


# --- helpers -------------------------------------------------------------------


def flat(screen: str) -> str:
    """The screen as one line, so that a message wrapped over lines can be found."""
    return " ".join(line.strip() for line in screen.splitlines() if line.strip())


def wait_session_screen(terminal: Terminal) -> str:
    """Wait until the four panes of the session screen are drawn."""
    return terminal.wait_until(
        lambda shown: all(title in shown for title in SESSION_PANES), "the session screen"
    )


# The start of an entry's text: short enough never to wrap in a pane.
SHOWN = 16


def add_action(terminal: Terminal, text: str, *, wait: bool = True) -> None:
    """Focus the action-item field (ctrl+o), type, Enter; then (unless `wait` is
    False) wait until the item is listed, as a person would before going on."""
    terminal.keys("C-o")
    terminal.type(text)
    terminal.keys("Enter")
    if wait:
        # "[ ] " marks the listed item; the field shows the text while it is typed.
        terminal.wait_for(f"[ ] {text[:SHOWN]}")


def add_feedback(terminal: Terminal, text: str) -> None:
    """Open the feedback form (ctrl+r, on "situation"), type, share it (ctrl+f: feedback
    to the mentee asks), Enter; wait until listed."""
    terminal.keys("C-r")
    terminal.type(text)
    terminal.keys("C-f")
    terminal.wait_for("Shared")
    terminal.keys("Enter")
    terminal.wait_for(f"S: {text[:SHOWN]}")


def park(terminal: Terminal, text: str) -> None:
    """Note a thought in the parking lot (ctrl+l), Enter; wait until listed."""
    terminal.keys("C-l")
    terminal.type(text)
    terminal.keys("Enter")
    terminal.wait_for(f"[ ] {text[:SHOWN]}")


def set_feedback_private(terminal: Terminal) -> None:
    """Open the feedback form (ctrl+r) and flip its switch to "Private" (ctrl+f twice:
    shared, then private); the focus stays on "situation"."""
    terminal.keys("C-r")
    terminal.wait_for("Shared or private?")
    terminal.keys("C-f", "C-f")
    terminal.wait_until(
        lambda s: any("Mentor → mentee" in line and "Private" in line for line in s.splitlines()),
        "visibility Private chosen",
    )


def finish_and_send(terminal: Terminal) -> str:
    """F10, confirm, wait for the summary, send it (ctrl+s); the screen after sending."""
    terminal.keys("F10")
    terminal.wait_for("Finish the session and show the summary?")
    terminal.keys("BTab", "Enter")  # "Keep going" has the focus; the one before it is "Finish"
    terminal.wait_for("Summary for your mentee")
    terminal.wait_for("Copy and save (ctrl+s)")
    terminal.keys("C-s")
    return terminal.wait_for("Done. Press q to quit.")


def elapsed_seconds(screen: str) -> int:
    """The session's elapsed time shown in the status bar."""
    found = ELAPSED.search(screen)
    assert found, f"no elapsed time on screen:\n{screen}"
    return int(found[1]) * 60 + int(found[2])


def read_json(path: Path) -> dict[str, Any]:
    """A JSON file written by the app."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def stored_sessions(data_dir: Path) -> list[dict[str, Any]]:
    """The stored sessions: one TinyDB file each, under the mentee's folder."""
    files = sorted((data_dir / "mentees").glob("*/sessions/*.json"))
    return [document for path in files for document in read_json(path)["sessions"].values()]


@dataclass
class InstalledApp:
    """The installed `sessiontui`, run as a user would: own data folder, empty cwd."""

    bin_dir: Path
    terminal: Terminal
    env: dict[str, str]
    cwd: Path

    @property
    def data(self) -> Path:
        """The app's data folder."""
        return Path(self.env["SESSIONTUI_DATA_DIR"])

    def command(self, *args: str) -> list[str]:
        """The installed entry point with `args`."""
        return [str(self.bin_dir / "sessiontui"), *args]

    def start(self, *args: str) -> None:
        """Start a session for Ana on the default script in the terminal."""
        self.terminal.start(self.command(*(args or RUN_ANA)), self.env, str(self.cwd))

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a command outside the terminal (no tty), as a script would."""
        return subprocess.run(
            self.command(*args),
            cwd=self.cwd,
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )


@pytest.fixture
def app(
    installed: Path, terminal: Terminal, user_env: dict[str, str], tmp_path: Path
) -> InstalledApp:
    """The installed app with its own data folder, started from an empty folder
    (so the checkout is not importable)."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = {**user_env, "SESSIONTUI_DATA_DIR": str(tmp_path / "data")}
    return InstalledApp(installed, terminal, env, cwd)


# --- the wheel ---------------------------------------------------------------------


def test_wheel_ships_styles_and_builtin_scripts(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    styles = sorted((ROOT / "styles").glob("*.tcss"))
    scripts = sorted((PACKAGE / "scripts" / "builtin").glob("*.toml"))
    assert styles, "no styles in the checkout"
    assert scripts, "no built-in scripts in the checkout"
    expected = {f"sessiontui/styles/{p.name}" for p in styles} | {
        f"sessiontui/scripts/builtin/{p.name}" for p in scripts
    }
    assert expected - names == set()


def test_installed_app_tells_its_version_and_finds_its_scripts_from_another_folder(
    app: InstalledApp,
) -> None:
    # The version written once in the package's __init__.py, as the wheel's metadata has it.
    written = re.search(
        r'^__version__ = "([^"]+)"$', (PACKAGE / "__init__.py").read_text(), re.MULTILINE
    )
    assert written
    version = app.run("--version")
    assert (version.returncode, version.stdout) == (0, f"sessiontui {written[1]}\n"), version
    listed = app.run("scripts", "list")
    assert listed.returncode == 0, listed
    ids = {line.split()[0] for line in listed.stdout.splitlines()[1:] if line.strip()}
    builtin = {
        tomllib.loads(path.read_text(encoding="utf-8"))["id"]
        for path in (PACKAGE / "scripts" / "builtin").glob("*.toml")
    }
    assert builtin
    assert builtin <= ids, listed.stdout
    completion = app.run("completion", "bash")
    assert completion.returncode == 0, completion
    assert "complete -o bashdefault -F _shtab_sessiontui sessiontui" in completion.stdout


def test_installed_app_speaks_spanish_from_the_wheels_catalogs(
    wheel: Path, app: InstalledApp
) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    catalogs = sorted((PACKAGE / "locale").glob("*/LC_MESSAGES/sessiontui.po"))
    assert catalogs, "no catalogs in the checkout"
    compiled = {
        f"sessiontui/locale/{po.parent.parent.name}/LC_MESSAGES/sessiontui.mo" for po in catalogs
    }
    assert compiled - names == set()
    assert not [name for name in names if name.endswith(".po")]
    shown = app.run("--lang", "es", "scripts", "show", "regular")
    assert shown.returncode == 0, shown
    assert re.fullmatch(r"Idioma: en · \d+ segmentos · \d+ min", shown.stdout.splitlines()[1])


def test_installed_app_is_styled_from_the_wheel(app: InstalledApp, installed: Path) -> None:
    # The venv imports the package from its own site-packages, not the checkout.
    where = subprocess.run(
        [
            str(installed / "python"),
            "-c",
            "import sessiontui, sysconfig; print(sessiontui.__file__); "
            "print(sysconfig.get_paths()['purelib']); "
            "from sessiontui.tui.stylesheets import stylesheets; "
            "print(*stylesheets(), sep=chr(10))",
        ],
        cwd=app.cwd,
        env={"PATH": app.env["PATH"], "HOME": app.env["HOME"]},
        capture_output=True,
        text=True,
        check=True,
    )
    module_file, purelib, *sheets = where.stdout.splitlines()
    assert Path(module_file).is_relative_to(purelib), where.stdout
    assert Path(purelib).is_relative_to(installed.parent), where.stdout
    assert not Path(module_file).is_relative_to(ROOT), where.stdout
    # ... and so do the stylesheets: the wheel's own copy, every one of them there.
    assert sheets, where.stdout
    for sheet in map(Path, sheets):
        assert sheet.parent == Path(module_file).resolve().parent / "styles", where.stdout
        assert sheet.is_file(), f"{sheet} not installed"

    app.start()
    screen = wait_session_screen(app.terminal)
    # The panes are framed and titled as the stylesheets say: a title in a box border.
    for title in SESSION_PANES:
        assert re.search(rf"[╭┏][─━] {title} [─━]", screen), f"{title!r} not framed:\n{screen}"


# --- a whole session -----------------------------------------------------------------


def test_full_session_reaches_the_real_x_clipboard(app: InstalledApp, display: str) -> None:
    app.env["DISPLAY"] = display
    terminal = app.terminal
    app.start("--mentee", MENTEE, "--new-mentee", "--script", "regular")
    wait_session_screen(terminal)
    terminal.wait_for(MENTEE)

    add_action(terminal, ACTION)
    terminal.wait_for("[bold]ya[/bold]")  # shown as typed, not as bold "ya"
    add_feedback(terminal, SHARED_FEEDBACK)
    terminal.wait_for(SHARED_FEEDBACK)
    set_feedback_private(terminal)
    terminal.type(PRIVATE_MARKER)
    terminal.keys("Enter")
    terminal.wait_for(f"S: {PRIVATE_MARKER}")  # listed, not just typed
    terminal.keys("C-n")
    terminal.wait_for("2/7 · Review of earlier")

    screen = finish_and_send(terminal)
    assert "Copied to the clipboard." in flat(screen), screen

    clipboard = subprocess.run(
        ["xclip", "-o", "-selection", "clipboard"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        check=True,
        timeout=10,
    ).stdout.decode("utf-8")
    assert MENTEE in clipboard
    assert ACTION in clipboard
    assert SHARED_FEEDBACK in clipboard
    assert PRIVATE_MARKER not in clipboard

    (summary_file,) = (app.data / "summaries").glob("*.txt")
    assert summary_file.read_text(encoding="utf-8") == clipboard

    (stored,) = stored_sessions(app.data)
    assert stored["mentee"] == MENTEE
    assert (app.data / "mentees" / stored["mentee_id"] / "mentee.json").exists()
    assert [item["text"] for item in stored["action_items"]] == [ACTION]
    assert stored["finished_at"]
    assert not (app.data / "draft.json").exists()

    terminal.keys("q")
    assert terminal.wait_exit() == 0


def test_without_any_clipboard_the_app_says_where_the_summary_went(app: InstalledApp) -> None:
    assert "DISPLAY" not in app.env
    assert "WAYLAND_DISPLAY" not in app.env
    terminal = app.terminal
    app.start("--mentee", MENTEE, "--new-mentee", "--script", "regular")
    wait_session_screen(terminal)
    add_action(terminal, ACTION)
    terminal.wait_for("[bold]ya[/bold]")

    said = flat(finish_and_send(terminal))
    assert "Copied" not in said
    assert "sent to the terminal (OSC 52)" in said
    (summary_file,) = (app.data / "summaries").glob("*.txt")
    # A long path may wrap over lines: compare without the spaces the wrapping adds.
    assert f"Saved to {summary_file}.".replace(" ", "") in said.replace(" ", ""), said
    assert ACTION in summary_file.read_text(encoding="utf-8")
    assert terminal.alive()

    terminal.keys("q")
    assert terminal.wait_exit() == 0


# --- nothing lost ---------------------------------------------------------------------


def _enter_entries(terminal: Terminal) -> None:
    """An action item, feedback and a parked thought, then on to segment 3.

    Each wait is for the entry's row in its list, not for the typed text (which
    the field shows before Enter is handled): only a stored entry counts.
    """
    add_action(terminal, "Acción uno 🚀")
    terminal.wait_for("[ ] Acción uno")
    add_feedback(terminal, "Comentario uno")
    terminal.wait_for("S: Comentario uno")
    park(terminal, "Idea aparcada")
    terminal.wait_for("[ ] Idea aparcada")
    terminal.keys("C-n", "C-n")
    terminal.wait_for("3/7 · Goals for this session")


def _wait_for_a_save(draft: Path) -> None:
    """Return the moment the running timer's autosave replaces the draft (it comes
    within CLOCK_SAVE_INTERVAL seconds while only the clock moves)."""
    before = draft.stat().st_mtime_ns
    deadline = time.monotonic() + CLOCK_SAVE_INTERVAL + 5
    while draft.stat().st_mtime_ns == before:
        assert time.monotonic() < deadline, "the draft was not saved while the timer ran"
        time.sleep(0.002)


@pytest.mark.parametrize("moment", ["idle", "right after Enter", "as a save lands"])
def test_kill_9_then_resume_loses_no_entry_older_than_a_second(
    moment: str, app: InstalledApp
) -> None:
    """Entries are saved at once; while only the clock runs the draft is written every
    CLOCK_SAVE_INTERVAL seconds, so a crash may cost that much timing, never an entry."""
    terminal = app.terminal
    app.start()
    wait_session_screen(terminal)
    _enter_entries(terminal)
    # Real time is the thing under test: the entries must be older than the
    # one-second autosave window when the kill lands.
    time.sleep(1.2)

    if moment == "as a save lands":
        _wait_for_a_save(app.data / "draft.json")
    before = elapsed_seconds(terminal.screen())
    if moment == "right after Enter":
        add_action(terminal, "Acción tardía", wait=False)
    os.kill(terminal.pid(), signal.SIGKILL)
    terminal.wait_until(lambda _: not terminal.alive(), "the app killed", timeout=5)
    terminal.close()
    # Real time is the thing under test: the laptop stays off a while, and that
    # gap must not count as session time.
    time.sleep(2.5)

    app.start()
    # The title may be drawn a frame before the details: wait for both.
    dialog = flat(
        terminal.wait_until(
            lambda shown: "An interrupted session was found" in shown and "Mentee:" in shown,
            "the resume dialog with its details",
        )
    )
    assert "Mentee: Ana" in dialog
    assert "Current segment: Goals for this session (3 of 7)" in dialog
    counts = re.search(r"Feedback: (\d+) · Action items: (\d+)", dialog)
    assert counts, dialog
    feedback, actions = int(counts[1]), int(counts[2])
    assert feedback == 1, dialog
    # An item added within the last second before the kill may be lost (the
    # autosave window); every other moment keeps exactly the one from before.
    late_kept = actions == 2
    assert actions == 1 or (moment == "right after Enter" and late_kept), dialog
    assert "Parked thoughts: 1" in dialog

    terminal.keys("Enter")  # Resume has the focus
    terminal.wait_gone("An interrupted session was found")
    screen = wait_session_screen(terminal)
    for shown in ("Acción uno", "S: Comentario uno", "3/7 · Goals for this session", "Paused"):
        assert shown in screen, f"{shown!r} missing after resume:\n{screen}"
    assert ("Acción tardía" in screen) == late_kept, screen
    after = elapsed_seconds(screen)
    # Killed as a save landed: one second of display rounding either way. Otherwise
    # the timing since the last save may be lost, up to the clock's save interval.
    # The gap while the app was dead is never counted.
    lost = 2 if moment == "as a save lands" else CLOCK_SAVE_INTERVAL + 2
    assert before - lost <= after <= before + 2, f"{before=} {after=}\n{screen}"

    # Real time is the thing under test: the session comes back paused, and from
    # its reopening that pause counts as call time (docs/timing.md).
    time.sleep(1.2)
    still = terminal.screen()
    assert "Paused" in still, still
    assert elapsed_seconds(still) >= after + 1, f"the pause since the resume not counted:\n{still}"
    assert "PAUSED" in still
    # Ctrl+L opens the parking form over its list; Esc closes it, the list shows.
    terminal.keys("C-l")
    terminal.wait_for("A thought for later")
    terminal.keys("Escape")
    terminal.wait_for("Idea aparcada")


def _draft_actions(draft: Path) -> list[str]:
    return [item["text"] for item in read_json(draft)["action_items"]] if draft.exists() else []


def test_hang_up_saves_the_draft(app: InstalledApp) -> None:
    terminal = app.terminal
    draft, lock = app.data / "draft.json", app.data / "sessiontui.lock"
    app.start()
    wait_session_screen(terminal)
    pid = terminal.pid()
    terminal.keys("C-t")  # paused: no timer autosave, so the only later write is the hang-up's
    terminal.wait_for("PAUSED")
    add_action(terminal, "Antes del cuelgue")
    terminal.wait_for("Antes del cuelgue")
    terminal.wait_until(
        lambda _: _draft_actions(draft) == ["Antes del cuelgue"], "the entry in the draft", 5
    )
    saved_before = draft.stat().st_ino  # an atomic rewrite is a new file

    terminal.hang_up()

    def saved_on_hang_up() -> bool:
        # The app empties its lock file on a clean exit; a death by SIGHUP leaves the pid.
        released = lock.read_text(encoding="ascii").strip() != str(pid)
        return released and draft.stat().st_ino != saved_before

    deadline = time.monotonic() + 5
    while not saved_on_hang_up():
        assert time.monotonic() < deadline, "no clean exit with a fresh draft after SIGHUP"
        time.sleep(0.05)
    assert _draft_actions(draft) == ["Antes del cuelgue"]


def test_second_instance_is_refused_while_scripts_still_list(app: InstalledApp) -> None:
    app.start()
    wait_session_screen(app.terminal)
    first = app.terminal.pid()

    second = app.run("--mentee", "X", "--script", "regular")
    assert second.returncode == 2, second
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1, second.stderr
    assert str(first) in lines[0]

    listed = app.run("scripts", "list")
    assert listed.returncode == 0, listed
    assert "regular" in listed.stdout
    assert app.terminal.alive()


def test_too_small_terminal_then_back_keeps_everything(app: InstalledApp) -> None:
    terminal = app.terminal
    app.start()
    wait_session_screen(terminal)
    add_action(terminal, "Acción grande")
    terminal.wait_for("Acción grande")
    add_feedback(terminal, "Comentario grande")
    terminal.wait_for("S: Comentario grande")

    terminal.resize(50, 15)
    small = terminal.wait_for("Enlarge the terminal")
    assert "Acción grande" not in small

    terminal.resize(100, 30)
    terminal.wait_gone("Enlarge the terminal")
    restored = wait_session_screen(terminal)
    assert "Acción grande" in restored
    assert "S: Comentario grande" in restored
