"""The mentee picker: who is this session with?

Known mentees are listed with their sessions per month over the last year
(the history's bars), last session, open action items and next planned
date; typing filters the list (name or email). The list ends with
"New mentee: <typed name>", which asks before a new mentee is made (even
when one of that name exists: two mentees of the same name are told apart by
email or a short id). Enter on an empty field asks once, then goes on
without a name. F3 edits the highlighted mentee (name, email, language,
private notes; the labels are worked out again, so namesakes stay told
apart). The script is chosen next, on the start screen.

While sharing, the list is empty until the mentor types at least three
letters of a name, then shows only the mentees whose name has a word
starting with them, by name alone: the mentee on the call sees no one
else's name, dates or counts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from sessiontui.i18n import _
from sessiontui.model import Mentee, MenteeEntry
from sessiontui.relationship.names import labels, name_key
from sessiontui.store.archive import SessionArchive
from sessiontui.store.errors import os_error_reason
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.relationship_format import mentee_details, months_mark
from sessiontui.tui.screens.confirm import ConfirmScreen
from sessiontui.tui.screens.history import HistoryScreen
from sessiontui.tui.screens.mentee_form import MenteeFormScreen
from sessiontui.tui.screens.relationship_help import show_help
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.rehearsal_banner import rehearsal_banner
from sessiontui.tui.widgets.sharing import ShareBanner, follow_share_mode, share_mode
from sessiontui.tui.widgets.steady_field import SteadyField

_NEW = "new-mentee"
# While sharing, fewer letters than this match no one: two letters would show
# every "An..." on the call.
SHARED_MATCH_MIN = 3


@dataclass(frozen=True)
class MenteePick:
    """The mentee chosen: a stored one (`mentee_id`), a new one to create, or no name."""

    name: str
    label: str
    mentee_id: str | None = None
    create: bool = False


def _matches(entry: MenteeEntry, label: str, typed: str) -> bool:
    key = name_key(typed)
    return not key or key in name_key(label) or key in entry.email.casefold()


def _matches_shared(entry: MenteeEntry, typed: str) -> bool:
    """While sharing: a word of the name starts with what was typed (3 letters or more)."""
    key, name = name_key(typed), name_key(entry.name)
    return len(key) >= SHARED_MATCH_MIN and (name.startswith(key) or f" {key}" in name)


class MenteePickerScreen(Screen[MenteePick]):
    """Dismisses with the `MenteePick`; Escape leaves the app (nothing started)."""

    SCOPE: ClassVar[Scope] = Scope.PICKER
    AUTO_FOCUS = "#picker-name"
    BINDINGS: ClassVar[list[BindingType]] = [
        # The name field has no use for up/down: they move through the mentees.
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
    ]

    def __init__(
        self,
        archive: SessionArchive,
        today: Callable[[], date],
        mentees: list[MenteeEntry],
        problem: str = "",
    ) -> None:
        """`mentees` from the index; `problem` says why they could not be read."""
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._archive = archive
        self._today = today
        self._mentees = mentees
        self._labels = labels(mentees)
        self._problem = problem
        self._asked_for_name = False

    def compose(self) -> ComposeResult:
        """Title, the name field, the hint line and the list of mentees."""
        yield ShareBanner()
        yield from rehearsal_banner(self)
        with Vertical(id="picker-body"):
            yield Static(_("Who is this session with?"), id="picker-title", markup=False)
            yield Label(_("Type to filter, or a new name; Enter chooses"), markup=False)
            yield SteadyField(placeholder=_("e.g. Ana García"), id="picker-name")
            yield Static("", id="picker-hint", markup=False)
            yield Static(_("Sharing: type the mentee's name"), id="picker-sharing", markup=False)
            yield OptionList(id="picker-mentees", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        """List everyone (again when sharing starts or stops); say so if the mentees
        could not be read."""
        hint = self.query_one("#picker-hint", Static)
        hint.update(self._problem)
        hint.display = bool(self._problem)
        follow_share_mode(self, lambda _sharing: self._fill(self.typed))

    def _listed(self, typed: str) -> list[MenteeEntry]:
        if share_mode(self):
            return [e for e in self._mentees if _matches_shared(e, typed)]
        return [e for e in self._mentees if _matches(e, self._labels[e.id], typed)]

    def _row(self, entry: MenteeEntry, today: date, sharing: bool) -> Content:
        if sharing:  # the name alone: no dates or counts on the call
            return Content(self._labels[entry.id])
        return Content.assemble(
            self._labels[entry.id],
            (f"  {months_mark(entry, today)}" if entry.session_count else "", "bold"),
            ("\n  " + mentee_details(entry), "dim"),
        )

    @property
    def typed(self) -> str:
        """The name typed, single-spaced."""
        return " ".join(self.query_one("#picker-name", Input).value.split())

    def _fill(self, typed: str) -> None:
        today, sharing = self._today(), share_mode(self)
        self.query_one("#picker-sharing").display = sharing
        options = [Option(self._row(e, today, sharing), id=e.id) for e in self._listed(typed)]
        if typed:
            options.append(Option(Content(_("+ New mentee: {name}", name=typed)), id=_NEW))
        elif not self._mentees and not sharing:
            options.append(Option(Content(_("No mentees yet: type a name.")), disabled=True))
        listing = self.query_one("#picker-mentees", OptionList)
        if [option.id for option in listing.options] == [option.id for option in options]:
            # The same rows (a key that narrows nothing, the new name's row retyped):
            # new words in place repaint the list; a refill would lay out the screen.
            for index, option in enumerate(options):
                listing.replace_option_prompt_at_index(index, option.prompt)
        else:
            listing.clear_options()
            listing.add_options(options)
        if options and not options[0].disabled:
            listing.highlighted = 0

    @on(Input.Changed, "#picker-name")
    def _typed(self) -> None:
        self._asked_for_name = False
        if not self._problem:
            self.query_one("#picker-hint").display = False
        self._fill(self.typed)

    def action_move(self, step: int) -> None:
        """Highlight the previous or next mentee (from the name field)."""
        listing = self.query_one("#picker-mentees", OptionList)
        if step < 0:
            listing.action_cursor_up()
        else:
            listing.action_cursor_down()

    @on(Input.Submitted, "#picker-name")
    @on(OptionList.OptionSelected, "#picker-mentees")
    def action_choose(self) -> None:
        """Choose the highlighted mentee, or ask before making a new one."""
        listing = self.query_one("#picker-mentees", OptionList)
        index = listing.highlighted
        option = listing.get_option_at_index(index) if index is not None else None
        if option is None or option.disabled:
            self._no_name()
        elif option.id == _NEW:
            name = self.typed
            self.app.push_screen(
                ConfirmScreen(
                    _("Create a new mentee called {name}?", name=name),
                    yes=_("Create"),
                    no=_("Go back"),
                    # Adding a mentee destroys nothing: Enter, Enter creates them.
                    start_on_yes=True,
                ),
                lambda yes: self._create(name, bool(yes)),
            )
        else:
            entry = next(e for e in self._mentees if e.id == option.id)
            self.dismiss(MenteePick(entry.name, self._labels[entry.id], entry.id))

    def _no_name(self) -> None:
        if self._asked_for_name:
            self.dismiss(MenteePick("", ""))
            return
        self._asked_for_name = True
        hint = self.query_one("#picker-hint", Static)
        hint.update(_("Enter the mentee's name, or press Enter again to continue without one."))
        hint.display = True

    def _create(self, name: str, confirmed: bool) -> None:
        if confirmed:
            self.dismiss(MenteePick(name, name, create=True))
        else:
            self.query_one("#picker-name", Input).focus()

    def _highlighted(self) -> MenteeEntry | None:
        listing = self.query_one("#picker-mentees", OptionList)
        index = listing.highlighted
        option = listing.get_option_at_index(index) if index is not None else None
        return next((e for e in self._mentees if option and e.id == option.id), None)

    def action_history(self) -> None:
        """Open the highlighted mentee's history."""
        entry = self._highlighted()
        if entry is not None:
            label = self._labels[entry.id]
            self.app.push_screen(HistoryScreen(self._archive, entry.id, label, self._today))

    def action_edit_mentee(self) -> None:
        """Edit the highlighted mentee: name, email, language, private notes."""
        entry = self._highlighted()
        if entry is None:
            return
        try:
            mentee = self._archive.record(entry.id).mentee
        except OSError as exc:
            self.notify(os_error_reason(exc), severity="error")
            return
        self.app.push_screen(MenteeFormScreen(mentee), self._mentee_edited)

    def _mentee_edited(self, mentee: Mentee | None) -> None:
        if mentee is None:
            return
        try:
            self._archive.update_mentee(mentee)
            self._mentees = self._archive.mentees()
        except OSError as exc:
            self.notify(
                _("The mentee could not be saved: {reason}", reason=os_error_reason(exc)),
                severity="error",
            )
            return
        # Names may now clash or no longer: every label is worked out again.
        self._labels = labels(self._mentees)
        self._fill(self.typed)
        listing = self.query_one("#picker-mentees", OptionList)
        for index, entry in enumerate(self._listed(self.typed)):
            if entry.id == mentee.id:
                listing.highlighted = index
        self.notify(_("Mentee saved."))

    def action_help(self) -> None:
        """Every key of this screen."""
        show_help(self, self.SCOPE)

    def action_leave(self) -> None:
        """Leave without starting a session."""
        self.app.exit()
