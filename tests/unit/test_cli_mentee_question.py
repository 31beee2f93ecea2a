"""The question before a new mentee is created: yes in the mentor's language, with or
without its accent ("si" is typed where a keyboard has no "í"); anything else is no."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from sessiontui.cli.mentee_choice import choose_mentee
from sessiontui.cli.output import Output
from sessiontui.errors import UserError
from sessiontui.i18n import set_language
from sessiontui.store import DataDir, SessionArchive


class _Answering(Output):
    """A terminal where the mentor answers `answer`."""

    def __init__(self, answer: str) -> None:
        super().__init__(io.StringIO(), io.StringIO())
        self.answer = answer
        self.asked: list[str] = []

    def ask(self, question: str) -> str | None:
        self.asked.append(question)
        return self.answer


@pytest.fixture
def spanish() -> Iterator[None]:
    set_language("es")
    yield
    set_language("en")


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize("answer", ["s", "S", "sí", "si", " SI ", "Sí", "y", "yes"])
def test_spanish_yes_with_or_without_accent_creates(tmp_path: Path, answer: str) -> None:
    archive = SessionArchive(DataDir.open(tmp_path / "data"))
    output = _Answering(answer)
    name, mentee_id = choose_mentee(archive, "Lucía", False, "es", output)
    assert name == "Lucía"
    assert "[s/N]" in output.asked[0]
    assert [entry.id for entry in archive.mentees()] == [mentee_id]


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize("answer", ["", "n", "no", "sin", "sip"])
def test_anything_else_creates_no_one(tmp_path: Path, answer: str) -> None:
    archive = SessionArchive(DataDir.open(tmp_path / "data"))
    with pytest.raises(UserError):
        choose_mentee(archive, "Lucía", False, "es", _Answering(answer))
    assert archive.mentees() == []
