"""Entering feedback, action items, goals, parked thoughts and notes through the keys:
a form opens with its key, Enter saves and closes it, every list says shared or private,
and each new entry starts from its kind's default visibility."""

from __future__ import annotations

from datetime import date

import pytest

from sessiontui.entries import EntryKind, default_visibility, entries_of
from sessiontui.model import FeedbackDirection, Owner, Visibility
from sessiontui.tui.app import create_app
from sessiontui.tui.widgets.entry_form import EntryForm

from .conftest import LaunchFactory
from .helpers import (
    focused_id,
    list_texts,
    paste,
    screen_text,
    session_screen,
    shown_in,
    wait_until,
)

# Each form's key, its first field, where its entries are listed, and a kind.
FORMS = {
    "ctrl+l": ("park-input", "#parking-list", EntryKind.PARKED),
    "ctrl+g": ("note-input", "#notes-list", EntryKind.NOTE),
    "ctrl+r": ("feedback-situation", "#feedback-list", EntryKind.FEEDBACK),
    "ctrl+o": ("action-text", "#actions-list", EntryKind.ACTION),
    "ctrl+y": ("goal-text", "#goals-list", EntryKind.GOAL),
}


def open_forms(app: object) -> list[str]:
    screen = session_screen(app)  # type: ignore[arg-type]
    return [form.id or "" for form in screen.query(EntryForm) if form.display]


async def test_no_form_is_on_screen_until_opened(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)):
        # The check-in brings the Listening pane forward without a form: nothing to type in.
        assert open_forms(app) == []
        assert list(session_screen(app).query(EntryForm)) == []  # not even mounted
        text = screen_text(app)
        for placeholder in ("Next step", "A thought for later", "Situation:", "A goal for"):
            assert placeholder not in text


@pytest.mark.parametrize("key", list(FORMS))
async def test_each_key_opens_its_form_and_escape_closes_it(
    make_launch: LaunchFactory, key: str
) -> None:
    first, entries, _kind = FORMS[key]
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(key)
        assert focused_id(app) == first
        assert len(open_forms(app)) == 1
        await pilot.press(*"half a thought", "escape")
        await pilot.pause()
        assert open_forms(app) == []
        # Closing keeps what was typed, for the next time the form opens.
        await pilot.press(key)
        assert session_screen(app).query_one(f"#{first}").value == "half a thought"  # type: ignore[attr-defined]
        assert list_texts(app, entries)[0].startswith("N")  # still the empty text


