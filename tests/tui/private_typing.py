"""Private content typed through the keys, as the mentor types it: one unique marker
word per private field, in the session's forms and in the relationship's
(the long-term goal form, a check-in's note, the agreement's private notes).

Each helper checks, while sharing, that no marker is on the rendered screen
as it is typed (before it is saved), and that what was typed was stored as private.
"""

from __future__ import annotations

from textual.pilot import Pilot

from sessiontui.model import FeedbackDirection, Visibility
from sessiontui.tui.screens.agreement import AgreementScreen
from sessiontui.tui.screens.agreement_form import AgreementFormScreen
from sessiontui.tui.screens.goal_board import GoalBoardScreen
from sessiontui.tui.screens.goal_form import GoalFormScreen
from sessiontui.tui.screens.line_form import LineFormScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.widgets.entry_form import VisibilitySwitch

from .helpers import (
    focused_id,
    screen_text,
    session_screen,
    type_into,
    wait_for_screen,
    wait_for_screen_text,
)

# The session's private fields, by where they are typed.
SESSION_FIELDS = (
    "note",
    "parked",
    "situation",
    "behaviour",
    "impact",
    "feedback",
    "tomentor",
    "action",
    "goal",
    "measure",
)
# The relationship's: a long-term goal (title, measure), its check-in's note, the
# agreement's private notes.
RELATIONSHIP_FIELDS = ("lgoal", "lmeasure", "checkin", "agreement")


def markers(tag: str, fields: tuple[str, ...] = SESSION_FIELDS) -> dict[str, str]:
    """One unique short word per field, "Qz", `tag` (which round), the field's first two
    letters: one word, so no wrap splits it; short, as every letter is a key press."""
    words = {field: f"Qz{tag}{field[:2].capitalize()}" for field in fields}
    assert len(set(words.values())) == len(words), words
    return words


def assert_hidden(shown: str, words: list[str], where: str) -> None:
    """Nothing of `words` and no private label in the rendered `shown`."""
    leaked = [word for word in words if word in shown]
    assert not leaked, f"{where}: {leaked} on the shared screen:\n{shown}"
    assert "[private]" not in shown, f"{where}: a private label on the shared screen:\n{shown}"


def _sharing(pilot: Pilot[None]) -> bool:
    return bool(getattr(pilot.app, "share_mode", False))


def _not_shown_while_sharing(pilot: Pilot[None], words: dict[str, str], where: str) -> None:
    if _sharing(pilot):
        assert_hidden(screen_text(pilot.app), list(words.values()), where)


async def flip_to_private(pilot: Pilot[None], form: str = "") -> None:
    """Flip the open form's shared/private switch (Ctrl+F) until it says Private."""
    switch = pilot.app.screen.query_one(f"{form} VisibilitySwitch".strip(), VisibilitySwitch)
    for _flip in range(2):  # shared -> private; not chosen -> shared -> private
        if switch.value is Visibility.PRIVATE:
            break
        await pilot.press("ctrl+f")
        await pilot.pause()
    assert switch.value is Visibility.PRIVATE


async def tab_to(pilot: Pilot[None], field_id: str) -> None:
    """Tab to the field `field_id`, as a person does to reach the last field of a long
    form (it scrolls into view)."""
    for _field in range(30):
        if focused_id(pilot.app) == field_id:
            return
        await pilot.press("tab")
    assert focused_id(pilot.app) == field_id


