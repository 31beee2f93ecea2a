"""Every action of the app in one registry: its key, footer label, palette title and help.

One `ActionSpec` per action feeds the screen's bindings (`bind_actions`), the
footer (its label and place), the command palette (`palette_commands`) and
the F1 help (`screens/help.py`), so the four can never disagree. Texts are
translated when shown, since the language is chosen at start-up, after this
module is imported: footer labels are functions that translate; palette
titles, help texts and group names are `N_()`-marked English, translated
with `_()`.

Session keys are Ctrl and function keys that a text field does not use, so a
letter typed into a form never runs an action; they are priority bindings,
run as the key arrives: text typed right after Ctrl+O lands in its form.
The keys of a list of entries and of an entry form (Scope.ENTRY_LIST,
Scope.ENTRY_FORM) are bound on those widgets, so the footer shows them while the
mentor is there. Dialogs answer to arrows, Enter and Escape (and F10 again
for the finish question), never to a letter that typing could press.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TypeVar

from textual.actions import parse
from textual.app import SystemCommand
from textual.dom import DOMNode
from textual.screen import Screen

from sessiontui.i18n import N_, _, pgettext
from sessiontui.tui.action_types import ActionSpec, FooterLabel, Group, Scope
from sessiontui.tui.dialog_actions import DIALOG_ACTIONS
from sessiontui.tui.entry_actions import ENTRY_LIST_ACTIONS, FORM_ACTIONS
from sessiontui.tui.relationship_actions import RELATIONSHIP_ACTIONS
from sessiontui.tui.textual_compat import bind_key, rebind_key

__all__ = [
    "ACTIONS",
    "ActionSpec",
    "FooterLabel",
    "Group",
    "Scope",
    "actions_for",
    "bind_actions",
    "footer_order",
    "palette_commands",
]


def _session(
    action: str,
    keys: str,
    group: Group,
    title: str | None,
    help_text: str,
    *,
    footer: FooterLabel | None = None,
    bound: bool = True,
) -> ActionSpec:
    return ActionSpec(
        Scope.SESSION,
        action,
        keys,
        group,
        footer,
        title,
        help_text,
        bound=bound,
        priority=True,
    )


# Session actions in the F1 help's order; the footer's order is each label's rank.
_SESSION: tuple[ActionSpec, ...] = (
    _session(
        "next_segment",
        "ctrl+n",
        Group.SEGMENTS,
        N_("Next segment"),
        N_("Mark this segment done and move on"),
        footer=FooterLabel(8, lambda: _("Next")),
    ),
    _session(
        "previous_segment",
        "ctrl+b",
        Group.SEGMENTS,
        N_("Previous segment"),
        N_("Go back one segment (time already spent is kept)"),
        footer=FooterLabel(18, lambda: _("Back")),
    ),
    _session(
        "skip_segment",
        "f9",
        Group.SEGMENTS,
        N_("Skip segment"),
        N_("Move on without covering this segment"),
        footer=FooterLabel(23, lambda: _("Skip")),
    ),
    _session(
        "toggle_pause",
        "ctrl+t",
        Group.TIMER,
        None,
        "",
        footer=FooterLabel(9, lambda: _("Pause/Resume")),
    ),
    _session(
        "pause",
        "ctrl+t",
        Group.TIMER,
        N_("Pause timer"),
        N_("Stop every figure (e.g. a dropped call)"),
        bound=False,
    ),
    _session(
        "resume",
        "ctrl+t",
        Group.TIMER,
        N_("Resume timer"),
        N_("Count time again after a pause"),
        bound=False,
    ),
    _session(
        "extend(1)",
        "f3",
        Group.TIMER,
        N_("Extend segment by 1 minute"),
        N_("Give the current segment one more minute"),
        footer=FooterLabel(11, lambda: _("+1 min")),
    ),
    _session(
        "extend(5)",
        "",
        Group.TIMER,
        N_("Extend segment by 5 minutes"),
        N_("Give the current segment five more minutes"),
        bound=False,
    ),
    _session(
        "rebalance",
        "f8",
        Group.TIMER,
        N_("Rebalance remaining time"),
        N_("Shorten the remaining segments so the session ends on time"),
        footer=FooterLabel(22, lambda: _("Rebalance")),
    ),
    _session(
        "next_prompt",
        "f5",
        Group.LISTENING,
        N_("Next prompt"),
        N_("Show the next active-listening prompt"),
        footer=FooterLabel(17, lambda: _("Prompt")),
    ),
    _session(
        "cycle_technique",
        "f6",
        Group.LISTENING,
        N_("Filter prompts by technique"),
        N_("Show one technique's prompts only; again for the next technique, then all"),
        footer=FooterLabel(20, lambda: _("Technique")),
    ),
    _session(
        "mark_prompt_used",
        "f7",
        Group.LISTENING,
        N_("Mark prompt used"),
        N_("Remember that the prompt on show was used"),
        footer=FooterLabel(21, lambda: _("Used")),
    ),
    _session(
        "difficult_moments",
        "ctrl+s",
        Group.LISTENING,
        N_("Difficult moments"),
        N_("What to do and say: a silence, an emotion, off topic, and more"),
        footer=FooterLabel(26, lambda: _("Difficult")),
    ),
    _session(
        "add('parked')",
        "ctrl+l",
        Group.LISTENING,
        N_("Park a thought"),
        N_("Note a thought for later instead of interrupting"),
        footer=FooterLabel(12, lambda: _("Park")),
    ),
    _session(
        "add('action')",
        "ctrl+o",
        Group.ENTRIES,
        N_("Add action item"),
        N_("Go to the action-item form"),
        footer=FooterLabel(13, lambda: _("Action")),
    ),
    _session(
        "add('feedback')",
        "ctrl+r",
        Group.ENTRIES,
        N_("Add feedback"),
        N_("Go to the feedback form"),
        footer=FooterLabel(14, lambda: pgettext("footer", "Feedback")),
    ),
    _session(
        "add('note')",
        "ctrl+g",
        Group.ENTRIES,
        N_("Add note"),
        N_("Write a note (private unless you choose shared)"),
        footer=FooterLabel(15, lambda: _("Note")),
    ),
    _session(
        "add('goal')",
        "ctrl+y",
        Group.ENTRIES,
        N_("Add session goal"),
        N_("Write a goal for this session and how you will know it is met"),
        footer=FooterLabel(16, lambda: _("Goal")),
    ),
    _session(
        "toggle_visibility",
        "ctrl+f",
        Group.ENTRIES,
        N_("Share or keep private"),
        N_("Make the entry or form in focus shared (in the summary) or private"),
        footer=FooterLabel(6, lambda: _("Shared/private")),
    ),
    _session(
        "undo",
        "ctrl+z",
        Group.ENTRIES,
        N_("Undo delete"),
        N_("Bring back the entry deleted last"),
        footer=FooterLabel(7, lambda: _("Undo")),
    ),
    # No footer place: the footer is full at every width, and a segment offers
    # these with their key when it calls for them (and F1 and the palette list them).
    _session(
        "goal_board",
        "f11",
        Group.RELATIONSHIP,
        N_("Goal board"),
        N_("Long-term goals, their measures and progress: made to be shared"),
    ),
    _session(
        "agreement",
        "f2",
        Group.RELATIONSHIP,
        N_("Agreement"),
        N_("The mentoring agreement: read it, or change it (earlier versions are kept)"),
    ),
    _session(
        "review_carried",
        "f4",
        Group.RELATIONSHIP,
        N_("Review carried-over items"),
        N_("Earlier sessions' open items and parked thoughts: done, keep, drop; n: next session"),
    ),
    _session(
        "next_session",
        "",
        Group.RELATIONSHIP,
        N_("Next session"),
        N_("When you meet next and what to prepare: its form in the Listening pane"),
        bound=False,
    ),
    _session(
        "edit_mentee",
        "f2",
        Group.RELATIONSHIP,
        N_("Edit mentee"),
        N_("Their name, email, language and your private notes (from the agreement: F2, m)"),
        bound=False,
    ),
    _session(
        "history",
        "f11",
        Group.RELATIONSHIP,
        N_("History"),
        N_("This mentee's earlier sessions (opened from the goal board)"),
        bound=False,
    ),
    _session(
        "toggle_bell",
        "",
        Group.SESSION,
        N_("Toggle time-warning bell"),
        N_("Ring (or stop ringing) the terminal bell near a segment's end"),
        bound=False,
    ),
    _session(
        "finish",
        "f10",
        Group.SESSION,
        N_("Finish session"),
        N_("End the session and show the summary (asks first)"),
        footer=FooterLabel(1, lambda: _("Finish")),
    ),
    _session(
        "help",
        "f1",
        Group.SESSION,
        N_("Help"),
        N_("Every key and command"),
        footer=FooterLabel(2, lambda: _("Help")),
    ),
    _session(
        "app.quit",
        "ctrl+q",
        Group.SESSION,
        N_("Quit and keep the session"),
        N_("Save the session and quit; it is offered for resume at the next start"),
        footer=FooterLabel(25, lambda: _("Quit")),
    ),
)


ACTIONS: tuple[ActionSpec, ...] = (
    *_SESSION,
    *ENTRY_LIST_ACTIONS,
    *FORM_ACTIONS,
    *DIALOG_ACTIONS,
    *RELATIONSHIP_ACTIONS,
)


def actions_for(scope: Scope) -> tuple[ActionSpec, ...]:
    """The actions of `scope`, in the help's order."""
    return tuple(spec for spec in ACTIONS if spec.scope is scope)


