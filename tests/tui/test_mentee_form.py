"""Editing the mentee (issue 10.1): name, email, preferred language and private notes,
from the picker (F3 on the highlighted mentee) and from the session (F2, then m; the
palette). Duplicate names stay told apart; cancelling a changed form asks; the private
notes typed here never show while sharing and never leave the machine."""

from __future__ import annotations

from pathlib import Path

import pyperclip  # type: ignore[import-untyped]
import pytest
from textual.app import App
from textual.widgets import TextArea

from sessiontui.cli.main import main as cli_main
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.agreement import AgreementScreen
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.goal_form import GoalFormScreen
from sessiontui.tui.screens.mentee_form import MenteeFormScreen
from sessiontui.tui.screens.mentee_picker import MenteePickerScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import LaunchFactory
from .helpers import (
    list_texts,
    run_from_palette,
    screenshot_text,
    session_screen,
    settle,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
)
from .relationship_data import new_mentee

MARKER = "MENTEE-PRIVATE-NOTES-MARKER"


def _listed(app: App[None]) -> list[str]:
    return list_texts(app, "#picker-mentees")


async def test_the_picker_edits_the_highlighted_mentee_and_keeps_names_told_apart(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch(mentee=None, script=None)
    ana = new_mentee(launch.archive, "Ana", "ana@example.org")
    bea = new_mentee(launch.archive, "Bea")
    app = create_app(launch)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await pilot.press(*"Bea")
        await wait_until(lambda: _listed(app)[0].startswith("Bea"), "Bea first")
        await pilot.press("f3")
        await wait_for_screen(pilot, MenteeFormScreen)
        # Renamed Ana too, with an address of her own; language Spanish; a private note.
        await pilot.press("ctrl+a", "ctrl+k", *"Ana", "tab", *"bea@example.org", "tab")
        await pilot.press("enter", "down", "enter", "tab", *"met at the fair")
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, MenteePickerScreen)
        await wait_for_screen_text(pilot, "Mentee saved.")
        stored = launch.archive.record(bea).mentee
        assert (stored.name, stored.email, stored.language) == ("Ana", "bea@example.org", "es")
        assert stored.private_notes == "met at the fair"
        # Two mentees called Ana now: each shown with her email.
        await pilot.press("ctrl+a", "ctrl+k")
        await wait_until(lambda: len(_listed(app)) == 2, "both listed")
        names = sorted(label.split("\n")[0] for label in _listed(app))
        assert names == ["Ana (ana@example.org)", "Ana (bea@example.org)"]
        assert launch.archive.record(ana).mentee.name == "Ana"
        # Cancelling a changed form asks; "Keep editing" keeps what was typed.
        await pilot.press("f3")
        await wait_for_screen(pilot, MenteeFormScreen)
        await pilot.press(*"x", "escape")
        await wait_for_screen(pilot, ConfirmScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, MenteeFormScreen)
        assert app.screen.query_one("#mentee-name").value.endswith("x")  # type: ignore[attr-defined]


@pytest.fixture
def board(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A working system clipboard, recording what was copied."""
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    monkeypatch.setattr(pyperclip, "paste", lambda: copied[-1] if copied else "")
    return copied


def _cli(data: Path, capsys: pytest.CaptureFixture[str], *command: str) -> str:
    assert cli_main([*command, "--data-dir", str(data)]) == 0
    out = capsys.readouterr()
    return out.out + out.err


async def test_private_notes_typed_here_never_show_while_sharing_and_never_leave(
    make_launch: LaunchFactory, board: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    launch = make_launch()
    launch.mentee_id = new_mentee(launch.archive, "Ana")
    app = create_app(launch)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        live = session_screen(app).live
        await pilot.press("f2")
        await wait_for_screen(pilot, AgreementScreen)
        await pilot.press("m")
        await wait_for_screen(pilot, MenteeFormScreen)
        await pilot.press("tab", "tab", "tab", *MARKER, "ctrl+s")
        await wait_for_screen(pilot, AgreementScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        # Alone, the mentor sees them (the palette's way in this time).
        await run_from_palette(pilot, "Edit mentee")
        await wait_for_screen(pilot, MenteeFormScreen)
        assert MARKER in screenshot_text(app)
        assert app.screen.query_one("#mentee-notes", TextArea).text == MARKER
        # Sharing: nowhere on screen, on the form or behind it.
        await pilot.press("f12")
        await wait_until(lambda: MARKER not in screenshot_text(app), "hidden on the form")
        assert "Hidden while sharing the screen." in screenshot_text(app)
        for size in ((100, 30), (60, 20)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert MARKER not in screenshot_text(app), size
        # Saved while sharing, the notes are kept as they were.
        await pilot.press("ctrl+s")
        await wait_for_screen(pilot, SessionScreen)
        assert MARKER not in screenshot_text(app)
        await pilot.press("f10", "f10")
        await wait_for_screen(pilot, SummaryScreen)
        assert MARKER not in screenshot_text(app)
        await pilot.press("ctrl+s")
        await wait_until(lambda: bool(board), "the summary copied")
        await settle(app)
        mentee_id = live.session.mentee_id

    assert mentee_id is not None
    assert MARKER in launch.archive.layout.record_path(mentee_id).read_text(encoding="utf-8")
    assert launch.archive.record(mentee_id).mentee.private_notes == MARKER
    assert [text for text in board if MARKER in text] == []
    summaries = list(launch.data_dir.summaries_dir.iterdir())
    assert summaries
    assert [path for path in summaries if MARKER in path.read_text(encoding="utf-8")] == []
    data = launch.data_dir.path
    for command in (
        ("mentees",),
        ("history",),
        ("show", "--last"),
        ("export", "--mentee", "Ana", "--format", "md"),
        ("export", "--mentee", "Ana", "--format", "json"),
    ):
        assert MARKER not in _cli(data, capsys, *command), command


async def test_only_a_form_with_the_switch_offers_shared_private(
    make_launch: LaunchFactory,
) -> None:
    launch = make_launch()
    launch.mentee_id = new_mentee(launch.archive, "Ana")
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("f2")
        await wait_for_screen(pilot, AgreementScreen)
        await pilot.press("m")
        await wait_for_screen(pilot, MenteeFormScreen)
        footer = (await wait_for_screen_text(pilot, "Save", "Cancel")).splitlines()[-1]
        assert "Save" in footer
        assert "Shared/private" not in footer
        await pilot.press("ctrl+f")  # nothing to flip: the key does nothing
        assert isinstance(app.screen, MenteeFormScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, AgreementScreen)
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        # The goal form has the switch, and offers it.
        await pilot.press("f11")
        await wait_for_screen(pilot, GoalBoardScreen)
        await pilot.press("a")
        await wait_for_screen(pilot, GoalFormScreen)
        footer = (await wait_for_screen_text(pilot, "Shared/private")).splitlines()[-1]
        assert "Shared/private" in footer
