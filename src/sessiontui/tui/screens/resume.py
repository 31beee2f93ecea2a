"""The resume dialog: an interrupted session was found at start.

Resuming is the safe choice (Escape, and the focus at first). The answers are
chosen with the arrows and Enter, as in the finish question: no letter, so
typing straight after the launch cannot answer. Discarding throws work away,
so it takes a second, deliberate Enter.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from sessiontui.i18n import _, current
from sessiontui.model import Session
from sessiontui.share import shown_count
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.formatting import clock_text
from sessiontui.tui.widgets.rehearsal_banner import rehearsal_banner
from sessiontui.tui.widgets.sharing import ShareBanner, follow_share_mode


class ResumeChoice(StrEnum):
    """What to do with an interrupted session."""

    RESUME = "resume"
    FINISH = "finish"
    DISCARD = "discard"


def _current_segment(draft: Session) -> str:
    """The segment the session was in, as "title (n of N)"; "—" for a draft without one."""
    index = draft.clock.current_index
    if not 0 <= index < len(draft.segments):
        return "—"
    return _(
        "{title} ({number} of {total})",
        title=draft.segments[index].title,
        number=index + 1,
        total=len(draft.segments),
    )


def draft_facts(draft: Session, share_mode: bool = False) -> list[str]:
    """What the draft holds, one line each, for the mentor to recognise it (while
    sharing, its counts count only what may be shown)."""
    elapsed = sum(segment.spent_seconds for segment in draft.segments)
    return [
        _("Mentee: {name}", name=" ".join(draft.mentee.split()) or _("(no name)")),
        _("Script: {title}", title=draft.script_title),
        _(
            "Started: {when}",
            when=current().format_datetime(draft.started_at, time_format="short"),
        ),
        _("Current segment: {segment}", segment=_current_segment(draft)),
        _("Elapsed: {elapsed}", elapsed=clock_text(elapsed)),
        _(
            "Goals: {goals} · Feedback: {feedback} · Action items: {actions}",
            goals=shown_count(draft.goals, share_mode),
            feedback=shown_count(draft.feedback, share_mode),
            actions=shown_count(draft.action_items, share_mode),
        ),
        _(
            "Notes: {notes} · Parked thoughts: {parked}",
            notes=shown_count(draft.notes, share_mode),
            parked=shown_count(draft.parking_lot, share_mode),
        ),
    ]


class ResumeScreen(ModalScreen[ResumeChoice]):
    """Offers to resume, finish or discard `draft`; dismisses with a `ResumeChoice`."""

    SCOPE: ClassVar[Scope] = Scope.RESUME

    def __init__(self, draft: Session) -> None:
        super().__init__()
        self._draft = draft
        self._confirming = False
        bind_actions(self, self.SCOPE)

    def compose(self) -> ComposeResult:
        """The draft's facts, the discard confirmation (hidden), and three buttons."""
        yield ShareBanner()
        yield from rehearsal_banner(self)
        with Vertical(id="resume-dialog"):
            yield Static(_("An interrupted session was found"), id="resume-title", markup=False)
            yield Static(id="resume-facts", markup=False)
            yield Static(
                _(
                    "Discard this session for good? Everything in it is lost. Enter again "
                    "discards; Esc resumes it."
                ),
                id="resume-confirm",
                markup=False,
            )
            yield Static(_("←/→ and Enter: choose · Esc: resume"), id="resume-keys", markup=False)
            with Horizontal(id="resume-buttons"):
                yield Button(_("Resume"), id="resume", variant="primary")
                yield Button(_("Finish now"), id="finish")
                yield Button(_("Discard"), id="discard", variant="error")

    def on_mount(self) -> None:
        """Start on the safe choice, with the confirmation hidden."""
        self.query_one("#resume-confirm").display = False
        follow_share_mode(self, self._show_facts)
        self.query_one("#resume", Button).focus()

    def _show_facts(self, sharing: bool) -> None:
        facts = "\n".join(draft_facts(self._draft, sharing))
        self.query_one("#resume-facts", Static).update(Content(facts))

    def action_choose(self, choice: str) -> None:
        """Resume or finish at once."""
        self.dismiss(ResumeChoice(choice))

    def action_safe_choice(self) -> None:
        """Escape: resume the session."""
        self.action_choose(ResumeChoice.RESUME)

    def action_discard(self) -> None:
        """First press asks for confirmation; the second one discards."""
        if self._confirming:
            self.dismiss(ResumeChoice.DISCARD)
            return
        self._confirming = True
        self.query_one("#resume-confirm").display = True
        button = self.query_one("#discard", Button)
        button.label = _("Yes, discard")
        button.refresh(layout=True)  # the longer label needs a wider button
        button.focus()

    @on(Button.Pressed, "#resume")
    def _resume_pressed(self) -> None:
        self.action_choose(ResumeChoice.RESUME)

    @on(Button.Pressed, "#finish")
    def _finish_pressed(self) -> None:
        self.action_choose(ResumeChoice.FINISH)

    @on(Button.Pressed, "#discard")
    def _discard_pressed(self) -> None:
        self.action_discard()
