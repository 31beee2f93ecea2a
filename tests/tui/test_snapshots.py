"""Snapshots of every screen a mentor sees, in English and Spanish, at the sizes a
mentor uses. The clocks are injected (ManualClock, FixedWall) and the data is
typed in through the keys, so each picture is the same on every run.

Snapshot ids read `<screen>-<width>x<height>-<language>`, e.g. `session-80x24-es`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import pytest
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from sessiontui.i18n import available_languages
from sessiontui.model import Mentee, Session
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.agreement import AgreementScreen
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.screens.history import HistoryScreen
from sessiontui.tui.screens.mentee_form import MenteeFormScreen
from sessiontui.tui.screens.mentee_picker import MenteePickerScreen
from sessiontui.tui.screens.resume import ResumeScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.start import StartScreen
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import START_WALL, LaunchFactory, ManualClock
from .helpers import paste, session_screen, settle, wait_for_screen, wait_until
from .relationship_data import stored_mentee

SnapCompare = Callable[..., bool]
RunBefore = Callable[[Pilot[None]], Awaitable[None]]

SCRIPT = {"en": "regular", "es": "regular-es"}

# What the mentor enters: an action item (with markup, shown as typed), feedback
# (situation, behaviour; Ctrl+F shares it), a note, a session goal (and its measure), a
# parking-lot thought.
TYPED = {
    "en": {
        "action": "Send the [b]draft[/b]",
        "situation": "In the demo",
        "behaviour": "You paused",
        "note": "Tired today",
        "goal": "Pick one course",
        "measure": "enrolled",
        "parked": "Ask about the move",
    },
    "es": {
        "action": "Enviar el [b]borrador[/b]",
        "situation": "En la demo",
        "behaviour": "Hiciste una pausa",
        "note": "Cansada hoy",
        "goal": "Elegir un curso",
        "measure": "inscrita",
        "parked": "Preguntar por la mudanza",
    },
}


@dataclass(frozen=True)
class Shot:
    """One snapshot: a screen, a terminal size and a UI language."""

    screen: str
    size: tuple[int, int]
    language: str

    @property
    def id(self) -> str:
        """`<screen>-<width>x<height>-<language>`."""
        width, height = self.size
        return f"{self.screen}-{width}x{height}-{self.language}"


def _shots(screen: str, sizes: list[tuple[int, int]]) -> list[Shot]:
    return [Shot(screen, size, language) for size in sizes for language in available_languages()]


SHOTS = [
    *_shots("session", [(120, 40), (100, 30), (80, 24), (60, 20)]),
    *_shots("start", [(80, 24)]),
    *_shots("resume", [(80, 24)]),
    *_shots("summary", [(80, 24)]),
    *_shots("help", [(100, 30), (60, 20)]),
    # Below 60x20 the app asks for a bigger terminal (and keeps the session).
    *_shots("too-small", [(50, 15)]),
    # The relationship across sessions, with a mentee who has two stored sessions.
    *_shots("picker", [(100, 30), (60, 20)]),
    *_shots("goal-board", [(100, 30), (60, 20)]),
    *_shots("history", [(100, 30), (60, 20)]),
    *_shots("agreement", [(100, 30), (60, 20)]),
    *_shots("mentee-form", [(100, 30), (60, 20)]),
    # The review segment: the carried-over items in the Action items pane.
    *_shots("review-pane", [(100, 30), (60, 20)]),
    # The wrap-up: the next session (proposed) in the Listening pane, its form open.
    *_shots("wrap-up-pane", [(100, 30), (60, 20)]),
]


async def _fill(pilot: Pilot[None], clock: ManualClock, language: str) -> None:
    """Seven minutes in, second segment, one entry of each kind (pasted), then back to
    the parking lot."""
    typed = TYPED[language]
    clock.advance(310)
    await pilot.press("ctrl+n")
    clock.advance(95)
    for keys in (
        ("ctrl+o", "action"),
        ("ctrl+r", "situation", "tab", "behaviour", "ctrl+f"),
        ("ctrl+g", "note"),
        ("ctrl+y", "goal", "tab", "measure"),
        ("ctrl+l", "parked"),
    ):
        for key in keys:
            if key in typed:
                await paste(pilot, typed[key])
            else:
                await pilot.press(key)
        await pilot.press("enter")
    session_screen(pilot.app).refresh_clock()
    await pilot.pause()


class Scene:
    """Builds the app for a shot and what to do before the picture is taken."""

    def __init__(
        self, make_launch: LaunchFactory, library: ScriptLibrary, clock: ManualClock
    ) -> None:
        self.make_launch = make_launch
        self.library = library
        self.clock = clock

    def build(self, shot: Shot) -> tuple[App[None], RunBefore]:
        """The app showing `shot.screen`, and its run_before."""
        language = shot.language
        if shot.screen == "start":
            # The script choice, after a new mentee was picked (and confirmed).
            app = self._app(language, script=None, mentee=None)
            return app, self._until(
                MenteePickerScreen, then=("A", "n", "a", "enter", "f10"), until=StartScreen
            )
        if shot.screen == "resume":
            draft = self._interrupted_draft(language)
            app = self._app(language, draft=draft, script=None, mentee=None)
            return app, self._until(ResumeScreen)
        if shot.screen in _RELATIONSHIP_KEYS or shot.screen in _SEGMENT_KEYS:
            return self._relationship(shot.screen, language)
        app = self._app(language)
        if shot.screen == "session":
            return app, self._filled(language)
        if shot.screen == "summary":
            return app, self._filled(language, then=("f10", "f10"), until=SummaryScreen)
        if shot.screen == "help":
            # Over a fresh session: the dialog covers it, so no need to fill it.
            return app, self._until(SessionScreen, then=("f1",), until=HelpScreen)
        if shot.screen == "too-small":
            return app, self._until(SessionScreen)
        raise AssertionError(f"no scene for {shot.screen!r}")

    def _relationship(self, screen: str, language: str) -> tuple[App[None], RunBefore]:
        """A session with Ana, who has two stored sessions; the keys open `screen`."""
        launch = self.make_launch(language=language, script=self.library.get(SCRIPT[language]))
        launch.mentee_id = stored_mentee(launch.archive, language)
        if screen == "picker":
            launch.mentee = None
            launch.archive.create_mentee(Mentee(created_at=START_WALL, name="Bruno"))
            return create_app(launch), self._until(MenteePickerScreen)
        if screen in _SEGMENT_KEYS:
            return create_app(launch), _segment(*_SEGMENT_KEYS[screen])
        keys, until = _RELATIONSHIP_KEYS[screen]
        return create_app(launch), self._until(SessionScreen, then=keys, until=until)

    def _app(self, language: str, **overrides: object) -> App[None]:
        fields: dict[str, object] = {
            "language": language,
            "script": self.library.get(SCRIPT[language]),
            "mentee": "Ana",
        }
        fields.update(overrides)
        return create_app(self.make_launch(**fields))

    @staticmethod
    def _until(
        screen: type[object], then: tuple[str, ...] = (), until: type[object] | None = None
    ) -> RunBefore:
        async def run_before(pilot: Pilot[None]) -> None:
            await wait_for_screen(pilot, screen)
            await pilot.press(*then)
            if until is not None:
                await wait_for_screen(pilot, until)

        return run_before

    def _filled(
        self,
        language: str,
        then: tuple[str, ...] = (),
        until: type[object] | None = None,
    ) -> RunBefore:
        async def run_before(pilot: Pilot[None]) -> None:
            await _fill(pilot, self.clock, language)
            await pilot.press(*then)
            if until is not None:
                await wait_for_screen(pilot, until)
            await settle(pilot.app)

        return run_before

    def _interrupted_draft(self, language: str) -> Session:
        """The draft a quit leaves behind, made by running the app and pressing ctrl+q."""
        launch = self.make_launch(
            language=language, script=self.library.get(SCRIPT[language]), mentee="Ana"
        )

        async def run() -> None:
            app = create_app(launch)
            async with app.run_test(size=(100, 30)) as pilot:
                await _fill(pilot, self.clock, language)
                await settle(app)
                await pilot.press("ctrl+q")

        asyncio.run(run())
        draft = launch.drafts.load().session
        assert draft is not None, "quitting left no draft"
        return draft


def _segment(moves: int, then: tuple[str, ...], focus: str, offer: str) -> RunBefore:
    """`moves` segments on, once the segment's offer came (the toast naming the key
    `offer`; then cleared: the pane is the picture), then the keys `then`, until the
    widget `focus` has the focus and the pane scrolled to it."""

    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press(*["ctrl+n"] * moves)
        await wait_until(
            lambda: any(offer in str(toast.render()) for toast in app.screen.query("Toast")),
            "the segment's offer",
        )
        app.clear_notifications()
        await wait_until(lambda: not app.screen.query("Toast"), "the offer cleared")
        await pilot.press(*then)
        await wait_until(lambda: getattr(app.focused, "id", None) == focus, f"{focus} focused")
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    return run_before


# The segment views of the relationship: segments to move on, then the keys.
_SEGMENT_KEYS: dict[str, tuple[int, tuple[str, ...], str, str]] = {
    "review-pane": (1, (), "carried-list", "3"),
    "wrap-up-pane": (6, ("enter",), "next-date", "⏎"),
}


# The keys that open each relationship screen from the session, and the screen.
_RELATIONSHIP_KEYS: dict[str, tuple[tuple[str, ...], type[object]]] = {
    "picker": ((), MenteePickerScreen),
    # A check-in today, so the chart shows this session's mark too.
    "goal-board": (("f11", "1"), GoalBoardScreen),
    "history": (("f11", "h"), HistoryScreen),
    "agreement": (("f2",), AgreementScreen),
    "mentee-form": (("f2", "m"), MenteeFormScreen),
}


@pytest.mark.parametrize("shot", SHOTS, ids=lambda shot: shot.id)
def test_snapshot(
    snap_compare: SnapCompare,
    make_launch: LaunchFactory,
    library: ScriptLibrary,
    clock: ManualClock,
    shot: Shot,
) -> None:
    app, run_before = Scene(make_launch, library, clock).build(shot)

    async def steady(pilot: Pilot[None]) -> None:
        await run_before(pilot)
        # A blinking cursor is on or off depending on when the picture is taken
        # (under load, either): keep it on.
        for field in pilot.app.screen.query("Input, TextArea"):
            if isinstance(field, Input | TextArea):
                field.cursor_blink = False
        await pilot.pause()

    assert snap_compare(app, terminal_size=shot.size, run_before=steady)
