"""The resume dialog: an interrupted session was found at start.

Resuming is the safe choice (Escape); discarding throws work away, so it takes
a second, deliberate press.
"""

from __future__ import annotations

from enum import StrEnum

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from sessiontui.i18n import t
from sessiontui.model import Session
from sessiontui.tui.formatting import clock_text


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
    return t(
        "resume.segment_position",
        title=draft.segments[index].title,
        number=index + 1,
        total=len(draft.segments),
    )


def draft_facts(draft: Session) -> list[str]:
    """What the draft holds, one line each, for the mentor to recognise it."""
    elapsed = sum(segment.spent_seconds for segment in draft.segments)
    return [
        t("resume.mentee", name=" ".join(draft.mentee.split()) or t("resume.no_mentee")),
        t("resume.script", title=draft.script_title),
        t("resume.started", when=draft.started_at.strftime("%Y-%m-%d %H:%M")),
        t("resume.segment", segment=_current_segment(draft)),
        t("resume.elapsed", elapsed=clock_text(elapsed)),
        t("resume.counts_feedback", feedback=len(draft.feedback), actions=len(draft.action_items)),
        t("resume.counts_notes", notes=len(draft.notes), parked=len(draft.parking_lot)),
    ]


class ResumeScreen(ModalScreen[ResumeChoice]):
    """Offers to resume, finish or discard `draft`; dismisses with a `ResumeChoice`."""

    def __init__(self, draft: Session) -> None:
        super().__init__()
        self._draft = draft
        self._confirming = False
        # Bound here, not in BINDINGS, so the footer speaks the language chosen at start.
        self._bindings.bind("r", "choose('resume')", t("resume.binding.resume"))
        self._bindings.bind("f", "choose('finish')", t("resume.binding.finish"))
        self._bindings.bind("d", "discard", t("resume.binding.discard"))
        self._bindings.bind("escape", "choose('resume')", show=False)

    def compose(self) -> ComposeResult:
        """The draft's facts, the discard confirmation (hidden), and three buttons."""
        with Vertical(id="resume-dialog"):
            yield Static(t("resume.title"), id="resume-title", markup=False)
            yield Static("\n".join(draft_facts(self._draft)), id="resume-facts", markup=False)
            yield Static(t("resume.confirm_discard"), id="resume-confirm", markup=False)
            with Horizontal(id="resume-buttons"):
                yield Button(t("resume.button.resume"), id="resume", variant="primary")
                yield Button(t("resume.button.finish"), id="finish")
                yield Button(t("resume.button.discard"), id="discard", variant="error")

    def on_mount(self) -> None:
        """Start on the safe choice, with the confirmation hidden."""
        self.query_one("#resume-confirm").display = False
        self.query_one("#resume", Button).focus()

    def action_choose(self, choice: str) -> None:
        """Resume or finish at once."""
        self.dismiss(ResumeChoice(choice))

    def action_discard(self) -> None:
        """First press asks for confirmation; the second one discards."""
        if self._confirming:
            self.dismiss(ResumeChoice.DISCARD)
            return
        self._confirming = True
        self.query_one("#resume-confirm").display = True
        button = self.query_one("#discard", Button)
        button.label = t("resume.button.confirm_discard")
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
