"""Leak tests: a unique marker typed into every private field, through the keys,
then every screen that exists walked the way the mentor reaches it.

Once per module, two launches on one data folder, as a mentor lives them:
1. alone: the picker makes Ana; every private entry of the session, a private
   long-term goal with a check-in note and the agreement's private notes are
   typed (markers "A"); finished, and the summary copied and saved;
2. with --share: Ana picked; the session's private entries, a private goal and
   agreement notes typed while sharing (markers "B"); Ctrl+Q keeps the draft.

Each view is a third launch on a copy of that folder, sharing or not, from the
resume dialog, reading the RENDERED screen (toasts included): while sharing no
marker or private label is on it; alone, the mentor sees them. Counts count
what is shown. Nothing private leaves: summary, clipboard, summary file, CLI.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import pyperclip  # type: ignore[import-untyped]
import pytest
from textual.pilot import Pilot
from textual.widgets import Button, TextArea

from sessiontui.cli.main import main as cli_main
from sessiontui.launch import Launch
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.tui.app import create_app
from sessiontui.tui.screens.agreement import AgreementScreen
from sessiontui.tui.screens.agreement_form import AgreementFormScreen
from sessiontui.tui.screens.carried_review import CarriedReviewScreen
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.help import HelpScreen
from sessiontui.tui.screens.history import HistoryScreen, SessionReadScreen
from sessiontui.tui.screens.mentee_picker import MenteePickerScreen
from sessiontui.tui.screens.resume import ResumeScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.share_off import ShareOffScreen
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import ManualClock, launch_on
from .helpers import (
    escape_to,
    screen_text,
    settle,
    wait_for_screen,
    wait_for_screen_text,
    wait_until,
)
from .private_typing import (
    RELATIONSHIP_FIELDS,
    add_private_entries,
    add_private_relationship,
    add_shared_goal,
    assert_hidden,
    markers,
    tab_to,
)
from .textual_private import press_effect_showing

SHARED_NOTE = "Agreedopenly"
SHARED_ACTION = "Send the CV"
SHARED_GOAL = "Speakatameetup"
BANNER = "SHARING: private entries are hidden"
NO_BANNER = ("help", "link", "agreement form", "stop")  # dialogs and forms over a screen
A_SESSION, A_RELATIONSHIP = markers("A"), markers("A", RELATIONSHIP_FIELDS)
B_SESSION = markers("B")
# While sharing, the private goal is not listed: no check-in of it can be typed.
B_RELATIONSHIP = {k: v for k, v in markers("B", RELATIONSHIP_FIELDS).items() if k != "checkin"}
EVERY_MARKER = [
    *A_SESSION.values(),
    *A_RELATIONSHIP.values(),
    *B_SESSION.values(),
    *B_RELATIONSHIP.values(),
]


@dataclass
class Lived:
    """The data folder after the two launches, and what was copied then."""

    folder: Path
    copied: list[str]


def _launch(folder: Path, **overrides: object) -> Launch:
    return launch_on(folder, ManualClock(), ScriptLibrary.load(None), mentee=None, **overrides)


async def _first_launch(folder: Path) -> None:
    """Alone: Ana made in the picker; everything typed; finished, copied and saved."""
    app = create_app(_launch(folder))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await pilot.press(*"Ana", "enter")
        await wait_for_screen(pilot, ConfirmScreen)
        await pilot.press("left", "enter")  # Create
        await wait_for_screen(pilot, SessionScreen)
        await pilot.press("ctrl+o", *SHARED_ACTION, "enter")
        await pilot.press("ctrl+g", "ctrl+f", *SHARED_NOTE, "enter")  # a shared note
        await add_private_entries(pilot, A_SESSION)
        await pilot.press("f11")
        await wait_for_screen(pilot, GoalBoardScreen)
        await add_shared_goal(pilot, SHARED_GOAL)
        await pilot.press("escape")
        await wait_for_screen(pilot, SessionScreen)
        await add_private_relationship(pilot, A_RELATIONSHIP)
        await pilot.press("f10", "f10")
        await wait_for_screen(pilot, SummaryScreen)
        await pilot.press("ctrl+s")
        await wait_until(lambda: app.screen.query_one("#summary-quit").display, "stored")


async def _second_launch(folder: Path) -> None:
    """With --share: Ana picked; everything typed while sharing; Ctrl+Q keeps the draft."""
    app = create_app(_launch(folder, share=True))
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await wait_for_screen(pilot, MenteePickerScreen)
        await wait_for_screen_text(pilot, "Ana", BANNER)
        await pilot.press("enter")
        await wait_for_screen(pilot, SessionScreen)
        await add_private_entries(pilot, B_SESSION)
        await add_private_relationship(pilot, B_RELATIONSHIP)
        assert_hidden(screen_text(app), EVERY_MARKER, "after typing while sharing")
        await settle(app)
        await pilot.press("ctrl+q")


@pytest.fixture(scope="module")
def lived(tmp_path_factory: pytest.TempPathFactory) -> Lived:
    """The two launches, once for the module (typing every field takes a while)."""
    folder = tmp_path_factory.mktemp("lived") / "data"
    copied: list[str] = []
    with pytest.MonkeyPatch.context() as patch:
        # A working system clipboard, recording what was copied.
        patch.setattr(pyperclip, "copy", copied.append)
        patch.setattr(pyperclip, "paste", lambda: copied[-1] if copied else "")
        asyncio.run(_first_launch(folder))
        asyncio.run(_second_launch(folder))
    return Lived(folder, copied)


def _resumed(lived: Lived, tmp_path: Path, *, share: bool) -> Launch:
    """A third launch on a copy of the folder: the draft it finds is offered to resume."""
    folder = tmp_path / "data"
    shutil.copytree(lived.folder, folder)
    launch = _launch(folder, share=share)
    launch.draft = launch.drafts.load().session
    assert launch.draft is not None
    return launch


# --- every view, reached by the mentor's keys: what it saw, (where, rendered screen) ---
Seen = list[tuple[str, str]]
Walk = Callable[[Pilot[None]], Awaitable[Seen]]


async def _look(pilot: Pilot[None], where: str, screen: type[object]) -> tuple[str, str]:
    await wait_for_screen(pilot, screen)
    await pilot.pause()
    return where, screen_text(pilot.app)


async def _resume(pilot: Pilot[None]) -> Seen:
    await wait_for_screen(pilot, ResumeScreen)
    return [("resume", await wait_for_screen_text(pilot, "Parked thoughts:"))]


async def _session(pilot: Pilot[None]) -> tuple[str, str]:
    await wait_for_screen(pilot, ResumeScreen)
    await pilot.press("enter")  # Resume
    return await _look(pilot, "session", SessionScreen)


async def _session_panes(pilot: Pilot[None]) -> Seen:
    """Each form's key brings its pane (or, when narrow, its tab) forward; the
    palette; the help and its tabs."""
    seen = [await _session(pilot)]
    for key in ("ctrl+g", "ctrl+l", "ctrl+r", "ctrl+o", "ctrl+y", "escape", "ctrl+p", "escape"):
        await pilot.press(key)
        await pilot.pause()
        seen.append((f"session after {key}", screen_text(pilot.app)))
    await pilot.press("f1")
    seen.append(await _look(pilot, "help", HelpScreen))
    for tab in range(2):
        await pilot.press("right")
        await pilot.pause()
        seen.append((f"help tab {tab + 2}", screen_text(pilot.app)))
    await escape_to(pilot, SessionScreen)
    if getattr(pilot.app, "share_mode", False):
        await pilot.press("f12")  # asks before it stops
        seen.append(await _look(pilot, "stop sharing?", ShareOffScreen))
    return seen


async def _summary(pilot: Pilot[None]) -> Seen:
    await wait_for_screen(pilot, ResumeScreen)
    await pilot.press("right", "enter")  # Finish now
    return [await _look(pilot, "summary", SummaryScreen)]


async def _picker(pilot: Pilot[None]) -> Seen:
    await wait_for_screen(pilot, ResumeScreen)
    await pilot.press("right", "right", "enter")  # Discard
    discard = pilot.app.screen.query_one("#discard", Button)
    # Past the press effect, which swallows a too-quick second Enter.
    await wait_until(lambda: not press_effect_showing(discard), "the press effect over")
    await pilot.press("enter")  # and confirm
    await wait_for_screen(pilot, MenteePickerScreen)
    return [("picker", await wait_for_screen_text(pilot, "open action item"))]


async def _relationship(pilot: Pilot[None]) -> Seen:
    """The relationship's screens over the session: the goal board and its link
    choice, the agreement and its form, the follow-up (F4), the history from the
    board and one stored session opened."""
    seen = [await _session(pilot)]
    await pilot.press("ctrl+n")  # the review segment: its offer counts what was carried over
    seen.append(("offer", await wait_for_screen_text(pilot, "carried over")))
    await pilot.press("f11")
    seen.append(await _look(pilot, "goal board", GoalBoardScreen))
    await pilot.press("l")
    # A choice of this session's goals, or a toast saying there is none.
    seen.append(("link", await wait_for_screen_text(pilot, "session goal")))
    await escape_to(pilot, GoalBoardScreen)
    await pilot.press("h")
    seen.append(await _look(pilot, "history", HistoryScreen))
    await pilot.press("enter")
    seen.append(await _look(pilot, "stored session", SessionReadScreen))
    await escape_to(pilot, SessionScreen)
    await pilot.press("f2")
    seen.append(await _look(pilot, "agreement", AgreementScreen))
    await pilot.press("e")
    await wait_for_screen(pilot, AgreementFormScreen)
    await tab_to(pilot, "agree-private")
    seen.append(await _look(pilot, "agreement form", AgreementFormScreen))
    await escape_to(pilot, SessionScreen)
    await pilot.press("f4")
    seen.append(await _look(pilot, "follow-up", CarriedReviewScreen))
    return seen


@dataclass(frozen=True)
class View:
    """Screens, how they are reached, and what the mentor alone sees there."""

    name: str
    walk: Walk
    mentor_sees: tuple[str, ...] = ()
    # Texts (counts, empty states) as the mentor sees them, and while sharing.
    texts: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    size: tuple[int, int] = (100, 30)


SESSION_SEES = tuple(B_SESSION.values())
# At 100x30 the notes are below the parked thoughts, out of the listening pane's view.
WIDE_SESSION_SEES = tuple(word for word in SESSION_SEES if word != B_SESSION["note"])
VIEWS = [
    View(
        "resume",
        _resume,
        texts=(
            ("Goals: 1 · Feedback: 2 · Action items: 1", "Notes: 1 · Parked thoughts: 1"),
            ("Goals: 0 · Feedback: 0 · Action items: 0", "Notes: 0 · Parked thoughts: 0"),
        ),
    ),
    View("session-100x30", _session_panes, WIDE_SESSION_SEES),
    View("session-60x20", _session_panes, SESSION_SEES, size=(60, 20)),
    View("summary", _summary, texts=((SHARED_ACTION,), (SHARED_ACTION,))),
    View("picker", _picker, texts=(("2 open action items",), ("1 open action item",))),
    View(
        "relationship",
        _relationship,
        # The goal board, the link choice, the stored session, the agreement
        # (and its form), the follow-up.
        (
            *(A_RELATIONSHIP[field] for field in ("lgoal", "lmeasure", "checkin")),
            B_SESSION["goal"],
            *A_SESSION.values(),
            A_RELATIONSHIP["agreement"],
            B_RELATIONSHIP["agreement"],
        ),
        texts=(
            ("3 items carried over", SHARED_GOAL, "3 items left to review"),
            ("1 item carried over", SHARED_GOAL, "No session goals yet", "1 item left to review"),
        ),
        # Tall enough for a stored session's summary and every entry below it.
        size=(100, 60),
    ),
]


@pytest.mark.parametrize("sharing", [True, False], ids=["sharing", "alone"])
@pytest.mark.parametrize("view", VIEWS, ids=lambda view: view.name)
async def test_private_markers_show_only_to_the_mentor_alone(
    lived: Lived, tmp_path: Path, view: View, sharing: bool
) -> None:
    app = create_app(_resumed(lived, tmp_path, share=sharing))
    async with app.run_test(size=view.size, notifications=True) as pilot:
        seen = await view.walk(pilot)
        if sharing:
            for where, text in seen:
                assert_hidden(text, EVERY_MARKER, where)
                assert BANNER in text or where.startswith(NO_BANNER), f"{where}: no banner"
        else:
            everything = "\n".join(text for _where, text in seen)
            unseen = [word for word in view.mentor_sees if word not in everything]
            assert not unseen, f"{view.name}: the mentor does not see {unseen}:\n{everything}"
            # F12 starts sharing at once: what was on screen goes with it.
            await pilot.press("f12")
            await pilot.pause()
            assert_hidden(screen_text(app), EVERY_MARKER, f"{view.name} after F12")
    for text in view.texts[sharing]:
        assert any(text in shown for _where, shown in seen), f"{view.name}: no {text!r}"


# --- what leaves the machine -------------------------------------------------------------


def _cli(folder: Path, capsys: pytest.CaptureFixture[str], *command: str) -> str:
    """What `sessiontui COMMAND --data-dir FOLDER` prints (it must succeed)."""
    assert cli_main([*command, "--data-dir", str(folder)]) == 0
    out = capsys.readouterr()
    return out.out + out.err


def test_kept_in_the_mentors_files_and_never_sent(
    lived: Lived, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _resumed(lived, tmp_path, share=False).data_dir.path
    [sent] = lived.copied
    [summary_file] = [p for p in (folder / "summaries").iterdir() if p.suffix == ".txt"]
    assert summary_file.read_text(encoding="utf-8") == sent
    assert [SHARED_ACTION in sent, SHARED_NOTE in sent] == [True, True]
    assert [word for word in EVERY_MARKER if word in sent] == []

    # Every marker is in the mentor's own files (the history and the draft), and
    # in no other file of the folder (summaries, calendar files, logs).
    stored = ""
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8", errors="replace")
        private_store = path.parent.name == "sessions" or path.name in ("mentee.json", "draft.json")
        if private_store:
            stored += text
        else:
            leaked = [word for word in EVERY_MARKER if word in text]
            assert not leaked, f"{path}: {leaked}"
    assert [word for word in EVERY_MARKER if word not in stored] == []

    for command in (
        ("show", "--last"),
        ("history",),
        ("mentees",),
        ("export", "--mentee", "Ana", "--format", "md"),
        ("export", "--mentee", "Ana", "--format", "json"),
    ):
        printed = _cli(folder, capsys, *command)
        assert [word for word in EVERY_MARKER if word in printed] == [], command
    everything = _cli(
        folder, capsys, "export", "--mentee", "Ana", "--format", "json", "--include-private"
    )
    assert A_SESSION["note"] in everything


async def test_an_edit_of_the_summary_never_brings_private_content_back(
    lived: Lived, tmp_path: Path
) -> None:
    """The summary marks what will be sent; the mentor's own words go in as typed,
    stay as typed after a quit and a resume, and nothing private comes with them."""
    launch = _resumed(lived, tmp_path, share=False)
    app = create_app(launch)
    async with app.run_test(size=(80, 24)) as pilot:
        await _summary(pilot)
        shown = await wait_for_screen_text(pilot, "What will be sent")
        assert_hidden(shown, EVERY_MARKER, "the summary, alone")
        await pilot.press(*"Thanks, Ana. ")
        edited = app.screen.query_one("#summary-text", TextArea).text
        assert edited.startswith("Thanks, Ana. ")
        await settle(app)
        await pilot.press("ctrl+q")

    again = _launch(launch.data_dir.path)
    again.draft = again.drafts.load().session
    copied: list[str] = []
    app = create_app(again)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pyperclip, "copy", copied.append)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_screen(pilot, SummaryScreen)
            assert app.screen.query_one("#summary-text", TextArea).text == edited
            await pilot.press("ctrl+s")
            await wait_until(lambda: app.screen.query_one("#summary-quit").display, "stored")
    assert not again.data_dir.draft_path.exists()  # stored: nothing kept to resume
    assert copied == [edited]
    assert [word for word in EVERY_MARKER if word in edited] == []
