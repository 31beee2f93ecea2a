"""The private Textual API that src/ wraps in sessiontui.tui.textual_compat still works.

If one of these fails after a Textual upgrade, fix textual_compat.py (and only
it): every screen binds its keys through it.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Input

from sessiontui.tui.textual_compat import bind_key

from .helpers import screen_text

UPGRADE_HINT = "Textual's internals changed: update src/sessiontui/tui/textual_compat.py"


class Probe(Screen[None]):
    """A text field and a footer; keys bound after the screen was built."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.pokes = 0
        self.hidden = 0
        bind_key(self, "ctrl+x", "poke", label, priority=True)
        bind_key(self, "f9,ctrl+w", "hide", "Hidden", show=False, priority=True)

    def compose(self) -> ComposeResult:
        yield Input(id="field")
        yield Footer()

    def action_poke(self) -> None:
        self.pokes += 1

    def action_hide(self) -> None:
        self.hidden += 1


class ProbeApp(App[None]):
    def __init__(self, label: str) -> None:
        super().__init__()
        self.probe = Probe(label)

    def on_mount(self) -> None:
        self.push_screen(self.probe)


async def test_a_key_bound_after_construction_shows_its_label_and_runs() -> None:
    app = ProbeApp("Pinchar")  # a label chosen at run time, as a translation is
    async with app.run_test(size=(60, 10)) as pilot:
        app.probe.query_one("#field", Input).focus()
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "^x Pinchar" in footer, (UPGRADE_HINT, footer)
        assert "Hidden" not in footer, (UPGRADE_HINT, footer)
        # Priority: the key acts even while a text field has the focus.
        await pilot.press("ctrl+x", "f9", "ctrl+w", "x")
        await pilot.pause()
        assert app.probe.pokes == 1, UPGRADE_HINT
        assert app.probe.hidden == 2, UPGRADE_HINT
        assert app.probe.query_one("#field", Input).value == "x"
