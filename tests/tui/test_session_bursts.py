"""Keys that arrive together, as from a fast typist or a terminal multiplexer: the text
lands in the form its key opened, and no entry is lost to a shortcut pressed right
after its Enter (Ctrl+N, F10) whatever the form.

A burst is queued the way the terminal driver queues keys: every key posted before
the app handles the first.
"""

from __future__ import annotations

import pytest
from textual import events
from textual.app import App

from sessiontui.entries import EntryKind, entries_of
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import LaunchFactory
from .helpers import focused_id, session_screen, wait_for_screen, wait_until

# Each form's key, the keys that fill it so that Enter saves, and its kind.
FILL = {
    "ctrl+l": ([*"Ask about the move"], EntryKind.PARKED),
    "ctrl+g": ([*"Tired today"], EntryKind.NOTE),
    "ctrl+r": ([*"In the demo", "ctrl+f"], EntryKind.FEEDBACK),
    "ctrl+o": ([*"Ship it"], EntryKind.ACTION),
    "ctrl+y": ([*"Pick a course"], EntryKind.GOAL),
}


def burst(app: App[None], *keys: str) -> None:
    """Queue `keys` at once, without waiting for the app to handle the one before."""
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app.post_message(event)


async def test_keys_typed_right_after_a_shortcut_land_in_its_field(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)):
        live = session_screen(app).live
        # The form is mounted by the shortcut itself: the text must still land in it.
        burst(app, "ctrl+o", *"Ship it", "enter")
        await wait_until(
            lambda: bool(live.session.action_items or live.session.parking_lot),
            "the burst's Enter handled",
        )
        assert [item.text for item in live.session.action_items] == ["Ship it"]
        assert live.session.parking_lot == []


@pytest.mark.parametrize("key", list(FILL))
async def test_enter_then_next_segment_keeps_the_entry(
    make_launch: LaunchFactory, key: str
) -> None:
    """The bug two engineers saw: Ctrl+L, a thought, Enter, Ctrl+N lost the thought."""
    keys, kind = FILL[key]
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)):
        live = session_screen(app).live
        burst(app, key, *keys, "enter", "ctrl+n")
        # The review of action items brings the action-item form forward.
        await wait_until(lambda: focused_id(app) == "action-text", "the next segment's form")
        await wait_until(lambda: bool(entries_of(live.session, kind)), f"the {kind} saved")
        (entry,) = entries_of(live.session, kind)
        assert entry.segment_id is not None
        # Nothing was left behind in a form, and nothing was saved twice.
        for other in EntryKind:
            if other is not kind:
                assert entries_of(live.session, other) == [], other


@pytest.mark.parametrize("key", list(FILL))
async def test_enter_then_finish_keeps_the_entry(make_launch: LaunchFactory, key: str) -> None:
    keys, kind = FILL[key]
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        burst(app, key, *keys, "enter", "f10")
        await wait_for_screen(pilot, ConfirmScreen)
        await wait_until(lambda: bool(entries_of(live.session, kind)), f"the {kind} saved")
        await pilot.press("f10")
        await wait_for_screen(pilot, SummaryScreen)
        assert len(entries_of(live.session, kind)) == 1


async def test_a_shortcut_after_enter_keeps_the_focus_where_it_sent_it(
    make_launch: LaunchFactory,
) -> None:
    """The saved form does not pull the focus back: text typed after Ctrl+R goes to feedback."""
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)):
        live = session_screen(app).live
        burst(app, "ctrl+l", *"later", "enter", "ctrl+r", *"In the demo")
        await wait_until(lambda: bool(live.session.parking_lot), "the thought parked")
        await wait_until(lambda: focused_id(app) == "feedback-situation", "the feedback form")
        field = session_screen(app).query_one("#feedback-situation")
        await wait_until(lambda: field.value == "In the demo", "the text in the feedback form")  # type: ignore[attr-defined]
        assert [item.text for item in live.session.parking_lot] == ["later"]


@pytest.mark.parametrize("key", list(FILL))
async def test_enter_then_quit_keeps_the_entry_in_the_draft(
    make_launch: LaunchFactory, key: str
) -> None:
    keys, kind = FILL[key]
    launch = make_launch()
    app = create_app(launch)
    async with app.run_test(size=(100, 30)):
        burst(app, key, *keys, "enter", "ctrl+q")
        await wait_until(lambda: app.return_code is not None, "the app quit")
    draft = launch.drafts.load().session
    assert draft is not None, "quitting left no draft"
    assert len(entries_of(draft, kind)) == 1
