"""Entering feedback, action items, parked thoughts and notes through the real widgets."""

from __future__ import annotations

from datetime import date

from textual import events

from sessiontui.model import FeedbackDirection, Owner, Visibility
from sessiontui.tui.app import create_app

from .conftest import LaunchFactory
from .helpers import (
    focused_id,
    list_texts,
    paste_into,
    screen_text,
    session_screen,
    static_text,
    type_into,
    wait_until,
)


async def test_feedback_shared_and_private_are_added_from_the_form(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert focused_id(app) == "feedback-situation"
        await pilot.press(*"In the demo")
        await pilot.press("tab", *"You paused for questions", "tab", *"Everyone followed")
        await pilot.press("enter")
        await pilot.pause()

        # A private one, about the session, in free text: pick both selects by keyboard.
        await pilot.click("#feedback-direction")
        await pilot.press("down", "down", "enter")
        await pilot.click("#feedback-visibility")
        await pilot.press("down", "enter")
        await type_into(pilot, "#feedback-text", "We ran late")
        await pilot.click("#feedback-add")
        await pilot.pause()

        first, second = live.session.feedback
        assert (first.situation, first.behaviour, first.impact) == (
            "In the demo",
            "You paused for questions",
            "Everyone followed",
        )
        assert first.visibility is Visibility.SHARED
        assert first.direction is FeedbackDirection.MENTOR_TO_MENTEE
        assert second.text == "We ran late"
        assert second.direction is FeedbackDirection.ABOUT_SESSION
        assert second.visibility is Visibility.PRIVATE
        rows = list_texts(app, "#feedback-list")
        assert rows[0].startswith("Mentor → mentee: S: In the demo")
        assert "[private]" not in rows[0]
        assert rows[1] == "About the session: We ran late [private]"


async def test_empty_feedback_is_refused_with_a_visible_reason(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await type_into(pilot, "#feedback-situation", "   ")
        await pilot.press("enter")
        await pilot.pause()
        assert live.session.feedback == []
        assert "Not added: write a situation" in screen_text(app)
        # Writing something clears the reason.
        await pilot.press(*"ok")
        await pilot.press("enter")
        await pilot.pause()
        assert len(live.session.feedback) == 1
        assert "Not added" not in screen_text(app)


async def test_action_item_with_owner_relative_due_date_and_done_toggle(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert focused_id(app) == "action-text"
        await pilot.press(*"Draft the proposal")
        await pilot.click("#action-owner")
        await pilot.press("up", "enter")
        await type_into(pilot, "#action-due", "+1w")
        await pilot.press("enter")
        await pilot.pause()

        (item,) = live.session.action_items
        assert item.text == "Draft the proposal"
        assert item.owner is Owner.MENTOR
        assert item.due == date(2025, 3, 21)  # the fixed wall clock's day + 7
        assert list_texts(app, "#actions-list") == [
            "[ ] Draft the proposal (Mentor, due Mar 21, 2025)"
        ]

        await pilot.click("#actions-list")
        await pilot.press("space")
        await pilot.pause()
        assert item.done is True
        assert list_texts(app, "#actions-list")[0].startswith("[x] Draft the proposal")

        await pilot.press("delete")
        await pilot.pause()
        assert live.session.action_items == []


async def test_empty_action_item_and_bad_due_date_are_refused(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+o")
        await pilot.press("enter")
        await pilot.pause()
        assert live.session.action_items == []
        assert "Not added: write what needs doing." in screen_text(app)

        await type_into(pilot, "#action-text", "Read the book")
        await type_into(pilot, "#action-due", "next friday")
        await pilot.press("enter")
        await pilot.pause()
        assert live.session.action_items == []
        assert "Not a due date: 'next friday'" in screen_text(app)
        assert focused_id(app) == "action-due"

        await pilot.press(*(["backspace"] * len("next friday")), *"2025-04-01", "enter")
        await pilot.pause()
        (item,) = live.session.action_items
        assert item.due == date(2025, 4, 1)
        assert "Not a due date" not in screen_text(app)
        assert "Not added" not in screen_text(app)


async def test_markup_in_user_text_is_shown_exactly_as_typed(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+g")
        await pilot.press(*"[bold]x[/]", "enter")
        await type_into(pilot, "#action-text", "[red]urgent[/red]")
        await pilot.press("enter")
        await pilot.pause()
        assert live.session.notes[0].text == "[bold]x[/]"
        assert list_texts(app, "#notes-list") == ["[bold]x[/] [private]"]
        text = screen_text(app)
        assert "[bold]x[/] [private]" in text
        assert "[ ] [red]urgent[/red] (Mentee)" in text


async def test_non_ascii_text_round_trips_to_the_model(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(mentee="Íñigo"))
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await type_into(pilot, "#park-input", "Qué pasó con la migración 🚀")
        await pilot.press("enter")
        # Pilot cannot type "¿" as a key; a terminal paste delivers it like this.
        await paste_into(pilot, "#feedback-text", "¿Buen análisis, señor ñandú?")
        await pilot.press("enter")
        await pilot.pause()
        assert live.session.parking_lot[0].text == "Qué pasó con la migración 🚀"
        assert live.session.feedback[0].text == "¿Buen análisis, señor ñandú?"
        assert live.session.mentee == "Íñigo"
        assert static_text(app, "#status-text").startswith("Íñigo · ")
        assert list_texts(app, "#parking-list") == ["[ ] Qué pasó con la migración 🚀"]
        assert "¿Buen análisis, señor ñandú?" in list_texts(app, "#feedback-list")[0]


async def test_keys_typed_right_after_a_shortcut_land_in_its_field(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)):
        live = session_screen(app).live
        # A burst, as a fast typist or a terminal multiplexer delivers it: every
        # key queued before the app handles the first.
        for key in ["ctrl+o", *"Ship it", "enter"]:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        # The Enter was handled once the text landed somewhere (the right list or not).
        await wait_until(
            lambda: bool(live.session.action_items or live.session.parking_lot),
            "the burst's Enter handled",
        )
        assert [item.text for item in live.session.action_items] == ["Ship it"]
        assert live.session.parking_lot == []