async def add_private_entries(pilot: Pilot[None], words: dict[str, str]) -> None:
    """Type one private entry of every kind in the session's forms: the switch set
    to private before the text, so nothing private is ever typed in the clear."""
    live = session_screen(pilot.app).live
    await pilot.press("ctrl+g", *words["note"])  # notes: private by default
    _not_shown_while_sharing(pilot, words, "typing a note")
    await pilot.press("enter")
    await pilot.press("ctrl+l", *words["parked"], "enter")  # parked thoughts: private

    await pilot.press("ctrl+r")
    await flip_to_private(pilot, "#feedback-form")
    for field in ("situation", "behaviour", "impact"):
        await type_into(pilot, f"#feedback-{field}", words[field])
    await type_into(pilot, "#feedback-text", words["feedback"])
    _not_shown_while_sharing(pilot, words, "typing feedback")
    await pilot.press("enter")
    # Feedback the other way, mentee -> mentor: private by default.
    await pilot.press("ctrl+r")
    await pilot.click("#feedback-direction")
    await pilot.press("down", "enter")
    await flip_to_private(pilot, "#feedback-form")
    await type_into(pilot, "#feedback-text", words["tomentor"])
    _not_shown_while_sharing(pilot, words, "typing feedback to the mentor")
    await pilot.press("enter")

    await pilot.press("ctrl+o")
    await flip_to_private(pilot, "#action-form")
    await type_into(pilot, "#action-text", words["action"])
    await pilot.press("enter")

    await pilot.press("ctrl+y")
    await flip_to_private(pilot, "#goal-form")
    await type_into(pilot, "#goal-measure", words["measure"])
    await type_into(pilot, "#goal-text", words["goal"])
    _not_shown_while_sharing(pilot, words, "typing a session goal")
    await pilot.press("enter")
    await pilot.pause()

    session = live.session
    entries = [*session.notes, *session.parking_lot, *session.feedback]
    entries += [*session.action_items, *session.goals]
    texts = " ".join(repr(entry) for entry in entries if entry.visibility is Visibility.PRIVATE)
    missing = [word for word in words.values() if word not in texts]
    assert not missing, f"not added as private entries: {missing}: {session!r}"
    directions = {entry.direction for entry in session.feedback}
    assert directions == {FeedbackDirection.MENTOR_TO_MENTEE, FeedbackDirection.MENTEE_TO_MENTOR}


async def add_shared_goal(pilot: Pilot[None], title: str) -> None:
    """On the goal board: a shared long-term goal (the form's default)."""
    await pilot.press("a")
    await wait_for_screen(pilot, GoalFormScreen)
    await type_into(pilot, "#goal-title", title)
    await pilot.press("ctrl+s")
    await wait_for_screen(pilot, GoalBoardScreen)


async def add_private_relationship(pilot: Pilot[None], words: dict[str, str]) -> None:
    """From the session: a private long-term goal on the board (F11) with today's
    check-in and its note, then the agreement's private notes (F2, E).

    While sharing, the private goal is not listed, so it cannot be highlighted
    for a check-in: only the mentor alone writes one (`words` without "checkin").
    """
    live = session_screen(pilot.app).live
    await pilot.press("f11")
    await wait_for_screen(pilot, GoalBoardScreen)
    await pilot.press("a")
    await wait_for_screen(pilot, GoalFormScreen)
    await flip_to_private(pilot)
    await type_into(pilot, "#goal-title", words["lgoal"])
    await type_into(pilot, "#goal-measure", words["lmeasure"])
    _not_shown_while_sharing(pilot, words, "typing a long-term goal")
    await pilot.press("ctrl+s")
    await wait_for_screen(pilot, GoalBoardScreen)
    if _sharing(pilot):
        await wait_for_screen_text(pilot, "Saved privately.")
        _not_shown_while_sharing(pilot, words, "the goal board")
    if "checkin" in words:
        await pilot.press("1", "n")  # the new goal is highlighted
        await wait_for_screen(pilot, LineFormScreen)
        await pilot.press(*words["checkin"], "enter")
        await wait_for_screen(pilot, GoalBoardScreen)
    await pilot.press("escape")
    await wait_for_screen(pilot, SessionScreen)

    await pilot.press("f2")
    await wait_for_screen(pilot, AgreementScreen)
    await pilot.press("e")
    await wait_for_screen(pilot, AgreementFormScreen)
    await tab_to(pilot, "agree-private")
    await pilot.press("end", *words["agreement"])
    _not_shown_while_sharing(pilot, words, "typing the agreement's private notes")
    await pilot.press("ctrl+s")
    await wait_for_screen(pilot, AgreementScreen)
    await pilot.press("escape")
    await wait_for_screen(pilot, SessionScreen)

    relationship = live.relationship
    [goal] = [g for g in relationship.goals if g.title == words["lgoal"]]
    assert (goal.visibility, goal.measure) == (Visibility.PRIVATE, words["lmeasure"])
    if "checkin" in words:
        assert goal.check_ins[-1].note == words["checkin"]
    agreement = relationship.agreement
    assert agreement is not None
    assert words["agreement"] in agreement.private_notes
