"""`make screenshots`: the README's pictures, taken from the app itself.

Each picture is the real app (`create_app`) driven through its keys by
Textual's Pilot, at a fixed terminal size, with the clocks injected and the
rehearsal's invented mentee and history (`sessiontui.rehearsal`), so the
same code gives the same SVG on every run. They are written to
`docs/screenshots/<name>-<language>.svg` (or the folder given as the first
argument).

To add a picture (the goal board once it lands), add one
`Screenshot` to SCREENSHOTS with the keys that bring its screen up, run
`make screenshots`, and link the file from README.md and README.es.md.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from sessiontui.i18n import available_languages, set_language
from sessiontui.launch import Launch
from sessiontui.rehearsal import seed_rehearsal
from sessiontui.scripts.library import ScriptLibrary, default_script_id
from sessiontui.store import DataDir, DraftStore, SessionArchive
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.summary import SummaryScreen

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "screenshots"
# A Thursday afternoon; the screens show local times of this offset.
START = datetime(2026, 3, 12, 17, 0, tzinfo=timezone(timedelta(hours=1)))

# What the mentor enters, pasted into each form after its key.
TYPED = {
    "en": {
        "ctrl+o": ["Book a slot with the team lead"],
        "ctrl+r": ["In the planning meeting", "You stopped to ask the quiet ones"],
        "ctrl+y": ["Agree the agenda for next week", "agenda sent by Friday"],
        "ctrl+l": ["Ask about the new role"],
    },
    "es": {
        "ctrl+o": ["Reservar una hora con la responsable del equipo"],
        "ctrl+r": ["En la reunión de planificación", "Paraste a preguntar a quien callaba"],
        "ctrl+y": ["Acordar la agenda de la semana", "agenda enviada el viernes"],
        "ctrl+l": ["Preguntar por el nuevo puesto"],
    },
}


class ManualClock:
    """A monotonic time source that moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.origin = self.now

    def __call__(self) -> float:
        return self.now

    def wall(self) -> datetime:
        """The wall clock that goes with it: START plus the time passed."""
        return START + timedelta(seconds=self.now - self.origin)


Prepare = Callable[[Pilot[None], ManualClock, str], Awaitable[None]]


@dataclass(frozen=True)
class Screenshot:
    """One picture: its file name (before the language), terminal size and how to get there."""

    name: str
    size: tuple[int, int]
    prepare: Prepare


async def _wait_for(pilot: Pilot[None], screen: type[object]) -> None:
    for _frame in range(500):
        if isinstance(pilot.app.screen, screen):
            return
        await pilot.pause(0.01)
    raise RuntimeError(f"{screen.__name__} did not come up")


async def fill_session(pilot: Pilot[None], clock: ManualClock, language: str) -> None:
    """Eleven minutes in, on the review of earlier actions, one entry of each kind."""
    await _wait_for(pilot, SessionScreen)
    clock.now += 5 * 60
    await pilot.press("ctrl+n")
    clock.now += 6 * 60 + 20
    for key, texts in TYPED[language].items():
        await pilot.press(key)
        for index, text in enumerate(texts):
            if index:
                await pilot.press("tab")
            pilot.app.post_message(events.Paste(text))
            await pilot.pause()
        if key == "ctrl+r":
            await pilot.press("ctrl+f")  # feedback to the mentee asks: shared
        await pilot.press("enter")
        await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SessionScreen)
    screen.refresh_clock()
    await pilot.pause()


async def finish_to_summary(pilot: Pilot[None], clock: ManualClock, language: str) -> None:
    """The filled session, finished: the summary as it will be sent."""
    await fill_session(pilot, clock, language)
    await pilot.press("f10", "f10")
    await _wait_for(pilot, SummaryScreen)
    await pilot.pause()


async def open_goal_board(pilot: Pilot[None], clock: ManualClock, language: str) -> None:
    """The goal board (F11) with the sample mentee's long-term goal and its check-ins."""
    await _wait_for(pilot, SessionScreen)
    await pilot.press("f11")
    await _wait_for(pilot, GoalBoardScreen)
    await pilot.pause()


async def fill_then_share(pilot: Pilot[None], clock: ManualClock, language: str) -> None:
    """The filled session with share mode on (F12): what the call sees."""
    await fill_session(pilot, clock, language)
    await pilot.press("f12")
    await pilot.pause()


SCREENSHOTS = (
    Screenshot("session", (100, 30), fill_session),
    Screenshot("share-mode", (100, 30), fill_then_share),
    Screenshot("summary", (100, 30), finish_to_summary),
    Screenshot("goal-board", (100, 30), open_goal_board),
)


def _launch(folder: Path, language: str, clock: ManualClock) -> Launch:
    data = DataDir.open(folder / "data")
    archive = SessionArchive(data)
    library = ScriptLibrary.load(None)
    sample = seed_rehearsal(archive, library, language, START)
    return Launch(
        data_dir=data,
        library=library,
        drafts=DraftStore(data),
        archive=archive,
        language=language,
        script=library.get(default_script_id(language)),
        mentee=sample.mentee,
        mentee_id=sample.mentee_id,
        bell=False,
        mentor="Alex Morgan",
        time_source=clock,
        wall_clock=clock.wall,
    )


async def take(shot: Screenshot, language: str, output: Path) -> Path:
    """Run the app for `shot` in `language` and save its SVG in `output`."""
    set_language(language)
    clock = ManualClock()
    with tempfile.TemporaryDirectory(prefix="sessiontui-screenshots-") as folder:
        app = create_app(_launch(Path(folder), language, clock))
        async with app.run_test(size=shot.size) as pilot:
            await shot.prepare(pilot, clock, language)
            # The cursor stays on: a blinking one could be caught either way.
            for field in app.screen.query("Input, TextArea"):
                if isinstance(field, Input | TextArea):
                    field.cursor_blink = False
            await pilot.pause()
            name = f"{shot.name}-{language}.svg"
            return Path(app.save_screenshot(filename=name, path=str(output)))


def main(argv: list[str]) -> int:
    """Write every screenshot in every language; print where each went."""
    output = Path(argv[0]) if argv else OUTPUT
    output.mkdir(parents=True, exist_ok=True)
    for shot in SCREENSHOTS:
        for language in available_languages():
            print(asyncio.run(take(shot, language, output)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
