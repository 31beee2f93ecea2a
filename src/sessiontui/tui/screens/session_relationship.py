"""The session screen's way into the relationship across sessions.

A mixin of `SessionScreen`: the goal board (F11), the agreement (F2), the
review of carried-over items (F4), the next session (from the review) and the
history, each a screen of its own over the session. Every change they make
is one `LiveRelationship` call on the session's copy (saved by the draft's
autosave); on their return the session redraws and saves. A segment that
calls for one of them offers it with its key. Each screen is imported when it
is first opened: a session's start needs none of them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.screen import Screen

from sessiontui.i18n import _
from sessiontui.launch import Launch
from sessiontui.live import LiveSession
from sessiontui.model import SegmentKind
from sessiontui.share import shown_count
from sessiontui.tui.actions import action_key
from sessiontui.tui.widgets.sharing import share_mode

if TYPE_CHECKING:
    from sessiontui.tui.screens.next_session import NextSessionDraft

# Seconds on a segment before it offers its screen (see `offer_for_segment`).
OFFER_AFTER = 1.0


class RelationshipActions(Screen[None]):
    """The relationship's actions of the session screen (see tui/actions.py)."""

    _launch: Launch
    _live: LiveSession
    # The session screen's own: redraw and save after a change.
    _changed: Callable[[], Awaitable[None]]

    def _today(self) -> date:
        return self._launch.wall_clock().date()

    async def _back(self, _result: object = None) -> None:
        await self._changed()

    def offer_for_segment(self) -> None:
        """Once the mentor stays on a segment, say which key opens what it is for.

        Keys pressed in a burst (a key repeat through the agenda) pass segments
        by: only the one the mentor lands on makes an offer.
        """
        index = self._live.clock.index
        self.set_timer(OFFER_AFTER, lambda: self._offer_if_still(index))

    def _offer_if_still(self, index: int) -> None:
        if self._live.clock.index != index or not self.is_current:
            return
        kind = self._live.current_segment.kind
        agreement, board, review = (
            self.app.get_key_display(Binding(action_key(action), ""))
            for action in ("agreement", "goal_board", "review_carried")
        )
        offers = {
            SegmentKind.EXPECTATIONS: _(
                "{key} opens the agreement form: fill it in together.", key=agreement
            ),
            SegmentKind.CONFIDENTIALITY: _(
                "{key} opens the agreement: confidentiality and its limits.", key=agreement
            ),
            SegmentKind.GOALS: _(
                "{key} opens the goal board: share it and check in on each goal.", key=board
            ),
            SegmentKind.WRAP_UP: _(
                "{key}, then n: the next session and what to prepare.", key=review
            ),
        }
        if kind is SegmentKind.REVIEW_ACTIONS:
            # While sharing, only what the call may see is counted.
            left = shown_count(self._live.relationship.unreviewed(), share_mode(self))
            if left:
                offers[kind] = _(
                    "{key} reviews what was carried over: {n} open.", key=review, n=left
                )
        if kind in offers:
            self.notify(offers[kind], timeout=8)

    def action_goal_board(self) -> None:
        """Open the goal board."""
        from sessiontui.tui.screens.goal_board import GoalBoardScreen  # noqa: PLC0415 (when opened)

        self.app.push_screen(
            GoalBoardScreen(self._live, self._today, self.action_history), self._back
        )

    def action_agreement(self) -> None:
        """Open the agreement in force (with its earlier versions)."""
        from sessiontui.tui.screens.agreement import AgreementScreen  # noqa: PLC0415 (when opened)

        earlier = []
        mentee_id = self._live.session.mentee_id
        if mentee_id is not None:
            try:
                earlier = self._launch.archive.record(mentee_id).agreements
            except OSError:
                earlier = []
        self.app.push_screen(AgreementScreen(self._live, self._today, earlier), self._back)

    def action_review_carried(self) -> None:
        """Open the review of carried-over items."""
        from sessiontui.tui.screens.carried_review import CarriedReviewScreen  # noqa: PLC0415 (when opened)

        self.app.push_screen(
            CarriedReviewScreen(self._live, self._today, self.action_next_session), self._back
        )

    def action_next_session(self) -> None:
        """Set when you meet next, proposed from the agreement."""
        from sessiontui.tui.screens.next_session import NextSessionScreen  # noqa: PLC0415 (when opened)

        relationship = self._live.relationship
        proposed = relationship.propose_next_session(self._live.session.started_at.tzinfo)
        self.app.push_screen(
            NextSessionScreen(
                proposed,
                relationship.default_minutes(),
                self._live.session.relationship.next_session,
                self._today(),
            ),
            self._next_set,
        )

    async def _next_set(self, draft: NextSessionDraft | None) -> None:
        if draft is not None:
            self._live.relationship.set_next_session(draft.starts_at, draft.minutes, draft.prepare)
            self.notify(_("Next session set; it goes into the summary and the calendar file."))
        await self._changed()

    def action_history(self) -> None:
        """Open this mentee's earlier sessions."""
        from sessiontui.tui.screens.history import HistoryScreen  # noqa: PLC0415 (when opened)

        session = self._live.session
        self.app.push_screen(
            HistoryScreen(self._launch.archive, session.mentee_id, session.mentee, self._today)
        )