def action_key(action: str, scope: Scope = Scope.SESSION) -> str:
    """The key shown for `action` in `scope` (KeyError if the registry has no such action)."""
    for spec in actions_for(scope):
        if spec.action == action:
            return spec.first_key
    raise KeyError(action)


def bind_actions(
    node: DOMNode, scope: Scope, *, replace: bool = False, only: set[str] | None = None
) -> None:
    """Bind `scope`'s keys on `node` (in its __init__), with footer labels in the UI
    language and in footer order; actions without a label stay out of it.

    `replace`: the keys replace what `node`'s own class binds them to (a list's
    Enter, Space and Delete). `only`: just these actions of the scope.
    """
    specs = [
        spec for spec in actions_for(scope) if spec.bound and (only is None or spec.action in only)
    ]
    specs.sort(key=_rank)
    bind = rebind_key if replace else bind_key
    for spec in specs:
        label = spec.footer.text() if spec.footer is not None else ""
        bind(
            node,
            spec.key_list(),
            spec.action,
            label,
            show=spec.footer is not None,
            priority=spec.priority,
        )


_NO_RANK = 1_000
# The session screen's footer: its own keys and those of the list or form in focus.
_RANKS = {
    spec.action: spec.footer.rank
    for spec in ACTIONS
    if spec.footer is not None
    and spec.bound
    and spec.scope in {Scope.SESSION, Scope.ENTRY_LIST, Scope.ENTRY_FORM}
}


def _rank(spec: ActionSpec) -> int:
    return spec.footer.rank if spec.footer is not None else _NO_RANK


_B = TypeVar("_B")


def footer_order(bindings: Mapping[str, _B], action_of: Callable[[_B], str]) -> dict[str, _B]:
    """`bindings` (key -> binding) in the session footer's order: by rank, whatever
    widget bound them (the keys of the list or form in focus next to the screen's own)."""
    return dict(sorted(bindings.items(), key=lambda item: _RANKS.get(action_of(item[1]), _NO_RANK)))


def _available(screen: Screen[object], action: str) -> bool:
    """Whether `action` can run now (its namespace's `check_action` says so)."""
    namespace, name, parameters = parse(action)
    target: DOMNode = screen.app if namespace == "app" else screen
    return bool(target.check_action(name, parameters))


def palette_commands(screen: Screen[object], scope: Scope) -> Iterator[SystemCommand]:
    """The palette entries of `scope` that `screen` can run now, each running its action."""
    for spec in actions_for(scope):
        if spec.title is None or not _available(screen, spec.action):
            continue

        async def run(action: str = spec.action) -> None:
            await screen.run_action(action)

        yield SystemCommand(_(spec.title), _(spec.help), run)
