"""Notices at 80x24: a newer one replaces an older one of the same severity (three
stacked toasts covered the Action items pane), start-up notices share one toast,
and none covers the F1 help."""

from __future__ import annotations

from sessiontui.tui.app import create_app
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import screen_text, session_screen, wait_for_screen, wait_for_screen_text, wait_until


def _toast_count(app: object) -> int:
    """The toasts on the screen now (Textual's Toast widget, found by its name)."""
    return len(app.screen.query("Toast"))  # type: ignore[attr-defined]


async def test_a_newer_notice_replaces_the_older_one(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f3")
        await wait_for_screen_text(pilot, "Segment extended by 1 min.")
        live = session_screen(app).live
        first = live.revision
        await pilot.press("f3", "f3")
        await wait_until(lambda: live.revision >= first + 2, "two more minutes given")
        await pilot.pause()
        shown = screen_text(app)
        assert shown.count("Segment extended by 1 min.") == 1, shown
        assert _toast_count(app) == 1


async def test_start_up_notices_share_one_toast_and_never_cover_the_help(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch(notices=["First notice.", "Second notice."]))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for_screen_text(pilot, "First notice.", "Second notice.")
        assert _toast_count(app) == 1
        await pilot.press("f1")
        await wait_for_screen(pilot, HelpScreen)
        await wait_until(lambda: "First notice." not in screen_text(app), "the notice hidden")
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        await wait_for_screen_text(pilot, "First notice.")
