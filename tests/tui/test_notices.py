"""Notices at 80x24: a newer one replaces an older one of the same severity (three
stacked toasts covered the Action items pane), start-up notices share one toast,
none covers the F1 help nor leaves a mark on it, and none covers a form being typed
into (in the grid they show at the bottom left, behind the tabs at the top right; a
full-screen form keeps those shown before it off until it closes)."""

from __future__ import annotations

import time
from functools import partial

import pytest
from textual.app import App
from textual.geometry import Region

from sessiontui.launch import Launch
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.carried_review import CarriedReviewScreen
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.screens.next_session import NextSessionScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.widgets.entry_form import EntryForm

from .conftest import LaunchFactory
from .helpers import (
    focused_id,
    screen_text,
    session_screen,
    settle,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
)

# Textual's toast draws its left edge with this half block (border-left: outer).
TOAST_EDGE = "▌"
REHEARSAL = (
    "Rehearsal: a sample session with an invented mentee. Try every key "
    "(F1 lists them); nothing is kept when you quit."
)


def _toast_count(app: object) -> int:
    """The toasts on the screen now (Textual's Toast widget, found by its name)."""
    return len(app.screen.query("Toast"))  # type: ignore[attr-defined]


def _focused_is(app: App[None], field: str) -> bool:
    return focused_id(app) == field


def _toast_regions(app: App[None]) -> list[Region]:
    return [toast.region for toast in app.screen.query("Toast")]


async def test_a_newer_notice_replaces_the_older_one(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f3")
        await wait_for_screen_text(pilot, "Segment extended by 1 min.")
        live = session_screen(app).live
        first = live.revision
        await pilot.press("f3", "f3")
        await wait_until(lambda: live.revision >= first + 2, "two more minutes given")
        await pilot.pause()
        shown = screen_text(app)
        assert shown.count("Segment extended by 1 min.") == 1, shown
        assert _toast_count(app) == 1


async def test_start_up_notices_share_one_toast_and_never_cover_the_help(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch(notices=["First notice.", "Second notice."]))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for_screen_text(pilot, "First notice.", "Second notice.")
        assert _toast_count(app) == 1
        await pilot.press("f1")
        await wait_for_screen(pilot, HelpScreen)
        await wait_until(lambda: "First notice." not in screen_text(app), "the notice hidden")
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        await wait_for_screen_text(pilot, "First notice.")


async def test_a_notice_shown_before_the_help_leaves_no_mark_on_it(
    make_launch: LaunchFactory,
) -> None:
    # The session's own toast stayed drawn beneath the help: its edge showed on the
    # help's bottom border. A notice given while the help is open waits for it to close.
    app = create_app(make_launch())
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f3")
        await wait_for_screen_text(pilot, "Segment extended by 1 min.")
        assert TOAST_EDGE in screen_text(app)
        await pilot.press("f1")
        await wait_for_screen(pilot, HelpScreen)
        await settle(app)
        await pilot.pause()
        assert TOAST_EDGE not in screen_text(app), screen_text(app)
        app.notify("Saved while reading.", severity="warning")
        await pilot.pause()
        await pilot.pause()
        assert TOAST_EDGE not in screen_text(app), screen_text(app)
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        await wait_for_screen_text(pilot, "Saved while reading.")


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30)])
async def test_a_notice_never_covers_the_form_being_typed_into(
    make_launch: LaunchFactory, size: tuple[int, int]
) -> None:
    # The rehearsal's notice (10 s) covered the bottom of the Action items pane, and
    # the Listening tab's park form at 60x20.
    app = create_app(make_launch(notices=[REHEARSAL]))
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_for_screen_text(pilot, "Rehearsal: a sample")
        for key, field in (("ctrl+o", "action-text"), ("ctrl+l", "park-input")):
            await pilot.press(key)
            await wait_until(partial(_focused_is, app, field), f"{field} focused")
            await settle(app)
            await pilot.pause()
            [toast] = _toast_regions(app)
            form = app.screen.query_one(f"#{field}").query_ancestor(EntryForm).region
            assert not toast.overlaps(form), (field, toast, form)
            # The status line stays whole above it.
            assert toast.y > 0


@pytest.mark.parametrize("size", [(60, 20), (100, 30)])
async def test_a_full_screen_form_keeps_the_notices_beneath_it_off_until_it_closes(
    ana_launch: Launch, size: tuple[int, int]
) -> None:
    # --demo at 60x20: F4 then n, and the rehearsal's notice covered the next-session
    # form's last lines ("Enter saves · Escape cancels").
    ana_launch.notices = [REHEARSAL]
    app = create_app(ana_launch)
    async with app.run_test(size=size, notifications=True) as pilot:
        await wait_for_screen_text(pilot, "Rehearsal: a sample")
        opened = time.monotonic()
        await pilot.press("f4")
        await wait_for_screen(pilot, CarriedReviewScreen)
        await pilot.press("n")
        await wait_for_screen(pilot, NextSessionScreen)
        await wait_for_screen_text(pilot, "Enter saves · Escape cancels")
        await settle(app)
        await pilot.pause()
        assert _toast_count(app) == 0
        assert TOAST_EDGE not in screen_text(app), screen_text(app)
        # The form's own notices do show over it.
        app.notify("About this form.")
        await wait_until(lambda: _toast_count(app) == 1, "the form's own notice")
        await pilot.press("escape")
        await wait_for_screen(pilot, CarriedReviewScreen)
        if time.monotonic() - opened < 8:  # its 10 s are not up: it comes back
            await wait_for_screen_text(pilot, "Rehearsal: a sample")
