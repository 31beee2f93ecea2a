"""The UI language reaches the screens: footer labels, the dialogs' keys, the prompts."""

from __future__ import annotations

import pytest

from sessiontui.i18n import translator
from sessiontui.listening import GENERAL_DECK
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.resume import ResumeScreen
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import LaunchFactory
from .helpers import screen_text, session_screen, static_text, wait_for_screen


async def test_the_footer_speaks_the_ui_language(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(200, 30)):
        english = screen_text(app).splitlines()[-1]
    app = create_app(make_launch(language="es"))
    async with app.run_test(size=(200, 30)):
        spanish = screen_text(app).splitlines()[-1]
    assert "Feedback" in english
    assert "Retroalim." not in english
    # The footer's own, shorter word: the pane title is "Retroalimentación".
    assert "Retroalim." in spanish
    assert "Retroalimentación" not in spanish
    assert "Ayuda" in spanish


@pytest.mark.parametrize("language", ["en", "es"])
async def test_the_finish_question_and_the_resume_dialog_share_their_keys(
    make_launch: LaunchFactory, language: str
) -> None:
    """In every language: arrows and Enter choose, Escape is the safe answer, and
    no letter answers (typing cannot finish, resume or discard a session)."""
    app = create_app(make_launch(language=language))
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        draft = live.snapshot()
        await pilot.press("f10")
        await wait_for_screen(pilot, ConfirmScreen)
        confirm_keys = static_text(app, "#confirm-keys")
        await pilot.press(*"ysnfdr")
        await pilot.pause()
        assert not live.session.finished
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("f10")
        await wait_for_screen(pilot, SummaryScreen)
        assert live.session.finished
    host = create_app(make_launch(language=language, draft=draft, script=None))
    async with host.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, ResumeScreen)
        resume_keys = static_text(host, "#resume-keys")
    enter = {"en": "Enter", "es": "Intro"}[language]
    for words in (confirm_keys, resume_keys):
        assert "←/→" in words
        assert enter in words
        assert "Esc" in words


async def test_general_prompts_are_shown_in_the_scripts_language(
    make_launch: LaunchFactory,
) -> None:
    """An English UI running a Spanish script: the mentee hears Spanish prompts."""
    launch = make_launch(script=make_launch().library.get("regular-es"))
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("f6")  # the first technique: lands on a general prompt
        shown = static_text(app, "#prompt-text")
        await pilot.press("f7")
        await pilot.pause()
        (stored,) = live.session.prompts_used
    # Shown in Spanish, stored by its English text (the same in every language).
    assert stored in {prompt.text for prompt in GENERAL_DECK}
    assert translator("es").gettext(stored) == shown != stored
