"""The summary's subject apart from its text: the clipboard gets the text, F2 the subject,
F3 hands both to the mail app (or says truthfully that none can be opened)."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pyperclip  # type: ignore[import-untyped]
import pytest
from textual.widgets import Static, TextArea

from sessiontui.model import Mentee
from sessiontui.summary import render_summary

from .helpers import wait_until
from .test_summary_screen import FakeBoard, Host, finished_session, make_launch, send, status

FAKE_OPENER = """#!/bin/sh
printf '%s' "$1" > "{out}"
exit {status}
"""


@pytest.fixture
def board(monkeypatch: pytest.MonkeyPatch) -> FakeBoard:
    fake = FakeBoard()
    monkeypatch.setattr(pyperclip, "copy", fake.copy)
    monkeypatch.setattr(pyperclip, "paste", fake.paste)
    return fake


def fake_opener(folder: Path, out: Path, status: int = 0) -> None:
    """An `xdg-open` on PATH that writes the link it was given to `out`."""
    folder.mkdir()
    script = folder / "xdg-open"
    script.write_text(FAKE_OPENER.format(out=out, status=status), encoding="utf-8")
    script.chmod(stat.S_IRWXU)


async def test_the_subject_is_shown_apart_and_only_the_text_is_copied(
    tmp_path: Path, board: FakeBoard
) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    expected = render_summary(session)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        subject = str(app.screen.query_one("#summary-subject", Static).render())
        assert subject == f"Subject: {expected.subject}"
        await send(app, pilot)
    assert board.text == expected.body
    assert expected.subject not in board.text


async def test_f2_copies_the_subject(tmp_path: Path, board: FakeBoard) -> None:
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f2")
        await wait_until(lambda: board.text != "", "the subject reaches the clipboard")
        await wait_until(lambda: "Subject copied" in status(app), "the status says so")
        assert status(app) == "Subject copied to the clipboard."
    assert board.text == render_summary(session).subject
    assert not launch.data_dir.summaries_dir.exists()  # copying the subject saves nothing


@pytest.mark.usefixtures("board")
async def test_f3_hands_subject_text_to_the_mail_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "link.txt"
    fake_opener(tmp_path / "bin", out)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    launch = make_launch(tmp_path)
    session = finished_session(launch)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+end", *"PS: ¡hasta pronto! & 100%")
        edited = app.screen.query_one("#summary-text").text  # type: ignore[attr-defined]
        await pilot.press("f3")
        await wait_until(lambda: "mail app" in status(app), "the status reports the mail app")
        assert status(app) == "Handed to your mail app: check its window."
    link = urlsplit(out.read_text(encoding="utf-8"))
    assert link.scheme == "mailto"
    query = parse_qs(link.query)
    assert query["subject"] == [render_summary(session).subject]
    assert query["body"] == [edited.replace("\n", "\r\n")]
    assert unquote(link.path) == ""  # no address known for this mentee


@pytest.mark.usefixtures("board")
async def test_f3_addresses_the_mentees_stored_email(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "link.txt"
    fake_opener(tmp_path / "bin", out)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    launch = make_launch(tmp_path)
    mentee = launch.archive.create_mentee(
        Mentee(created_at=datetime.now(UTC), name="José Núñez", email="jose@example.org")
    )
    session = finished_session(launch, mentee_id=mentee.id)
    app = Host(launch, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await wait_until(lambda: "mail app" in status(app), "the status reports the mail app")
    assert unquote(urlsplit(out.read_text(encoding="utf-8")).path) == "jose@example.org"


async def test_f3_without_an_opener_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, board: FakeBoard
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert not os.path.exists(tmp_path / "empty")
    launch = make_launch(tmp_path)
    app = Host(launch, finished_session(launch))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await wait_until(lambda: "xdg-open" in status(app), "the status reports no opener")
        assert status(app) == (
            "No mail app can be opened from here (xdg-open is not available): "
            "copy the subject and the text instead."
        )


async def test_ctrl_home_and_ctrl_end_jump_to_the_start_and_the_end(
    tmp_path: Path, board: FakeBoard
) -> None:
    launch = make_launch(tmp_path)
    app = Host(launch, finished_session(launch))
    async with app.run_test(size=(80, 24)) as pilot:
        editor = app.screen.query_one("#summary-text", TextArea)
        await pilot.press("down", "down", "ctrl+end", *"PS")
        assert editor.text.endswith("\nPS")
        await pilot.press("ctrl+home", *"Ok ")
        assert editor.text.startswith("Ok Hi ")
        await pilot.press("ctrl+shift+end")
        assert editor.selected_text == editor.text[3:]


async def test_nothing_typed_during_copy_and_save_is_lost_silently(
    tmp_path: Path, board: FakeBoard
) -> None:
    """The text being delivered is fixed at ctrl+s: the editor takes no keys meanwhile."""
    launch = make_launch(tmp_path)
    app = Host(launch, finished_session(launch))
    async with app.run_test(size=(80, 24)) as pilot:
        editor = app.screen.query_one("#summary-text", TextArea)
        await pilot.press("ctrl+s")
        assert editor.read_only
        await pilot.press(*"late")
        await app.workers.wait_for_complete()
    assert "late" not in editor.text
    assert board.text == editor.text
