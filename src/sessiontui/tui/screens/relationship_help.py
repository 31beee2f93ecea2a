"""F1 on the relationship's screens: their keys, and where the data lives."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from textual.screen import Screen

from sessiontui.launch import Launch
from sessiontui.tui.actions import Scope
from sessiontui.tui.screens.help import HelpScreen


@runtime_checkable
class _Launched(Protocol):
    """The sessiontui app: it knows the launch, and so the data folder."""

    launch: Launch


def show_help(screen: Screen[Any], scope: Scope) -> None:
    """Open the F1 help for `scope` over `screen`."""
    app = screen.app
    if isinstance(app, _Launched):
        app.push_screen(HelpScreen(scope, app.launch.data_dir.path))