async def test_feedback_asks_shared_or_private_and_each_entry_starts_asking_again(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+r", *"In the demo", "tab", *"You paused", "enter")
        await pilot.pause()
        # Mentor -> mentee feedback has no default: the form asks before saving.
        assert live.session.feedback == []
        assert "Choose shared or private first: Ctrl+F." in screen_text(app)
        await pilot.press("ctrl+f", "ctrl+f", "enter")  # shared, then private
        await wait_until(lambda: len(live.session.feedback) == 1, "the feedback saved")
        assert live.session.feedback[0].visibility is Visibility.PRIVATE
        assert open_forms(app) == []
        # The next entry asks again: the private choice did not stick.
        await pilot.press("ctrl+r", "tab", "tab", "tab", *"Clear plan", "enter")
        await pilot.pause()
        assert len(live.session.feedback) == 1
        await pilot.press("ctrl+f", "enter")
        await wait_until(lambda: len(live.session.feedback) == 2, "the second feedback saved")
        first, second = live.session.feedback
        assert (first.situation, first.behaviour) == ("In the demo", "You paused")
        assert (second.text, second.visibility) == ("Clear plan", Visibility.SHARED)
        assert list_texts(app, "#feedback-list") == [
            "Mentor → mentee: S: In the demo · B: You paused  private",
            "Mentor → mentee: Clear plan  shared",
        ]


async def test_feedback_to_the_mentor_starts_private(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+r")
        await pilot.click("#feedback-direction")
        await pilot.press("down", "enter")
        await wait_until(
            lambda: "Shared or private" not in screen_text(app), "the switch on the default"
        )
        await pilot.click("#feedback-text")
        await pilot.press(*"You listen well", "enter")
        await wait_until(lambda: bool(live.session.feedback), "the feedback saved")
        (entry,) = live.session.feedback
        assert entry.direction is FeedbackDirection.MENTEE_TO_MENTOR
        assert entry.visibility is Visibility.PRIVATE


async def test_empty_feedback_is_refused_with_a_visible_reason(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+r", *"   ", "ctrl+f", "enter")
        await pilot.pause()
        assert live.session.feedback == []
        reason = "Write a situation, behaviour, impact or your own words."
        assert shown_in(app, "#feedback-form-text-error") == reason
        await pilot.press(*"ok", "enter")
        await wait_until(lambda: len(live.session.feedback) == 1, "the feedback saved")
        assert "Write a situation" not in screen_text(app)


async def test_action_item_with_owner_relative_due_date_tick_and_delete(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+o", *"Draft the proposal", "tab")
        assert focused_id(app) == "action-owner"
        await pilot.press("enter", "up", "enter", "tab", *"+1w", "enter")
        await wait_until(lambda: bool(live.session.action_items), "the item saved")
        (item,) = live.session.action_items
        assert (item.text, item.owner, item.visibility) == (
            "Draft the proposal",
            Owner.MENTOR,
            Visibility.SHARED,
        )
        assert item.due == date(2025, 3, 21)  # the fixed wall clock's day + 7
        assert list_texts(app, "#actions-list") == [
            "[ ] Draft the proposal · Mentor · due Fri 21 Mar  shared"
        ]
        # The saved entry is highlighted in its list, which has the focus.
        assert focused_id(app) == "actions-list"
        await pilot.press("space")
        await pilot.pause()
        assert item.done is True
        assert list_texts(app, "#actions-list")[0].startswith("[x] Draft the proposal")


async def test_empty_action_item_and_bad_due_date_are_refused(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+o", "enter")
        await pilot.pause()
        assert live.session.action_items == []
        assert shown_in(app, "#action-form-text-error") == "Write what needs doing."

        await pilot.press(*"Read the book", "tab", "tab", *"next friday", "enter")
        await pilot.pause()
        assert live.session.action_items == []
        # Said in full, wrapped between words (never cut mid-word).
        reason = "Not a due date: 'next friday'. Use YYYY-MM-DD, +3d or +2w."
        assert shown_in(app, "#action-form-due-error") == reason
        assert focused_id(app) == "action-due"

        await pilot.press(*(["backspace"] * len("next friday")), *"2025-04-01", "enter")
        await wait_until(lambda: bool(live.session.action_items), "the item saved")
        assert live.session.action_items[0].due == date(2025, 4, 1)
        assert "Not a due date" not in screen_text(app)


async def test_a_due_date_in_the_past_is_questioned_once(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+o", *"Send the CV", "tab", "tab", *"2025-03-10", "enter")
        await pilot.pause()
        assert live.session.action_items == []
        assert shown_in(app, "#action-form-due-error") == (
            "Mon 10 Mar has passed. Enter again to keep it, or change it."
        )
        await pilot.press("enter")
        await wait_until(lambda: bool(live.session.action_items), "the item kept")
        assert live.session.action_items[0].due == date(2025, 3, 10)
        assert list_texts(app, "#actions-list") == [
            "[ ] Send the CV · Mentee · due Mon 10 Mar  overdue  shared"
        ]


@pytest.mark.parametrize("key", list(FORMS))
async def test_visibility_goes_back_to_the_kinds_default_after_each_entry(
    make_launch: LaunchFactory, key: str
) -> None:
    """Private once must not stick: the next real action item would leave the email."""
    _first, entries, kind = FORMS[key]
    default = default_visibility(kind) or Visibility.SHARED
    flipped = Visibility.PRIVATE if default is Visibility.SHARED else Visibility.SHARED
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        ask = default_visibility(kind) is None
        # One flip away from the default (two when the form asks: shared, then private).
        flips = ["ctrl+f", "ctrl+f"] if ask else ["ctrl+f"]
        if ask:
            flipped = Visibility.PRIVATE
        await pilot.press(key, *"first", *flips, "enter")
        await wait_until(lambda: len(list_texts(app, entries)) == 1, "the first entry")
        await pilot.press(key, *"second", *(["ctrl+f"] if ask else []), "enter")
        await wait_until(lambda: len(list_texts(app, entries)) == 2, "the second entry")
        listed = entries_of(live.session, kind)
        assert [entry.visibility for entry in listed] == [flipped, default]
        # Both states are marked in the list: a quiet "shared", a distinct "private".
        marks = [row.rsplit("  ", 1)[1] for row in list_texts(app, entries)]
        assert marks == [flipped.value, default.value]


async def test_markup_in_user_text_is_shown_exactly_as_typed(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+g", *"[bold]x[/]", "enter")
        await pilot.press("ctrl+o", *"[red]urgent[/red]", "enter")
        await wait_until(lambda: bool(live.session.action_items), "the item saved")
        assert live.session.notes[0].text == "[bold]x[/]"
        assert list_texts(app, "#notes-list") == ["[bold]x[/]  private"]
        text = screen_text(app)
        assert "[bold]x[/]  private" in text
        assert "[ ] [red]urgent[/red] · Mentee  shared" in text


async def test_non_ascii_text_round_trips_to_the_model(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(mentee="Íñigo"))
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+l")
        await paste(pilot, "Qué pasó con la migración 🚀")
        await pilot.press("enter", "ctrl+r", "tab", "tab", "tab")
        # Pilot cannot type "¿" as a key; a terminal paste delivers it like this.
        await paste(pilot, "¿Buen análisis, señor ñandú?")
        await pilot.press("ctrl+f", "enter")
        await wait_until(lambda: bool(live.session.feedback), "the feedback saved")
        assert live.session.parking_lot[0].text == "Qué pasó con la migración 🚀"
        assert live.session.feedback[0].text == "¿Buen análisis, señor ñandú?"
        assert live.session.mentee == "Íñigo"
        assert list_texts(app, "#parking-list") == ["[ ] Qué pasó con la migración 🚀  private"]
