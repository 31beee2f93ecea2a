"""Long-term goals: nudges toward specific and measurable, check-ins, and merging a
session's changes into the stored goals."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from sessiontui.model import GoalCheckIn, LongTermGoal


class GoalNudge(StrEnum):
    """Something that would make a goal more specific; shown, never blocking."""

    NO_MEASURE = "no-measure"
    NO_TARGET_DATE = "no-target-date"


def goal_nudges(goal: LongTermGoal) -> list[GoalNudge]:
    """What the goal lacks to be measurable: a measure, a target date."""
    nudges = []
    if not goal.measure.strip():
        nudges.append(GoalNudge.NO_MEASURE)
    if goal.target_date is None:
        nudges.append(GoalNudge.NO_TARGET_DATE)
    return nudges


def progress_history(goal: LongTermGoal) -> list[GoalCheckIn]:
    """The goal's check-ins, oldest first."""
    return sorted(goal.check_ins, key=lambda check_in: check_in.created_at)


def _check_ins(stored: LongTermGoal, change: LongTermGoal, session_id: str) -> list[GoalCheckIn]:
    """Other sessions' check-ins from both, then `session_id`'s own from `change`."""
    mine = [c for c in change.check_ins if c.session_id == session_id]
    others = {c.id: c for c in stored.check_ins if c.session_id != session_id}
    for check_in in change.check_ins:
        if check_in.session_id != session_id:
            others.setdefault(check_in.id, check_in)
    return sorted([*others.values(), *mine], key=lambda c: c.created_at)


def merge_goals(
    stored: list[LongTermGoal], changes: Iterable[LongTermGoal], session_id: str
) -> list[LongTermGoal]:
    """The stored goals with `session_id`'s edits, status changes and check-ins folded in.

    A goal `session_id` created but no longer holds is removed (storing a
    session again after an edit gives the same result as storing it once).
    """
    changed = {goal.id: goal for goal in changes}
    merged: list[LongTermGoal] = []
    for goal in stored:
        change = changed.pop(goal.id, None)
        if change is None:
            if goal.session_id != session_id:
                merged.append(goal)
            continue
        merged.append(change.model_copy(update={"check_ins": _check_ins(goal, change, session_id)}))
    merged.extend(changed.values())
    return merged
