"""Every action of the app in one registry: its key, footer label, palette title and help.

One `ActionSpec` per action feeds the screen's bindings (`bind_actions`), the
footer (its label and place), the command palette (`palette_commands`) and
the F1 help (`screens/help.py`), so the four can never disagree. Texts are
translated when shown, since the language is chosen at start-up, after this
module is imported: footer labels are functions that translate; palette
titles, help texts and group names are `N_()`-marked English, translated
with `_()`.

Session keys (session_actions.py) are Ctrl and function keys that a text field does not use, so a
letter typed into a form never runs an action; they are priority bindings,
run as the key arrives: text typed right after Ctrl+O lands in its form.
The keys of a list of entries and of an entry form (Scope.ENTRY_LIST,
Scope.ENTRY_FORM) are bound on those widgets, so the footer shows them while the
mentor is there. Dialogs answer to arrows, Enter and Escape (and F10 again
for the finish question), never to a letter that typing could press.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from typing import TypeVar

from textual.actions import parse
from textual.app import SystemCommand
from textual.dom import DOMNode
from textual.screen import Screen

from sessiontui.i18n import _
from sessiontui.tui.action_types import ActionSpec, FooterLabel, Group, Scope
from sessiontui.tui.dialog_actions import DIALOG_ACTIONS
from sessiontui.tui.entry_actions import ENTRY_LIST_ACTIONS, FORM_ACTIONS
from sessiontui.tui.relationship_actions import RELATIONSHIP_ACTIONS
from sessiontui.tui.session_actions import SESSION_ACTIONS
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


ACTIONS: tuple[ActionSpec, ...] = (
    *SESSION_ACTIONS,
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
# Ranked by key and action together: the carried-over list's "u" undoes a review,
# the screen's ctrl+z an entry, and each has its own place.
_FOOTER_SCOPES = {
    Scope.SESSION,
    Scope.ENTRY_LIST,
    Scope.ENTRY_FORM,
    Scope.CARRIED_LIST,
    Scope.NEXT_SESSION,
}


def _rank(spec: ActionSpec) -> int:
    return spec.footer.rank if spec.footer is not None else _NO_RANK


def _footer_ranks(scopes: Collection[Scope]) -> dict[tuple[str, str], int]:
    """(key, action) -> footer place, for the keys of `scopes` (in the UI language)."""
    return {
        (key.strip(), spec.action): spec.footer.rank
        for spec in ACTIONS
        if spec.footer is not None and spec.bound and spec.scope in scopes
        for key in spec.key_list().split(",")
    }


_B = TypeVar("_B")


def footer_order(
    bindings: Mapping[str, _B],
    action_of: Callable[[_B], str],
    scopes: Collection[Scope] = _FOOTER_SCOPES,
) -> dict[str, _B]:
    """`bindings` (key -> binding) in the footer's order of `scopes` (the session
    screen's by default): by rank, whatever widget bound them (the keys of the list or
    form in focus next to the screen's own)."""
    ranks = _footer_ranks(scopes)
    return dict(
        sorted(
            bindings.items(),
            key=lambda item: ranks.get((item[0], action_of(item[1])), _NO_RANK),
        )
    )


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
