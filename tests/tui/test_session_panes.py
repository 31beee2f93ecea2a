"""Segments bring their pane forward; the prompt deck and the parking lot."""

from __future__ import annotations

from sessiontui.listening import GENERAL_DECK, PromptTechnique
from sessiontui.model import SegmentKind
from sessiontui.tui.app import create_app

from .conftest import LaunchFactory
from .helpers import (
    focused_id,
    list_texts,
    screen_text,
    session_screen,
    static_text,
    wait_until,
)


def _forward(app: object) -> list[str]:
    screen = session_screen(app)  # type: ignore[arg-type]
    return [pane.id or "" for pane in screen.query(".pane.-forward")]


async def test_each_segment_kind_brings_its_pane_forward_and_focuses_it(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        seen: dict[SegmentKind, tuple[list[str], str | None]] = {}
        for _ in live.session.segments:
            await pilot.pause()
            seen[live.current_segment.kind] = (_forward(app), focused_id(app))
            await pilot.press("ctrl+n")
        # Listening segments open no form: the guidance and the prompt come first.
        assert seen[SegmentKind.CHECK_IN] == (["listening-pane"], "parking-list")
        assert seen[SegmentKind.REVIEW_ACTIONS] == (["actions-pane"], "action-text")
        assert seen[SegmentKind.GOALS] == (["agenda-pane"], "goal-text")
        assert seen[SegmentKind.DISCUSSION] == (["listening-pane"], "parking-list")
        assert seen[SegmentKind.FEEDBACK] == (["feedback-pane"], "feedback-situation")
        assert seen[SegmentKind.ACTION_PLAN] == (["actions-pane"], "action-text")
        # The wrap-up: the next session's line first (Enter sets it), the parked thoughts next.
        assert seen[SegmentKind.WRAP_UP] == (["listening-pane"], "next-session-line")


async def test_parking_lot_jotted_then_ticked_off_at_wrap_up(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = session_screen(app)
        live = screen.live
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert focused_id(app) == "park-input"
        await pilot.press(*"Ask about the conference", "enter")
        await pilot.press("ctrl+l", *"Salary question", "enter")
        await pilot.pause()
        assert [item.text for item in live.session.parking_lot] == [
            "Ask about the conference",
            "Salary question",
        ]

        while live.current_segment.kind is not SegmentKind.WRAP_UP:
            await pilot.press("ctrl+n")
        await pilot.pause()
        listening = screen.query_one("#listening-pane")
        assert listening.has_class("-wrap-up")
        assert not screen.query_one("#prompt-card").display
        assert focused_id(app) == "next-session-line"
        await pilot.press("tab")
        assert focused_id(app) == "parking-list"
        # The keys for the list are in the footer, not in a hint on the pane (the
        # footer is rebuilt for the focused widget a frame later).
        await wait_until(
            lambda: "Tick off" in screen_text(app).splitlines()[-1], "the list's keys in the footer"
        )
        await pilot.press("home", "space")
        await pilot.pause()
        assert live.session.parking_lot[0].reviewed is True
        assert live.session.parking_lot[1].reviewed is False
        assert list_texts(app, "#parking-list") == [
            "[x] Ask about the conference  private",
            "[ ] Salary question  private",
        ]


async def test_prompt_deck_next_technique_filter_and_mark_used(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = session_screen(app)
        live = screen.live
        script = app.launch.script
        assert script is not None
        segment_prompts = script.segments[0].prompts
        total = len(segment_prompts) + len(GENERAL_DECK)
        assert static_text(app, "#prompt-text") == segment_prompts[0]
        assert static_text(app, "#prompt-meta") == f"This segment · 1/{total}"

        await pilot.press("f5")
        assert static_text(app, "#prompt-meta") == f"This segment · 2/{total}"
        assert static_text(app, "#prompt-text") == segment_prompts[1]

        await pilot.press("f6")
        open_questions = [p for p in GENERAL_DECK if p.technique is PromptTechnique.OPEN_QUESTION]
        assert (
            static_text(app, "#prompt-meta") == f"Filter: Open question · 1/{len(open_questions)}"
        )
        assert static_text(app, "#prompt-text") == open_questions[0].text
        await pilot.press("f6")
        assert static_text(app, "#prompt-meta").startswith("Filter: Encourage · 1/")
        assert static_text(app, "#prompt-text") == "Go on, I'm listening."

        shown = static_text(app, "#prompt-text")
        await pilot.press("f7")
        assert live.session.prompts_used == [shown]
        assert static_text(app, "#prompt-meta").endswith(" · used")

        await pilot.press("ctrl+n")
        assert static_text(app, "#prompt-text") == script.segments[1].prompts[0]


async def test_notes_are_private_and_listed(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        live = session_screen(app).live
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert focused_id(app) == "note-input"
        await pilot.press(*"Seems tired today", "enter")
        assert live.session.notes[0].text == "Seems tired today"
        assert list_texts(app, "#notes-list") == ["Seems tired today  private"]


async def test_a_form_a_segment_opened_closes_with_it_unless_written_in(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = session_screen(app)
        await pilot.press("ctrl+n")  # the review opens the action-item form
        await pilot.pause()
        assert screen.query_one("#action-form").display
        await pilot.press("ctrl+n")  # goals: nothing was written in it, so it closes
        await pilot.pause()
        assert not screen.query_one("#action-form").display
        assert screen.query_one("#goal-form").display
        await pilot.press(*"Half a goal", "ctrl+n")  # written in: it stays for the mentor
        await pilot.pause()
        assert screen.query_one("#goal-form").display
        assert screen.live.session.goals == []
