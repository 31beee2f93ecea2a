"""The items carried over from earlier sessions, with this session's review of each.

One list for the review screen (F4) and the Action items pane of the review
segment: rows from `relationship_format.carried_text` (origin, first due date,
overdue, stuck, this session's outcome) through `ReadList`, so share mode
hides the private ones as it hides every entry. Its keys come from the action
registry (Scope.CARRIED_LIST: 1 done, 2 keep, 3 drop, u undo), bound on the
list itself: they act while it has the focus, and the footer shows them
then. A key posts `Reviewed`; the screen records the outcome.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from textual.message import Message

from sessiontui.model import CarriedItem, ReviewOutcome
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.relationship_format import carried_text
from sessiontui.tui.widgets.read_list import ReadList, ReadRow


class CarriedList(ReadList):
    """Carried-over items; a key on the highlighted one asks for its outcome."""

    class Reviewed(Message):
        """The mentor decided about an item: an outcome, or None to take it back."""

        def __init__(
            self, carried_list: CarriedList, item_id: str, outcome: ReviewOutcome | None
        ) -> None:
            super().__init__()
            self.carried_list = carried_list
            self.item_id = item_id
            self.outcome = outcome

        @property
        def control(self) -> CarriedList:
            """The list the item is in (for @on selectors)."""
            return self.carried_list

    def __init__(self, *, empty_text: str, id: str | None = None) -> None:
        super().__init__(empty_text=empty_text, id=id)
        bind_actions(self, Scope.CARRIED_LIST)

    def show(self, items: Iterable[CarriedItem], today: date, session_id: str) -> None:
        """List `items` as they stand in session `session_id` on `today`."""
        self.rows = tuple(
            ReadRow(item.id, carried_text(item, today, session_id), item.visibility)
            for item in items
        )
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the keys only when an item is listed."""
        return not self.empty

    def action_review(self, outcome: str) -> None:
        """Ask to mark the highlighted item done, kept or dropped."""
        item_id = self.highlighted_id()
        if item_id is not None:
            self.post_message(self.Reviewed(self, item_id, ReviewOutcome(outcome)))

    def action_undo(self) -> None:
        """Ask to take back this session's review of the highlighted item."""
        item_id = self.highlighted_id()
        if item_id is not None:
            self.post_message(self.Reviewed(self, item_id, None))
