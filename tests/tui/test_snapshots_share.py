"""Snapshots of share mode (both languages, 100x30 and 60x20) and of each theme.

The session is filled as in test_snapshots.py (its note and parked thought
are private), then F12 starts sharing: the picture shows what the call sees.
Ids read `share-<width>x<height>-<language>` and `theme-<name>-<width>x<height>-en`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from sessiontui.i18n import available_languages
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.themes import THEME_NAMES

from .conftest import LaunchFactory, ManualClock
from .test_snapshots import Scene, Shot

SnapCompare = Callable[..., bool]


def still(pilot: Pilot[None]) -> None:
    """No blinking cursor: the picture is the same however long it takes to be taken."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


SHARE_SHOTS = [
    Shot("share", size, language)
    for size in ((100, 30), (60, 20))
    for language in available_languages()
]


@pytest.mark.parametrize("shot", SHARE_SHOTS, ids=lambda shot: shot.id)
def test_share_mode_snapshot(
    snap_compare: SnapCompare,
    make_launch: LaunchFactory,
    library: ScriptLibrary,
    clock: ManualClock,
    shot: Shot,
) -> None:
    scene = Scene(make_launch, library, clock)
    app = scene._app(shot.language)
    fill = scene._filled(shot.language)

    async def run_before(pilot: Pilot[None]) -> None:
        await fill(pilot)
        await pilot.press("f12")
        still(pilot)
        await pilot.pause()

    assert snap_compare(app, terminal_size=shot.size, run_before=run_before)


@pytest.mark.parametrize("theme", THEME_NAMES, ids=lambda name: f"theme-{name}-80x24-en")
def test_theme_snapshot(
    snap_compare: SnapCompare,
    make_launch: LaunchFactory,
    library: ScriptLibrary,
    clock: ManualClock,
    theme: str,
) -> None:
    scene = Scene(make_launch, library, clock)
    app = scene._app("en", theme=theme)
    fill = scene._filled("en")

    async def run_before(pilot: Pilot[None]) -> None:
        await fill(pilot)
        still(pilot)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
