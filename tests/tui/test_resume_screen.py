"""The resume dialog: what the draft holds, and resume / finish / discard (confirmed)."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.app import App
from textual.widgets import Button, Static

from sessiontui.i18n import _, available_languages, current_language, set_language
from sessiontui.model import (
    ActionItem,
    ClockState,
    Feedback,
    Note,
    ParkingLotItem,
    SegmentKind,
    SegmentRun,
    Session,
    SessionGoal,
    Visibility,
)
from sessiontui.tui.screens.resume import ResumeChoice, ResumeScreen
from sessiontui.tui.stylesheets import stylesheet

from .helpers import wait_until
from .textual_private import press_effect_showing


class Host(App[None]):
    """Pushes the resume dialog and records what it dismissed with."""

    CSS_PATH = stylesheet("resume.tcss")

    def __init__(self, draft: Session) -> None:
        super().__init__()
        self.draft = draft
        self.results: list[ResumeChoice | None] = []

    def on_mount(self) -> None:
        self.push_screen(ResumeScreen(self.draft), callback=self.results.append)


def segment(segment_id: str, title: str, spent: float) -> SegmentRun:
    return SegmentRun(
        segment_id=segment_id,
        title=title,
        kind=SegmentKind.DISCUSSION,
        script_seconds=600,
        planned_seconds=600,
        spent_seconds=spent,
        visited=spent > 0,
    )


AT = "2025-03-04T10:20:00+01:00"


def make_draft() -> Session:
    return Session(
        mentee="Ana [bold]Núñez[/bold]",
        script_id="regular",
        script_title="Regular mentoring session",
        started_at="2025-03-04T10:15:00+01:00",
        segments=[
            segment("check-in", "Check-in", 300.4),
            segment("goals", "Goals", 125.9),
            segment("wrap-up", "Wrap-up", 0),
        ],
        clock=ClockState(current_index=1, started=True, paused=True),
        feedback=[
            Feedback(text="Clear plan", created_at=AT),
            Feedback(text="Late", created_at=AT, visibility=Visibility.PRIVATE),
        ],
        action_items=[
            ActionItem(text="Draft CV", created_at=AT),
            ActionItem(text="Read", created_at=AT),
            ActionItem(text="Ask", created_at=AT),
        ],
        goals=[SessionGoal(text="g", created_at=AT), SessionGoal(text="h", created_at=AT)],
        notes=[Note(text="n", created_at=AT)],
        parking_lot=[
            ParkingLotItem(text="p1", created_at=AT),
            ParkingLotItem(text="p2", created_at=AT),
            ParkingLotItem(text="x", created_at=AT),
        ],
    )


async def test_shows_what_the_draft_holds() -> None:
    app = Host(make_draft())
    async with app.run_test(size=(80, 24)):
        facts = str(app.screen.query_one("#resume-facts", Static).render())
    assert _("Mentee: {name}", name="Ana [bold]Núñez[/bold]") in facts
    assert _("Script: {title}", title="Regular mentoring session") in facts
    assert _("Started: {when}", when="Mar 4, 2025, 10:15\u202fAM") in facts
    position = _("{title} ({number} of {total})", title="Goals", number=2, total=3)
    assert _("Current segment: {segment}", segment=position) in facts
    # 300.4 + 125.9 s = 426.3 s
    assert _("Elapsed: {elapsed}", elapsed="07:06") in facts
    every_kind = [
        _(
            "Goals: {goals} · Feedback: {feedback} · Action items: {actions}",
            goals=2,
            feedback=2,
            actions=3,
        ),
        _("Notes: {notes} · Parked thoughts: {parked}", notes=1, parked=3),
    ]
    assert all(line in facts for line in every_kind), facts


async def test_a_draft_without_a_name_says_so() -> None:
    draft = make_draft()
    draft.mentee = ""
    app = Host(draft)
    async with app.run_test():
        facts = str(app.screen.query_one("#resume-facts", Static).render())
    assert _("Mentee: {name}", name=_("(no name)")) in facts


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (("enter",), ResumeChoice.RESUME),  # the focused button is Resume
        (("right", "enter"), ResumeChoice.FINISH),
        (("down", "enter"), ResumeChoice.FINISH),
        (("escape",), ResumeChoice.RESUME),
        (("right", "right", "left", "enter"), ResumeChoice.FINISH),
        # Escape after arming the discard is still the safe choice.
        (("right", "right", "enter", "escape"), ResumeChoice.RESUME),
    ],
)
async def test_arrows_and_enter_choose(keys: tuple[str, ...], expected: ResumeChoice) -> None:
    app = Host(make_draft())
    async with app.run_test() as pilot:
        await pilot.press(*keys)
        await pilot.pause()
    assert app.results == [expected]


async def test_prose_typed_at_launch_answers_nothing() -> None:
    # Typing a note right after the launch once pressed "r" and resumed the old session.
    app = Host(make_draft())
    async with app.run_test() as pilot:
        await pilot.press(*"ready for the first question? fine, redo it")
        await pilot.pause()
        assert app.results == []
        assert isinstance(app.screen, ResumeScreen)


async def test_discard_needs_confirmation() -> None:
    app = Host(make_draft())
    async with app.run_test() as pilot:
        confirm = app.screen.query_one("#resume-confirm", Static)
        assert not confirm.display
        await pilot.press("right", "right", "enter")
        await pilot.pause()
        assert app.results == []
        assert confirm.display
        assert str(confirm.render()) == _(
            "Discard this session for good? Everything in it is lost. Enter again discards; "
            "Esc resumes it."
        )
        button = app.screen.query_one("#discard", Button)
        assert str(button.label) == _("Yes, discard")
        assert app.focused is button
        # Past the press effect, during which the button takes no second press: two
        # Enters in a row are not a deliberate confirmation.
        await wait_until(lambda: not press_effect_showing(button), "the press effect over")
        await pilot.press("enter")
        await pilot.pause()
    assert app.results == [ResumeChoice.DISCARD]


@pytest.mark.parametrize(
    ("button", "expected"),
    [("#resume", ResumeChoice.RESUME), ("#finish", ResumeChoice.FINISH)],
)
async def test_buttons_choose(button: str, expected: ResumeChoice) -> None:
    app = Host(make_draft())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click(button)
        await pilot.pause()
    assert app.results == [expected]


async def test_discard_button_twice_discards() -> None:
    app = Host(make_draft())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#discard")
        await pilot.pause()
        assert app.results == []
        # Past the button's press effect, which swallows a too-quick second click.
        discard = app.screen.query_one("#discard", Button)
        await wait_until(lambda: not press_effect_showing(discard), "the press effect over")
        await pilot.click("#discard")
        await pilot.pause()
    assert app.results == [ResumeChoice.DISCARD]


@pytest.mark.parametrize("language", list(available_languages()))
async def test_every_button_fits_a_small_terminal(language: str) -> None:
    before = current_language()
    set_language(language)
    try:
        app = Host(make_draft())
        async with app.run_test(size=(60, 20)) as pilot:
            await pilot.press("right", "right", "enter")  # the confirming label is the longest
            await pilot.pause()
            buttons = list(app.screen.query(Button))
            assert len(buttons) == 3, buttons  # resume, finish now, discard
            for button in buttons:
                assert app.screen.region.contains_region(button.region), button.id
                assert button.content_region.width >= cell_len(str(button.label)), button.id
    finally:
        set_language(before)
