"""`export`: everything shareable about a relationship, in JSON and Markdown; private
content only on request, and then said at the top."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from tests.unit.relationship_helpers import TZ, Calendar, new_record, start

from sessiontui.i18n import translator
from sessiontui.model import (
    AgreementTerms,
    FeedbackContent,
    Frequency,
    MenteeRecord,
    Owner,
    Progress,
    ReviewOutcome,
    Session,
    Visibility,
)
from sessiontui.relationship.export import Export, export_json
from sessiontui.relationship.export_markdown import export_markdown
from sessiontui.relationship.record import apply_session

EXPORTED = datetime(2026, 3, 20, 9, 0, tzinfo=TZ)
PRIVATE = Visibility.PRIVATE
MARKERS = [
    "MARKER-mentee-notes",
    "MARKER-agreement-notes",
    "MARKER-private-goal",
    "MARKER-private-check-in",
    "MARKER-private-action",
    "MARKER-private-parked",
    "MARKER-private-note",
    "MARKER-private-feedback",
    "MARKER-private-next",
]


def _relationship() -> tuple[MenteeRecord, list[Session]]:
    calendar = Calendar()
    record = new_record("Ana", calendar)
    record.mentee.private_notes = "MARKER-mentee-notes"
    first = start(record, calendar)
    first.relationship.set_agreement(
        AgreementTerms(
            frequency=Frequency.WEEKLY,
            topics=["Career growth"],
            private_notes="MARKER-agreement-notes",
        )
    )
    goal = first.relationship.add_goal("Lead a project", measure="One release")
    first.relationship.check_in(goal.id, Progress.ON_TRACK, "Picked it")
    hidden = first.relationship.add_goal("MARKER-private-goal", visibility=PRIVATE)
    first.relationship.check_in(hidden.id, Progress.AT_RISK, "MARKER-private-goal")
    first.add_action_item("Send the CV", due=date(2026, 3, 6))
    first.add_action_item("Ask for feedback", owner=Owner.MENTOR)
    first.add_action_item("MARKER-private-action", visibility=PRIVATE)
    first.park("MARKER-private-parked")
    first.add_note("We agreed to meet on Mondays", visibility=Visibility.SHARED)
    first.add_note("MARKER-private-note")
    first.add_feedback(
        FeedbackContent(situation="In the demo", text="Clear"), visibility=Visibility.SHARED
    )
    first.add_feedback(FeedbackContent(text="MARKER-private-feedback"), visibility=PRIVATE)
    first_session = first.finish()
    record = apply_session(record, first_session)

    calendar.now += timedelta(weeks=1)
    second = start(record, calendar)
    items = {i.text: i.id for i in second.relationship.carried}
    second.relationship.review(items["Send the CV"], ReviewOutcome.DONE)
    second.relationship.review(items["Ask for feedback"], ReviewOutcome.KEPT, date(2026, 3, 20))
    second.relationship.check_in(goal.id, Progress.AT_RISK, "MARKER-private-check-in", PRIVATE)
    second.relationship.set_next_session(
        datetime(2026, 3, 16, 10, 0, tzinfo=TZ), prepare="MARKER-private-next", visibility=PRIVATE
    )
    second_session = second.finish()
    record = apply_session(record, second_session)
    return record, [first_session, second_session]


def _export(include_private: bool) -> Export:
    record, sessions = _relationship()
    return Export.of(record, sessions, include_private=include_private, exported_at=EXPORTED)


@pytest.mark.parametrize("render", ["json", "md"])
def test_a_shared_export_holds_no_private_content(render: str) -> None:
    export = _export(include_private=False)
    tr = translator("en")
    text = export_json(export, tr) if render == "json" else export_markdown(export, tr)
    assert "MARKER" not in text
    assert "PRIVATE" not in text
    for shared in (
        "Lead a project",
        "Send the CV",
        "Career growth",
        "We agreed to meet on Mondays",
    ):
        assert shared in text


@pytest.mark.parametrize("render", ["json", "md"])
def test_a_private_export_holds_everything_and_says_so_first(render: str) -> None:
    export = _export(include_private=True)
    tr = translator("en")
    text = export_json(export, tr) if render == "json" else export_markdown(export, tr)
    for marker in MARKERS:
        assert marker in text, marker
    notice = "PRIVATE: this export includes private notes and entries"
    if render == "json":
        assert next(iter(json.loads(text))) == "private"
        assert json.loads(text)["private"].startswith(notice)
    else:
        assert text.splitlines()[3].startswith("> " + notice)


def test_the_json_export_content() -> None:
    document = json.loads(export_json(_export(include_private=False), translator("en")))
    assert document["format"] == "sessiontui-export"
    assert document["includes_private"] is False
    assert document["mentee"] == {
        "id": document["mentee"]["id"],
        "created_at": "2026-03-02T10:00:00+01:00",
        "name": "Ana",
        "email": "",
        "language": "en",
    }
    (agreement,) = document["agreements"]
    assert (agreement["frequency"], agreement["topics"]) == ("weekly", ["Career growth"])
    assert "private_notes" not in agreement
    (goal,) = document["goals"]
    assert goal["title"] == "Lead a project"
    assert [(c["progress"], c["note"]) for c in goal["check_ins"]] == [("on-track", "Picked it")]
    actions = {a["text"]: a for a in document["action_items"]}
    assert set(actions) == {"Send the CV", "Ask for feedback"}
    assert actions["Send the CV"]["state"] == "done"
    assert [r["outcome"] for r in actions["Send the CV"]["reviews"]] == ["done"]
    kept = actions["Ask for feedback"]
    assert (kept["state"], kept["due"], kept["first_due"]) == ("open", "2026-03-20", None)
    assert [s["started_at"][:10] for s in document["sessions"]] == ["2026-03-02", "2026-03-09"]
    assert "summary_text" not in document["sessions"][0]
    assert document["next_session"] is None  # it was private
    assert document["parked"] == []


def test_the_markdown_export_reads_as_a_document() -> None:
    text = export_markdown(_export(include_private=False), translator("en"))
    lines = text.splitlines()
    assert lines[:2] == ["Mentoring with Ana", "=================="]
    assert "Exported on March 20, 2026." in lines
    assert "2 sessions, from March 2, 2026 to March 9, 2026." in lines
    assert "Our mentoring agreement (since March 2, 2026)" in lines
    assert "- We meet every week." in lines
    assert (
        "- Lead a project — active\n  Measure: One release\n  March 2, 2026: on track — Picked it"
        in (text)
    )
    assert (
        "- [x] Send the CV — Ana, from March 2, 2026, due March 6, 2026\n  March 9, 2026: done"
        in (text)
    )
    assert (
        "- [ ] Ask for feedback — mentor, from March 2, 2026, due March 20, 2026\n"
        "  March 9, 2026: kept"
    ) in text
    assert "### March 2, 2026 — Regular test session" in lines
    assert "- Feedback: In the demo / Clear" in lines


def test_an_export_in_spanish() -> None:
    text = export_markdown(_export(include_private=False), translator("es"))
    assert text.startswith("Mentoría con Ana\n")
    assert "Exportado el 20 de marzo de 2026." in text
