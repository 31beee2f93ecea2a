"""Leak tests: a unique marker typed into every private field, through the keys.

While sharing, no marker is anywhere on the RENDERED screen (the compositor's
rows, toasts included) of any screen that exists: the session at every
width and behind each of its tabs, the help, the palette, the stop-sharing
question, the summary, the resume dialog. Outside share mode the mentor sees
them; they are kept in the local files; they never reach the summary, the
clipboard, the summary file or the CLI's output.
"""

from __future__ import annotations

from pathlib import Path

import pyperclip  # type: ignore[import-untyped]
import pytest
from tests.history import stored_sessions
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import TextArea

from sessiontui.cli.main import main as cli_main
from sessiontui.model import Visibility
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.screens.resume import ResumeScreen
from sessiontui.tui.screens.share_off import ShareOffScreen
from sessiontui.tui.screens.summary import SummaryScreen
from sessiontui.tui.widgets.entry_form import VisibilitySwitch

from .conftest import LaunchFactory
from .helpers import (
    screen_text,
    session_screen,
    settle,
    type_into,
    wait_for_screen,
    wait_until,
)

# Every private field, by where it is typed. One word each, so no wrap splits it.
FIELDS = (
    "note",
    "parked",
    "situation",
    "behaviour",
    "impact",
    "feedback",
    "action",
    "goal",
    "measure",
)
SHARED_WORD = "Agreedopenly"


def markers(tag: str) -> dict[str, str]:
    """One unique word per private field (`tag` tells two rounds apart)."""
    return {field: f"Qz{tag}{field.capitalize()}" for field in FIELDS}


async def _flip_to_private(pilot: Pilot[None], form: str) -> None:
    """Flip the open form's shared/private switch (Ctrl+F) until it says Private."""
    switch = pilot.app.screen.query_one(f"{form} VisibilitySwitch", VisibilitySwitch)
    for _flip in range(2):  # shared -> private; not chosen -> shared -> private
        if switch.value is Visibility.PRIVATE:
            break
        await pilot.press("ctrl+f")
        await pilot.pause()
    assert switch.value is Visibility.PRIVATE


async def add_private_entries(pilot: Pilot[None], words: dict[str, str]) -> None:
    """Type one private entry of every kind, as the mentor would: the switch set to
    private before the text, so nothing private is ever typed in the clear."""
    live = session_screen(pilot.app).live
    await pilot.press("ctrl+g", *words["note"], "enter")  # notes: private by default
    await pilot.press("ctrl+l", *words["parked"], "enter")  # parked thoughts: private

    await pilot.press("ctrl+r")
    await _flip_to_private(pilot, "#feedback-form")
    for field in ("situation", "behaviour", "impact"):
        await type_into(pilot, f"#feedback-{field}", words[field])
    await type_into(pilot, "#feedback-text", words["feedback"])
    await pilot.press("enter")

    await pilot.press("ctrl+o")
    await _flip_to_private(pilot, "#action-form")
    await type_into(pilot, "#action-text", words["action"])
    await pilot.press("enter")

    await pilot.press("ctrl+y")
    await _flip_to_private(pilot, "#goal-form")
    await type_into(pilot, "#goal-measure", words["measure"])
    await type_into(pilot, "#goal-text", words["goal"])
    await pilot.press("enter")
    await pilot.pause()

    session = live.session
    entries = [*session.notes, *session.parking_lot, *session.feedback]
    entries += [*session.action_items, *session.goals]
    texts = " ".join(repr(entry) for entry in entries if entry.visibility is Visibility.PRIVATE)
    missing = [word for word in words.values() if word not in texts]
    assert not missing, f"not added as private entries: {missing}: {session!r}"


def assert_hidden(pilot: Pilot[None], words: list[str], where: str) -> None:
    shown = screen_text(pilot.app)
    leaked = [word for word in words if word in shown]
    assert not leaked, f"{where}: {leaked} on the shared screen:\n{shown}"
    assert "[private]" not in shown, f"{where}: a private label on the shared screen"


