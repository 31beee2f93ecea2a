"""The review of carried-over items: open action items (the mentor's and the
mentee's) and unreviewed parked thoughts of earlier sessions.

Each shows where it comes from and its first due date; overdue and stuck
items are flagged. 1 marks the highlighted item done, 2 keeps it (asking for
a new due date), 3 drops it, u takes this session's review back; n sets the
next session (follow-up: what comes back, and when you meet again). Rows are
the shared `ReadList`, so private items are marked (and hidden in share
mode) as every other entry is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from sessiontui.dates import DueDateError, parse_due
from sessiontui.i18n import _, ngettext
from sessiontui.live import LiveSession
from sessiontui.model import ReviewOutcome
from sessiontui.share import shown_count
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.relationship_format import carried_text, day_and_time
from sessiontui.tui.screens.line_form import LineFormScreen
from sessiontui.tui.screens.relationship_help import show_help
from sessiontui.tui.widgets.read_list import ReadList, ReadRow
from sessiontui.tui.widgets.sharing import ShareBanner, follow_share_mode, share_mode


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

    def compose(self) -> ComposeResult:
        """Title, what is left to review, the items."""
        yield ShareBanner()
        with Vertical(classes="rel-body"):
            yield Static(_("Carried over from earlier sessions"), classes="rel-title", markup=False)
            yield Static("", id="review-count", classes="rel-muted", markup=False)
            yield Static("", id="review-next", markup=False)
            yield ReadList(
                empty_text=_("Nothing carried over: every earlier item is closed."),
                id="review-items",
            ).add_class("rel-list")
        yield Footer()

    def on_mount(self) -> None:
        """Show the items, and again when sharing starts or stops."""
        follow_share_mode(self, lambda _sharing: self._show())

    def on_screen_resume(self) -> None:
        """Back from the next session's form: show what it set."""
        self._show()

    def _show(self) -> None:
        relationship = self._live.relationship
        today, session_id = self._today(), self._live.session.id
        self.query_one(ReadList).rows = tuple(
            ReadRow(item.id, carried_text(item, today, session_id), item.visibility)
            for item in relationship.carried
        )
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

    def _highlighted(self) -> str | None:
        listing = self.query_one(ReadList)
        if listing.highlighted is None or not listing.rows:
            return None
        return listing.get_option_at_index(listing.highlighted).id

    def action_review(self, outcome: str) -> None:
        """Record the highlighted item's outcome; keeping it asks for a new due date."""
        item_id = self._highlighted()
        if item_id is None:
            return
        if ReviewOutcome(outcome) is ReviewOutcome.KEPT:
            self.app.push_screen(
                LineFormScreen(
                    _("Keep it: new due date (YYYY-MM-DD, +1w; empty keeps the date)"),
                    placeholder="+1w",
                ),
                lambda text: self._kept(item_id, text),
            )
            return
        self._live.relationship.review(item_id, ReviewOutcome(outcome))
        self._show()
        self.query_one(ReadList).action_cursor_down()

    def _kept(self, item_id: str, text: str | None) -> None:
        if text is None:
            return
        try:
            new_due = parse_due(text, self._today())
        except DueDateError as exc:
            self.notify(str(exc), severity="warning")
            return
        self._live.relationship.review(item_id, ReviewOutcome.KEPT, new_due)
        self._show()

    def action_undo(self) -> None:
        """Take back this session's review of the highlighted item."""
        item_id = self._highlighted()
        if item_id is not None:
            self._live.relationship.clear_review(item_id)
            self._show()

    def action_help(self) -> None:
        """Every key of this screen."""
        show_help(self, self.SCOPE)

    def action_next_session(self) -> None:
        """Set when you meet next and what to prepare."""
        self._set_next_session()

    def action_close(self) -> None:
        """Back to the session."""
        self.dismiss(None)
