"""The session screen's way into the relationship across sessions.

A base of `SessionScreen` (a screen styled once as it starts: see
`StyledAtMountScreen`): the goal board (F11), the agreement (F2), the
review of carried-over items (F4), the next session (from the review) and the
history, each a screen of its own over the session. Every change they make
is one `LiveRelationship` call on the session's copy (saved by the draft's
autosave); on their return the session redraws and saves. A segment that
calls for one of them offers it with its key. Each screen is imported when it
is first opened: a session's start needs none of them. The carried-over items
are also listed in the Action items pane, where the review segment brings them
forward; their keys are the review screen's (`review_carried`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime

from textual.binding import Binding

from sessiontui.i18n import _, ngettext
from sessiontui.launch import Launch
from sessiontui.live import LiveSession
from sessiontui.model import Mentee, SegmentKind, Visibility
from sessiontui.service import SessionService
from sessiontui.share import shown_count
from sessiontui.store.errors import os_error_reason
from sessiontui.tui.actions import Scope, action_key
from sessiontui.tui.relationship_format import day_and_time
from sessiontui.tui.textual_compat import StyledAtMountScreen
from sessiontui.tui.widgets.carried_list import CarriedList
from sessiontui.tui.widgets.next_session_form import NextSessionDraft, NextSessionForm
from sessiontui.tui.widgets.next_session_section import NextSessionLine
from sessiontui.tui.widgets.pane_deck import PaneDeck
from sessiontui.tui.widgets.sharing import share_mode

# Seconds on a segment before it offers its screen (see `offer_for_segment`).
OFFER_AFTER = 1.0


class RelationshipActions(StyledAtMountScreen[None]):
    """The relationship's actions of the session screen (see tui/actions.py)."""

    _launch: Launch
    _live: LiveSession
    _service: SessionService
    # The session screen's own: redraw and save after a change.
    _changed: Callable[[], Awaitable[None]]

    def _today(self) -> date:
        return self._launch.wall_clock().date()

    async def _back(self, _result: object = None) -> None:
        await self._changed()

    def _refresh_relationship(self) -> None:
        """In the panes: the carried-over items as this session has reviewed them (Action
        items, in the review segment), and the next session, set or proposed (Listening,
        at wrap-up)."""
        # Each written only where it shows: their dates in the UI's language load Babel's
        # locale data (5 MiB), which a session's start does not need before then.
        # (Built by then: see PaneDeck.build_for.)
        kind = self._live.current_segment.kind
        deck = self.query_one(PaneDeck)
        carried = deck.carried_list()
        if kind is SegmentKind.REVIEW_ACTIONS and carried is not None:
            carried.show(self._live.relationship.carried, self._today(), self._live.session.id)
        section = deck.next_session()
        wrap_up = kind is SegmentKind.WRAP_UP
        if section is None or not (wrap_up or section.has_class("-open")):
            return
        start, minutes, prepare = self._next_session_values()
        following = self._live.session.relationship.next_session
        if following is None:
            text = _("Proposed: {when} (not set yet)", when=day_and_time(start))
        else:
            text = _("{when} · {n} min", when=day_and_time(start), n=minutes)
            if prepare:
                text += "\n" + _("To prepare: {text}", text=prepare)
        visibility = following.visibility if following is not None else Visibility.SHARED
        section.line.show(text, visibility)

    def _next_session_values(self) -> tuple[datetime, int, str]:
        """The next session's start, length and what to prepare: as set, else proposed."""
        relationship = self._live.relationship
        zone = self._live.session.started_at.tzinfo
        following = self._live.session.relationship.next_session
        if following is None:
            return relationship.propose_next_session(zone), relationship.default_minutes(), ""
        return following.starts_at.astimezone(zone), following.minutes, following.prepare

    async def on_carried_list_reviewed(self, event: CarriedList.Reviewed) -> None:
        """A key on a carried-over item in the pane: record the outcome, redraw, save."""
        from sessiontui.tui.screens.carried_review import review_carried  # noqa: PLC0415 (when used)

        event.stop()
        await review_carried(self, self._live.relationship, self._today(), event, self._changed)

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
        agreement, board = (
            self.app.get_key_display(Binding(action_key(action), ""))
            for action in ("agreement", "goal_board")
        )
        following = self.app.get_key_display(Binding(action_key("edit", Scope.NEXT_SESSION), ""))
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
            SegmentKind.LONG_TERM_GOALS: _(
                "{key} opens the goal board: add each long-term goal there, "
                "with a measure and a target date.",
                key=board,
            ),
            SegmentKind.WRAP_UP: _(
                "The next session, proposed from the agreement: {key} sets it and what to prepare.",
                key=following,
            ),
        }
        if kind is SegmentKind.REVIEW_ACTIONS:
            # While sharing, only what the call may see is counted.
            left = shown_count(self._live.relationship.unreviewed(), share_mode(self))
            if left:
                done, keep, drop = (
                    self.app.get_key_display(Binding(action_key(action, Scope.CARRIED_LIST), ""))
                    for action in ("review('done')", "review('kept')", "review('dropped')")
                )
                offers[kind] = ngettext(
                    "{n} item carried over, above this session's action items: "
                    "{done} done, {keep} keep, {drop} drop.",
                    "{n} items carried over, above this session's action items: "
                    "{done} done, {keep} keep, {drop} drop.",
                    left,
                    done=done,
                    keep=keep,
                    drop=drop,
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
        self.app.push_screen(
            AgreementScreen(self._live, self._today, earlier, self.action_edit_mentee), self._back
        )

    def action_edit_mentee(self) -> None:
        """The mentee's name, email, language and private notes (stored at once)."""
        mentee_id = self._live.session.mentee_id
        try:
            mentee = self._launch.archive.record(mentee_id).mentee if mentee_id else None
        except OSError as exc:
            self.notify(os_error_reason(exc), severity="error")
            return
        if mentee is None:
            self.notify(_("This session has no mentee record yet: it is made when it is stored."))
            return
        from sessiontui.tui.screens.mentee_form import MenteeFormScreen  # noqa: PLC0415 (when opened)

        self.app.push_screen(MenteeFormScreen(mentee), self._mentee_edited)

    async def _mentee_edited(self, mentee: Mentee | None) -> None:
        if mentee is None:
            return
        try:
            self._service.update_mentee(mentee)
        except OSError as exc:
            self.notify(
                _("The mentee could not be saved: {reason}", reason=os_error_reason(exc)),
                severity="error",
            )
            return
        self.notify(_("Mentee saved."))
        await self._changed()

    def action_review_carried(self) -> None:
        """Open the review of carried-over items."""
        from sessiontui.tui.screens.carried_review import CarriedReviewScreen  # noqa: PLC0415 (when opened)

        self.app.push_screen(
            CarriedReviewScreen(self._live, self._today, self._next_session_screen), self._back
        )

    async def action_next_session(self) -> None:
        """Set when you meet next (proposed from the agreement) in the Listening pane."""
        await self.query_one(PaneDeck).open_next_session(*self._next_session_values())

    async def on_next_session_line_edit(self, event: NextSessionLine.Edit) -> None:
        """Enter on the next session's line: its form."""
        event.stop()
        await self.action_next_session()

    async def on_next_session_form_saved(self, event: NextSessionForm.Saved) -> None:
        """The pane's form was saved: set the next session, close the form."""
        event.stop()
        self.query_one(PaneDeck).next_session_saved()
        await self._next_set(event.draft)

    def _next_session_screen(self) -> None:
        """The follow-up's way (F4, then n): the next session's form as a screen."""
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
