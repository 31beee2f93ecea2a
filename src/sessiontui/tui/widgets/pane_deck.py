"""The session's panes and where the focus goes: the layout, and nothing else.

Four panes (Agenda with the countdown and the session goals, Listening with the parked
thoughts and notes, Feedback, Action items: in the review segment with the items carried
over from earlier sessions first) in a 2x2 grid; below 80 columns the Agenda shrinks to
the countdown and the current segment, and the other three (and the goals) take turns
behind tabs. At wrap-up the Listening pane shows the next session (set, or proposed)
above the parked thoughts, its form on demand. Each pane lists its entries; a form opens
on demand (its key, the palette, or the segment that brings the pane forward) and closes
with Escape or a saved entry. The pane a segment brings forward is marked by its title;
the focus has the only focus border. The widgets post their messages up to the screen,
which owns the session.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, cast

from textual import events
from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from sessiontui.entries import Entry, EntryKind
from sessiontui.i18n import N_, _
from sessiontui.model import SegmentKind
from sessiontui.tui.widgets.action_items import ActionItemForm
from sessiontui.tui.widgets.agenda import AgendaScroll, AgendaView
from sessiontui.tui.widgets.carried_list import CarriedList
from sessiontui.tui.widgets.countdown import Countdown
from sessiontui.tui.widgets.entry_form import EntryForm
from sessiontui.tui.widgets.entry_section import EntrySection, ListFrame
from sessiontui.tui.widgets.feedback_form import FeedbackForm
from sessiontui.tui.widgets.listening import PromptCard
from sessiontui.tui.widgets.next_session_section import NextSessionSection
from sessiontui.tui.widgets.simple_forms import GoalForm, NoteForm, ParkForm

if TYPE_CHECKING:
    from textual.widgets import Tabs


class Pane(StrEnum):
    """A pane that takes turns behind a tab in the narrow layout."""

    LISTENING = "listening"
    FEEDBACK = "feedback"
    ACTIONS = "actions"
    GOALS = "goals"


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
# Where each kind of entry is listed (the section's id) and the pane that holds it.
_SECTION = {
    EntryKind.PARKED: ("#parking", Pane.LISTENING),
    EntryKind.NOTE: ("#notes", Pane.LISTENING),
    EntryKind.FEEDBACK: ("#feedback", Pane.FEEDBACK),
    EntryKind.ACTION: ("#actions", Pane.ACTIONS),
    EntryKind.GOAL: ("#goals", Pane.GOALS),
}

# What a segment brings forward: a form to open, or a list to look at.
_FORWARD: dict[SegmentKind, tuple[EntryKind, bool]] = {
    SegmentKind.EXPECTATIONS: (EntryKind.NOTE, True),
    SegmentKind.CONFIDENTIALITY: (EntryKind.NOTE, True),
    SegmentKind.GOALS: (EntryKind.GOAL, True),
    # Long-term goals live on the goal board (F11, offered): no session-goal form.
    SegmentKind.LONG_TERM_GOALS: (EntryKind.GOAL, False),
    SegmentKind.FEEDBACK: (EntryKind.FEEDBACK, True),
    SegmentKind.ACTION_PLAN: (EntryKind.ACTION, True),
    SegmentKind.REVIEW_ACTIONS: (EntryKind.ACTION, True),
    SegmentKind.WRAP_UP: (EntryKind.PARKED, False),
}
# Check-in and discussion: listen (guidance and prompt first), the parked thoughts at hand.
_DEFAULT_FORWARD = (EntryKind.PARKED, False)
# Segments whose shared notes make up the mentoring agreement.
_AGREEMENT_KINDS = frozenset({SegmentKind.EXPECTATIONS, SegmentKind.CONFIDENTIALITY})


def _needs_tabs(screen: Screen[object]) -> bool:
    """Whether the tabs may show: on a screen below the wide layout's 80 columns."""
    return not screen.has_class("-wide")


def _pane_for(kind: SegmentKind) -> Pane:
    """The pane a segment of `kind` brings forward."""
    entry_kind, _opens_form = _FORWARD.get(kind, _DEFAULT_FORWARD)
    return _SECTION[entry_kind][1]


