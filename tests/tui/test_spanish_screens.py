"""A Spanish-speaking mentor sees no English: every screen walked in Spanish, the way a
mentor reaches it, fails on a known English word."""

from __future__ import annotations

import re
from pathlib import Path

from sessiontui.tui.app import create_app
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.difficult import DifficultMomentsScreen
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.screens.mentor_name import MentorNameScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import LaunchFactory
from .helpers import screen_text, settle, wait_for_screen, wait_until

ENGLISH = re.compile(
    r"\b(palette|Search|commands|Theme|Next|Back|Skip|Finish|Help|Quit|Send|Copy|Subject|"
    r"Resume|Discard|Pause|Silence|Shuffle|Technique|Action|Feedback|Notes?|Goals?|Park|"
    r"Bell|Prompt|Used|Keys|Enter|Press|Private|Shared|Summary|Mentee's|Your|What|the|and|"
    r"with|for)\b"
)


def assert_spanish(text: str, where: str) -> None:
    found = sorted({match.group(0) for match in ENGLISH.finditer(text)})
    assert not found, f"English on the Spanish {where}: {found}\n{text}"


async def test_every_screen_speaks_spanish(make_launch: LaunchFactory, tmp_path: Path) -> None:
    launch = make_launch(
        language="es",
        script=make_launch().library.get("regular-es"),
        mentee="Lucía",
        config_file=tmp_path / "ajustes" / "config.toml",
    )
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, MentorNameScreen)
        assert_spanish(screen_text(app), "first-run question")
        await pilot.press(*"Carmen", "enter")
        await wait_for_screen(pilot, SessionScreen)
        await settle(app)
        assert_spanish(screen_text(app), "session screen")
        await pilot.press("f6")
        assert_spanish(screen_text(app), "prompt filter")
        await pilot.press("ctrl+p")
        await wait_until(lambda: "Buscar órdenes" in screen_text(app), "the palette opens")
        assert_spanish(screen_text(app), "command palette")
        await pilot.press("escape")
        await pilot.press("f1")
        await wait_for_screen(pilot, HelpScreen)
        assert_spanish(screen_text(app), "help")
        await pilot.press("escape")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, DifficultMomentsScreen)
        for _moment in range(7):
            assert_spanish(screen_text(app), "difficult-moments deck")
            await pilot.press("down")
        await pilot.press("escape")
        await pilot.press("f10")
        await wait_for_screen(pilot, ConfirmScreen)
        assert_spanish(screen_text(app), "finish question")
        await pilot.press("f10")  # no letters: F10 again finishes, in every language
        await wait_for_screen(pilot, SummaryScreen)
        await settle(app)
        text = screen_text(app)
        assert "Asunto: Nuestra sesión del" in text
        assert "paleta" in text
        assert_spanish(text, "summary screen")
