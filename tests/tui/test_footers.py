"""One footer on every screen: each screen with a footer shows only keys that fit whole
(`KeyFooter`), walked the way a mentor reaches it, at 60x20 and 100x30 in both
languages; and the footer's room is exact, one cell either side of a key's fit."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.pilot import Pilot

from sessiontui.tui.app import create_app
from sessiontui.tui.screens.agreement import AgreementScreen
from sessiontui.tui.screens.agreement_form import AgreementFormScreen
from sessiontui.tui.screens.carried_review import CarriedReviewScreen
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.goal_form import GoalFormScreen
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.screens.history import HistoryScreen, SessionReadScreen
from sessiontui.tui.screens.line_form import LineFormScreen
from sessiontui.tui.screens.mentee_form import MenteeFormScreen
from sessiontui.tui.screens.mentee_picker import MenteePickerScreen
from sessiontui.tui.screens.next_session import NextSessionScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.start import StartScreen
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import LaunchFactory
from .helpers import (
    escape_to,
    footer_keys,
    footer_laid_out,
    settle,
    wait_for_screen,
    wait_until,
    whole_footer_keys,
)
from .relationship_data import SCRIPTS, new_mentee, stored_mentee
from .textual_private import screen_lines

SIZES = [(60, 20), (100, 30)]
HELP = {"en": "f1 Help", "es": "f1 Ayuda"}


async def _footer_whole(pilot: Pilot[None], screen: type[object], language: str) -> None:
    """`screen` is on top, and its footer shows Help and only whole keys."""
    app = pilot.app
    await wait_for_screen(pilot, screen)
    await settle(app)
    await wait_until(lambda: footer_laid_out(app), f"{screen.__name__}'s footer keys")
    # A rebuild (the focus settling) may lay the keys out again: check a still footer.
    await pilot.pause()
    await wait_until(lambda: footer_laid_out(app), f"{screen.__name__}'s footer keys")
    shown = whole_footer_keys(app)
    assert HELP[language] in shown, f"{screen.__name__}: Help not in {shown}"


# A walk: each step a key and the screen it brings up, whose footer is checked;
# BACK presses Escape until the screen named is on top again.
BACK = "back"
Walk = tuple[tuple[str, type[object]], ...]
BEFORE_THE_SESSION: Walk = (
    ("f3", MenteeFormScreen),
    (BACK, MenteePickerScreen),
    ("f2", HistoryScreen),
    (BACK, MenteePickerScreen),
)
IN_THE_SESSION: Walk = (
    ("f2", AgreementScreen),
    ("e", AgreementFormScreen),
    (BACK, AgreementScreen),
    ("m", MenteeFormScreen),
    (BACK, SessionScreen),
    ("f11", GoalBoardScreen),
    ("a", GoalFormScreen),
    (BACK, GoalBoardScreen),
    ("h", HistoryScreen),
    ("enter", SessionReadScreen),
    (BACK, SessionScreen),
    ("f4", CarriedReviewScreen),
    ("2", LineFormScreen),
    (BACK, CarriedReviewScreen),
    ("n", NextSessionScreen),
    (BACK, SessionScreen),
)


async def _walk(pilot: Pilot[None], walk: Walk, language: str) -> None:
    for key, screen in walk:
        if key == BACK:
            await escape_to(pilot, screen)
        else:
            await pilot.press(key)
            await _footer_whole(pilot, screen, language)


async def _help_opens_and_closes(pilot: Pilot[None], screen: type[object]) -> None:
    """F1 on `screen` shows its keys; Escape goes back to it."""
    await pilot.press("f1")
    await wait_for_screen(pilot, HelpScreen)
    await escape_to(pilot, screen)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
@pytest.mark.parametrize("language", ["en", "es"])
async def test_before_the_session_every_footer_shows_whole_keys(
    make_launch: LaunchFactory, size: tuple[int, int], language: str
) -> None:
    launch = make_launch(mentee=None, script=None, language=language)
    new_mentee(launch.archive, "Bea")
    app = create_app(launch)
    async with app.run_test(size=size) as pilot:
        await _footer_whole(pilot, MenteePickerScreen, language)
        await _walk(pilot, BEFORE_THE_SESSION, language)
        await pilot.press("enter")
        await _footer_whole(pilot, StartScreen, language)
        await _help_opens_and_closes(pilot, StartScreen)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: "x".join(map(str, size)))
@pytest.mark.parametrize("language", ["en", "es"])
async def test_in_the_session_every_footer_shows_whole_keys(
    make_launch: LaunchFactory, size: tuple[int, int], language: str
) -> None:
    launch = make_launch(language=language, script=make_launch().library.get(SCRIPTS[language]))
    launch.mentee_id = stored_mentee(launch.archive, language)
    app = create_app(launch)
    async with app.run_test(size=size) as pilot:
        await _footer_whole(pilot, SessionScreen, language)
        await _walk(pilot, IN_THE_SESSION, language)
        await pilot.press("f10", "f10")
        await _footer_whole(pilot, SummaryScreen, language)
        await _help_opens_and_closes(pilot, SummaryScreen)


def _footer_line(app: App[None]) -> str:
    return screen_lines(app)[-1]


# The Spanish mentee form's keys and the palette's, each whole, with nothing between
# the last key and the palette's: 62 cells.
FULL_SPANISH_FORM = " ^s Guardar  f1 Ayuda  esc Cancelar  f12 Compartir ▏^p paleta "


@pytest.mark.parametrize("spare", [0, -1])
async def test_a_key_shows_when_it_fits_to_the_last_cell_and_not_one_cell_less(
    make_launch: LaunchFactory, spare: int
) -> None:
    launch = make_launch(mentee=None, script=None, language="es")
    new_mentee(launch.archive, "Bea")
    app = create_app(launch)
    async with app.run_test(size=(len(FULL_SPANISH_FORM) + spare, 20)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await pilot.press("f3")
        await wait_for_screen(pilot, MenteeFormScreen)
        await wait_until(lambda: footer_laid_out(app), "the form's footer keys")
        await settle(app)
        shown = whole_footer_keys(app)
        if spare == 0:
            assert _footer_line(app) == FULL_SPANISH_FORM
            assert shown[-1] == "f12 Compartir"
        else:
            assert shown == ["^s Guardar", "f1 Ayuda", "esc Cancelar"]
            # One cell short of " f12 Compartir ": the key is left out, not cut.
            free = len(" f12 Compartir ") - 1
            assert _footer_line(app).endswith("Cancelar " + " " * free + "▏^p paleta ")
        assert len(footer_keys(app)) == len(shown)
