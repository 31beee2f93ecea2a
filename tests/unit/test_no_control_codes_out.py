"""Arbitrary text, control characters included, through every field and out again:
the summary, the summary file, the clipboard, the terminal's copy and the CLI's
lines never carry a control character or a bidi override."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.unit.text_checks import unsafe

from sessiontui.cli.doctor import run_doctor
from sessiontui.cli.output import Output
from sessiontui.clipboard import deliver
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackDirection,
    Note,
    ParkingLotItem,
    SegmentKind,
    SegmentRun,
    Session,
    SessionGoal,
    Visibility,
)
from sessiontui.store import DataDir, DraftStore
from sessiontui.summary import render_summary

AT = "2026-11-27T10:05:00+01:00"
# Every kind of character, controls, surrogates and bidi overrides made likely.
ANY = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(["\x1b", "\x07", "\x9b", "\r", "\x00", "\x7f", "\u202e", "\ud800"]),
    ),
    max_size=30,
)
FIELDS = 18


def hostile_session(texts: list[str]) -> Session:
    """A session whose every text field holds one of `texts`, every entry shared."""
    text = iter(texts).__next__
    direction = FeedbackDirection.MENTEE_TO_MENTOR
    return Session(
        mentee=text(),
        script_id="s",
        script_title=text(),
        started_at="2026-11-27T10:00:00+01:00",
        segments=[
            SegmentRun(
                segment_id="a",
                title=text(),
                kind=SegmentKind.GOALS,
                script_seconds=60,
                planned_seconds=60,
                spent_seconds=60,
                visited=True,
            )
        ],
        goals=[SessionGoal(text="g" + text(), measure=text(), created_at=AT)],
        feedback=[
            Feedback(
                direction=direction,
                situation=text(),
                behaviour=text(),
                impact=text(),
                text=text(),
                created_at=AT,
            ),
            Feedback(direction=direction, text="t" + text(), created_at=AT),
        ],
        action_items=[ActionItem(text="a" + text(), created_at=AT)],
        notes=[Note(text="n" + text(), visibility=Visibility.SHARED, created_at=AT)],
        parking_lot=[
            ParkingLotItem(text="p" + text(), visibility=Visibility.SHARED, created_at=AT)
        ],
        prompts_used=[text()],
        summary_text=text(),
    )


texts = st.lists(ANY, min_size=FIELDS, max_size=FIELDS)


@settings(max_examples=150)
@given(texts, ANY)
def test_the_summary_never_carries_a_control_code(fields: list[str], mentor: str) -> None:
    session = hostile_session(fields)
    summary = render_summary(session, mentor=mentor)
    assert unsafe(summary.subject) == []
    assert unsafe(summary.body) == []
    assert unsafe(session.summary_text or "") == []


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(texts, ANY, st.booleans())
def test_the_file_the_clipboard_and_the_terminal_get_clean_text(
    fields: list[str], edited: str, clipboard_works: bool
) -> None:
    # The summary as the mentor may have edited it: raw text straight from the editor.
    text = render_summary(hostile_session(fields)).body + edited
    copied: list[str] = []
    sent: list[str] = []

    def system_copy(value: str) -> None:
        if not clipboard_works:
            raise OSError("no clipboard")
        copied.append(value)

    with tempfile.TemporaryDirectory() as folder:
        report = deliver(
            text,
            summaries_dir=Path(folder) / "summaries",
            file_stem="s",
            terminal_copy=sent.append,
            system_copy=system_copy,
            system_paste=lambda: copied[-1],
        )
        assert report.file_path is not None
        written = report.file_path.read_text(encoding="utf-8")
    assert unsafe(written) == []
    assert [unsafe(value) for value in copied + sent] == [[] for _ in copied + sent]
    assert len(copied + sent) == 1


@given(ANY)
def test_every_cli_line_is_clean(text: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    output = Output(out, err)
    output.line(text)
    output.problem(text)
    output.error(text)
    assert unsafe(out.getvalue() + err.getvalue()) == []


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_a_stored_draft_comes_back_clean_and_doctor_prints_it_clean(fields: list[str]) -> None:
    raw: dict[str, Any] = hostile_session([""] * FIELDS).to_json_dict()
    # Written by hand (or by another program): the file holds the raw text.
    raw["mentee"] = fields[0]
    raw["notes"] = [{"text": "n" + fields[1], "created_at": AT, "visibility": "private"}]
    raw["segments"][0]["title"] = fields[2]
    with tempfile.TemporaryDirectory() as folder:
        data_dir = DataDir.open(Path(folder) / "data")
        data_dir.draft_path.write_text(json.dumps(raw), encoding="utf-8")
        loaded = DraftStore(data_dir).load().session
        assert loaded is not None
        assert unsafe(loaded.mentee + loaded.notes[0].text + loaded.segments[0].title) == []
        out = io.StringIO()
        run_doctor(data_dir.path, Output(out))
    assert unsafe(out.getvalue()) == []
