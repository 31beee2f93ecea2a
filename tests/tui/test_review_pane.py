"""The carried-over review inside the session (issue 10.4): in the review segment the
Action items pane lists what earlier sessions left open above this session's own items,
each marked done, kept (with a new due date) or dropped with the registry's keys,
without opening another screen."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from babel import Locale
from textual import events
from textual.widgets import Input

from sessiontui.i18n import Translator
from sessiontui.launch import Launch
from sessiontui.model import Owner, ReviewOutcome, Visibility
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.screens.line_form import LineFormScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.widgets.carried_list import CarriedList

from .conftest import LaunchFactory
from .helpers import (
    focused_id,
    list_texts,
    screen_text,
    screenshot_text,
    session_screen,
    settle,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
)
from .relationship_data import SECOND, _live

PARKED = "Ask about the move"
PRIVATE_ITEM = "PRIVATE-CARRIED-MARKER"


def _third_item_session(launch: Launch) -> None:
    """A short session the day after the second: a parked thought left unreviewed and a
    private action item left open, stored for `launch`'s mentee."""
    archive, mentee_id = launch.archive, launch.mentee_id
    assert mentee_id is not None
    live = _live(archive, mentee_id, SECOND + timedelta(days=1), "en")
    live.park(PARKED, Visibility.SHARED)
    live.add_action_item(PRIVATE_ITEM, Owner.MENTOR, None, Visibility.PRIVATE)
    live.finish()
    archive.add(live.session)


@pytest.mark.parametrize("size", [(100, 30), (60, 20)], ids=["100x30", "60x20"])
async def test_a_key_right_behind_the_move_to_review_reaches_the_carried_items(
    ana_launch: Launch, size: tuple[int, int]
) -> None:
    # The carried items are built when the review segment first shows them: a key
    # arriving with the move (one read of the terminal) must find them ready.
    app = create_app(ana_launch)
    async with app.run_test(size=size) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        assert not app.screen.query(CarriedList)  # not built before the review
        for key in ("ctrl+n", "1"):
            event = events.Key(key, None)
            event.set_sender(app)
            app.post_message(event)
        await wait_until(lambda: live.relationship.carried[0].outcome is ReviewOutcome.DONE, "done")
        assert focused_id(app) == "carried-list"
        assert list_texts(app, "#carried-list")[0].startswith("[x] Draft the talk outline  → done")
        await pilot.pause()
        assert "From earlier sessions" in screen_text(app)


async def test_the_review_segment_lists_carried_items_in_the_action_items_pane(
    ana_launch: Launch,
) -> None:
    launch = ana_launch
    _third_item_session(launch)
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        # Before the review segment, the pane holds this session's items alone.
        assert "From earlier sessions" not in screen_text(app)
        await pilot.press("ctrl+n")
        await wait_until(lambda: focused_id(app) == "carried-list", "the carried items focused")
        text = screen_text(app)
        assert "From earlier sessions" in text
        assert "This session" in text
        outline, private, parked = list_texts(app, "#carried-list")
        # Origin and first due date; overdue flagged (kept once, due again a week ago).
        assert outline.startswith("[ ] Draft the talk outline  OVERDUE")
        assert "from Feb 28, 2025 · first due Mar 3, 2025 · due Mar 10, 2025" in outline
        assert parked.startswith(f"[ ] {PARKED}")
        assert "Parked · from Mar 8, 2025" in parked
        assert PRIVATE_ITEM in private
        assert "private" in private
        # The registry's keys, in the footer while the list has the focus (the footer
        # is rebuilt for the focused widget a frame after the focus moves).
        await wait_until(
            lambda: all(
                key in screen_text(app).splitlines()[-1] for key in ("1 Done", "2 Keep", "3 Drop")
            ),
            "the list's keys in the footer",
        )

        # Done moves on to the next item; u takes it back.
        await pilot.press("1")
        await wait_until(lambda: live.relationship.carried[0].outcome is ReviewOutcome.DONE, "done")
        assert list_texts(app, "#carried-list")[0].startswith("[x] Draft the talk outline  → done")
        carried = app.screen.query_one("#carried-list", CarriedList)
        await wait_until(lambda: carried.highlighted == 1, "the highlight on the next item")
        await pilot.press("up", "u")
        session_id = live.session.id
        await wait_until(
            lambda: live.relationship.carried[0].review_in(session_id) is None, "taken back"
        )
        # Keep asks for the new due date, then records it.
        await pilot.press("2")
        await wait_for_screen(pilot, LineFormScreen)
        await pilot.press(*"+2w", "enter")
        await wait_for_screen(pilot, SessionScreen)
        await wait_until(
            lambda: "→ kept, new due Mar 28, 2025" in list_texts(app, "#carried-list")[0], "kept"
        )
        review = live.relationship.carried[0].review_in(live.session.id)
        assert review is not None
        assert (review.outcome, review.new_due) == (ReviewOutcome.KEPT, date(2025, 3, 28))
        # Drop the parked thought (the last item: actions come first).
        await pilot.press("down", "down", "3")
        await wait_until(
            lambda: live.relationship.carried[2].outcome is ReviewOutcome.DROPPED, "dropped"
        )
        # Every review is in the draft at once (nothing waits for the F4 screen).
        await settle(app)
        draft = launch.drafts.load().session
        assert draft is not None
        outcomes = [item.outcome for item in draft.relationship.carried]
        assert outcomes == [ReviewOutcome.KEPT, None, ReviewOutcome.DROPPED]


async def test_the_carried_items_dates_are_written_when_the_review_segment_shows_them(
    ana_launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A date in the UI's language loads Babel's locale data (5 MiB: issue 13's peak
    memory), which a session's start does not need before its review segment."""
    launch = ana_launch
    _third_item_session(launch)
    locales: list[str] = []

    def locale(translator: Translator) -> Locale:
        locales.append(translator.language)
        return Locale.parse(translator.language)

    monkeypatch.setattr(Translator, "locale", property(locale))
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await settle(app)
        assert locales == []
        await pilot.press("ctrl+n")
        await wait_until(lambda: focused_id(app) == "carried-list", "the carried items focused")
        assert "from Feb 28, 2025" in list_texts(app, "#carried-list")[0]
        assert locales


async def test_share_mode_hides_private_carried_items_in_the_pane(
    ana_launch: Launch,
) -> None:
    launch = ana_launch
    _third_item_session(launch)
    app = create_app(launch)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("ctrl+n")
        await wait_until(lambda: focused_id(app) == "carried-list", "the carried items focused")
        await wait_for_screen_text(pilot, PRIVATE_ITEM)
        await pilot.press("f12")
        await wait_until(lambda: PRIVATE_ITEM not in screenshot_text(app), "private hidden")
        assert "Draft the talk outline" in screenshot_text(app)
        assert len(list_texts(app, "#carried-list")) == 2


async def test_without_carried_items_the_review_segment_opens_the_action_form(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch(mentee="Bea"))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("ctrl+n")
        await wait_until(lambda: focused_id(app) == "action-text", "the action form focused")
        assert isinstance(app.focused, Input)
        await wait_for_screen_text(pilot, "From earlier sessions", "Nothing carried over")


async def test_the_help_lists_the_carried_items_keys(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(mentee="Bea"))
    async with app.run_test(size=(100, 60)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f1")
        await wait_for_screen(pilot, HelpScreen)
        await pilot.press(*"Mark done")
        await wait_for_screen_text(pilot, "1  Mark done: The highlighted item is done")