@pytest.fixture
def board(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A working system clipboard, recording what was copied."""
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    monkeypatch.setattr(pyperclip, "paste", lambda: copied[-1] if copied else "")
    return copied


async def walk_the_session_and_its_dialogs(pilot: Pilot[None], words: list[str]) -> None:
    """Every view of the session while sharing: each width, each pane's key, the dialogs."""
    for size in ((100, 30), (80, 24), (60, 20)):
        await pilot.resize_terminal(*size)
        # Each form's key brings its pane (or tab) forward.
        for key in ("ctrl+g", "ctrl+l", "ctrl+r", "ctrl+o", "ctrl+y", "escape"):
            await pilot.press(key)
            await pilot.pause()
            assert_hidden(pilot, words, f"session {size} after {key}")
    for key, dialog in (("f1", HelpScreen), ("ctrl+p", CommandPalette), ("f12", ShareOffScreen)):
        await pilot.press(key)
        await wait_for_screen(pilot, dialog)
        assert_hidden(pilot, words, dialog.__name__)
        await pilot.press("escape")


async def send_the_summary(pilot: Pilot[None], words: list[str], board: list[str]) -> str:
    """Finish, check the summary screen, add the mentor's own words, send; the text sent."""
    await pilot.resize_terminal(80, 24)
    await pilot.press("f10", "f10")
    await wait_for_screen(pilot, SummaryScreen)
    assert_hidden(pilot, words, "summary")
    editor = pilot.app.screen.query_one("#summary-text", TextArea)
    assert SHARED_WORD in editor.text
    # The mentor's own words go in as typed; nothing private comes back with them.
    await pilot.press(*"See you soon. ")
    await pilot.press("ctrl+s")
    await wait_until(lambda: bool(board), "the summary copied")
    await settle(pilot.app)
    assert editor.text.startswith("See you soon. ")
    assert_hidden(pilot, words, "summary after sending")
    return editor.text


def cli_output(data_dir: Path, capsys: pytest.CaptureFixture[str], *command: str) -> str:
    """What `sessiontui COMMAND --data-dir DATA` prints (it must succeed)."""
    assert cli_main([*command, "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr()
    return out.out + out.err


async def test_nothing_private_shows_anywhere_while_sharing_and_nothing_leaves(
    make_launch: LaunchFactory, board: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    launch = make_launch()
    app = create_app(launch)
    before, during = markers("A"), markers("B")
    everything = [*before.values(), *during.values()]
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await add_private_entries(pilot, before)
        # A shared note (Ctrl+F flips the note's private default).
        await pilot.press("ctrl+g", "ctrl+f", *SHARED_WORD, "enter")
        # Alone, the mentor sees every entry.
        shown = screen_text(app)
        assert [word for word in before.values() if word not in shown] == []

        await pilot.press("f12")
        await pilot.pause()
        assert_hidden(pilot, everything, "sharing")
        # Typed while sharing: dots as it is typed, then gone; "Saved privately." only.
        await add_private_entries(pilot, during)
        assert_hidden(pilot, everything, "typed while sharing")
        assert SHARED_WORD in screen_text(app)
        await walk_the_session_and_its_dialogs(pilot, everything)
        sent = await send_the_summary(pilot, everything, board)

    assert board == [sent]
    [summary_file] = list(launch.data_dir.summaries_dir.iterdir())
    assert summary_file.read_text(encoding="utf-8") == sent
    assert [word for word in everything if word in sent] == []

    # Kept in the mentor's own files, all of them.
    [stored] = stored_sessions(launch.data_dir)
    assert [word for word in everything if word not in stored.model_dump_json()] == []

    data = launch.data_dir.path
    for command in (
        ("show", "--last"),
        ("history",),
        ("export", "--mentee", "Ana", "--format", "md"),
        ("export", "--mentee", "Ana", "--format", "json"),
    ):
        printed = cli_output(data, capsys, *command)
        assert [word for word in everything if word in printed] == [], command
    everything_out = cli_output(
        data, capsys, "export", "--mentee", "Ana", "--format", "json", "--include-private"
    )
    assert before["note"] in everything_out


async def test_the_resume_dialog_shows_a_draft_as_if_it_had_nothing_private(
    make_launch: LaunchFactory,
) -> None:
    """Counts count what may be shown: with sharing on, a draft with private entries
    looks exactly like the same draft without them."""
    words = markers("C")
    screens: list[str] = []
    for private in (True, False):
        launch = make_launch()
        app = create_app(launch)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("ctrl+o", *"Send the CV", "enter")
            if private:
                await add_private_entries(pilot, words)
            await settle(app)
            await pilot.press("ctrl+q")
        draft = launch.drafts.load().session
        assert draft is not None
        resumed = create_app(make_launch(draft=draft, script=None, mentee=None, share=True))
        async with resumed.run_test(size=(80, 24)) as pilot:
            await wait_for_screen(pilot, ResumeScreen)
            await pilot.pause()
            assert_hidden(pilot, list(words.values()), "resume")
            screens.append(screen_text(resumed))
    with_private, without = screens
    assert with_private == without
