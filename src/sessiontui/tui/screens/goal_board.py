"""The goal board: the mentee's long-term goals, made to be shared on the call.

Each goal shows its measure, target date and its progress history as a row
of marks (one per check-in, oldest first). Mentor and mentee edit it
together during the goals segment: a adds a goal, e changes the highlighted
one, 1/2/3 record this session's check-in (on track, at risk, off track),
n its note, l links one of this session's goals to it, s changes its
status; h opens the history. Rows are the shared
`ReadList`, so private goals are marked (and hidden in share mode) as every
other entry is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from sessiontui.i18n import _
from sessiontui.live import LiveSession
from sessiontui.model import GoalStatus, LongTermGoal, Progress, SessionGoal
from sessiontui.share import shown_entries
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.formatting import private_suffix
from sessiontui.tui.relationship_format import chart_legend, goal_board_text
from sessiontui.tui.screens.choice import ChoiceScreen
from sessiontui.tui.screens.goal_form import GoalDraft, GoalFormScreen
from sessiontui.tui.screens.line_form import LineFormScreen
from sessiontui.tui.screens.relationship_help import show_help
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.read_list import ReadList, ReadRow
from sessiontui.tui.widgets.rehearsal_banner import rehearsal_banner
from sessiontui.tui.widgets.sharing import (
    ShareBanner,
    confirm_private,
    follow_share_mode,
    share_mode,
)

_NEXT_STATUS = {
    GoalStatus.ACTIVE: GoalStatus.ACHIEVED,
    GoalStatus.ACHIEVED: GoalStatus.DROPPED,
    GoalStatus.DROPPED: GoalStatus.ACTIVE,
}


class GoalBoardScreen(Screen[None]):
    """The goals of the session's mentee; every change is one `LiveRelationship` call."""

    SCOPE: ClassVar[Scope] = Scope.BOARD
    AUTO_FOCUS = "#board-goals"

    def __init__(
        self,
        live: LiveSession,
        today: Callable[[], date],
        open_history: Callable[[], None],
    ) -> None:
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._live = live
        self._today = today
        self._open_history = open_history

    def compose(self) -> ComposeResult:
        """Title, the goals, the legend."""
        mentee = self._live.session.mentee or _("(no name)")
        yield ShareBanner()
        yield from rehearsal_banner(self)
        with Vertical(classes="rel-body"):
            yield Static(_("Goals with {mentee}", mentee=mentee), id="board-title", markup=False)
            yield Static(chart_legend(), id="board-legend", markup=False)
            yield ReadList(
                empty_text=_("No long-term goals yet: a adds one."), id="board-goals"
            ).add_class("rel-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Show the goals, and again when sharing starts or stops."""
        follow_share_mode(self, lambda _sharing: self._show())

    def _show(self) -> None:
        session_id, sharing = self._live.session.id, share_mode(self)
        goals = sorted(self._live.relationship.goals, key=lambda g: not g.active)
        linked: dict[str, list[SessionGoal]] = {}
        for session_goal in self._live.session.goals:
            if session_goal.long_term_goal_id is not None:
                linked.setdefault(session_goal.long_term_goal_id, []).append(session_goal)
        self.query_one(ReadList).rows = tuple(
            # A blank line after each goal keeps them apart on a shared screen.
            ReadRow(
                goal.id,
                goal_board_text(goal, session_id, linked.get(goal.id, []), sharing) + "\n",
                goal.visibility,
            )
            for goal in goals
        )

    def _highlighted(self) -> LongTermGoal | None:
        listing = self.query_one(ReadList)
        if listing.highlighted is None or not listing.rows:
            return None
        option_id = listing.get_option_at_index(listing.highlighted).id
        return next((g for g in self._live.relationship.goals if g.id == option_id), None)

    def action_add_goal(self) -> None:
        """Open the goal form for a new goal."""
        self.app.push_screen(GoalFormScreen(self._today), self._added)

    def _added(self, draft: GoalDraft | None) -> None:
        if draft is None:
            return
        relationship = self._live.relationship
        goal = relationship.add_goal(
            draft.title, draft.measure, draft.target_date, draft.visibility
        )
        if draft.status is not GoalStatus.ACTIVE:
            relationship.set_goal_status(goal.id, draft.status)
        self._show()
        confirm_private(self, goal)
        listing = self.query_one(ReadList)
        # A private goal added while sharing is not listed: the highlight stays.
        listing.highlighted = next(
            (
                i
                for i in range(listing.option_count)
                if listing.get_option_at_index(i).id == goal.id
            ),
            listing.highlighted,
        )

    def action_edit_goal(self) -> None:
        """Open the goal form on the highlighted goal."""
        goal = self._highlighted()
        if goal is not None:
            self.app.push_screen(
                GoalFormScreen(self._today, goal), lambda draft: self._edited(goal.id, draft)
            )

    def _edited(self, goal_id: str, draft: GoalDraft | None) -> None:
        if draft is None:
            return
        relationship = self._live.relationship
        relationship.edit_goal(
            goal_id,
            title=draft.title,
            measure=draft.measure,
            target_date=draft.target_date,
            visibility=draft.visibility,
        )
        relationship.set_goal_status(goal_id, draft.status)
        self._show()

    def action_check_in(self, progress: str) -> None:
        """Record this session's progress on the highlighted goal (keeping its note)."""
        goal = self._highlighted()
        if goal is None:
            return
        earlier = goal.check_in_of(self._live.session.id)
        note = earlier.note if earlier is not None else ""
        self._live.relationship.check_in(goal.id, Progress(progress), note)
        self._show()

    def action_note(self) -> None:
        """Write the note of this session's check-in on the highlighted goal."""
        goal = self._highlighted()
        if goal is None:
            return
        check_in = goal.check_in_of(self._live.session.id)
        if check_in is None:
            self.notify(_("First say how it stands: 1 on track, 2 at risk, 3 off track."))
            return
        self.app.push_screen(
            LineFormScreen(_("A short note on {goal}", goal=goal.title), check_in.note),
            lambda note: self._noted(goal.id, check_in.progress, note),
        )

    def _noted(self, goal_id: str, progress: Progress, note: str | None) -> None:
        if note is not None:
            self._live.relationship.check_in(goal_id, progress, note)
            self._show()

    def action_link(self) -> None:
        """Tie one of this session's goals (metas) to the highlighted long-term goal."""
        goal = self._highlighted()
        # While sharing, the choice lists the goals the session shows: the same
        # words when there is none, whether private ones exist or not.
        session_goals = shown_entries(self._live.session.goals, share_mode(self))
        if goal is None:
            return
        if not session_goals:
            self.notify(_("No session goals yet: Ctrl+Y adds one in the session."))
            return
        options = [
            ReadRow(g.id, g.text + private_suffix(g.visibility), g.visibility)
            for g in session_goals
        ]
        self.app.push_screen(
            ChoiceScreen(_("Which session goal works towards {goal}?", goal=goal.title), options),
            lambda chosen: self._linked(chosen, goal.id),
        )

    def _linked(self, session_goal_id: str | None, goal_id: str) -> None:
        if session_goal_id is not None:
            self._live.relationship.link_session_goal(session_goal_id, goal_id)
            self._show()

    def action_status(self) -> None:
        """Move the highlighted goal on: active, achieved, dropped, active again."""
        goal = self._highlighted()
        if goal is not None:
            self._live.relationship.set_goal_status(goal.id, _NEXT_STATUS[goal.status])
            self._show()

    def action_history(self) -> None:
        """Open this mentee's history."""
        self._open_history()

    def action_help(self) -> None:
        """Every key of this screen."""
        show_help(self, self.SCOPE)

    def action_close(self) -> None:
        """Back to the session."""
        self.dismiss(None)
