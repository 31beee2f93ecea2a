"""Property tests: private text never reaches the summary; shared text always does, verbatim
(once cleaned of control codes, as the model stores it)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from sessiontui.i18n import available_languages
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackDirection,
    Note,
    Owner,
    ParkingLotItem,
    Session,
    SessionGoal,
    Visibility,
)
from sessiontui.summary import Summary, render_summary
from sessiontui.text import clean

MARKER = "⟦private-7f3a⟧"
KINDS = ("goal", "measure", "note", "situation", "behaviour", "impact", "text", "action", "parked")


@dataclass(frozen=True)
class Entry:
    kind: str
    text: str
    visibility: Visibility


def _session(entries: list[Entry], mentee: str = "Ana") -> Session:
    session = Session(
        mentee=mentee,
        script_id="regular",
        script_title="Regular",
        started_at="2026-11-27T10:00:00+01:00",
    )
    at = session.started_at
    for entry in entries:
        vis = entry.visibility
        match entry.kind:
            case "goal":
                session.goals.append(SessionGoal(text=entry.text, visibility=vis, created_at=at))
            case "measure":
                session.goals.append(
                    SessionGoal(text="g", measure=entry.text, visibility=vis, created_at=at)
                )
            case "note":
                session.notes.append(Note(text=entry.text, visibility=vis, created_at=at))
            case "action":
                session.action_items.append(
                    ActionItem(text=entry.text, owner=Owner.MENTOR, visibility=vis, created_at=at)
                )
            case "parked":
                session.parking_lot.append(
                    ParkingLotItem(text=entry.text, visibility=vis, created_at=at)
                )
            case field:
                session.feedback.append(
                    Feedback(
                        direction=FeedbackDirection.MENTEE_TO_MENTOR,
                        visibility=vis,
                        created_at=at,
                        **{field: entry.text},
                    )
                )
    return session


def _whole(summary: Summary) -> str:
    return f"{summary.subject}\n\n{summary.body}"


# Text the model accepts (not blank once cleaned: a text of only bidi controls is blank);
# shared text must not contain the marker by chance.
plain_text = st.text(min_size=1).filter(lambda s: clean(s).strip() and MARKER not in s)
private_text = st.builds(lambda a, b: f"{a}{MARKER}{b}", st.text(), st.text())
languages = st.sampled_from(list(available_languages()))


def _entries(visibility: Visibility, texts: st.SearchStrategy[str]) -> st.SearchStrategy[Entry]:
    return st.builds(Entry, st.sampled_from(KINDS), texts, st.just(visibility))


@settings(max_examples=200)
@given(
    shared=st.lists(_entries(Visibility.SHARED, plain_text), max_size=6),
    private=st.lists(_entries(Visibility.PRIVATE, private_text), min_size=1, max_size=6),
    order=st.randoms(use_true_random=False),
    language=languages,
)
def test_private_text_never_appears(
    shared: list[Entry], private: list[Entry], order: random.Random, language: str
) -> None:
    mixed = shared + private
    order.shuffle(mixed)
    text = _whole(render_summary(_session(mixed), language=language))
    assert MARKER not in text
    # No count, no heading, no blank line betrays them either.
    only_shared = [entry for entry in mixed if entry.visibility is Visibility.SHARED]
    without = render_summary(_session(only_shared), language=language)
    assert text == _whole(without)


@settings(max_examples=200)
@given(
    entries=st.lists(_entries(Visibility.SHARED, plain_text), min_size=1, max_size=6),
    language=languages,
)
def test_shared_text_always_appears_verbatim(entries: list[Entry], language: str) -> None:
    text = _whole(render_summary(_session(entries), language=language))
    for entry in entries:
        # Outer whitespace is trimmed; each line inside is kept exactly as typed
        # (control codes shown as symbols).
        for line in clean(entry.text).strip().split("\n"):
            assert line in text


@given(name=plain_text, mentor=plain_text)
def test_the_names_stay_on_one_line_in_greeting_and_sign_off(name: str, mentor: str) -> None:
    summary = render_summary(_session([], mentee=name), mentor=mentor)
    mentee_line = " ".join(clean(name).split())
    mentor_line = " ".join(clean(mentor).split())
    assert "\n" not in summary.subject
    # A name that is only invisible characters (say, a bidi mark) cleans to nothing:
    # the greeting and sign-off then go without it rather than greet "Hi ,".
    greeting = f"Hi {mentee_line}," if mentee_line else "Hi,"
    sign_off = f"Best wishes,\n{mentor_line}" if mentor_line else "Best wishes,"
    assert summary.body.startswith(greeting + "\n")
    assert summary.body.endswith("\n" + sign_off + "\n")


def test_a_name_of_only_invisible_characters_is_left_out_of_greeting_and_sign_off() -> None:
    summary = render_summary(_session([], mentee="\u202a"), mentor="\u202a")
    assert summary.body.startswith("Hi,\n")
    assert summary.body.endswith("\nBest wishes,\n")
