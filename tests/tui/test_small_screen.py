"""The small side terminal works (60x20, 60x24, 80x24, 100x30; English and Spanish):
the Listening tab opens on the guidance and the prompt (a guidance its box cuts
scrolls from the keyboard), the current segment's row
stays in view, goals are reachable, a list's mark never stands alone on a line, and
the texts named in issue 8 are never cut mid-word."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.app import App
from textual.color import Color
from textual.pilot import Pilot
from textual.widgets import Input, Static

from sessiontui.launch import Launch
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import focused_id, screen_text, session_screen, settle, shown_in, wait_until
from .textual_private import screen_lines

LANGUAGES = ["en", "es"]
SCRIPTS = {"en": "regular", "es": "regular-es"}
MARKS = {"en": ("shared", "private"), "es": ("se comparte", "solo para ti")}


def _launch(make_launch: LaunchFactory, language: str) -> Launch:
    return make_launch(language=language, script=make_launch().library.get(SCRIPTS[language]))


def _first_words(app: App[None], selector: str, count: int = 4) -> str:
    """The first words a Static shows (what a glance at the top of the pane reads)."""
    text = str(session_screen(app).query_one(selector, Static).content)
    return " ".join(text.split()[:count])


async def _add(pilot: Pilot[None], key: str, text: str) -> None:
    await pilot.press(key, *text, "enter")
    await settle(pilot.app)


@pytest.mark.parametrize("size", [(60, 20), (60, 24), (80, 24), (100, 30)])
@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_listening_pane_keeps_the_guidance_and_the_prompt_on_top(
    make_launch: LaunchFactory, size: tuple[int, int], language: str
) -> None:
    app = create_app(_launch(make_launch, language))
    async with app.run_test(size=size) as pilot:
        await settle(app)
        guidance, prompt = _first_words(app, "#guidance"), _first_words(app, "#prompt-text")
        shown = screen_text(app)
        assert guidance in shown
        assert prompt in shown
        # Parked thoughts and a note (each lands highlighted in its list): more than the
        # tab has room for, yet the guidance and the prompt stay on top.
        for number in range(1, 6):
            await _add(pilot, "ctrl+l", f"thought {number}")
        await _add(pilot, "ctrl+g", "a note")
        await wait_until(lambda: focused_id(app) == "notes-list", "the note's list has the focus")
        await settle(app)
        shown = screen_text(app)
        assert guidance in shown, shown
        assert prompt in shown, shown
        assert "a note" in shown, shown
        # Another tab and back: the same.
        await pilot.press("ctrl+o", "escape")
        await settle(app)
        await pilot.press("ctrl+l", "escape")
        await settle(app)
        shown = screen_text(app)
        assert guidance in shown, shown
        assert prompt in shown, shown


async def _focus_back_to(pilot: Pilot[None], widget_id: str, presses: int) -> bool:
    """Shift+Tab up to `presses` times, until `widget_id` has the focus."""
    for _press in range(presses):
        await pilot.press("shift+tab")
        if focused_id(pilot.app) == widget_id:
            return True
    return False


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_guidance_longer_than_its_box_is_read_from_the_keyboard_at_60x20(
    make_launch: LaunchFactory, language: str
) -> None:
    app = create_app(_launch(make_launch, language))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(app)
        # The check-in's guidance fits its box: Shift+Tab from the parked thoughts
        # goes past it (and past the lists' frame, no Tab stop), to the tabs.
        assert focused_id(app) == "parking-list"
        assert not await _focus_back_to(pilot, "guidance-box", 1)
        assert focused_id(app) == "pane-tabs"
        # The review's is cut at 60x20; on the Listening tab Shift+Tab reaches it and
        # the arrows bring the rest into view.
        await pilot.press("ctrl+n", "ctrl+l", "escape")
        await wait_until(lambda: focused_id(app) == "parking-list", "back on the parked thoughts")
        await settle(app)
        text = str(session_screen(app).query_one("#guidance", Static).content).split()
        first, last = " ".join(text[:3]), " ".join(text[-2:])
        assert first in screen_text(app)
        assert last not in screen_text(app)
        assert await _focus_back_to(pilot, "guidance-box", 1)
        await pilot.press("down", "down")
        await settle(app)
        assert last in screen_text(app)


def _at_segment(screen: SessionScreen, index: int) -> Callable[[], bool]:
    return lambda: screen.live.clock.index == index


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_current_segment_stays_in_view_with_goals_and_resizes(
    make_launch: LaunchFactory, size: tuple[int, int]
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=size) as pilot:
        await settle(app)
        for number in ("one", "two", "three"):
            await _add(pilot, "ctrl+y", f"goal {number} with enough words to wrap once")
        screen = session_screen(app)
        for segment in range(1, 7):
            await pilot.press("ctrl+n")
            await wait_until(_at_segment(screen, segment), "the segment moved")
            await settle(app)
            await pilot.pause()
            assert "▶" in screen_text(app), f"segment {segment}: the ▶ row is out of view"
        # A smaller terminal leaves the agenda less room: the row follows.
        await pilot.resize_terminal(80, 24)
        await wait_until(lambda: "▶" in screen_text(app), "the ▶ row back in view")


async def test_every_goal_is_reachable_at_80x24(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app)
        goals = [f"goal {number}" for number in ("one", "two", "three", "four", "five")]
        for goal in goals:
            await _add(pilot, "ctrl+y", goal)
        await wait_until(lambda: focused_id(app) == "goals-list", "the goals' list has the focus")
        await pilot.press("home")
        for goal in goals:
            await pilot.pause()
            assert goal in screen_text(app), f"{goal!r} cannot be brought into view"
            await pilot.press("down")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_a_goal_never_leaves_its_mark_alone_on_a_line(
    make_launch: LaunchFactory, language: str, size: tuple[int, int]
) -> None:
    app = create_app(_launch(make_launch, language))
    shared, _private = MARKS[language]
    async with app.run_test(size=size) as pilot:
        await settle(app)
        width = session_screen(app).query_one("#goals-list").content_region.width
        # "[ ] " and the words fill the line: the mark cannot follow on it.
        text = "word"
        while len(f"[ ] {text} word") <= width:
            text += " word"
        await _add(pilot, "ctrl+y", text)
        await wait_until(lambda: focused_id(app) == "goals-list", "the goal is listed")
        region = session_screen(app).query_one("#goals-list").content_region
        rows = [
            line[region.x : region.right].strip()
            for line in screen_lines(app)[region.y : region.bottom]
        ]
        assert shared not in rows, rows
        assert any(row.endswith(f"word  {shared}") for row in rows), rows


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_due_date_hint_and_error_read_whole(
    make_launch: LaunchFactory, size: tuple[int, int], language: str
) -> None:
    app = create_app(_launch(make_launch, language))
    async with app.run_test(size=size) as pilot:
        await settle(app)
        await pilot.press("ctrl+o")
        await wait_until(lambda: focused_id(app) == "action-text", "the form opens")
        due = session_screen(app).query_one("#action-due")
        hint = str(due.placeholder)  # type: ignore[attr-defined]
        region = due.content_region
        assert hint in screen_lines(app)[region.y][region.x : region.right], "the hint is cut"
        await pilot.press(*"Read", "tab", "tab", *"friday", "enter")
        await wait_until(
            lambda: "friday" in shown_in(app, "#action-form-due-error"), "the reason shows"
        )
        reason = str(session_screen(app).query_one("#action-form-due-error", Static).content)
        assert shown_in(app, "#action-form-due-error") == reason


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30)])
@pytest.mark.parametrize("language", LANGUAGES)
async def test_the_feedback_direction_stays_on_one_line_after_an_entry(
    make_launch: LaunchFactory, size: tuple[int, int], language: str
) -> None:
    app = create_app(_launch(make_launch, language))
    async with app.run_test(size=size) as pilot:
        await settle(app)
        screen = session_screen(app)
        await pilot.press("ctrl+r", *"In the demo", "ctrl+f", "enter")
        await wait_until(lambda: bool(screen.live.session.feedback), "the feedback saved")
        await pilot.press("ctrl+r")
        await wait_until(lambda: focused_id(app) == "feedback-situation", "the form again")
        await settle(app)
        direction = screen.query_one("#feedback-direction")
        label = str(direction.query_one("#label", Static).content)
        region = direction.region
        assert region.height == 1
        assert label in screen_lines(app)[region.y][region.x : region.right]


def _framed_as_focused(app: App[None]) -> list[str]:
    """The panes on screen whose border has the focus colour."""
    primary = Color.parse(app.theme_variables["primary"])
    return [
        str(pane.id)
        for pane in session_screen(app).query(".pane")
        if pane.display and pane.styles.border_top[0] and pane.styles.border_top[1] == primary
    ]


def _standing_out(app: App[None]) -> list[str]:
    """The panes on screen whose border differs from most panes' (grid layout)."""
    panes = [pane for pane in session_screen(app).query(".pane") if pane.display]
    borders = [pane.styles.border_top for pane in panes]
    plain = max(borders, key=borders.count)
    return [str(pane.id) for pane, border in zip(panes, borders, strict=True) if border != plain]


