"""The start screen: the mentee's name and the script, Enter starts."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.widgets import Input, OptionList, Static

from sessiontui.i18n import _
from sessiontui.launch import Launch
from sessiontui.scripts.library import ScriptLibrary, default_script_id
from sessiontui.store import DataDir, DraftStore, SessionArchive
from sessiontui.tui.screens.mentee_picker import MenteePick
from sessiontui.tui.screens.start import StartChoice, StartScreen
from sessiontui.tui.stylesheets import stylesheet

from .helpers import screen_text

USER_SCRIPT = """\
id = "my-own"
title = "My [bold]own[/bold] session"
language = "en"
description = "A short custom session."

[[segments]]
id = "talk"
title = "Open talk"
minutes = 7
kind = "discussion"
"""


class Host(App[None]):
    """Pushes the start screen and records what it dismissed with."""

    CSS_PATH = stylesheet("start.tcss")

    def __init__(self, launch: Launch, pick: MenteePick | None = None) -> None:
        super().__init__()
        self.launch = launch
        self.pick = pick
        self.results: list[StartChoice | None] = []

    def on_mount(self) -> None:
        self.push_screen(StartScreen(self.launch, self.pick), callback=self.results.append)


def make_launch(tmp_path: Path, user_dir: Path | None = None, **fields: object) -> Launch:
    data_dir = DataDir.open(tmp_path / "data")
    return Launch(
        data_dir=data_dir,
        library=ScriptLibrary.load(user_dir),
        drafts=DraftStore(data_dir),
        archive=SessionArchive(data_dir),
        **fields,  # type: ignore[arg-type]
    )


def plain(widget: Static) -> str:
    return str(widget.render())


async def test_typing_a_name_and_enter_starts_with_the_default_script(tmp_path: Path) -> None:
    app = Host(make_launch(tmp_path))
    async with app.run_test() as pilot:
        assert isinstance(app.focused, Input)
        await pilot.press(*"Ana García", "enter")
        await pilot.pause()
    [choice] = app.results
    assert choice is not None
    assert choice.mentee == "Ana García"
    assert choice.script.id == default_script_id("en")


async def test_the_footer_says_enter_starts_when_the_mentee_was_picked(tmp_path: Path) -> None:
    launch = make_launch(tmp_path)
    pick = MenteePick(name="Ana", label="Ana", create=True)
    app = Host(launch, pick)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, OptionList)  # no name to type: the list has the focus
        assert "⏎ Start" in screen_text(app).splitlines()[-1]
        await pilot.press("down", "enter")
        await pilot.pause()
    [choice] = app.results
    assert choice is not None
    assert choice.mentee == "Ana"
    assert choice.script.id != default_script_id("en")  # the one moved to, not the default


async def test_the_default_follows_the_language(tmp_path: Path) -> None:
    app = Host(make_launch(tmp_path, language="es"))
    async with app.run_test() as pilot:
        await pilot.press(*"Lucía", "enter")
        await pilot.pause()
    [choice] = app.results
    assert choice is not None
    assert choice.script.id == default_script_id("es") != default_script_id("en")


async def test_arrow_keys_pick_another_script_from_the_name_field(tmp_path: Path) -> None:
    launch = make_launch(tmp_path)
    entries = launch.library.entries
    default_index = next(i for i, e in enumerate(entries) if e.script.id == default_script_id("en"))
    app = Host(launch)
    async with app.run_test() as pilot:
        await pilot.press(*"Bo", "down", "down", "up")
        # The name field keeps the focus while the arrows move through the scripts.
        assert isinstance(app.focused, Input)
        details = plain(app.screen.query_one("#start-details", Static))
        assert entries[default_index + 1].script.segments[0].title in details
        await pilot.press("enter")
        await pilot.pause()
    [choice] = app.results
    assert choice is not None
    assert choice.script == entries[default_index + 1].script
    assert choice.mentee == "Bo"


async def test_at_100_columns_every_script_is_on_one_line_with_its_length(
    tmp_path: Path,
) -> None:
    # The list is as wide as its longest line: "Sesión de mentoría habitual, 45 minutos
    # ES · 45 min" wrapped its "min" onto a line of its own beside the agenda.
    launch = make_launch(tmp_path)
    app = Host(launch, MenteePick(name="Ana", label="Ana", create=True))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        lines = screen_text(app).replace("\u00a0", " ").splitlines()
    for entry in launch.library.entries:
        meta = f"{entry.script.language.upper()} · {entry.script.total_minutes} min"
        assert any(f"{entry.script.title}  {meta}" in line for line in lines), entry.script.title


async def test_details_show_description_and_agenda_with_minutes(tmp_path: Path) -> None:
    launch = make_launch(tmp_path)
    script = launch.library.get(default_script_id("en"))
    app = Host(launch)
    async with app.run_test():
        details = plain(app.screen.query_one("#start-details", Static))
    assert script.description.strip().split("\n")[0] in details
    for segment in script.segments:
        assert (
            _("{minutes:>3} min  {title}", minutes=segment.minutes, title=segment.title) in details
        )
    assert _("Agenda ({minutes} min)", minutes=script.total_minutes) in details


async def test_a_given_mentee_is_prefilled(tmp_path: Path) -> None:
    app = Host(make_launch(tmp_path, mentee="Zoë"))
    async with app.run_test() as pilot:
        assert app.screen.query_one("#start-mentee", Input).value == "Zoë"
        await pilot.press("enter")
        await pilot.pause()
    [choice] = app.results
    assert choice is not None
    assert choice.mentee == "Zoë"


async def test_a_given_script_is_preselected(tmp_path: Path) -> None:
    launch = make_launch(tmp_path)
    launch.script = launch.library.get("feedback")
    app = Host(launch)
    async with app.run_test() as pilot:
        await pilot.press(*"Kim", "enter")
        await pilot.pause()
    [choice] = app.results
    assert choice is not None
    assert choice.script.id == "feedback"


async def test_empty_name_asks_once_then_continues_without_one(tmp_path: Path) -> None:
    app = Host(make_launch(tmp_path))
    async with app.run_test() as pilot:
        hint = app.screen.query_one("#start-hint", Static)
        assert not hint.display
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == []
        assert hint.display
        assert plain(hint) == _(
            "Enter the mentee's name, or press Enter again to continue without one."
        )
        await pilot.press("enter")
        await pilot.pause()
    [choice] = app.results
    assert choice is not None
    assert choice.mentee == ""


async def test_typing_after_the_reminder_hides_it_and_uses_the_name(tmp_path: Path) -> None:
    app = Host(make_launch(tmp_path))
    async with app.run_test() as pilot:
        await pilot.press("enter", "space")
        await pilot.pause()
        hint = app.screen.query_one("#start-hint", Static)
        assert not hint.display
        # A blank name after the reminder was reset: it asks again.
        await pilot.press("enter")
        await pilot.pause()
        assert app.results == []
        await pilot.press(*"Ada", "enter")
        await pilot.pause()
    [choice] = app.results
    assert choice is not None
    assert choice.mentee == "Ada"


async def test_user_scripts_are_tagged_and_broken_ones_warned_about(tmp_path: Path) -> None:
    user_dir = tmp_path / "scripts"
    user_dir.mkdir()
    (user_dir / "mine.toml").write_text(USER_SCRIPT, encoding="utf-8")
    (user_dir / "broken.toml").write_text("id = [", encoding="utf-8")
    launch = make_launch(tmp_path, user_dir=user_dir)
    assert launch.library.warnings
    app = Host(launch)
    async with app.run_test(size=(100, 40)):
        warnings = app.screen.query_one("#start-warnings", Static)
        assert warnings.display
        shown = plain(warnings)
        assert _("Some of your scripts were left out:") in shown
        for warning in launch.library.warnings:
            assert warning in shown
        options = app.screen.query_one("#start-scripts", OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    mine = [p for p in prompts if "My [bold]own[/bold] session" in p]
    assert len(mine) == 1
    assert _("your script {name}", name="mine.toml") in mine[0]


async def test_no_warnings_no_warning_box(tmp_path: Path) -> None:
    app = Host(make_launch(tmp_path))
    async with app.run_test():
        assert not app.screen.query_one("#start-warnings", Static).display


async def test_a_script_file_outside_the_library_is_offered_and_preselected(
    tmp_path: Path,
) -> None:
    from sessiontui.scripts.loader import parse_script

    launch = make_launch(tmp_path)
    launch.script = parse_script(USER_SCRIPT, "given.toml")
    app = Host(launch)
    async with app.run_test() as pilot:
        options = app.screen.query_one("#start-scripts", OptionList)
        assert options.option_count == len(launch.library.entries) + 1
        await pilot.press(*"Noor", "enter")
        await pilot.pause()
    [choice] = app.results
    assert choice is not None
    assert choice.script.id == "my-own"
