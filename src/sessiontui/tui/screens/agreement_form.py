"""The agreement form: every term of the mentoring agreement, filled together.

Filled in the expectations and confidentiality segments (and changed in any
session): saving makes this session's version; the earlier ones are kept.
Numbers and dates are checked with a reason next to the field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Checkbox, Input, Label, Select, Static

from sessiontui.dates import DueDateError, parse_due
from sessiontui.i18n import _
from sessiontui.model import AgreementTerms, Booker, Frequency
from sessiontui.tui.relationship_format import BOOKER_LABELS, FREQUENCY_LABELS
from sessiontui.tui.screens.form_screen import FormScreen
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.sharing import mask_private_typing
from sessiontui.tui.widgets.steady_field import SteadyField

_SEPARATOR = ";"


def _joined(items: list[str]) -> str:
    return f"{_SEPARATOR} ".join(items)


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(_SEPARATOR) if part.strip()]


class FormError(ValueError):
    """A field that cannot be read: its id and the reason."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(reason)
        self.field = field


class AgreementFormScreen(FormScreen[AgreementTerms]):
    """Dismisses with the terms saved, or None when cancelled."""

    FIRST_FIELD = "#agree-topics"

    def __init__(self, today: Callable[[], date], terms: AgreementTerms | None) -> None:
        super().__init__()
        self._today = today
        self._terms = terms or AgreementTerms()

    def compose(self) -> ComposeResult:
        """One field per term: what you work on first, then the rhythm, then the rest."""
        t = self._terms
        with VerticalScroll(classes="rel-form"):
            yield Static(_("Our mentoring agreement"), classes="rel-title", markup=False)
            yield Label(_("Topics (separated by ;)"), markup=False)
            yield SteadyField(_joined(t.topics), id="agree-topics", compact=True)
            yield Label(_("Off-limits topics (separated by ;)"), markup=False)
            yield SteadyField(_joined(t.off_limits), id="agree-off-limits", compact=True)
            yield Label(_("How often do we meet?"), markup=False)
            yield Select(
                [(_(FREQUENCY_LABELS[f]), f) for f in Frequency],
                value=t.frequency if t.frequency is not None else Select.NULL,
                compact=True,
                prompt=_("Not agreed yet"),
                id="agree-frequency",
            )
            yield Label(_("Every how many weeks (for 'every few weeks')"), markup=False)
            yield self._input("agree-every", t.every_weeks)
            yield Label(_("How long is a session (minutes)?"), markup=False)
            yield self._input("agree-minutes", t.session_minutes)
            yield Label(_("The mentoring runs until (YYYY-MM-DD, +12w)"), markup=False)
            yield self._input("agree-until", t.runs_until)
            yield Label(_("We review how it goes on (YYYY-MM-DD, +6w)"), markup=False)
            yield self._input("agree-review", t.review_on)
            yield Label(_("How we contact each other between sessions"), markup=False)
            yield SteadyField(t.contact, id="agree-contact", compact=True)
            yield Label(_("Who books the sessions?"), markup=False)
            yield Select(
                [(_(BOOKER_LABELS[b]), b) for b in Booker],
                value=t.booked_by if t.booked_by is not None else Select.NULL,
                compact=True,
                prompt=_("Not agreed yet"),
                id="agree-booker",
            )
            yield Label(_("Commitment: what each of us commits to"), markup=False)
            yield SteadyField(t.commitment, id="agree-commitment", compact=True)
            yield Label(_("Confidentiality: what stays between us, and its limits"), markup=False)
            yield SteadyField(t.confidentiality, id="agree-confidentiality", compact=True)
            yield Checkbox(
                _("Either of us may end the mentoring without blame"),
                t.no_fault_ending,
                id="agree-no-fault",
                compact=True,
            )
            yield Label(_("My private notes (never shared)"), markup=False)
            yield SteadyField(t.private_notes, id="agree-private", compact=True)
            yield Static(_("Ctrl+S saves · Escape cancels"), classes="rel-muted", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        """While sharing, the private notes show (and are typed) as dots."""
        super().on_mount()
        mask_private_typing(self.query_one("#agree-private", Input), None)

    @staticmethod
    def _input(field_id: str, value: object) -> Input:
        text = "" if value is None else value.isoformat() if isinstance(value, date) else str(value)
        return SteadyField(text, id=field_id, compact=True)

    def _text(self, field_id: str) -> str:
        return self.query_one(f"#{field_id}", Input).value.strip()

    def _number(self, field_id: str, low: int, high: int) -> int | None:
        text = self._text(field_id)
        if not text:
            return None
        if not text.isdigit() or not low <= int(text) <= high:
            raise FormError(
                field_id,
                _("Not a number from {low} to {high}: '{text}'.", low=low, high=high, text=text),
            )
        return int(text)

    def _date(self, field_id: str) -> date | None:
        try:
            return parse_due(self._text(field_id), self._today())
        except DueDateError as exc:
            raise FormError(field_id, str(exc)) from exc

    def terms(self) -> AgreementTerms:
        """The terms the fields hold (FormError names a field that cannot be read)."""
        frequency = self.query_one("#agree-frequency", Select).selection
        booker = self.query_one("#agree-booker", Select).selection
        return AgreementTerms(
            frequency=frequency if isinstance(frequency, Frequency) else None,
            every_weeks=self._number("agree-every", 1, 52),
            session_minutes=self._number("agree-minutes", 5, 600),
            runs_until=self._date("agree-until"),
            review_on=self._date("agree-review"),
            topics=_split(self._text("agree-topics")),
            off_limits=_split(self._text("agree-off-limits")),
            contact=self._text("agree-contact"),
            booked_by=booker if isinstance(booker, Booker) else None,
            commitment=self._text("agree-commitment"),
            confidentiality=self._text("agree-confidentiality"),
            no_fault_ending=self.query_one("#agree-no-fault", Checkbox).value,
            private_notes=self._text("agree-private"),
        )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        # Enter moves on to the next field; Ctrl+S saves the whole form.
        event.stop()
        self.focus_next()

    def action_save(self) -> None:
        """Save the agreement, or show which field cannot be read."""
        try:
            terms = self.terms()
        except FormError as exc:
            # A toast, seen wherever the form is scrolled; the field gets the focus.
            self.notify(str(exc), severity="warning", markup=False)
            self.query_one(f"#{exc.field}", Input).focus()
            return
        self.dismiss(terms)
