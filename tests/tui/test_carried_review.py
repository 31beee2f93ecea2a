"""The review of carried-over items (issue 10.4) and the next session (10.5):
earlier open items listed with origin and first due date, overdue flagged;
done, keep (new date) and drop with one key each; the next session proposed
from the agreed rhythm, editable, with what to prepare."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from textual.widgets import Input

from sessiontui.launch import Launch
from sessiontui.model import ReviewOutcome
from sessiontui.summary import render_summary
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.carried_review import CarriedReviewScreen
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.line_form import LineFormScreen
from sessiontui.tui.screens.next_session import NextSessionScreen
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import (
    focused_id,
    footer_keys,
    footer_laid_out,
    list_texts,
    run_from_palette,
    screen_text,
    session_screen,
    static_text,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
    whole_footer_keys,
)


async def test_open_items_of_earlier_sessions_are_reviewed_one_key_each(
    ana_launch: Launch,
) -> None:
    launch = ana_launch
    app = create_app(launch)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        # The review segment is the regular script's second: it offers the review.
        await pilot.press("ctrl+n")
        await wait_for_screen_text(pilot, "1 item carried over, above this")
        await pilot.press("f4")
        await wait_for_screen(pilot, CarriedReviewScreen)
        text = await wait_for_screen_text(pilot, "1 item left to review")
        # Kept once two weeks ago, due again a week ago: overdue, with its history.
        [row] = list_texts(app, "#review-items")
        assert row.startswith("[ ] Draft the talk outline  OVERDUE")
        assert "Mentee · from Feb 28, 2025 · first due Mar 3, 2025 · due Mar 10, 2025" in row
        assert "Introduce Ana to Maria" not in text  # done last week
        await pilot.press("2")
        await wait_for_screen(pilot, LineFormScreen)
        await pilot.press(*"+1w", "enter")
        await wait_for_screen_text(pilot, "→ kept, new due Mar 21, 2025", "0 items left")
        [item] = live.relationship.carried
        review = item.review_in(live.session.id)
        assert review is not None
        assert (review.outcome, review.new_due) == (ReviewOutcome.KEPT, date(2025, 3, 21))
        # Changing one's mind: undo, then done.
        await pilot.press("u")
        await wait_for_screen_text(pilot, "1 item left to review")
        await pilot.press("1")
        await wait_for_screen_text(pilot, "→ done")
        assert item.id == live.relationship.carried[0].id
        assert live.relationship.carried[0].outcome is ReviewOutcome.DONE
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        summary = render_summary(live.session).text()
        assert "Draft the talk outline" in summary
        assert "Introduce Ana to Maria" not in summary


async def test_dropping_and_the_empty_list(make_launch: LaunchFactory, ana_launch: Launch) -> None:
    launch = ana_launch
    app = create_app(launch)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        await pilot.press("f4")
        await wait_for_screen(pilot, CarriedReviewScreen)
        await pilot.press("3")
        await wait_for_screen_text(pilot, "→ dropped")
        assert live.relationship.carried[0].outcome is ReviewOutcome.DROPPED
    app = create_app(make_launch(mentee="Bea"))
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f4")
        await wait_for_screen_text(pilot, "Nothing carried over")


async def test_the_next_session_is_proposed_from_the_agreement_and_editable(
    ana_launch: Launch,
) -> None:
    launch = ana_launch  # weekly, 45 minutes
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        # The follow-up (F4) holds the next session too: n sets it.
        await pilot.press("f4")
        await wait_for_screen(pilot, CarriedReviewScreen)
        assert "Next session: not set yet (n sets it)" in screen_text(app)
        await pilot.press("n")
        await wait_for_screen(pilot, NextSessionScreen)
        form = app.screen
        assert form.query_one("#next-date", Input).value == "2025-03-21"
        assert form.query_one("#next-time", Input).value == "10:00"
        assert form.query_one("#next-minutes", Input).value == "45"
        # One Save in the footer (every full-screen form's Ctrl+S); Enter saves too,
        # from any field, as in the Listening pane's form.
        await wait_until(lambda: footer_laid_out(app), "the form's footer")
        assert whole_footer_keys(app)[:3] == ["^s Save", "f1 Help", "esc Cancel"]
        assert [key.description for key in footer_keys(app)].count("Save") == 1
        assert "Enter saves · Escape cancels" in screen_text(app)
        await pilot.press("tab", "tab", "tab", *"Bring the outline", "shift+tab", "shift+tab")
        assert focused_id(app) == "next-time"
        await pilot.press("ctrl+a", "ctrl+k", *"17:30", "enter")
        await wait_for_screen(pilot, CarriedReviewScreen)
        await wait_for_screen_text(pilot, "Next session: Mar 21, 2025, 5:30")
        following = live.session.relationship.next_session
        assert following is not None
        zone = timezone(timedelta(hours=1))
        assert following.starts_at == datetime(2025, 3, 21, 17, 30, tzinfo=zone)
        assert (following.minutes, following.prepare) == (45, "Bring the outline")
        # An unreadable field keeps the form open, with the focus and the reason there.
        await pilot.press("n")
        await wait_for_screen(pilot, NextSessionScreen)
        await pilot.press("ctrl+a", "ctrl+k", *"soon", "tab", "enter")
        await wait_until(lambda: focused_id(app) == "next-date", "the date focused again")
        assert static_text(app, "#next-error") == "Not a date: use YYYY-MM-DD or +2w."
        await pilot.press("escape")
        await wait_for_screen(pilot, ConfirmScreen)
        await pilot.press("left", "enter")  # Throw away
        await wait_for_screen(pilot, CarriedReviewScreen)
        assert live.session.relationship.next_session == following
        summary = render_summary(live.session).text()
        assert "Bring the outline" in summary
        # Opened again (from the palette this time: the form in the Listening pane), it
        # shows what was set.
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        await run_from_palette(pilot, "Next session")
        await wait_until(lambda: focused_id(app) == "next-date", "the pane's form focused")
        assert app.screen.query_one("#next-time", Input).value == "17:30"
        await pilot.press("ctrl+a", "ctrl+k", *"21/03", "enter")
        await wait_until(
            lambda: static_text(app, "#next-error") == "Not a date: use YYYY-MM-DD or +2w.",
            "the reason under the form",
        )
        assert live.session.relationship.next_session == following
