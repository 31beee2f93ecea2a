"""The session screen is styled once as it starts (issue 13: start-up time).

A class added to a widget after its mount restyles the widget and everything
in it. The screen is made with its breakpoint classes, the panes with the
classes the first segment gives them, the footer's keys as compact as the
footer, and its first resume does not restyle what its mount styled
(`StyledAtMountScreen`): the first frame then needs no second styling of any
of them. These tests count restyles (`update_node_styles`), never time.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from textual.dom import DOMNode
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from sessiontui.tui.app import create_app
from sessiontui.tui.breakpoints import breakpoint_classes
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import session_screen, wait_until
from .textual_private import FooterKey

PANES = ("agenda-pane", "listening-pane", "feedback-pane", "actions-pane")


def _count_restyles(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Restyles from now on, by what was restyled: the screen, a pane's id, or a "key"."""
    restyled: Counter[str] = Counter()
    restyle = DOMNode.update_node_styles

    def counted(node: DOMNode, animate: bool = True) -> None:
        if isinstance(node, SessionScreen):
            restyled["screen"] += 1
        elif isinstance(node, FooterKey) and not node.has_class("-command-palette"):
            # (The palette's key is Textual's own: compact, not bound to the footer.)
            restyled["key"] += 1
        elif node.id in PANES:
            restyled[str(node.id)] += 1
        restyle(node, animate)

    monkeypatch.setattr(DOMNode, "update_node_styles", counted)
    return restyled


async def _first_frame(pilot: Pilot[None]) -> None:
    await wait_until(
        lambda: (
            isinstance(pilot.app.screen, SessionScreen) and bool(pilot.app.screen.query(FooterKey))
        ),
        "the session screen with its footer's keys",
    )
    await pilot.pause()


@pytest.mark.parametrize("size", [(100, 30), (70, 24)], ids=["wide", "narrow"])
async def test_the_first_frame_restyles_no_pane_no_key_and_not_the_screen(
    make_launch: LaunchFactory, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    restyled = _count_restyles(monkeypatch)
    app = create_app(make_launch())
    async with app.run_test(size=size) as pilot:
        await _first_frame(pilot)
        # Textual would restyle the screen it pushes (ScreenResume); nothing may.
        assert restyled["screen"] == 0, restyled
        assert restyled["key"] == 0, restyled
        # A pane is restyled only by the focus entering it (its :focus-within border).
        focused = session_screen(app).focused
        assert focused is not None
        holding_focus = {
            pane for pane in PANES if app.screen.query_one(f"#{pane}") in focused.ancestors
        }
        assert all(restyled[pane] <= (pane in holding_focus) for pane in PANES), restyled


@pytest.mark.parametrize("size", [(100, 30), (70, 24), (59, 30), (100, 19), (80, 20)])
async def test_the_screen_is_made_with_the_classes_its_first_resize_gives(
    make_launch: LaunchFactory, size: tuple[int, int]
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=size) as pilot:
        await _first_frame(pilot)
        screen = session_screen(app)
        given = set(breakpoint_classes(screen).split())
        assert given == screen.classes & {
            "-tiny-width",
            "-narrow",
            "-wide",
            "-tiny-height",
            "-short",
            "-tall",
        }
        assert len(given) == 2
        # And the footer's keys show as Textual's own footer shows them: only the
        # palette's key compact.
        footer = screen.query_one(Footer)
        compact = {
            key.has_class("-compact")
            for key in footer.query(FooterKey)
            if not key.has_class("-command-palette")
        }
        assert compact == {False}


async def test_the_focus_is_set_once_as_the_screen_starts(
    make_launch: LaunchFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each focus move restyles the whole pane it leaves and the one it enters: the
    session screen's first focus is the segment's own, with no auto-focus before it."""
    focused: list[Widget | None] = []
    set_focus = Screen.set_focus

    def counted(screen: Screen[object], widget: Widget | None, *args: Any, **kwargs: Any) -> None:
        if isinstance(screen, SessionScreen):
            focused.append(widget)
        set_focus(screen, widget, *args, **kwargs)

    monkeypatch.setattr(Screen, "set_focus", counted)
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await _first_frame(pilot)
        assert focused == [session_screen(app).focused], focused
