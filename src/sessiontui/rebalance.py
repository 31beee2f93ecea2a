"""Sharing the time left among the segments still to come (the clock's rebalance)."""

from __future__ import annotations


def share_budget(
    need: dict[int, float], spent: list[float], budget: float, *, floor: int
) -> dict[int, float]:
    """Split `budget` seconds among segments in proportion to `need`, respecting a floor.

    Each segment keeps at least enough to reach `floor` seconds in all (never
    more than it needs). A segment whose proportional share would leave it
    under its floor keeps exactly its floor, and the others share what is
    left; repeated until no share falls under its floor. Splitting
    proportionally and then raising the small shares would overspend the budget.
    """
    floors = {i: min(need[i], max(0.0, floor - spent[i])) for i in need}
    flexible = set(need)
    while True:
        room = max(0.0, budget - sum(floors[i] for i in need if i not in flexible))
        flexible_need = sum(need[i] for i in flexible)
        share = {i: room * need[i] / flexible_need if flexible_need else 0.0 for i in flexible}
        pinned = {i for i in flexible if share[i] < floors[i]}
        if not pinned:
            return {i: share[i] if i in flexible else floors[i] for i in need}
        flexible -= pinned
