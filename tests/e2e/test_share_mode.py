"""Share mode in a real terminal: what tmux shows is what the call would show.

Start with --share, add a private note: its text is nowhere in the pane.
Stop sharing through the confirmation: it shows. Start again from the
palette: it is gone again. The app is this checkout's (`python -m sessiontui`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from tests.e2e.terminal import Terminal

ROOT = Path(__file__).resolve().parents[2]
NOTE = "Worried about the reorg"
BANNER = "SHARING: private entries are hidden"

pytestmark = pytest.mark.e2e


def test_share_mode_hides_a_private_note_on_the_real_screen(
    terminal: Terminal, user_env: dict[str, str], tmp_path: Path
) -> None:
    env = {**user_env, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "sessiontui", "--data-dir", str(tmp_path / "data")]
    args = ["--mentee", "Ana", "--new-mentee", "--script", "regular", "--share", "--lang", "en"]
    terminal.start([*command, *args], env, str(tmp_path))
    terminal.wait_for(BANNER)

    terminal.keys("C-g")
    terminal.type(NOTE)
    terminal.keys("Enter")
    shown = terminal.wait_for("Saved privately.")
    assert NOTE not in shown

    # Stopping asks; Tab moves to "Show private entries" on purpose.
    terminal.keys("F12")
    terminal.wait_for("Stop sharing?")
    terminal.keys("Tab", "Enter")
    terminal.wait_for(NOTE)
    terminal.wait_gone(BANNER)

    terminal.keys("C-p")
    terminal.wait_for("Search")
    terminal.type("Toggle share mode")
    terminal.wait_for("Toggle share mode")
    terminal.keys("Enter")
    terminal.wait_for(BANNER)
    terminal.wait_gone(NOTE)

    terminal.keys("C-q")
    assert terminal.wait_exit() == 0