class PaneDeck(Container):
    """The tabs (narrow only) and the four panes; decides what shows and what has the focus."""

    def __init__(
        self,
        segment_titles: Sequence[str],
        today: Callable[[], date],
        first: SegmentKind,
        *,
        id: str | None = None,
    ) -> None:
        """`segment_titles` for the agenda rows; `today` anchors relative due dates;
        `first`: the kind of the segment on when the deck is shown."""
        super().__init__(id=id)
        self._titles = tuple(segment_titles)
        self._today = today
        self._agreement = False
        self._first = first
        self._first_pane = _pane_for(first)
        # What the tabs show (they are built only for a narrow screen: see `_tabs`).
        self._forward_pane = self._first_pane
        self._shown_pane = self._first_pane

    def _first_classes(self, pane: Pane, classes: str) -> str:
        """`pane`'s classes as `bring_forward` will set them for the first segment:
        composed with them, the panes are styled once (a class added after the
        mount restyles the whole pane)."""
        if pane is self._first_pane:
            classes += " -forward -shown"
        if pane is Pane.LISTENING and self._first is SegmentKind.WRAP_UP:
            classes += " -wrap-up"
        return classes

    def compose(self) -> ComposeResult:
        """The Agenda, the tabs (narrow only), then the other panes."""
        with Vertical(id="agenda-pane", classes=self._first_classes(Pane.GOALS, "pane")):
            yield Countdown(id="countdown")
            with AgendaScroll(id="agenda-body"):
                yield AgendaView(self._titles, id="agenda")
            with ListFrame(id="goals-scroll"):
                yield self._section(EntryKind.GOAL, _("Session goals"), _("No goals yet."))
        if _needs_tabs(self.screen):
            yield self._make_tabs()
        # The guidance and the prompt stay at the top and the lists scroll under
        # them, at every width: a parked thought never hides what to listen for.
        with Vertical(
            id="listening-pane", classes=self._first_classes(Pane.LISTENING, "pane -tabbed")
        ):
            yield PromptCard(id="prompt-card")
            with ListFrame(id="listening-lists"):
                if self._first is SegmentKind.WRAP_UP:
                    yield self._make_next_session()
                yield self._section(
                    EntryKind.PARKED, _("Parked thoughts"), _("Nothing parked yet.")
                )
                yield self._section(EntryKind.NOTE, _("Notes"), _("No notes yet."))
        with ListFrame(
            id="feedback-pane", classes=self._first_classes(Pane.FEEDBACK, "pane -tabbed")
        ):
            yield self._section(EntryKind.FEEDBACK, None, _("No feedback yet."))
        with ListFrame(
            id="actions-pane", classes=self._first_classes(Pane.ACTIONS, "pane -tabbed")
        ):
            if self._first is SegmentKind.REVIEW_ACTIONS:
                yield self._make_carried()
            yield self._section(EntryKind.ACTION, _("This session"), _("No action items yet."))

    # --- what only some segments show: built when first needed ----------------------------
    # A start builds only what its screen can show: the items carried over (the review
    # segment's), the next session (the wrap-up's, or its form's) and the tabs (a narrow
    # screen's) cost about 0.7 ms of every start for each of their widgets.

    def _make_carried(self) -> Vertical:
        """The review segment's: what earlier sessions left open, above this session's."""
        return Vertical(
            Static(Content(_("From earlier sessions")), classes="section-heading", markup=False),
            CarriedList(
                empty_text=_("Nothing carried over: every earlier item is closed."),
                id="carried-list",
            ),
            id="carried",
        )

    def _make_next_session(self) -> NextSessionSection:
        return NextSessionSection(self._today, id="next-session")

    def carried_list(self) -> CarriedList | None:
        """The items carried over, if built (in the review segment they are)."""
        found = self.query(CarriedList)
        return found.first() if found else None

    def next_session(self) -> NextSessionSection | None:
        """The next session's section, if built (at wrap-up, or once its form opened)."""
        found = self.query(NextSessionSection)
        return found.first() if found else None

    async def build_for(self, kind: SegmentKind) -> None:
        """Build what a segment of `kind` shows (before its figures are written)."""
        if kind is SegmentKind.REVIEW_ACTIONS and self.carried_list() is None:
            await self.query_one("#actions-pane").mount(self._make_carried(), before="#actions")
        if kind is SegmentKind.WRAP_UP:
            await self._built_next_session()

    async def _built_next_session(self) -> NextSessionSection:
        section = self.next_session()
        if section is None:
            section = self._make_next_session()
            await self.query_one("#listening-lists").mount(section, before="#parking")
        return section

    def _make_tabs(self) -> Tabs:
        """The tabs (narrow only), right above the panes they switch, as they stand.
        Textual's tabs are imported here: a wide start never needs their module."""
        from textual.widgets import Tab, Tabs  # noqa: PLC0415 (see the docstring)

        return Tabs(
            *(
                Tab(
                    _(_PANE_TITLES[pane]),
                    id=f"tab-{pane}",
                    classes="-forward" if pane is self._forward_pane else "",
                )
                for pane in Pane
            ),
            active=f"tab-{self._shown_pane}",
            id="pane-tabs",
        )

    def _tabs(self) -> Tabs | None:
        """The tabs, once built and mounted (until then they hold no tab): a wide screen
        never shows them, and their nine widgets cost about 6 ms of every start; they
        are built when the screen first narrows."""
        tabs = self.query_children("#pane-tabs")
        return cast("Tabs", tabs.first()) if tabs and tabs.first().is_mounted else None

    async def on_resize(self, _event: events.Resize) -> None:
        """Build the tabs when the screen first gets narrow (before the panes they switch);
        then they follow what a segment change did while they were being mounted."""
        if not self.query_children("#pane-tabs") and _needs_tabs(self.screen):
            await self.mount(self._make_tabs(), before="#listening-pane")
            self._show_pane(self._shown_pane)

    def _section(self, kind: EntryKind, title: str | None, empty: str) -> EntrySection:
        makers: dict[EntryKind, Callable[[], EntryForm]] = {
            EntryKind.PARKED: lambda: ParkForm(id="park-form"),
            EntryKind.NOTE: lambda: NoteForm(agreement=self._agreement, id="note-form"),
            EntryKind.FEEDBACK: lambda: FeedbackForm(id="feedback-form"),
            EntryKind.ACTION: lambda: ActionItemForm(self._today, id="action-form"),
            EntryKind.GOAL: lambda: GoalForm(id="goal-form"),
        }
        selector, _pane = _SECTION[kind]
        return EntrySection(
            kind,
            makers[kind],
            title=title,
            empty_text=empty,
            can_toggle=kind in {EntryKind.ACTION, EntryKind.GOAL, EntryKind.PARKED},
            id=selector.removeprefix("#"),
        )

    def on_mount(self) -> None:
        """Title the panes."""
        self.query_one("#agenda-pane").border_title = _("Agenda")
        for pane in (Pane.LISTENING, Pane.FEEDBACK, Pane.ACTIONS):
            self.query_one(_PANE_ID[pane]).border_title = _(_PANE_TITLES[pane])

    def section(self, kind: EntryKind) -> EntrySection:
        """Where entries of `kind` are listed and written."""
        return self.query_one(_SECTION[kind][0], EntrySection)

    # --- what a segment brings forward ---------------------------------------------------

    async def bring_forward(self, kind: SegmentKind) -> None:
        """Mark the pane a segment of `kind` calls for; open its form, or focus its list."""
        entry_kind, opens_form = _FORWARD.get(kind, _DEFAULT_FORWARD)
        pane = _pane_for(kind)
        self._forward_pane = pane
        for name in Pane:
            self.query_one(_PANE_ID[name]).set_class(name == pane, "-forward")
        self.query_one("#listening-pane").set_class(kind is SegmentKind.WRAP_UP, "-wrap-up")
        review = kind is SegmentKind.REVIEW_ACTIONS
        self.query_one("#actions-pane").set_class(review, "-review")
        self._set_agreement(kind in _AGREEMENT_KINDS)
        self._close_blank_forms(keep=entry_kind)
        self._show_pane(pane)
        # A new segment shows its pane from the top (the guidance first).
        self.query_one(_PANE_ID[pane], Widget).scroll_home(animate=False)
        self.query_one("#listening-lists", Widget).scroll_home(animate=False)
        carried = self.carried_list() if review else None
        if carried is not None and not carried.empty:
            # The carried-over items first: this session's own come after them.
            self.screen.set_focus(carried, scroll_visible=False)
        elif kind is SegmentKind.WRAP_UP:
            # The next session first (Enter sets it); the parked thoughts under it.
            section = await self._built_next_session()
            self.screen.set_focus(section.line, scroll_visible=False)
        elif opens_form:
            form = await self.section(entry_kind).open_form()
            form.focus_first()
            self.call_after_refresh(form.scroll_visible, animate=False)
        else:
            self.screen.set_focus(self.section(entry_kind).entry_list, scroll_visible=False)
        self.keep_current_row_in_view()

    def _close_blank_forms(self, keep: EntryKind) -> None:
        """Close the forms an earlier segment opened and nobody wrote in (one with
        text stays: it is the mentor's, to finish or close)."""
        for kind in EntryKind:
            form = self.section(kind).form
            if kind is not keep and form is not None and form.display and form.blank:
                self.section(kind).close_form()

    def _set_agreement(self, agreement: bool) -> None:
        self._agreement = agreement
        form = self.section(EntryKind.NOTE).form
        if isinstance(form, NoteForm):
            form.set_agreement(agreement)

    def keep_current_row_in_view(self) -> None:
        """Scroll the agenda (after the next layout) so the current segment shows."""
        row = self.query_one(AgendaView).current_row()
        if row is not None:
            self.call_after_refresh(row.scroll_visible, animate=False)

    # --- forms --------------------------------------------------------------------------

    async def open_form(self, kind: EntryKind, entry: Entry | None = None) -> EntryForm:
        """Show the pane of `kind` and its form (empty, or `entry` to correct), focused."""
        self._show_pane(_SECTION[kind][1])
        form = await self.section(kind).open_form(entry)
        # Focus now: keys typed right after the shortcut must land in the form.
        form.focus_first()
        self.call_after_refresh(form.scroll_visible, animate=False)
        return form

    async def open_next_session(self, start: datetime, minutes: int, prepare: str) -> None:
        """Show the Listening pane and the next session's form (these values unless it
        holds what was typed and closed unsaved), focused."""
        self._show_pane(Pane.LISTENING)
        section = await self._built_next_session()
        form = await section.open_form(start, minutes, prepare)
        form.focus_first()
        self.call_after_refresh(form.scroll_visible, animate=False)

    def next_session_saved(self) -> None:
        """Close the next session's form after a save; the focus to the parked thoughts."""
        section = self.next_session()
        if section is not None:
            section.close_form(saved=True)
        self.screen.set_focus(self.section(EntryKind.PARKED).entry_list)

    def entry_saved(self, kind: EntryKind, entry_id: str) -> None:
        """Close the form an entry was saved from, and highlight the entry in its list."""
        section = self.section(kind)
        section.close_form(saved=True)
        section.entry_list.highlight_entry(entry_id)

    def focused_form(self) -> EntryForm | None:
        """The form the focus is in (None when it is not in a form)."""
        for kind in EntryKind:
            form = self.section(kind).form
            if form is not None and form.display and form.has_focus_within:
                return form
        return None

    # --- the narrow layout's tabs -----------------------------------------------------------

    def _show_pane(self, pane: Pane) -> None:
        """In the narrow layout, show `pane` (the others wait behind their tabs)."""
        self._shown_pane = pane
        for name in Pane:
            self.query_one(_PANE_ID[name]).set_class(name == pane, "-shown")
        tabs = self._tabs()
        if tabs is None:
            return
        for name in Pane:
            tabs.query_one(f"#tab-{name}").set_class(name == self._forward_pane, "-forward")
        # Moving the tabs here must not come back as a TabActivated: with two
        # quick changes (ctrl+n ctrl+n) the echoes of each would undo the other
        # forever, a layout loop at 100% CPU.
        with self.prevent(tabs.TabActivated):
            tabs.active = f"tab-{pane}"

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        """A tab chosen (by key or click) shows its pane."""
        if event.tabs is not self._tabs():
            return
        # Show the tab active now, not the one the event names: an event posted
        # before a later change (the tabs' own first activation, a click just
        # before ctrl+n) is stale and must not bring back an older pane.
        active = event.tabs.active
        if active:
            self._show_pane(Pane(active.removeprefix("tab-")))
