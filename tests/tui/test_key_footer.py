"""The footer keeps its keys when the focus moves, and rebuilds when the keys change;
it shows Finish and Help first, and only keys that fit whole, at every width."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Input

from sessiontui.tui.app import create_app
from sessiontui.tui.widgets.key_footer import KeyFooter

from .conftest import LaunchFactory
from .helpers import (
    focused_id,
    footer_keys,
    footer_laid_out,
    session_screen,
    settle,
    wait_until,
    whole_footer_keys,
)
from .textual_private import FooterKey


def _expected(app: App[None]) -> list[str]:
    """The labels Textual's own footer would show for the screen's bindings now (all of
    them: ours shows the first ones, as many as fit)."""
    return [
        str(binding.description)
        for _node, binding, _enabled, _tooltip in session_screen(app).active_bindings.values()
        if binding.show
    ]


async def _shown(pilot: Pilot[None]) -> list[str]:
    await pilot.pause()
    return [key.description for key in footer_keys(pilot.app)]


async def test_a_change_that_keeps_the_keys_keeps_the_footer(make_launch: LaunchFactory) -> None:
    # The footer shows the keys of what has the focus, so a segment move may
    # change them; a change that leaves them (a minute more) must not rebuild.
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(lambda: bool(footer_keys(app)), "the footer shows its keys")
        before = footer_keys(app)
        live = session_screen(app).live
        revision = live.revision
        await pilot.press("f3")
        await wait_until(lambda: live.revision > revision, "the minute added")
        shown = await _shown(pilot)
        # The first keys, as many as fit whole at this width.
        assert len(shown) > 2
        assert shown == _expected(app)[: len(shown)]
        # Not rebuilt: the very same widgets (a rebuild restyles every key twice).
        assert all(a is b for a, b in zip(footer_keys(app), before, strict=True))


class _Toggling(App[None]):
    """A footer with one key that is enabled or not."""

    BINDINGS = [  # noqa: RUF012 (Textual declares it as a plain list)
        ("f2", "switch", "Switch"),
        ("f3", "act", "Act"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.can_act = True

    def compose(self) -> ComposeResult:
        yield Input()
        yield KeyFooter()

    def action_switch(self) -> None:
        self.can_act = not self.can_act
        self.refresh_bindings()

    def action_act(self) -> None:
        """Nothing: only whether it is offered matters here."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # None: shown, but disabled.
        return None if action == "act" and not self.can_act else True


def _act_key(app: App[None]) -> FooterKey:
    return next(key for key in app.screen.query(FooterKey) if key.description == "Act")


async def test_the_footer_is_rebuilt_when_a_key_is_enabled_or_not() -> None:
    app = _Toggling()
    async with app.run_test() as pilot:
        await wait_until(lambda: bool(app.screen.query(FooterKey)), "the footer shows its keys")
        assert not _act_key(app).has_class("-disabled")
        await pilot.press("f2")
        await wait_until(lambda: _act_key(app).has_class("-disabled"), "Act is shown disabled")
        await pilot.press("f2")
        await wait_until(lambda: not _act_key(app).has_class("-disabled"), "Act is enabled again")


@pytest.mark.parametrize("size", [(60, 20), (60, 24), (80, 24), (100, 30)])
@pytest.mark.parametrize("language", ["en", "es"])
async def test_finish_and_help_come_first_and_no_key_is_cut(
    make_launch: LaunchFactory, size: tuple[int, int], language: str
) -> None:
    script = "regular-es" if language == "es" else "regular"
    launch = make_launch(language=language, script=make_launch().library.get(script))
    app = create_app(launch)
    finish, help_key = (
        ("f10 Terminar", "f1 Ayuda") if language == "es" else ("f10 Finish", "f1 Help")
    )
    async with app.run_test(size=size) as pilot:
        await wait_until(lambda: bool(footer_keys(app)), "the footer shows its keys")
        await settle(app)
        # On the screen's keys, in a list (the parked thought) and in a form.
        await pilot.press("ctrl+l", *"call the bank", "enter")
        await wait_until(lambda: focused_id(app) == "parking-list", "the list has the focus")
        await settle(app)
        await wait_until(lambda: footer_laid_out(app), "the list's keys in the footer")
        in_list = whole_footer_keys(app)
        await pilot.press("ctrl+o")
        await wait_until(lambda: focused_id(app) == "action-text", "the form has the focus")
        await settle(app)
        await wait_until(lambda: footer_laid_out(app), "the form's keys in the footer")
        in_form = whole_footer_keys(app)
        for shown in (in_list, in_form):
            assert shown[:2] == [finish, help_key]
        # What the mentor is working on comes next: the list's keys, the form's Save.
        assert in_list[2].startswith("⏎")
        assert in_form[2].startswith("⏎")


async def test_a_narrower_terminal_shows_fewer_keys_whole(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(lambda: footer_laid_out(app), "the footer's keys")
        wide = whole_footer_keys(app)
        await pilot.resize_terminal(60, 20)
        await wait_until(
            lambda: len(footer_keys(app)) < len(wide) and footer_laid_out(app),
            "the footer drops keys",
        )
        narrow = whole_footer_keys(app)
        assert narrow == wide[: len(narrow)]
        await pilot.resize_terminal(120, 30)
        await wait_until(lambda: len(footer_keys(app)) == len(wide), "the keys come back")
