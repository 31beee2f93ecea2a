"""Red means over time, and only that, in a real terminal: 16 colours (TERM=xterm) and
truecolour, in every theme. tmux reports the colour of every cell (`capture-pane -e`):
while the segment is on time, nothing in the countdown or the current segment's row is
red; once it runs over, the countdown's phase is."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from tests.e2e.colours import red_cells
from tests.e2e.terminal import Terminal

from sessiontui.clock import local_now
from sessiontui.live import LiveSession, session_from_script
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.tui.themes import THEMES

pytestmark = pytest.mark.e2e

BIN = Path(sys.executable).parent
# The Agenda pane (the left half at 100 columns): the countdown and the segments.
AGENDA = slice(0, 50)
COLOURS = {
    "16 colours": {"TERM": "xterm"},
    "truecolour": {"TERM": "xterm-256color", "COLORTERM": "truecolor"},
}


def overtime_draft(data: Path) -> None:
    """A session left (a crash, a quit) six minutes into its five-minute check-in."""
    now = [0.0]
    library = ScriptLibrary.load(None)
    session = session_from_script(library.get("regular"), "Ana", started_at=local_now())
    live = LiveSession(session, time_source=lambda: now[0], wall_clock=local_now)
    live.start()
    now[0] = 6 * 60.0
    data.mkdir(mode=0o700, parents=True, exist_ok=True)
    (data / "draft.json").write_text(json.dumps(live.snapshot().to_json_dict()), "utf-8")


def agenda_rows(terminal: Terminal, phase: str) -> list[str]:
    """The countdown's rows (from its phase word down to the current segment's ▶ row)."""
    rows = terminal.screen_with_colours().splitlines()
    plain = terminal.screen().splitlines()
    top = next(number for number, row in enumerate(plain) if phase in row[AGENDA])
    current = next(number for number, row in enumerate(plain) if "▶" in row[AGENDA])
    assert top < current, "\n".join(plain)
    return rows[top : current + 1]


@pytest.mark.parametrize("theme", sorted(THEMES))
@pytest.mark.parametrize("colours", sorted(COLOURS))
def test_red_only_ever_means_over_time(
    terminal: Terminal, user_env: dict[str, str], tmp_path: Path, theme: str, colours: str
) -> None:
    overtime_draft(Path(user_env["SESSIONTUI_DATA_DIR"]))
    env = user_env | COLOURS[colours]
    terminal.start([str(BIN / "sessiontui"), "--theme", theme], env, str(tmp_path))
    terminal.wait_for("An interrupted session was found")
    terminal.keys("Enter")  # resume: it comes back paused
    terminal.wait_for("PAUSED")
    terminal.keys("C-t")
    terminal.wait_for("Over time")
    over = red_cells(agenda_rows(terminal, "Over time"), AGENDA)
    assert "Over time" in "".join(over), over

    # The next segment has all its time ahead: on time, and not a red cell in sight.
    terminal.keys("C-n")
    terminal.wait_for("2/7")
    terminal.wait_for("On time")
    assert red_cells(agenda_rows(terminal, "On time"), AGENDA) == []
    terminal.keys("C-q")
    assert terminal.wait_exit() == 0
