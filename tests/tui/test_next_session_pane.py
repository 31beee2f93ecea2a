"""The next session at wrap-up, inside the Listening pane (issue 10.5): the date and time
proposed from the agreed rhythm and what to prepare, set in a form on demand, into the
summary as before."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from textual.widgets import Input

from sessiontui.launch import Launch
from sessiontui.summary import render_summary
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.session import SessionScreen

from .helpers import (
    focused_id,
    list_texts,
    run_from_palette,
    screen_text,
    session_screen,
    static_text,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
)

ZONE = timezone(timedelta(hours=1))


async def test_wrap_up_shows_the_proposed_next_session_and_sets_it_in_the_pane(
    ana_launch: Launch,
) -> None:
    launch = ana_launch  # weekly, 45 minutes
    app = create_app(launch)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        assert "Next session" not in screen_text(app)  # a wrap-up matter
        # The regular script's last segment is the wrap-up: it offers the next session.
        await pilot.press(*["ctrl+n"] * 6)
        await wait_for_screen_text(pilot, "The next session, proposed from the agreement")
        # The line has the focus: Enter opens its form.
        await wait_until(lambda: focused_id(app) == "next-session-line", "the line focused")
        [proposed] = list_texts(app, "#next-session-line")
        assert proposed.replace("\u202f", " ") == "Proposed: Mar 21, 2025, 10:00 AM (not set yet)"
        assert "Next session" in screen_text(app)
        await pilot.press("enter")
        await wait_until(lambda: focused_id(app) == "next-date", "the form focused")
        values = [app.screen.query_one(f"#{f}", Input).value for f in ("next-date", "next-time")]
        assert values == ["2025-03-21", "10:00"]
        assert app.screen.query_one("#next-minutes", Input).value == "45"
        await pilot.press("tab", "ctrl+a", "ctrl+k", *"17:30", "tab", "tab", *"Bring the outline")
        await pilot.press("enter")
        await wait_until(lambda: live.session.relationship.next_session is not None, "set")
        following = live.session.relationship.next_session
        assert following is not None
        assert following.starts_at == datetime(2025, 3, 21, 17, 30, tzinfo=ZONE)
        assert (following.minutes, following.prepare) == (45, "Bring the outline")
        await wait_until(lambda: focused_id(app) == "parking-list", "back to the parked thoughts")
        assert not app.screen.query_one("#next-session-form").display
        [shown] = list_texts(app, "#next-session-line")
        assert shown.replace("\u202f", " ") == (
            "Mar 21, 2025, 5:30 PM · 45 min\nTo prepare: Bring the outline"
        )
        summary = render_summary(live.session).text()
        assert "Bring the outline" in summary
        assert "Our next session" in summary


async def test_escape_keeps_what_was_typed_and_a_bad_time_is_said(
    ana_launch: Launch,
) -> None:
    launch = ana_launch
    app = create_app(launch)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        # From any segment: the palette opens the form in the Listening pane (a tab at 60x20).
        await run_from_palette(pilot, "Next session")
        await wait_until(lambda: focused_id(app) == "next-date", "the form focused")
        await pilot.press("tab", "ctrl+a", "ctrl+k", *"25:99", "enter")
        await wait_until(
            lambda: static_text(app, "#next-error") == "Not a time: use HH:MM.", "the reason"
        )
        assert focused_id(app) == "next-time"
        await pilot.press("escape")
        await wait_until(lambda: not app.screen.query_one("#next-session-form").display, "closed")
        assert live.session.relationship.next_session is None
        # Opened again, what was typed is still there, to finish.
        await run_from_palette(pilot, "Next session")
        await wait_until(lambda: focused_id(app) == "next-date", "the form focused again")
        assert app.screen.query_one("#next-time", Input).value == "25:99"