@pytest.mark.parametrize("theme", ["default", "light", "high-contrast"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24), (100, 30)])
async def test_one_focus_border_at_a_time(
    make_launch: LaunchFactory, size: tuple[int, int], theme: str
) -> None:
    app = create_app(make_launch(theme=theme))
    async with app.run_test(size=size) as pilot:
        await settle(app)
        # Each form's key, each list after a saved entry, and a new segment's pane.
        steps = [
            ("ctrl+l", "listening-pane"),
            ("ctrl+o", "actions-pane"),
            ("ctrl+r", "feedback-pane"),
            ("ctrl+y", "agenda-pane"),
            ("ctrl+g", "listening-pane"),
        ]
        for key, pane in steps:
            await pilot.press(key, *"Seen", "ctrl+f", "enter")
            await settle(app)
            await pilot.pause()
            assert _framed_as_focused(app) == [pane], key
            if size[0] >= 80:
                # The pane the segment brings forward has no second border.
                assert _standing_out(app) == [pane], key
        await pilot.press("ctrl+n")
        await settle(app)
        await pilot.pause()
        assert len(_framed_as_focused(app)) == 1


@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_long_segment_title_beside_the_digits_ends_in_an_ellipsis(
    make_launch: LaunchFactory, language: str
) -> None:
    app = create_app(_launch(make_launch, language))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app)
        await pilot.press("ctrl+n")  # "Review of earlier action items": too long beside them
        await settle(app)
        await pilot.pause()
        label = str(session_screen(app).query_one("#countdown-segment", Static).content)
        shown = shown_in(app, "#countdown-segment")
        assert shown != label
        assert shown.endswith("…")
        assert label.startswith(shown[:-1])


