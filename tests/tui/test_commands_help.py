"""Every action is in the command palette under a plain name, and in F1 help."""

from __future__ import annotations

import re

from textual.binding import Binding
from textual.widgets import Input

from sessiontui.tui.app import create_app
from sessiontui.tui.commands import SESSION_COMMANDS, SESSION_KEYS
from sessiontui.tui.screens.help import HelpScreen

from .conftest import LaunchFactory
from .helpers import run_from_palette, screen_text, session_screen

# Keys a form never takes as text: Ctrl+letter, or a function key F1-F12. Not
# Ctrl+H, I, J or M: a real terminal sends those as Backspace, Tab and Enter.
NOT_TYPABLE = re.compile(r"ctrl\+(?![hijm])[a-z]|f(?:[1-9]|1[0-2])")

PALETTE_NAMES = (
    "Next segment",
    "Previous segment",
    "Skip segment",
    "Pause timer",
    "Resume timer",
    "Extend segment by 1 minute",
    "Extend segment by 5 minutes",
    "Rebalance remaining time",
    "Next prompt",
    "Shuffle prompts",
    "Mark prompt used",
    "Park a thought",
    "Add action item",
    "Add feedback",
    "Add note",
    "Add session goal",
    "Toggle time-warning bell",
    "Finish session",
    "Help",
)


async def test_every_session_command_is_in_the_palette(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)):
        session_screen(app)  # the session is on top
        titles = {command.title for command in app.get_system_commands(app.screen)}
        missing = [name for name in PALETTE_NAMES if name not in titles]
        assert missing == []


async def test_palette_command_runs_its_action(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await run_from_palette(pilot, "Next segment")
        assert live.clock.index == 1
        await run_from_palette(pilot, "Pause timer")
        assert live.clock.paused


def test_every_key_has_a_screen_action_and_every_command_a_key() -> None:
    from sessiontui.tui.screens.session import SessionScreen

    for key in SESSION_KEYS:
        name = key.action.split("(")[0]
        if not name.startswith("app."):
            assert hasattr(SessionScreen, f"action_{name}"), key
    keys = {session_key.key for session_key in SESSION_KEYS}
    assert {command.key for command in SESSION_COMMANDS} <= keys
    for name in keys:
        assert NOT_TYPABLE.fullmatch(name), f"{name} could be typed into a form"
    # Nor is any of them a text field's own editing key (Ctrl+A, Ctrl+K, ...).
    field_keys = {
        name.strip()
        for binding in Input.BINDINGS
        if isinstance(binding, Binding)
        for name in binding.key.split(",")
    }
    assert {"ctrl+a", "ctrl+k"} <= field_keys, field_keys
    assert keys & field_keys == set()


def test_the_not_typable_pattern_refuses_what_a_form_takes() -> None:
    for key in ("ctrl+n", "ctrl+y", "f1", "f9", "f10", "f12"):
        assert NOT_TYPABLE.fullmatch(key), key
    for key in ("f", "f0", "f13", "fx", "full_stop", "n", "shift+n", "ctrl+", "ctrl+i", "ctrl+m"):
        assert not NOT_TYPABLE.fullmatch(key), key


async def test_help_lists_every_command_with_its_key(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for name in PALETTE_NAMES:
            assert name in text
        assert "Ctrl+N  Next segment" in text
        assert "F10  Finish session" in text
        assert "Ctrl+Y  Add session goal" in text
        assert "F2  Toggle time-warning bell" in text
        await pilot.press("escape")
        await pilot.pause()
        session_screen(app)


async def test_letters_typed_in_a_form_never_run_an_action(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+r")
        await pilot.press(*"qnpbtfrsx q", "space", *"?!")
        await pilot.pause()
        assert app.is_running
        assert live.clock.index == 0
        assert live.clock.running
        assert app.screen.query_one("#feedback-situation", Input).value == "qnpbtfrsx q ?!"
