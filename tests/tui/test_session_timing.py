"""The clock on screen: countdown, warning, overtime, pause, extend, skip, back,
rebalance, and a 90-minute run with stalls shown exact to the second."""

from __future__ import annotations

from pathlib import Path

from rich.color import ColorSystem
from textual.app import App
from textual.color import Color
from textual.widgets import Digits, Label, Static

from sessiontui.scripts.loader import load_script_file
from sessiontui.tui.app import create_app

from .conftest import LaunchFactory, ManualClock
from .helpers import (
    countdown_words,
    run_from_palette,
    session_screen,
    static_text,
    wait_for_screen_text,
    wait_until,
)

# A script of the tests' own: the figures below follow from its minutes.
PACED = load_script_file(Path(__file__).parent / "data" / "paced_script.toml")


def _status(app: object) -> str:
    return static_text(app, "#status-text")  # type: ignore[arg-type]


def _countdown(app: App[None]) -> str:
    """The segment and its time, e.g. "2/7 · 00:30 left" (the phase is checked apart)."""
    return " · ".join(countdown_words(app).split(" · ")[:2])


def _phase(app: App[None]) -> str:
    return countdown_words(app).split(" · ")[2]


async def test_ninety_minutes_with_stalls_pauses_extension_skip_and_back(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = session_screen(app)
        countdown = screen.query_one("#countdown")

        # A stall: the display was not refreshed for 290 s; one reading is exact.
        clock.advance(290)
        screen.refresh_clock()
        assert _countdown(app) == "1/7 · 00:10 left"
        assert countdown.has_class("-warning")
        assert "· 04:50 / 60:00 ·" in _status(app)

        clock.advance(25)
        screen.refresh_clock()
        assert _countdown(app) == "1/7 · +00:15 over"
        assert {"-overtime", "-warning"} & countdown.classes == {"-overtime"}

        await pilot.press("ctrl+n")
        clock.advance(600)
        screen.refresh_clock()
        assert _countdown(app) == "2/7 · 00:00 left"
        assert static_text(app, "#agenda-row-0") == "✓ ▰▰▰▰▰▰+ Check-in · 5 min"

        # Paused (a dropped call): twenty minutes pass; the segment stands still, the
        # call does not (the session falls twenty minutes behind).
        await pilot.press("ctrl+t")
        clock.advance(1200)
        screen.refresh_clock()
        assert _countdown(app) == "2/7 · 00:00 left"
        assert "· 35:15 / 60:00 · ends 11:20 · planned 11:00 · 20 min behind" in _status(app)
        assert screen.query_one("#status").has_class("-paused")
        assert screen.query_one("#paused-badge").display

        await pilot.press("ctrl+t", "f3")
        clock.advance(30)
        screen.refresh_clock()
        assert not screen.query_one("#status").has_class("-paused")
        assert _countdown(app) == "2/7 · 00:30 left"
        assert (
            static_text(app, "#agenda-row-1") == "▶ ▰▰▰▰▰▱  Review of earlier action items · 11 min"
        )

        await pilot.press("ctrl+n")
        clock.advance(120)
        await pilot.press("f9")
        assert (
            static_text(app, "#agenda-row-2")
            == "» ▰▰▱▱▱▱  Goals for this session (skipped) · 5 min"
        )
        clock.advance(1500)
        screen.refresh_clock()
        assert _countdown(app) == "4/7 · +05:00 over"

        # Back to the skipped segment: its two minutes are kept.
        await pilot.press("ctrl+b")
        assert _countdown(app) == "3/7 · 03:00 left"
        clock.advance(200)
        await pilot.press("ctrl+t")
        clock.advance(1435)
        screen.refresh_clock()
        # 90 minutes of the call: 46:05 in segments, the rest paused. Twenty more
        # minutes are planned; the call was due to end half an hour ago.
        assert _countdown(app) == "3/7 · +00:20 over"
        assert _status(app) == (
            "Ana · Paced test session · 90:00 / 60:00 · ends 11:50 · planned 11:00 · 50 min behind"
        )

        # No time is left: every open segment shrinks to its last minute.
        await pilot.press("f8")
        assert _status(app) == (
            "Ana · Paced test session · 90:00 / 60:00 · ends 11:33 · planned 11:00 · 33 min behind"
        )
        assert static_text(app, "#agenda-row-4") == "  ▱▱▱▱▱▱  Feedback · 1 min"
        assert static_text(app, "#agenda-row-6") == "  ▱▱▱▱▱▱  Wrap-up · 1 min"


async def test_the_phase_in_words_and_colour(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    """On time, nearly over, over time (the one red), paused with the key that resumes."""
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = session_screen(app)
        countdown = screen.query_one("#countdown")
        seen = []
        for seconds in (0, 250, 60):
            clock.advance(seconds)
            screen.refresh_clock()
            seen.append((_phase(app), sorted({"-warning", "-overtime"} & countdown.classes)))
        await pilot.press("ctrl+t")
        seen.append((_phase(app), sorted({"-paused"} & countdown.classes)))
        assert seen == [
            ("On time", []),
            ("Nearly over", ["-warning"]),
            ("Over time", ["-overtime"]),
            ("Paused — Ctrl+T to resume", ["-paused"]),
        ]
        # Red, the theme's error colour, is over time's alone.
        digits = screen.query_one("#countdown-digits")
        error = Color.parse(app.get_css_variables()["error"])
        assert digits.styles.background == error
        await pilot.press("ctrl+t")
        await run_from_palette(pilot, "Extend segment by 5 minutes")
        screen.refresh_clock()
        assert _phase(app) == "On time"
        assert digits.styles.background != error


async def test_the_display_follows_the_clock_without_key_presses(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30)):
        clock.advance(61)
        # No key, no call: the screen's own timer reads the clock (within a second).
        await wait_until(
            lambda: _countdown(app) == "1/7 · 03:59 left",
            "the countdown redrawn by the refresh timer",
        )


async def test_extend_by_five_and_rebalance_when_on_time(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30)) as pilot:
        await run_from_palette(pilot, "Extend segment by 5 minutes")
        assert static_text(app, "#agenda-row-0") == "▶ ▱▱▱▱▱▱  Check-in · 10 min"
        assert "5 min behind" in _status(app)
        live = session_screen(app).live
        before = [run.planned_seconds for run in live.session.segments]
        await pilot.press("f8")
        after = [run.planned_seconds for run in live.session.segments]
        assert sum(after) < sum(before)
        assert "on time" in _status(app)


