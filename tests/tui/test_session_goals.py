"""Session goals: added with a measure, ticked achieved, deleted; brought forward
by a goals segment; reachable behind a tab when the terminal is narrow."""

from __future__ import annotations

from textual.widgets import Label

from sessiontui.model import SegmentKind, Visibility
from sessiontui.summary import render_summary
from sessiontui.tui.app import create_app

from .conftest import LaunchFactory
from .helpers import countdown_words, focused_id, list_texts, screen_text, session_screen


async def test_add_a_goal_with_a_measure_tick_it_and_delete_it(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+y")
        assert focused_id(app) == "goal-text"
        await pilot.press(*"Choose a course", "tab")
        assert focused_id(app) == "goal-measure"
        await pilot.press(*"enrolled by Friday", "enter")
        await pilot.pause()
        goal = live.session.goals[0]
        assert (goal.text, goal.measure, goal.visibility) == (
            "Choose a course",
            "enrolled by Friday",
            Visibility.SHARED,
        )
        assert list_texts(app, "#goals-list") == [
            "[ ] Choose a course · measure: enrolled by Friday  shared"
        ]
        # The form closed; the list has the focus, on the new goal.
        assert not app.screen.query_one("#goal-form").display
        assert focused_id(app) == "goals-list"
        # Ctrl+Y opens the form again, empty; a second goal has no measure.
        await pilot.press("ctrl+y")
        assert focused_id(app) == "goal-text"
        await pilot.press(*"Update the CV", "enter")
        await pilot.pause()
        assert [g.text for g in live.session.goals] == ["Choose a course", "Update the CV"]

        assert focused_id(app) == "goals-list"
        await pilot.press("up", "space")
        assert live.session.goals[0].achieved
        assert list_texts(app, "#goals-list")[0].startswith("[x] Choose a course")
        await pilot.press("space")
        assert not live.session.goals[0].achieved

        await pilot.press("delete")
        await pilot.pause()
        assert [g.text for g in live.session.goals] == ["Update the CV"]
        assert list_texts(app, "#goals-list") == ["[ ] Update the CV  shared"]
        summary = render_summary(live.session).body
        assert "Update the CV" in summary
        assert "Choose a course" not in summary


async def test_a_blank_goal_is_refused_with_a_reason(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = session_screen(app)
        await pilot.press("ctrl+y", *"   ", "tab", *"a measure alone", "enter")
        await pilot.pause()
        assert screen.live.session.goals == []
        error = screen.query_one("#goal-form-text-error", Label)
        assert error.display
        assert str(error.content) == "Write the goal first."
        assert "Write the goal first." in screen_text(app)
        # The form stays open, with what was typed.
        assert focused_id(app) == "goal-measure"

        await pilot.press("shift+tab", *"Now with text", "enter")
        await pilot.pause()
        assert [g.text for g in screen.live.session.goals] == ["Now with text"]
        assert screen.live.session.goals[0].measure == "a measure alone"
        assert not error.display


async def test_goals_segment_brings_the_goals_forward(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = session_screen(app)
        assert not screen.query_one("#agenda-pane").has_class("-forward")
        while screen.live.current_segment.kind is not SegmentKind.GOALS:
            await pilot.press("ctrl+n")
        await pilot.pause()
        assert screen.query_one("#agenda-pane").has_class("-forward")
        assert focused_id(app) == "goal-text"
        # The whole goal form is in view at 80x24, and the countdown stays on top.
        text = screen_text(app)
        assert countdown_words(app) == "3/7 · 05:00 left · On time"
        # The segment's title beside the digits ends in "…" where the pane ends.
        assert "3/7 · Goals for th…" in text
        assert "How will we know? (measure)" in text
        await pilot.press(*"Agree the next step", "enter")
        await pilot.pause()
        assert "[ ] Agree the next step" in screen_text(app)

        # A discussion: listening first, the parked thoughts at hand (no form opens).
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert not screen.query_one("#agenda-pane").has_class("-forward")
        assert focused_id(app) == "parking-list"


async def test_narrow_terminal_reaches_the_goals_behind_a_tab(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(60, 20)) as pilot:
        screen = session_screen(app)
        goals = screen.query_one("#goals-scroll")
        assert not goals.display
        await pilot.click("#tab-goals")
        await pilot.pause()
        assert goals.display
        shown = [pane.id for pane in screen.query(".pane.-tabbed") if pane.display]
        assert shown == []
        # The tab shows the list; its key opens the form.
        await pilot.press("ctrl+y", *"Narrow goal", "enter")
        await pilot.pause()
        assert [g.text for g in screen.live.session.goals] == ["Narrow goal"]
        assert "[ ] Narrow goal" in screen_text(app)
        # The countdown is still on show above the goals.
        assert "05:00 left" in screen_text(app)

        await pilot.press("ctrl+l")
        await pilot.pause()
        assert not goals.display
        assert focused_id(app) == "park-input"
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert goals.display
        assert focused_id(app) == "goal-text"
