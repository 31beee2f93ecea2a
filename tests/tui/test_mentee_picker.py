"""The mentee picker (issue 10.1): known mentees with their last session, open
action items and next date; typing filters; a new name asks before it is made;
two mentees of one name are told apart; then the script, as before."""

from __future__ import annotations

from datetime import timedelta

from textual.app import App
from textual.widgets import Static

from sessiontui.model import ActionItem, Owner
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.service.start import begin_session
from sessiontui.store import SessionArchive
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.history import HistoryScreen
from sessiontui.tui.screens.mentee_picker import MenteePickerScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.start import StartScreen

from .conftest import START_WALL, LaunchFactory
from .helpers import (
    list_texts,
    screen_text,
    screenshot_text,
    session_screen,
    wait_for_screen,
    wait_for_screen_text,
)
from .relationship_data import new_mentee


def _store_session(archive: SessionArchive, mentee_id: str, days_ago: int, actions: int) -> None:
    """A finished session with `actions` open action items, stored for the mentee."""
    script = ScriptLibrary.load(None).get("regular")
    started = START_WALL - timedelta(days=days_ago)
    session = begin_session(archive, script, started, mentee_name="", mentee_id=mentee_id)
    session.action_items = [
        ActionItem(text=f"Step {n}", owner=Owner.MENTEE, created_at=started, segment_id="x")
        for n in range(actions)
    ]
    session.finished_at = started + timedelta(hours=1)
    archive.add(session)


def _listed(app: App[None]) -> list[str]:
    return list_texts(app, "#picker-mentees")


