"""The long-term goal form: title, measure, target date, status, visibility.

It nudges towards specific and measurable: a goal with no measure or no
target date is flagged under the fields, and saved all the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Select, Static

from sessiontui.dates import DueDateError, parse_due
from sessiontui.i18n import _
from sessiontui.model import GoalStatus, LongTermGoal, Visibility
from sessiontui.tui.relationship_format import STATUS_LABELS, goal_nudges
from sessiontui.tui.screens.form_screen import FormScreen
from sessiontui.tui.widgets.entry_form import VisibilitySwitch
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.sharing import mask_private_typing
from sessiontui.tui.widgets.steady_field import SteadyField


@dataclass(frozen=True)
class GoalDraft:
    """What the goal form saved."""

    title: str
    measure: str
    target_date: date | None
    status: GoalStatus
    visibility: Visibility


class GoalFormScreen(FormScreen[GoalDraft]):
    """A new goal (`goal` None) or an existing one to change."""

    FIRST_FIELD = "#goal-title"

    def __init__(self, today: Callable[[], date], goal: LongTermGoal | None = None) -> None:
        super().__init__()
        self._today = today
        self._goal = goal

    def compose(self) -> ComposeResult:
        """The fields, the nudges and the reasons."""
        goal = self._goal
        with VerticalScroll(classes="rel-form"):
            title = _("Long-term goal") if goal is None else _("Change the long-term goal")
            yield Static(title, classes="rel-title", markup=False)
            yield Label(_("What do you want to reach?"), markup=False)
            yield SteadyField(goal.title if goal else "", id="goal-title", compact=True)
            yield Label(id="goal-title-error", classes="form-error", markup=False)
            yield Label(_("Measure: how will you both know it is reached?"), markup=False)
            yield SteadyField(goal.measure if goal else "", id="goal-measure", compact=True)
            yield Label(_("Target date (YYYY-MM-DD, +4w)"), markup=False)
            target = goal.target_date.isoformat() if goal and goal.target_date else ""
            yield SteadyField(target, id="goal-target", compact=True)
            yield Label(id="goal-target-error", classes="form-error", markup=False)
            yield Label(_("Status"), markup=False)
            yield Select(
                [(_(STATUS_LABELS[s]), s) for s in GoalStatus],
                value=goal.status if goal else GoalStatus.ACTIVE,
                allow_blank=False,
                compact=True,
                id="goal-status",
            )
            yield Label(_("Who may see it"), markup=False)
            yield VisibilitySwitch(id="goal-vis")
            yield Static("", id="goal-nudges", classes="rel-hint", markup=False)
            yield Static(_("Ctrl+S saves · Escape cancels"), classes="rel-muted", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        """Show the nudges for what the form opened with."""
        super().on_mount()
        goal = self._goal
        switch = self.query_one("#goal-vis", VisibilitySwitch)
        switch.preset(goal.visibility if goal else Visibility.SHARED)
        # While sharing, a private goal is typed as dots.
        mask_private_typing(self, switch)
        self._nudge()

    def _target(self) -> date | None:
        return parse_due(self.query_one("#goal-target", Input).value, self._today())

    @on(Input.Changed)
    def _nudge(self) -> None:
        measure = self.query_one("#goal-measure", Input).value
        try:
            target = self._target()
            reason = ""
        except DueDateError as exc:
            target, reason = None, str(exc)
        self.query_one("#goal-target-error", Label).update(Content(reason))
        nudges = goal_nudges(measure, target) if reason == "" else []
        self.query_one("#goal-nudges", Static).update(Content("\n".join(nudges)))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        """Save the goal (a blank title or an unreadable date is refused, with its reason)."""
        title = self.query_one("#goal-title", Input)
        if not title.value.strip():
            self.query_one("#goal-title-error", Label).update(Content(_("Write the goal first.")))
            title.focus()
            return
        try:
            target = self._target()
        except DueDateError:
            self.query_one("#goal-target", Input).focus()
            return
        status = self.query_one("#goal-status", Select).selection or GoalStatus.ACTIVE
        visibility = self.query_one("#goal-vis", VisibilitySwitch).value or Visibility.SHARED
        self.dismiss(
            GoalDraft(
                title.value.strip(),
                self.query_one("#goal-measure", Input).value.strip(),
                target,
                status,
                visibility,
            )
        )
