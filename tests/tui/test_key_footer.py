"""The footer keeps its keys when the focus moves, and rebuilds when the keys change."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Input

from sessiontui.tui.app import create_app
from sessiontui.tui.widgets.key_footer import KeyFooter

from .conftest import LaunchFactory
from .helpers import session_screen, wait_until
from .textual_private import FooterKey


def _keys(app: App[None]) -> list[FooterKey]:
    """The footer's keys for the screen's bindings (the palette's own key aside)."""
    footer = session_screen(app).query_one(KeyFooter)
    return [key for key in footer.query(FooterKey) if not key.has_class("-command-palette")]


def _expected(app: App[None]) -> list[str]:
    """The labels Textual's own footer would show for the screen's bindings now."""
    return [
        str(binding.description)
        for _node, binding, _enabled, _tooltip in session_screen(app).active_bindings.values()
        if binding.show
    ]


async def _shown(pilot: Pilot[None]) -> list[str]:
    await pilot.pause()
    return [key.description for key in _keys(pilot.app)]


async def test_a_change_that_keeps_the_keys_keeps_the_footer(make_launch: LaunchFactory) -> None:
    # The footer shows the keys of what has the focus, so a segment move may
    # change them; a change that leaves them (a minute more) must not rebuild.
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(lambda: bool(_keys(app)), "the footer shows its keys")
        before = _keys(app)
        live = session_screen(app).live
        revision = live.revision
        await pilot.press("f3")
        await wait_until(lambda: live.revision > revision, "the minute added")
        assert await _shown(pilot) == _expected(app)
        # Not rebuilt: the very same widgets (a rebuild restyles every key twice).
        assert all(a is b for a, b in zip(_keys(app), before, strict=True))


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