async def test_known_mentees_are_listed_with_their_figures_and_typing_filters(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch(mentee=None, script=None)
    ana = new_mentee(launch.archive, "Ana García")
    _store_session(launch.archive, ana, days_ago=7, actions=2)
    new_mentee(launch.archive, "Bruno")
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        text = await wait_for_screen_text(pilot, "Ana García", "Bruno")
        assert "last session Mar 7, 2025" in text
        assert "2 open action items" in text
        assert "no session yet" in text
        await pilot.press(*"gar")
        await pilot.pause()
        listed = _listed(app)
        assert len(listed) == 2
        assert listed[0].startswith("Ana García")
        assert listed[1] == "+ New mentee: gar"
        # Enter takes the first match: the stored mentee, no question asked.
        await pilot.press("enter")
        await wait_for_screen(pilot, StartScreen)
        assert "With Ana García" in screen_text(app)
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        session = session_screen(app).live.session
        assert session.mentee_id == ana
        assert [item.text for item in session.relationship.carried] == ["Step 0", "Step 1"]


async def test_a_new_name_asks_first_and_no_keeps_typing(make_launch: LaunchFactory) -> None:
    launch = make_launch(mentee=None, script=None)
    app = create_app(launch)
    async with app.run_test(size=(60, 20)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        assert "No mentees yet" in screen_text(app)
        await pilot.press(*"Carla", "enter")
        await wait_for_screen(pilot, ConfirmScreen)
        assert "Create a new mentee called Carla?" in screen_text(app)
        await pilot.press("escape")
        await wait_for_screen(pilot, MenteePickerScreen)
        assert launch.archive.mentees() == []
        await pilot.press(*" Ruiz", "enter")
        await wait_for_screen(pilot, ConfirmScreen)
        await pilot.press("enter")  # the question starts on Create
        await wait_for_screen(pilot, StartScreen)
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        [entry] = launch.archive.mentees()
        assert entry.name == "Carla Ruiz"
        assert session_screen(app).live.session.mentee_id == entry.id


async def test_two_mentees_of_one_name_are_told_apart_and_a_third_can_be_made(
    make_launch: LaunchFactory, library: ScriptLibrary
) -> None:
    launch = make_launch(mentee=None, script=library.get("regular"))
    first = new_mentee(launch.archive, "Ana", "ana@one.example")
    new_mentee(launch.archive, "Ana", "ana@two.example")
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await pilot.press(*"ana")
        await pilot.pause()
        listed = _listed(app)
        assert [line.split("\n")[0] for line in listed] == [
            "Ana (ana@one.example)",
            "Ana (ana@two.example)",
            "+ New mentee: ana",
        ]
        # The script was given on the command line: the session starts at once.
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        assert session_screen(app).live.session.mentee_id == first


async def test_a_second_mentee_of_the_same_name_is_a_new_record(
    make_launch: LaunchFactory, library: ScriptLibrary
) -> None:
    launch = make_launch(mentee=None, script=library.get("regular"))
    new_mentee(launch.archive, "Ana", "ana@one.example")
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await pilot.press(*"Ana", "down", "enter")
        await wait_for_screen(pilot, ConfirmScreen)
        await pilot.press("enter")  # the question starts on Create
        await wait_for_screen(pilot, SessionScreen)
        names = sorted((e.name, e.email) for e in launch.archive.mentees())
        assert names == [("Ana", ""), ("Ana", "ana@one.example")]


async def test_enter_without_a_name_asks_once_then_goes_on(make_launch: LaunchFactory) -> None:
    app = create_app(make_launch(mentee=None, script=None))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await pilot.press("enter")
        await wait_for_screen_text(pilot, "press Enter again to continue without one")
        await pilot.press("enter")
        await wait_for_screen(pilot, StartScreen)


async def test_f2_opens_the_highlighted_mentees_history(make_launch: LaunchFactory) -> None:
    launch = make_launch(mentee=None, script=None)
    ana = new_mentee(launch.archive, "Ana")
    _store_session(launch.archive, ana, days_ago=7, actions=0)
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await pilot.press("f2")
        await wait_for_screen(pilot, HistoryScreen)
        await wait_for_screen_text(pilot, "History with Ana", "Mar 7, 2025")
        await pilot.press("escape")
        await wait_for_screen(pilot, MenteePickerScreen)


async def test_each_mentee_shows_sessions_per_month_as_the_history_draws_them(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch(mentee=None, script=None)
    ana = new_mentee(launch.archive, "Ana")
    for days_ago in (7, 14, 40):  # one in March, two in February
        _store_session(launch.archive, ana, days_ago=days_ago, actions=0)
    new_mentee(launch.archive, "Bruno")
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await wait_for_screen_text(pilot, "Ana", "Bruno")
        ana_row, bruno_row = _listed(app)
        # The last twelve months, oldest first: the busiest month full, half as many half.
        assert ana_row.split("\n")[0] == "Ana  ··········█▄"
        assert bruno_row.split("\n")[0] == "Bruno"  # nothing stored yet: no picture
        await pilot.press("f2")
        await wait_for_screen(pilot, HistoryScreen)
        chart = app.screen.query_one("#history-months", Static).render()
        assert "· · · · · · · · · · █ ▄" in str(chart)


async def test_while_sharing_no_other_mentee_shows_until_their_name_is_typed(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch(mentee=None, script=None, share=True)
    carla = new_mentee(launch.archive, "Carla Ruiz")
    _store_session(launch.archive, carla, days_ago=7, actions=2)
    new_mentee(launch.archive, "Bruno Díaz")
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await wait_for_screen_text(pilot, "Sharing: type the mentee's name")
        text = screenshot_text(app)
        assert "Carla" not in text
        assert "Bruno" not in text
        await pilot.press(*"ru")  # two letters match no one
        await pilot.pause()
        assert "Carla" not in screenshot_text(app)
        await pilot.press("i")  # a word of "Carla Ruiz" starts with "rui"
        await wait_for_screen_text(pilot, "Carla Ruiz")
        text = screenshot_text(app)
        assert "Bruno" not in text
        assert "open action" not in text
        assert "last session" not in text
        await pilot.press("enter")
        await wait_for_screen(pilot, StartScreen)


async def test_sharing_turned_on_in_the_picker_hides_the_list(make_launch: LaunchFactory) -> None:
    launch = make_launch(mentee=None, script=None)
    new_mentee(launch.archive, "Carla Ruiz")
    new_mentee(launch.archive, "Bruno Díaz")
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await wait_for_screen_text(pilot, "Carla Ruiz", "Bruno Díaz")
        await pilot.press("f12")
        await wait_for_screen_text(pilot, "Sharing: type the mentee's name")
        text = screenshot_text(app)
        assert "Carla" not in text
        assert "Bruno" not in text
        await pilot.press(*"bru")  # the start of the name
        await wait_for_screen_text(pilot, "Bruno Díaz")
        assert "Carla" not in screenshot_text(app)
