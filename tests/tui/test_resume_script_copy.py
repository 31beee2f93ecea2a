"""A session started from `--script path.toml` keeps its guidance and prompts when
resumed, even after the file changed or was removed."""

from __future__ import annotations

from pathlib import Path

from sessiontui.scripts.loader import load_script_file
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.resume import ResumeScreen
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import settle, static_text, wait_for_screen

SCRIPT = """
id = "own"
title = "My own session"
language = "en"

[[segments]]
id = "open"
title = "Opening"
minutes = 10
kind = "check-in"
guidance = "Ask about the trip to Lisbon first."
prompts = ["How did the Lisbon talk go?"]
"""


async def test_a_resumed_session_keeps_the_guidance_of_a_script_file_that_is_gone(
    make_launch: LaunchFactory, tmp_path: Path
) -> None:
    path = tmp_path / "own.toml"
    path.write_text(SCRIPT, encoding="utf-8")
    first = make_launch(script=load_script_file(path))
    app = create_app(first)
    async with app.run_test(size=(100, 30)) as pilot:
        assert "Lisbon" in static_text(app, "#guidance")
        await pilot.press("ctrl+q")
        await settle(app)
    path.unlink()  # the file a colleague sent is gone (or changed) by the next start

    found = first.drafts.load().session
    assert found is not None
    assert found.script_copy is not None
    again = create_app(make_launch(draft=found, script=None, mentee=None))
    async with again.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, ResumeScreen)
        await pilot.press("enter")  # on Resume, the answer in focus
        await wait_for_screen(pilot, SessionScreen)
        assert static_text(again, "#guidance") == "Ask about the trip to Lisbon first."
        assert static_text(again, "#prompt-text") == "How did the Lisbon talk go?"


async def test_a_built_in_script_is_not_copied(make_launch: LaunchFactory) -> None:
    launch = make_launch()
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+q")
        await settle(app)
    found = launch.drafts.load().session
    assert found is not None
    assert found.script_id == "regular"
    assert found.script_copy is None
