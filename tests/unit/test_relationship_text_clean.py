"""The relationship records clean their text as the session's entries do: whatever
builds a mentee, an agreement, a goal, a carried item or a next session (a form, a
file on disk), no control character or bidi override is kept, shown or sent."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.relationship_helpers import FIRST_DAY
from tests.unit.text_checks import unsafe

from sessiontui.model import (
    AgreementVersion,
    CarriedItem,
    CarryKind,
    GoalCheckIn,
    LongTermGoal,
    Mentee,
    MenteeRecord,
    NextSession,
    Progress,
    Session,
    SessionRelationship,
)
from sessiontui.store import DataDir, SessionArchive
from sessiontui.summary import render_summary

HOSTILE = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(["\x1b", "\x07", "\x9b", "\r", "\x00", "\x7f", "\u202e", "\ud800"]),
    ),
    max_size=20,
)
FIELDS = 14


def _strings(data: Any) -> list[str]:
    """Every string in parsed data, mapping keys included."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for key, value in data.items() for s in [*_strings(key), *_strings(value)]]
    if isinstance(data, list):
        return [s for item in data for s in _strings(item)]
    return []


def _relationship(texts: list[str]) -> SessionRelationship:
    text = iter(texts).__next__
    return SessionRelationship(
        agreement=AgreementVersion(
            created_at=FIRST_DAY,
            session_id="s1",
            topics=["t" + text()],
            off_limits=["o" + text()],
            contact=text(),
            commitment=text(),
            confidentiality=text(),
            private_notes=text(),
        ),
        goals=[
            LongTermGoal(
                created_at=FIRST_DAY,
                title="g" + text(),
                measure=text(),
                check_ins=[
                    GoalCheckIn(
                        created_at=FIRST_DAY,
                        session_id="s1",
                        progress=Progress.ON_TRACK,
                        note=text(),
                    )
                ],
            )
        ],
        carried=[
            CarriedItem(
                id="c1",
                kind=CarryKind.ACTION,
                text="c" + text(),
                origin_session_id="s0",
                origin_date=date(2026, 2, 23),
            )
        ],
        next_session=NextSession(starts_at=FIRST_DAY, prepare=text()),
    )


@settings(max_examples=80)
@given(st.lists(HOSTILE, min_size=FIELDS, max_size=FIELDS))
def test_every_relationship_text_is_clean_and_so_is_the_summary(texts: list[str]) -> None:
    relationship = _relationship(texts[:11])
    mentee = Mentee(created_at=FIRST_DAY, name=texts[11], email=texts[12], private_notes=texts[13])
    record = MenteeRecord(
        mentee=mentee, agreements=[relationship.agreement] if relationship.agreement else []
    )
    for model in (relationship, mentee, record):
        assert [s for s in _strings(model.model_dump(mode="json")) if unsafe(s)] == []
    session = Session(
        id="s1",
        mentee=mentee.name,
        script_id="s",
        script_title="Regular",
        started_at=FIRST_DAY,
        relationship=relationship,
    )
    assert unsafe(render_summary(session).text()) == []


def test_a_mentee_record_edited_on_disk_is_read_back_clean(tmp_path: Path) -> None:
    folder = DataDir.open(tmp_path / "data")
    archive = SessionArchive(folder)
    mentee = archive.create_mentee(Mentee(created_at=FIRST_DAY, name="Ana"))
    path = archive.layout.record_path(mentee.id)
    data = json.loads(path.read_text(encoding="utf-8"))
    stored = data["mentee"]["1"]
    stored["mentee"]["name"] = "Ana \x1b]0;owned\x07"
    stored["mentee"]["private_notes"] = "note\x1b[2J\u202e"
    path.write_text(json.dumps(data), encoding="utf-8")
    record = SessionArchive(folder).record(mentee.id)
    assert record.mentee.name == "Ana ␛]0;owned␇"
    assert record.mentee.private_notes == "note␛[2J"
