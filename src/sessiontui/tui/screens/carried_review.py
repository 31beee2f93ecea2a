"""The review of carried-over items: open action items (the mentor's and the
mentee's) and unreviewed parked thoughts of earlier sessions.

The full view (F4) of what the review segment also lists in the Action items
pane: each item shows where it comes from and its first due date; overdue
and stuck items are flagged. The list's keys (1 done, 2 keep with a new due
date, 3 drop, u undo) are the `CarriedList`'s; `review_carried` records
them, here and in the pane. n sets the next session (follow-up: what comes
back, and when you meet again).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from sessiontui.dates import DueDateError, parse_due
from sessiontui.i18n import _, ngettext
from sessiontui.live import LiveSession
from sessiontui.model import ReviewOutcome
from sessiontui.relationship.live import LiveRelationship
from sessiontui.share import shown_count
from sessiontui.tui.actions import Scope, bind_actions, footer_order
from sessiontui.tui.relationship_format import day_and_time
from sessiontui.tui.screens.line_form import LineFormScreen
from sessiontui.tui.screens.relationship_help import show_help
from sessiontui.tui.widgets.carried_list import CarriedList
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.rehearsal_banner import rehearsal_banner
from sessiontui.tui.widgets.sharing import ShareBanner, follow_share_mode, share_mode


async def review_carried(
    screen: Screen[Any],
    relationship: LiveRelationship,
    today: date,
    event: CarriedList.Reviewed,
    after: Callable[[], Awaitable[None]],
) -> None:
    """Record the outcome a `CarriedList` key asked for, then call `after` (redraw).

    Keeping asks for the new due date first (empty keeps the date in force);
    done and drop move the highlight on to the next item.
    """
    item_id, outcome = event.item_id, event.outcome
    if outcome is None:
        relationship.clear_review(item_id)
        await after()
        return
    if outcome is not ReviewOutcome.KEPT:
        relationship.review(item_id, outcome)
        await after()
        event.carried_list.action_cursor_down()
        return

    async def kept(text: str | None) -> None:
        if text is None:
            return
        try:
            new_due = parse_due(text, today)
        except DueDateError as exc:
            screen.notify(str(exc), severity="warning")
            return
        relationship.review(item_id, ReviewOutcome.KEPT, new_due)
        await after()

    screen.app.push_screen(
        LineFormScreen(
            _("Keep it: new due date (YYYY-MM-DD, +1w; empty keeps the date)"), placeholder="+1w"
        ),
        kept,
    )


class CarriedReviewScreen(Screen[None]):
    """Every carried-over item with this session's review; one key per outcome."""

    SCOPE: ClassVar[Scope] = Scope.REVIEW
    AUTO_FOCUS = "#review-items"

    def __init__(
        self,
        live: LiveSession,
        today: Callable[[], date],
        set_next_session: Callable[[], None],
    ) -> None:
        """`set_next_session` opens the next session's form (n)."""
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._live = live
        self._today = today
        self._set_next_session = set_next_session

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The footer's keys in the registry's order, the list's and the screen's
        together: the outcomes, then Help and Close before the rest."""
        return footer_order(
            super().active_bindings,
            lambda active: active.binding.action,
            (Scope.REVIEW, Scope.CARRIED_LIST),
        )

    def compose(self) -> ComposeResult:
        """Title, what is left to review, the items."""
        yield ShareBanner()
        yield from rehearsal_banner(self)
        with Vertical(classes="rel-body"):
            yield Static(_("Carried over from earlier sessions"), classes="rel-title", markup=False)
            yield Static("", id="review-count", classes="rel-muted", markup=False)
            yield Static("", id="review-next", markup=False)
            yield CarriedList(
                empty_text=_("Nothing carried over: every earlier item is closed."),
                id="review-items",
            ).add_class("rel-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        """Show the items, and again when sharing starts or stops."""
        follow_share_mode(self, lambda _sharing: self._show())

    def on_screen_resume(self) -> None:
        """Back from the next session's form: show what it set."""
        self._show()

    def _show(self) -> None:
        relationship = self._live.relationship
        self.query_one(CarriedList).show(relationship.carried, self._today(), self._live.session.id)
        left = shown_count(relationship.unreviewed(), share_mode(self))
        self.query_one("#review-count", Static).update(
            ngettext("{n} item left to review", "{n} items left to review", left)
            + " · "
            + _("1 done · 2 keep · 3 drop · u undo")
        )
        following = self._live.session.relationship.next_session
        self.query_one("#review-next", Static).update(
            _("Next session: {when} (n changes it)", when=day_and_time(following.starts_at))
            if following is not None
            else _("Next session: not set yet (n sets it)")
        )

    async def on_carried_list_reviewed(self, event: CarriedList.Reviewed) -> None:
        """Record the outcome the list's key asked for."""

        async def shown() -> None:
            self._show()

        await review_carried(self, self._live.relationship, self._today(), event, shown)

    def action_help(self) -> None:
        """Every key of this screen."""
        show_help(self, self.SCOPE)

    def action_next_session(self) -> None:
        """Set when you meet next and what to prepare."""
        self._set_next_session()

    def action_close(self) -> None:
        """Back to the session."""
        self.dismiss(None)
