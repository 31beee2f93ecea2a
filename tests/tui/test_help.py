"""F1 help: tabs that teach the session, list every key from the registry and say what
stays private; a search over all of them; at 60x20 and in both languages."""

from __future__ import annotations

import re

import pytest
from textual.binding import Binding
from textual.pilot import Pilot
from textual.widgets import Static, TabbedContent

from sessiontui.config import config_file
from sessiontui.i18n import _
from sessiontui.tui.actions import Scope
from sessiontui.tui.app import SessionTuiApp, create_app
from sessiontui.tui.screens.help import HelpScreen, help_entries

from .conftest import LaunchFactory
from .helpers import screen_text, session_screen, wait_for_screen, wait_for_screen_text, wait_until

PRACTICES = {
    "en": (
        "mutual expectations",
        "Confidentiality",
        "clear and measurable",
        "active listening",
        "both ways",
        "the plan and its follow-up",
    ),
    "es": (
        "expectativas",
        "Confidencialidad",
        "claras y medibles",
        "Escucha activa",
        "en los dos sentidos",
        "su seguimiento",
    ),
}


def flat(app: SessionTuiApp) -> str:
    """The screen as one line of words (a wrapped sentence becomes findable)."""
    return " ".join(" ".join(screen_text(app).split()).split())


async def open_help(pilot: Pilot[None]) -> HelpScreen:
    await pilot.press("f1")
    await wait_for_screen(pilot, HelpScreen)
    screen = pilot.app.screen
    assert isinstance(screen, HelpScreen)
    return screen


def active_tab(app: SessionTuiApp) -> str:
    return app.screen.query_one("#help-tabs", TabbedContent).active


async def next_tab(pilot: Pilot[None], tab: str) -> None:
    """From the search field, Tab to the tab bar, then → until `tab` is open."""
    await pilot.press("tab")
    for _step in range(3):
        if active_tab(pilot.app) == tab:  # type: ignore[arg-type]
            return
        await pilot.press("right")
    await wait_until(lambda: active_tab(pilot.app) == tab, f"{tab} open")  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["en", "es"])
async def test_the_session_tab_ties_every_pane_to_its_practice(
    make_launch: LaunchFactory, language: str
) -> None:
    app = create_app(make_launch(language=language))
    async with app.run_test(size=(100, 60)) as pilot:
        await open_help(pilot)
        assert active_tab(app) == "help-session"
        shown = flat(app)
        for practice in PRACTICES[language]:
            assert practice in shown, practice
        # Keys named in the text are the registry's, shown as the footer shows them.
        assert "(^n)" in shown
        assert "(^l)" in shown
        # A guidance its box cuts takes the focus (widgets/listening.py): the help says so.
        written = " ".join(str(text.content) for text in app.screen.query(Static))
        assert GUIDANCE_CUT[language] in " ".join(written.split())


GUIDANCE_CUT = {
    "en": "when a small screen cuts it off, Tab reaches it and ↑/↓ scroll the rest into view",
    "es": "si una pantalla pequeña la corta, Tab llega hasta ella y ↑/↓ muestran el resto",
}


async def test_the_keys_tab_lists_every_action_grouped_from_the_registry(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(120, 70)) as pilot:
        await open_help(pilot)
        await next_tab(pilot, "help-keys")
        shown = screen_text(app)

        def key_display(key: str) -> str:
            return app.get_key_display(Binding(key, ""))

        entries = help_entries(Scope.SESSION, key_display)
        assert len(entries) >= 20
        # With the keys of a list and a form: Enter edits, Space ticks off, Delete deletes.
        inner = help_entries(Scope.ENTRY_LIST, key_display)
        inner += help_entries(Scope.ENTRY_FORM, key_display)
        assert {entry.title for entry in inner} >= {"Edit entry", "Tick off", "Delete entry"}
        entries += inner
        for entry in entries:
            # Long lines wrap: the key and title on one line, the help's start after them.
            assert f"{entry.key}  {entry.title}: {entry.help[:20]}" in shown, entry
        # Each group's heading alone on its line in the dialog, its keys below it.
        for group in ("Segments", "Timer", "Listening", "Entries", "Session"):
            assert re.search(rf"█ {group} +█", shown), group
        assert shown.index("█ Timer ") < shown.index("Pause timer") < shown.index("█ Listening ")


async def test_the_privacy_tab_says_where_this_runs_data_lives(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch()
    app = create_app(launch)
    async with app.run_test(size=(120, 60)) as pilot:
        await open_help(pilot)
        await next_tab(pilot, "help-keys")
        await pilot.press("right")
        await wait_until(lambda: active_tab(app) == "help-privacy", "privacy tab open")
        shown = flat(app)
        assert str(launch.data_dir.path) in shown
        assert str(config_file()) in shown
        for heading in ("Share mode", "What never leaves this device", "Where your data lives"):
            assert heading in shown
        assert "--share" in shown


async def test_search_filters_every_tab_and_brings_one_with_matches_forward(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch())
    async with app.run_test(size=(100, 30)) as pilot:
        await open_help(pilot)
        await pilot.press(*"park")
        await wait_until(lambda: "Agenda: pacing" not in screen_text(app), "Agenda filtered out")
        # The session tab keeps the one topic that mentions parking.
        assert active_tab(app) == "help-session"
        assert "Listening: active listening" in screen_text(app)
        # "bell" is only a key: the Keys tab comes forward, with that row and its heading.
        await pilot.press(*["backspace"] * 4, *"bell")
        await wait_until(lambda: active_tab(app) == "help-keys", "Keys tab forward")
        shown = screen_text(app)
        assert "Toggle time-warning bell" in shown
        assert "Session" in shown
        assert "Next segment" not in shown
        # A group's name finds every key of the group.
        await pilot.press(*["backspace"] * 4, *"timer")
        await wait_for_screen_text(pilot, "Pause timer", "Rebalance remaining time")
        assert "Next prompt" not in screen_text(app)
        # Nothing anywhere: the open tab says so; an empty search shows everything again.
        await pilot.press(*"zzqx")
        await wait_for_screen_text(pilot, "Nothing here matches your search.")
        await pilot.press(*["backspace"] * 9)
        await wait_for_screen_text(pilot, "Next segment", "Pause timer")


async def test_help_works_at_60x20_and_closes_back_to_the_session(
    make_launch: LaunchFactory,
) -> None:
    app = create_app(make_launch(language="es"))
    async with app.run_test(size=(60, 20)) as pilot:
        await open_help(pilot)
        shown = screen_text(app)
        for tab in (_("The session"), _("Keys"), _("Sharing and privacy")):
            assert tab in shown, tab
        assert "Escape o F1: cerrar." in shown
        dialog = app.screen.query_one("#help-dialog").region
        assert dialog.right <= 60
        assert dialog.bottom <= 20
        await pilot.press(*"pausa")
        await wait_until(lambda: active_tab(app) == "help-keys", "Teclas forward")
        await wait_for_screen_text(pilot, "Pausar el tiempo")
        await pilot.press("escape")
        await wait_until(lambda: not isinstance(app.screen, HelpScreen), "help closed")
        session_screen(app)
        await open_help(pilot)
        await pilot.press("f1")
        await wait_until(lambda: not isinstance(app.screen, HelpScreen), "help closed by F1")
