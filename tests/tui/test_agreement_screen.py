"""The agreement (issue 10.2): read in any session with F2, filled and changed
through a form; an edit keeps the earlier version with its date; a form
cancelled by mistake asks before dropping what was typed."""

from __future__ import annotations

from textual.widgets import Input

from sessiontui.launch import Launch
from sessiontui.model import Booker, Frequency
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.agreement import AgreementScreen
from sessiontui.tui.screens.agreement_form import AgreementFormScreen
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.session import SessionScreen

from .conftest import LaunchFactory
from .helpers import screen_text, session_screen, wait_for_screen, wait_for_screen_text


async def test_the_first_agreement_is_filled_through_the_form(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch(script=make_launch().library.get("first-session"))
    app = create_app(launch)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        # The expectations segment offers the form with its key.
        await pilot.press("ctrl+n")
        await wait_for_screen_text(pilot, "f2 opens the agreement form")
        await pilot.press("f2")
        await wait_for_screen(pilot, AgreementScreen)
        assert "No agreement yet. Press e to fill it in together." in screen_text(app)
        await pilot.press("e")
        await wait_for_screen(pilot, AgreementFormScreen)
        # The topics come first and have the focus.
        form = app.screen
        assert app.focused is form.query_one("#agree-topics")
        # Frequency: the second choice ("Every two weeks").
        form.query_one("#agree-frequency").focus()
        await pilot.press("enter", "down", "down", "enter")
        for field, text in (
            ("#agree-minutes", "45"),
            ("#agree-until", "2025-09-30"),
            ("#agree-topics", "career; public speaking"),
            ("#agree-off-limits", "salary"),
            ("#agree-contact", "chat, answers within two days"),
            ("#agree-commitment", "come prepared"),
            ("#agree-confidentiality", "stays between us, except risk of harm"),
        ):
            form.query_one(field, Input).focus()
            await pilot.press(*text)
        await pilot.click("#agree-no-fault")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, AgreementScreen)
        # Every line, not only the first: the screen lays the rest out a frame later.
        await wait_for_screen_text(
            pilot,
            "How often: Every two weeks",
            "How long: 45 min",
            "The mentoring runs until: Sep 30, 2025",
            "Topics: career; public speaking",
            "Off-limits: salary",
            "Ending: Either of us may end the mentoring without blame.",
        )
        version = live.relationship.agreement
        assert version is not None
        assert version.session_id == live.session.id
        assert version.frequency is Frequency.FORTNIGHTLY
        assert version.topics == ["career", "public speaking"]
        assert version.no_fault_ending
        assert version.booked_by is None


async def test_an_edit_keeps_the_earlier_version_with_its_date(
    ana_launch: Launch,
) -> None:
    launch = ana_launch
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        await pilot.press("f2")
        await wait_for_screen(pilot, AgreementScreen)
        text = await wait_for_screen_text(pilot, "agreed Feb 28, 2025", "How often: Every week")
        assert "Confidentiality: What we say stays between us" in text
        await pilot.press("e")
        await wait_for_screen(pilot, AgreementFormScreen)
        app.screen.query_one("#agree-minutes", Input).focus()
        await pilot.press("backspace", "backspace", *"60")
        app.screen.query_one("#agree-booker").focus()
        await pilot.press("enter", "down", "down", "enter", "ctrl+s")
        await wait_for_screen(pilot, AgreementScreen)
        text = await wait_for_screen_text(pilot, "How long: 60 min", "Earlier version of Feb 28")
        assert "Who books: The mentee" in text
        assert "How long: 45 min" in text  # the earlier version, below
        version = live.relationship.agreement
        assert version is not None
        assert version.booked_by is Booker.MENTEE
        assert version.session_minutes == 60
        # What was stored is untouched until the session is.
        assert launch.mentee_id is not None
        assert launch.archive.record(launch.mentee_id).agreements[-1].session_minutes == 45


async def test_a_number_out_of_range_is_refused_with_its_reason(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f2", "e")
        await wait_for_screen(pilot, AgreementFormScreen)
        app.screen.query_one("#agree-minutes", Input).focus()
        await pilot.press(*"2", "ctrl+s")
        # A toast, wrapped at 60 columns.
        await wait_for_screen_text(pilot, "Not a number from 5 to")
        assert isinstance(app.screen, AgreementFormScreen)
        assert app.focused is app.screen.query_one("#agree-minutes")
        await pilot.press("escape")
        await wait_for_screen(pilot, ConfirmScreen)
        await pilot.press("left", "enter")  # Yes, away from the safe answer
        await wait_for_screen(pilot, AgreementScreen)
        session = next(s for s in app.screen_stack if isinstance(s, SessionScreen))
        assert session.live.relationship.agreement is None


async def test_the_form_opens_at_its_top_at_80x24_in_spanish(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(language="es"))
    async with app.run_test(size=(80, 24)) as pilot:
        session_screen(app)
        await pilot.press("f2")
        await wait_for_screen(pilot, AgreementScreen)
        await pilot.press("e")
        await wait_for_screen(pilot, AgreementFormScreen)
        await pilot.pause()
        await pilot.pause()  # past the focus's own scroll, which came a refresh later
        # The title and the first field's label on screen, the first field in focus.
        lines = [line.strip() for line in screen_text(app).splitlines()]
        assert lines[0] == "Nuestro acuerdo de mentoría"
        assert "Temas (separados por ;)" in lines
        assert app.focused is app.screen.query_one("#agree-topics")


async def test_an_untouched_filled_form_closes_at_once(ana_launch: Launch) -> None:
    # Every field filled from the agreement, Selects and checkboxes included: what the
    # form opened with is what it holds, so Escape asks nothing. (It is remembered at
    # the mount: remembered after the first frame, an Escape typed ahead of that frame
    # asked "Throw away what you typed?"; the goal board's test met it under load.)
    app = create_app(ana_launch)  # an agreement in force: every field filled
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f2")
        await wait_for_screen(pilot, AgreementScreen)
        await pilot.press("e", "escape")
        await wait_for_screen(pilot, AgreementScreen)
        assert not any(isinstance(screen, ConfirmScreen) for screen in app.screen_stack)
