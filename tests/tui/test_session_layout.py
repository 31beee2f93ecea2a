"""Layouts by terminal size: 2x2 grid, one column with tabs, and "enlarge the
terminal" below 60x20 with every bit of state kept."""

from __future__ import annotations

import re

import pytest
from textual.pilot import Pilot
from textual.widgets import Tab, Tabs

from sessiontui.tui.app import create_app

from .conftest import LaunchFactory, ManualClock
from .helpers import (
    countdown_words,
    focused_id,
    list_texts,
    screen_text,
    session_screen,
    wait_until,
)


async def test_too_small_shows_the_message_and_keeps_everything(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = session_screen(app)
        await pilot.press("ctrl+o", *"Keep me", "enter")
        clock.advance(100)

        await pilot.resize_terminal(50, 15)
        await pilot.pause()
        assert screen.has_class("-tiny-width")
        assert screen.query_one("#too-small").display
        assert not screen.query_one("#main").display
        text = screen_text(app)
        assert "Enlarge the terminal to at least 60x20." in text
        assert "Keep me" not in text

        clock.advance(20)  # the session keeps running behind the message
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        screen.refresh_clock()
        assert not screen.query_one("#too-small").display
        assert list_texts(app, "#actions-list") == ["[ ] Keep me · Mentee  shared"]
        assert countdown_words(app) == "1/7 · 03:00 left · On time"
        assert "Keep me" in screen_text(app)


async def test_too_short_alone_also_shows_the_message(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 19)):
        screen = session_screen(app)
        assert screen.query_one("#too-small").display
        assert not screen.query_one("#main").display


async def test_grid_at_80_columns_shows_all_four_panes(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(80, 24)):
        text = screen_text(app)
        for title in ("Agenda", "Listening", "Feedback", "Action items"):
            # A framed title: a light border, or a heavy one (focused or brought forward).
            assert re.search(rf"[─━] {title} [─━]", text), text
        assert not session_screen(app).query("#pane-tabs")  # a wide screen has no tabs


async def test_narrow_layout_puts_three_panes_behind_tabs(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(70, 24)) as pilot:
        screen = session_screen(app)
        assert screen.query_one("#pane-tabs").display
        shown = [pane.id for pane in screen.query(".pane.-tabbed") if pane.display]
        assert shown == ["listening-pane"]
        # Only the current segment stays on the compact agenda.
        rows = [row.id for row in screen.query(".agenda-row") if row.display]
        assert rows == ["agenda-row-0"]

        await pilot.press("ctrl+r")
        await pilot.pause()
        shown = [pane.id for pane in screen.query(".pane.-tabbed") if pane.display]
        assert shown == ["feedback-pane"]
        await _feedback_typed_then_actions_tab(pilot, "Narrow but fine")


async def _feedback_typed_then_actions_tab(pilot: Pilot[None], text: str) -> None:
    """From the open feedback form: `text` saved as feedback, then the Action items tab
    clicked, and that pane the one shown."""
    app = pilot.app
    screen = session_screen(app)
    assert focused_id(app) == "feedback-situation"
    await pilot.press(*text, "ctrl+f", "enter")
    await pilot.pause()
    assert screen.live.session.feedback[0].situation == text
    await pilot.click("#tab-actions")
    await pilot.pause()
    shown = [pane.id for pane in screen.query(".pane.-tabbed") if pane.display]
    assert shown == ["actions-pane"]


@pytest.mark.parametrize("start", [(100, 30), (60, 20)], ids=["wide-start", "narrow-start"])
async def test_tabs_built_when_the_screen_first_narrows_show_where_the_session_is(
    make_launch: LaunchFactory, start: tuple[int, int]
) -> None:
    # A wide screen never shows the tabs, so a wide start builds none: they are
    # built when it first narrows, on the pane shown, the segment's tab marked.
    app = create_app(make_launch())
    async with app.run_test(size=start) as pilot:
        screen = session_screen(app)
        assert bool(screen.query("#pane-tabs")) == (start == (60, 20))
        await pilot.press("ctrl+r")  # the feedback form, in the check-in (Listening's)
        await pilot.pause()
        await pilot.resize_terminal(60, 20)
        # Shown, with a tab active: built tabs are mounted a moment later (a key or a
        # focus move meanwhile raised "No Tab with id 'tab-feedback'").
        await wait_until(
            lambda: (
                bool(screen.query("#pane-tabs"))
                and screen.query_one("#pane-tabs").display
                and screen.query_one("#pane-tabs", Tabs).active_tab is not None
            ),
            "the tabs of the narrow layout",
        )
        tabs = screen.query_one("#pane-tabs", Tabs)
        assert tabs.active == "tab-feedback"
        assert [tab.id for tab in tabs.query(Tab) if tab.has_class("-forward")] == ["tab-listening"]
        shown = [pane.id for pane in screen.query(".pane.-tabbed") if pane.display]
        assert shown == ["feedback-pane"]
        # The keys go on where they were: into the form, then to the tabs.
        await _feedback_typed_then_actions_tab(pilot, "Seen narrow")
        assert tabs.active == "tab-actions"


async def test_spanish_pane_titles(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(language="es"))
    async with app.run_test(size=(100, 30)):
        screen = session_screen(app)
        titles = [
            screen.query_one(f"#{name}-pane").border_title
            for name in ("agenda", "listening", "feedback", "actions")
        ]
        assert titles == ["Agenda", "Escucha activa", "Retroalimentación", "Plan de acción"]


@pytest.mark.parametrize(
    ("size", "dropped"),
    [
        ((120, 40), ()),
        ((100, 30), ("Regular mentoring session",)),
        ((80, 24), ("Regular mentoring session",)),
        ((60, 20), ("Regular mentoring session", "planned ", "ends ")),
    ],
)
async def test_status_line_gives_way_but_keeps_time_drift_and_paused(
    make_launch: LaunchFactory,
    clock: ManualClock,
    size: tuple[int, int],
    dropped: tuple[str, ...],
) -> None:
    app = create_app(make_launch(mentee="Anastasia"))
    async with app.run_test(size=size) as pilot:
        screen = session_screen(app)
        clock.advance(420)  # two minutes over the five-minute check-in
        await pilot.press("ctrl+t")
        await pilot.pause()
        screen.refresh_clock()
        await pilot.pause()
        top = screen_text(app).splitlines()[0]
        assert "07:00 / 60:00" in top
        assert "2 min behind" in top
        assert "PAUSED" in top
        assert "…" not in top
        assert "Anastasia" in top
        for part in dropped:
            assert part not in top
        if not dropped:
            assert "Regular mentoring session" in top
            assert "ends 11:02" in top
            assert "planned 11:00" in top
