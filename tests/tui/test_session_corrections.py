"""Correcting entries through the keys: Enter on an entry opens it in its form, Ctrl+F
shares it or keeps it private, Delete removes it and Ctrl+Z brings it back."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input

from sessiontui.entries import EntryKind, entries_of
from sessiontui.model import FeedbackDirection, Owner, Visibility
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.summary import SummaryScreen
from sessiontui.tui.widgets.entry_form import EntryForm

from .conftest import LaunchFactory
from .helpers import (
    focused_id,
    list_texts,
    screen_text,
    session_screen,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
)


async def test_an_action_item_is_corrected_in_its_form(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+o", *"Send teh CV", "enter")
        await wait_until(lambda: focused_id(app) == "actions-list", "the item listed")
        (item,) = live.session.action_items
        # Enter on the entry: the form opens with everything it holds.
        await pilot.press("enter")
        await wait_until(lambda: focused_id(app) == "action-text", "the form open")
        field = session_screen(app).query_one("#action-text", Input)
        assert field.value == "Send teh CV"
        await pilot.press("end", *(["backspace"] * 6), *"the CV", "tab")
        await pilot.press("enter", "up", "enter", "tab", *"+2d", "ctrl+f", "enter")
        await wait_until(lambda: live.session.action_items[0] != item, "the correction saved")
        (corrected,) = live.session.action_items
        assert corrected.id == item.id
        assert (corrected.text, corrected.owner, corrected.due, corrected.visibility) == (
            "Send the CV",
            Owner.MENTOR,
            date(2025, 3, 16),
            Visibility.PRIVATE,
        )
        assert list_texts(app, "#actions-list") == [
            "[ ] Send the CV · Mentor · due Sun 16 Mar  private"
        ]
        # After a correction the form is empty again for a new item, on its default.
        await pilot.press("ctrl+o")
        assert field.value == ""
        assert "Shared" in screen_text(app)


async def test_feedback_fields_are_corrected_too(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+r", *"In the demo", "tab", *"You paused", "ctrl+f", "enter")
        await wait_until(lambda: focused_id(app) == "feedback-list", "the feedback listed")
        await pilot.press("enter")
        await wait_until(lambda: focused_id(app) == "feedback-situation", "the form open")
        await pilot.press("tab", "tab", *"Everyone followed", "enter")
        await wait_until(lambda: live.session.feedback[0].impact != "", "the correction saved")
        (entry,) = live.session.feedback
        assert (entry.situation, entry.behaviour, entry.impact) == (
            "In the demo",
            "You paused",
            "Everyone followed",
        )
        assert entry.direction is FeedbackDirection.MENTOR_TO_MENTEE
        assert entry.visibility is Visibility.SHARED


async def test_a_correction_given_up_leaves_the_entry_as_it_was(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+y", *"Pick a course", "tab", *"enrolled", "enter")
        await wait_until(lambda: focused_id(app) == "goals-list", "the goal listed")
        (goal,) = live.session.goals
        await pilot.press("enter", "ctrl+a", *"scrap", "escape")
        await wait_until(lambda: focused_id(app) == "goals-list", "back in the list")
        assert live.session.goals == [goal]
        # And the next new goal starts empty, not with the abandoned correction.
        await pilot.press("ctrl+y")
        assert session_screen(app).query_one("#goal-text", Input).value == ""


@pytest.mark.parametrize(
    ("keys", "entries", "kind"),
    [
        (("ctrl+l", *"Ask about the move"), "#parking-list", EntryKind.PARKED),
        (("ctrl+g", *"Tired today"), "#notes-list", EntryKind.NOTE),
        (("ctrl+o", *"Ship it"), "#actions-list", EntryKind.ACTION),
        (("ctrl+y", *"Pick a course"), "#goals-list", EntryKind.GOAL),
        (("ctrl+r", *"In the demo", "ctrl+f"), "#feedback-list", EntryKind.FEEDBACK),
    ],
)
async def test_ctrl_f_on_an_entry_shares_it_or_keeps_it_private(
    make_launch: LaunchFactory, keys: tuple[str, ...], entries: str, kind: EntryKind
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press(*keys, "enter")
        await wait_until(lambda: focused_id(app) == entries.removeprefix("#"), "listed")
        (entry,) = entries_of(live.session, kind)
        before = entry.visibility
        await pilot.press("ctrl+f")
        await wait_until(
            lambda: entries_of(live.session, kind)[0].visibility is not before, "flipped"
        )
        after = entries_of(live.session, kind)[0].visibility
        assert list_texts(app, entries)[0].endswith("  " + after.value)
        # The footer offers it while the list has the focus (rebuilt a frame after the
        # focus moved).
        await wait_until(
            lambda: "^f Shared/private" in screen_text(app).splitlines()[-1],
            "the flip's key in the footer",
        )


async def test_a_parked_thought_marked_shared_comes_back_in_the_summary(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+l", *"Ask about the move", "enter")
        await wait_until(lambda: focused_id(app) == "parking-list", "parked")
        await pilot.press("ctrl+l", *"My own worry", "enter")
        await wait_until(lambda: len(list_texts(app, "#parking-list")) == 2, "parked twice")
        await pilot.press("up", "ctrl+f")
        await wait_until(lambda: list_texts(app, "#parking-list")[0].endswith("shared"), "shared")
        await pilot.press("f10", "f10")
        await wait_for_screen(pilot, SummaryScreen)
        text = app.screen.text  # type: ignore[attr-defined]
        assert "Ask about the move" in text
        assert "My own worry" not in text


@pytest.mark.parametrize(
    ("keys", "entries", "kind", "message"),
    [
        (("ctrl+l", *"Ask"), "#parking-list", EntryKind.PARKED, "Parked thought deleted."),
        (("ctrl+g", *"Tired"), "#notes-list", EntryKind.NOTE, "Note deleted."),
        (("ctrl+o", *"Ship it"), "#actions-list", EntryKind.ACTION, "Action item deleted."),
        (("ctrl+y", *"Pick"), "#goals-list", EntryKind.GOAL, "Goal deleted."),
        (("ctrl+r", *"Demo", "ctrl+f"), "#feedback-list", EntryKind.FEEDBACK, "Feedback deleted."),
    ],
)
async def test_every_kind_is_deleted_and_ctrl_z_brings_it_back(
    make_launch: LaunchFactory, keys: tuple[str, ...], entries: str, kind: EntryKind, message: str
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        live = session_screen(app).live
        await pilot.press(*keys, "enter")
        await wait_until(lambda: focused_id(app) == entries.removeprefix("#"), "listed")
        (entry,) = entries_of(live.session, kind)
        await pilot.press("delete")
        await wait_until(lambda: not entries_of(live.session, kind), "deleted")
        await wait_for_screen_text(pilot, message)
        assert "^z Undo" in screen_text(app).splitlines()[-1]
        await pilot.press("ctrl+z")
        await wait_until(lambda: bool(entries_of(live.session, kind)), "brought back")
        assert entries_of(live.session, kind) == [entry]
        assert "^z Undo" not in screen_text(app).splitlines()[-1]


async def test_the_footer_shows_the_keys_of_what_has_the_focus(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(120, 40)) as pilot:
        footer = screen_text(app).splitlines()
        assert footer[-1].lstrip().startswith("f10 Finish")
        await pilot.press("ctrl+o")
        # The footer is rebuilt for the focused widget a frame after the focus moves.
        await wait_until(
            lambda: "⏎ Save" in screen_text(app).splitlines()[-1], "the form's keys in the footer"
        )
        in_form = screen_text(app).splitlines()[-1]
        assert "⏎ Save" in in_form
        assert "esc Close" in in_form
        assert "Edit" not in in_form
        await pilot.press(*"Ship it", "enter")
        await wait_until(lambda: focused_id(app) == "actions-list", "listed")
        list_keys = ("⏎ Edit", "space Tick off", "del Delete", "^f Shared/private")
        await wait_until(
            lambda: all(key in screen_text(app).splitlines()[-1] for key in list_keys),
            "the list's keys in the footer",
        )
        in_list = screen_text(app).splitlines()[-1]
        assert in_list.lstrip().startswith("f10 Finish")
        assert not list(session_screen(app).query(EntryForm).filter(".-editing"))
