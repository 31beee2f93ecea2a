"""The session's panes and where the focus goes: the layout, and nothing else.

Four panes (Agenda with the goals, Listening, Feedback, Action items) in a
2x2 grid; below 80 columns three of them (and the goals) take turns behind
tabs. A segment brings its pane forward and focuses its first field; a
form's key (Ctrl+O, ...) shows its pane and focuses its field. The widgets
inside post their messages up to the screen, which owns the session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import StrEnum

from textual import on
from textual.app import ComposeResult
from textual.containers import Container, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Tab, Tabs

from sessiontui.i18n import N_, _
from sessiontui.model import SegmentKind
from sessiontui.tui.widgets.action_items import ActionItemForm
from sessiontui.tui.widgets.agenda import AgendaView, Countdown
from sessiontui.tui.widgets.entry_list import EntryList
from sessiontui.tui.widgets.feedback_form import FeedbackForm
from sessiontui.tui.widgets.goals import GoalsBox
from sessiontui.tui.widgets.listening import PromptCard
from sessiontui.tui.widgets.notes import NotesBox
from sessiontui.tui.widgets.parking_lot import ParkingLot


class Pane(StrEnum):
    """A pane that takes turns behind a tab in the narrow layout."""

    LISTENING = "listening"
    FEEDBACK = "feedback"
    ACTIONS = "actions"
    GOALS = "goals"


class Form(StrEnum):
    """A place the mentor writes into, reached by its own key."""

    PARK = "park"
    NOTE = "note"
    FEEDBACK = "feedback"
    ACTION = "action"
    GOAL = "goal"


# The goals live in the Agenda pane, under the segments (their own tab when narrow).
_PANE_ID = {
    Pane.LISTENING: "#listening-pane",
    Pane.FEEDBACK: "#feedback-pane",
    Pane.ACTIONS: "#actions-pane",
    Pane.GOALS: "#agenda-pane",
}
_PANE_TITLES = {
    Pane.LISTENING: N_("Listening"),
    Pane.FEEDBACK: N_("Feedback"),
    Pane.ACTIONS: N_("Action items"),
    Pane.GOALS: N_("Goals"),
}
# What scrolls in each pane (the Agenda's countdown stays put above its rows).
_SCROLLER = {**_PANE_ID, Pane.GOALS: "#agenda-body"}

# Each form's pane and first field.
_FORMS = {
    Form.PARK: (Pane.LISTENING, "#park-input"),
    Form.NOTE: (Pane.LISTENING, "#note-input"),
    Form.FEEDBACK: (Pane.FEEDBACK, "#feedback-situation"),
    Form.ACTION: (Pane.ACTIONS, "#action-text"),
    Form.GOAL: (Pane.GOALS, "#goal-text"),
}

# Which pane a segment brings forward, and which field gets the focus there.
_FORWARD: dict[SegmentKind, tuple[Pane, str]] = {
    SegmentKind.EXPECTATIONS: _FORMS[Form.NOTE],
    SegmentKind.CONFIDENTIALITY: _FORMS[Form.NOTE],
    SegmentKind.GOALS: _FORMS[Form.GOAL],
    SegmentKind.FEEDBACK: _FORMS[Form.FEEDBACK],
    SegmentKind.ACTION_PLAN: _FORMS[Form.ACTION],
    SegmentKind.REVIEW_ACTIONS: _FORMS[Form.ACTION],
    SegmentKind.WRAP_UP: (Pane.LISTENING, "#parking-list"),
}
_DEFAULT_FORWARD = _FORMS[Form.PARK]
# A segment that brings the goals forward shows the whole form, not just its first field.
_REVEAL = {Pane.GOALS: "#goals"}
# Segments whose shared notes make up the mentoring agreement.
_AGREEMENT_KINDS = frozenset({SegmentKind.EXPECTATIONS, SegmentKind.CONFIDENTIALITY})


class PaneDeck(Container):
    """The tabs (narrow only) and the four panes; decides what shows and what has the focus."""

    def __init__(
        self, segment_titles: Sequence[str], today: Callable[[], date], *, id: str | None = None
    ) -> None:
        """`segment_titles` for the agenda rows; `today` anchors relative due dates."""
        super().__init__(id=id)
        self._titles = tuple(segment_titles)
        self._today = today
        self._current_row = 0

    def compose(self) -> ComposeResult:
        """Tabs first (they switch what shows under the agenda), then the panes."""
        yield Tabs(
            *(Tab(_(_PANE_TITLES[pane]), id=f"tab-{pane}") for pane in Pane),
            id="pane-tabs",
        )
        with Vertical(id="agenda-pane", classes="pane"):
            yield Countdown(len(self._titles), id="agenda-countdown")
            with VerticalScroll(id="agenda-body"):
                yield AgendaView(self._titles, id="agenda")
                yield GoalsBox(id="goals")
        with VerticalScroll(id="listening-pane", classes="pane -tabbed"):
            yield PromptCard(id="prompt-card")
            yield ParkingLot(id="parking-lot")
            yield NotesBox(id="notes")
        with VerticalScroll(id="feedback-pane", classes="pane -tabbed"):
            yield FeedbackForm(id="feedback-form")
            yield EntryList(empty_text=_("No feedback yet."), can_delete=True, id="feedback-list")
        with VerticalScroll(id="actions-pane", classes="pane -tabbed"):
            yield ActionItemForm(self._today, id="action-form")
            yield EntryList(
                empty_text=_("No action items yet. Space: done · Del: delete"),
                can_toggle=True,
                can_delete=True,
                id="actions-list",
            )

    def on_mount(self) -> None:
        """Title the panes."""
        self.query_one("#agenda-pane").border_title = _("Agenda")
        for pane in (Pane.LISTENING, Pane.FEEDBACK, Pane.ACTIONS):
            self.query_one(_PANE_ID[pane]).border_title = _(_PANE_TITLES[pane])

    def bring_forward(self, kind: SegmentKind, current_row: int) -> None:
        """Highlight the pane a segment of `kind` calls for and focus its first field.

        `current_row` is the segment's agenda row, scrolled back into view.
        """
        self._current_row = current_row
        pane, field = _FORWARD.get(kind, _DEFAULT_FORWARD)
        for name in Pane:
            self.query_one(_PANE_ID[name]).set_class(name == pane, "-forward")
        self.query_one("#listening-pane").set_class(kind is SegmentKind.WRAP_UP, "-wrap-up")
        self.query_one(NotesBox).set_agreement(kind in _AGREEMENT_KINDS)
        self._focus_field(pane, field, center=False)

    def open_form(self, form: Form) -> None:
        """Show `form`'s pane and put the focus in its first field."""
        pane, field = _FORMS[form]
        self._focus_field(pane, field)

    def _show_pane(self, pane: Pane) -> None:
        """In the narrow layout, show `pane` (the others wait behind their tabs)."""
        for name in Pane:
            self.query_one(_PANE_ID[name]).set_class(name == pane, "-shown")
        # Moving the tabs here must not come back as a TabActivated: with two
        # quick changes (ctrl+n ctrl+n) the echoes of each would undo the other
        # forever, a layout loop at 100% CPU.
        with self.prevent(Tabs.TabActivated):
            self.query_one(Tabs).active = f"tab-{pane}"

    def _focus_field(self, pane: Pane, selector: str, *, center: bool = True) -> None:
        """Show `pane` and focus `selector` in it.

        A new segment shows its pane from the top (guidance first); a shortcut
        centres the field, so the list under it stays in view.
        """
        self._show_pane(pane)
        screen = self.screen
        if pane is not Pane.GOALS:
            # The goals may have scrolled the segments away: show the current one again.
            self.query_one("#agenda-body", Widget).scroll_home(animate=False)
            row = self.query_one(f"#agenda-row-{self._current_row}", Widget)
            self.call_after_refresh(row.scroll_visible, animate=False)
        field = self.query_one(selector, Widget)
        # Focus now, not later: keys typed right after the shortcut must land
        # in this field. Scrolling waits for the layout (the pane may just
        # have been shown).
        screen.set_focus(field, scroll_visible=False)
        if center:
            self.call_after_refresh(screen.scroll_to_center, field, animate=False)
        else:
            self.query_one(_SCROLLER[pane], Widget).scroll_home(animate=False)
            reveal = self.query_one(_REVEAL[pane], Widget) if pane in _REVEAL else field
            self.call_after_refresh(reveal.scroll_visible, animate=False)

    @on(Tabs.TabActivated, "#pane-tabs")
    def _tab_chosen(self, event: Tabs.TabActivated) -> None:
        # Show the tab active now, not the one the event names: an event posted
        # before a later change (the tabs' own first activation, a click just
        # before ctrl+n) is stale and must not bring back an older pane.
        active = event.tabs.active
        if active:
            self._show_pane(Pane(active.removeprefix("tab-")))
