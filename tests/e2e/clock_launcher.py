"""Test-only: run sessiontui as if it were some days ago.

`clock_launcher.py DAYS ARGS...` runs the app with its wall clock DAYS days
behind the real one, so one test can hold three weekly sessions with the same
mentee in a few minutes. Only the app's wall clock moves (the session's start,
its dates, the next session proposed from them); the timer runs on real time.
Nothing of this is in the product: the test runs this file instead of the
`sessiontui` script.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

import sessiontui.tui.app as tui_app
from sessiontui.cli import main
from sessiontui.clock import local_now
from sessiontui.launch import Launch
from sessiontui.shutdown import ShutdownGuard

_create_app = tui_app.create_app


def main_days_ago(days: int, argv: list[str]) -> int:
    """sessiontui with `argv`, its wall clock `days` days behind."""
    offset = timedelta(days=days)

    def earlier() -> datetime:
        return local_now() - offset

    def create_app(launch: Launch, guard: ShutdownGuard | None = None) -> tui_app.SessionTuiApp:
        launch.wall_clock = earlier
        return _create_app(launch, guard)

    tui_app.create_app = create_app
    return main(argv)


if __name__ == "__main__":
    sys.exit(main_days_ago(int(sys.argv[1]), sys.argv[2:]))
