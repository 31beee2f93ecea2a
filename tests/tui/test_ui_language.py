"""The UI language reaches the screens: footer labels, the confirm letters, the prompts."""

from __future__ import annotations

from textual.widgets import Static

from sessiontui.i18n import translator
from sessiontui.listening import GENERAL_DECK
from sessiontui.tui.app import create_app

from .conftest import LaunchFactory
from .helpers import screen_text, session_screen, static_text


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


async def test_the_confirm_letters_follow_the_ui_language(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(language="es"))
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("f10")
        await pilot.pause()
        keys = str(app.screen.query_one("#confirm-keys", Static).render())
        assert keys == "F10 o s: terminar · Esc o n: seguir"
        await pilot.press("y")  # the English letter means nothing here
        await pilot.pause()
        assert not live.session.finished
        await pilot.press("s")
        await pilot.pause()
        assert live.session.finished


async def test_the_english_confirm_letter_is_y(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("f10")
        await pilot.pause()
        keys = str(app.screen.query_one("#confirm-keys", Static).render())
        assert keys == "F10 or y: finish · Esc or n: keep going"
        await pilot.press("s")
        await pilot.pause()
        assert not live.session.finished
        await pilot.press("y")
        await pilot.pause()
        assert live.session.finished


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
