"""A focus move restyles only what its `:focus-within` rules can change (issue 13).

Textual restyles everything inside the outermost ancestor with a `:focus-within`
rule; `StyledAtMountScreen` restyles those ancestors alone while no rule puts
`:focus-within` on an ancestor of what it styles, and the frames still follow
the focus. These tests count stylesheet applications, never time.
"""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Input, Static

from sessiontui.tui.textual_compat import StyledAtMountScreen

UPGRADE_HINT = "Textual's internals changed: update src/sessiontui/tui/textual_compat/"
BOX_ONLY = ".box { border: round blue; } .box:focus-within { border: heavy red; }"
DESCENDANTS = BOX_ONLY + " .box:focus-within Static { color: red; }"


class TwoBoxes(StyledAtMountScreen[None]):
    def compose(self) -> ComposeResult:
        for name in ("left", "right"):
            with Vertical(classes="box", id=f"{name}-box"):
                yield Static(name, id=f"{name}-words")
                yield Input(id=f"{name}-field")


class TextualTwoBoxes(Screen[None]):
    compose = TwoBoxes.compose


def boxes_app(css: str, screen: Screen[None]) -> App[None]:
    """An app styled by `css` that shows `screen`."""

    class Boxes(App[None]):
        CSS = css

        def on_mount(self) -> None:
            self.push_screen(screen)

    return Boxes()


@pytest.mark.parametrize(
    ("screen_class", "css", "words_restyled"),
    [(TextualTwoBoxes, BOX_ONLY, True), (TwoBoxes, BOX_ONLY, False), (TwoBoxes, DESCENDANTS, True)],
)
async def test_a_focus_move_restyles_the_boxes_it_enters_and_leaves(
    monkeypatch: pytest.MonkeyPatch,
    screen_class: type[Screen[None]],
    css: str,
    words_restyled: bool,
) -> None:
    screen = screen_class()
    app = boxes_app(css, screen)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        screen.set_focus(screen.query_one("#left-field"))
        await pilot.pause()
        styled: list[DOMNode] = []
        apply = Stylesheet.apply

        def counted(self: Stylesheet, node: DOMNode, **options: object) -> None:
            styled.append(node)
            apply(self, node, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(Stylesheet, "apply", counted)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is screen.query_one("#right-field")
        ids = {node.id for node in styled}
        assert {"left-box", "right-box"} <= ids, (UPGRADE_HINT, ids)
        assert ("left-words" in ids) is words_restyled, (UPGRADE_HINT, ids)
        assert screen.query_one("#right-box").styles.border.top[0] == "heavy"
        assert screen.query_one("#left-box").styles.border.top[0] == "round"