async def test_bell_rings_once_at_warning_and_once_at_overtime(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch(script=PACED, bell=True))
    rings: list[None] = []
    app.bell = lambda: rings.append(None)  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)):
        screen = session_screen(app)
        clock.advance(239)
        screen.refresh_clock()
        assert rings == []
        clock.advance(2)
        screen.refresh_clock()
        screen.refresh_clock()
        assert len(rings) == 1
        clock.advance(60)
        screen.refresh_clock()
        screen.refresh_clock()
        assert len(rings) == 2


async def test_no_bell_when_turned_off(make_launch: LaunchFactory, clock: ManualClock) -> None:
    app = create_app(make_launch(script=PACED, bell=False))
    rings: list[None] = []
    app.bell = lambda: rings.append(None)  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)):
        clock.advance(400)
        session_screen(app).refresh_clock()
        assert rings == []


async def test_f2_turns_the_bell_off_for_this_session(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch(script=PACED, bell=True))
    rings: list[None] = []
    app.bell = lambda: rings.append(None)  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = session_screen(app)
        await run_from_palette(pilot, "Toggle time-warning bell")
        assert "Time-warning bell off" in await wait_for_screen_text(pilot, "Time-warning bell off")
        clock.advance(241)  # warning
        screen.refresh_clock()
        clock.advance(60)  # overtime
        screen.refresh_clock()
        assert rings == []


async def test_palette_turns_a_no_bell_session_s_bell_on(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch(script=PACED, bell=False))  # as with --no-bell
    rings: list[None] = []
    app.bell = lambda: rings.append(None)  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        screen = session_screen(app)
        await run_from_palette(pilot, "Toggle time-warning bell")
        assert "Time-warning bell on" in await wait_for_screen_text(pilot, "Time-warning bell on")
        clock.advance(241)
        screen.refresh_clock()
        assert len(rings) == 1


async def test_agenda_rows_redraw_only_when_a_bar_cell_fills(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    """Each row shows its time against the plan as a bar of whole cells: a reading that
    fills no new cell (nor changes the status or minutes) redraws no row."""
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30)):
        screen = session_screen(app)
        row = screen.query_one("#agenda-row-0", Static)
        drawn: list[str] = []
        original = row.update

        def counted(content: object = "", **kwargs: object) -> None:
            drawn.append(str(content))
            original(content, **kwargs)  # type: ignore[arg-type]

        row.update = counted  # type: ignore[method-assign]
        for _ in range(49):  # five minutes, six cells: one every 50 s
            clock.advance(1)
            screen.refresh_clock()
        assert drawn == []
        clock.advance(1)
        screen.refresh_clock()
        assert drawn == ["▶ ▰▱▱▱▱▱  Check-in · 5 min"]


async def test_the_countdown_redraws_only_when_its_second_changes(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30)):
        screen = session_screen(app)
        digits = screen.query_one("#countdown-digits", Digits)
        phase = screen.query_one("#countdown-phase", Label)
        shown: list[str] = []
        update_digits, update_phase = digits.update, phase.update

        def counted_digits(value: str) -> None:
            shown.append(value)
            update_digits(value)

        def counted_phase(content: object = "", **kwargs: object) -> None:
            shown.append(str(content))
            update_phase(content, **kwargs)  # type: ignore[arg-type]

        digits.update = counted_digits  # type: ignore[method-assign]
        phase.update = counted_phase  # type: ignore[method-assign]
        for _ in range(8):  # two seconds, read four times each
            clock.advance(0.25)
            screen.refresh_clock()
        assert shown == ["04:59", "04:58"]


def _sixteen(color: str) -> int | None:
    """The colour a 16-colour terminal shows for `color` (its number among the 16)."""
    return Color.parse(color).rich_color.downgrade(ColorSystem.STANDARD).number


async def test_only_over_time_is_red_in_16_colours_in_every_theme(
    make_launch: LaunchFactory,
) -> None:
    """A 16-colour terminal (TERM=xterm) maps each colour to its nearest of the 16: the
    phases must stay apart there, and only over time may land on the error colour."""
    app = create_app(make_launch(script=PACED))
    async with app.run_test(size=(100, 30)):
        for theme in sorted(app.available_themes):
            app.theme = theme
            variables = app.get_css_variables()

            over = _sixteen(variables["error"])
            others = {
                _sixteen(variables[f"phase-{p}"]) for p in ("on-time", "nearly-over", "paused")
            }
            assert over not in others, theme
            assert len(others) == 3, theme
