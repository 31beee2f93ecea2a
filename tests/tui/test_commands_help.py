"""One action registry: every action is in the palette under a plain name, in F1 help
with the key the footer shows, and bound to a key a form never takes as text."""

from __future__ import annotations

import re

from textual.binding import Binding
from textual.widgets import Input

from sessiontui.tui.actions import ACTIONS, Scope, actions_for
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import (
    run_from_palette,
    screen_text,
    session_screen,
    wait_for_screen,
    wait_for_screen_text,
)

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
    "Filter prompts by technique",
    "Mark prompt used",
    "Difficult moments",
    "Park a thought",
    "Add action item",
    "Add feedback",
    "Add note",
    "Add session goal",
    "Toggle time-warning bell",
    "Finish session",
    "Help",
    "Quit and keep the session",
    # The relationship across sessions (below the others in the help's Keys tab).
    "Goal board",
    "Agreement",
    "Review carried-over items",
    "Next session",
    "History",
)
RELATIONSHIP_NAMES = PALETTE_NAMES[-5:]


async def test_every_session_command_that_can_run_now_is_in_the_palette(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        session_screen(app)  # the session is on top, its timer running
        titles = {command.title for command in app.get_system_commands(app.screen)}
        offered = [name for name in PALETTE_NAMES if name in titles]
        # Resume is not offered while the timer runs; Pause is not while it is paused.
        assert offered == [name for name in PALETTE_NAMES if name != "Resume timer"]
        await pilot.press("ctrl+t")
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert "Resume timer" in titles
        assert "Pause timer" not in titles


async def test_palette_command_runs_its_action(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await run_from_palette(pilot, "Next segment")
        assert live.clock.index == 1
        await run_from_palette(pilot, "Pause timer")
        assert live.clock.paused
        await run_from_palette(pilot, "Resume timer")
        assert live.clock.running


def test_every_session_action_has_a_method_and_a_key_a_form_never_types() -> None:
    for spec in actions_for(Scope.SESSION):
        namespace, _, name = spec.action.split("(")[0].rpartition(".")
        if not namespace:
            assert hasattr(SessionScreen, f"action_{name}"), spec
    keys = {spec.first_key for spec in actions_for(Scope.SESSION) if spec.first_key}
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


def test_an_action_reached_through_another_key_names_a_bound_one() -> None:
    for scope in Scope:
        bound = {spec.first_key for spec in actions_for(scope) if spec.bound}
        for spec in actions_for(scope):
            # A palette-only action has no key at all.
            assert spec.bound or not spec.first_key or spec.first_key in bound, spec


def test_footer_places_are_unique_and_finish_comes_first() -> None:
    # The session's keys and those of a list or a form show together: no two share a place.
    for scopes in (
        (Scope.SESSION, Scope.ENTRY_LIST),
        (Scope.SESSION, Scope.ENTRY_FORM),
        (Scope.SESSION, Scope.CARRIED_LIST),
        (Scope.SESSION, Scope.NEXT_SESSION),
        (Scope.REVIEW, Scope.CARRIED_LIST),  # the follow-up screen (F4)
        *[(s,) for s in Scope],
    ):
        ranks = [
            spec.footer.rank
            for scope in scopes
            for spec in actions_for(scope)
            if spec.footer is not None
        ]
        assert len(ranks) == len(set(ranks)), scopes
    ranked = sorted(
        (spec for spec in actions_for(Scope.SESSION) if spec.footer is not None),
        key=lambda spec: spec.footer.rank if spec.footer is not None else 0,
    )
    # Finish and Help first (they must show at 60 columns in every language), then the
    # keys of the list or form in focus (ranks 3-5), then the entry's and the clock's.
    assert [spec.action for spec in ranked[:6]] == [
        "finish",
        "help",
        "toggle_visibility",
        "undo",
        "next_segment",
        "toggle_pause",
    ]


def test_every_titled_action_has_help() -> None:
    for spec in ACTIONS:
        if spec.title is not None:
            assert spec.help, spec


def test_the_not_typable_pattern_refuses_what_a_form_takes() -> None:
    for key in ("ctrl+n", "ctrl+y", "f1", "f9", "f10", "f12"):
        assert NOT_TYPABLE.fullmatch(key), key
    for key in ("f", "f0", "f13", "fx", "full_stop", "n", "shift+n", "ctrl+", "ctrl+i", "ctrl+m"):
        assert not NOT_TYPABLE.fullmatch(key), key


async def test_help_lists_every_command_with_the_key_the_footer_shows(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    # Tall enough for the whole Keys tab (the list and form keys are there too).
    async with app.run_test(size=(120, 60)) as pilot:
        footer = screen_text(app).splitlines()[-1]
        await pilot.press("f1")
        await wait_for_screen(pilot, HelpScreen)
        # The keys have their own tab: Tab from the search field to the tabs, then →.
        await pilot.press("tab", "right")
        await wait_for_screen_text(pilot, "Segments")
        text = screen_text(app)
        for name in PALETTE_NAMES:
            assert name in text or name in RELATIONSHIP_NAMES, name
        # Textual's own key display, the same the footer uses: "^n", "f10".
        assert "^n  Next segment" in text
        assert "^n Next" in footer
        assert "f10  Finish session" in text
        assert "f10 Finish" in footer
        assert " ^y  Add session goal" in text
        assert " ^p  Toggle time-warning bell" in text  # palette-only
        assert " ^t  Pause timer" in text
        # The last ones are found by the search (the list is longer than the screen).
        await pilot.press("shift+tab")
        for name in RELATIONSHIP_NAMES:
            await pilot.press(*name.lower())
            await wait_for_screen_text(pilot, name)
            await pilot.press("ctrl+u")  # the field emptied in one key, as an editor does
        await pilot.press("escape")
        await pilot.pause()
        session_screen(app)


async def test_the_footer_puts_finish_in_the_first_60_columns(
    make_launch: LaunchFactory,
) -> None:
    for language, finish in (("en", "f10 Finish"), ("es", "f10 Terminar")):
        app = create_app(make_launch(language=language))
        async with app.run_test(size=(60, 20)):
            footer = screen_text(app).splitlines()[-1]
        assert finish in footer, footer


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