# Each pane's form key, its form's first field, its pane and list.
FORMS_AT_TOP = {
    "parked": ("ctrl+l", "park-input", "listening-pane"),
    "action": ("ctrl+o", "action-text", "actions-pane"),
    "note": ("ctrl+g", "note-input", "listening-pane"),
}


@pytest.mark.parametrize("form", sorted(FORMS_AT_TOP))
@pytest.mark.parametrize("language", LANGUAGES)
async def test_a_form_opened_keeps_its_list_in_view_at_100x30(
    make_launch: LaunchFactory, language: str, form: str
) -> None:
    key, field, pane_id = FORMS_AT_TOP[form]
    app = create_app(_launch(make_launch, language))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app)
        for number in range(1, 6):
            await _add(pilot, key, f"entry {number}")
        await pilot.press(key)
        await wait_until(lambda: focused_id(app) == field, "the form opens")
        await settle(app)
        await pilot.pause()
        pane = session_screen(app).query_one(f"#{pane_id}").region
        rows = [row[pane.x : pane.right] for row in screen_lines(app)[pane.y : pane.bottom]]
        shown = "\n".join(rows)
        placeholder = str(session_screen(app).query_one(f"#{field}", Input).placeholder)
        assert placeholder in shown, shown
        assert "entry 1" in shown, shown
