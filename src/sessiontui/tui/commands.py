"""Every session action in one place: its key, its footer label, its palette name.

The session screen binds keys from `SESSION_KEYS`, the command palette lists
`SESSION_COMMANDS`, and the help screen shows both, so the three can never
disagree. Texts are translated when shown (the language is chosen at start-up,
after this module is imported): footer labels are functions that translate,
palette titles and help are `N_()`-marked English, translated with `_()`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass

from textual.app import SystemCommand

from sessiontui.i18n import N_, _, pgettext


@dataclass(frozen=True)
class SessionKey:
    """A key on the session screen and the action it runs."""

    key: str
    action: str
    # The footer label in the UI language; short, since narrow footers cut the rest.
    label: Callable[[], str]


@dataclass(frozen=True)
class SessionCommand:
    """A command-palette entry that runs a session-screen action."""

    title: str
    help: str
    action: str
    key: str


# Only ctrl and function keys that Input does not use: a letter typed into a
# form must never run a global action.
SESSION_KEYS: tuple[SessionKey, ...] = (
    # Footer order: what a mentor needs most comes first (narrow footers cut the rest).
    SessionKey("f1", "help", lambda: _("Help")),
    SessionKey("ctrl+n", "next_segment", lambda: _("Next")),
    SessionKey("ctrl+t", "toggle_pause", lambda: _("Pause/Resume")),
    SessionKey("f3", "extend(1)", lambda: _("+1 min")),
    SessionKey("f10", "finish", lambda: _("Finish")),
    SessionKey("ctrl+l", "park", lambda: _("Park")),
    SessionKey("ctrl+o", "add_action", lambda: _("Action")),
    SessionKey("ctrl+r", "add_feedback", lambda: pgettext("footer", "Feedback")),
    SessionKey("ctrl+g", "add_note", lambda: _("Note")),
    SessionKey("ctrl+y", "add_goal", lambda: _("Goal")),
    SessionKey("f5", "next_prompt", lambda: _("Prompt")),
    SessionKey("ctrl+b", "previous_segment", lambda: _("Back")),
    SessionKey("f4", "extend(5)", lambda: _("+5 min")),
    SessionKey("f6", "shuffle_prompts", lambda: _("Shuffle")),
    SessionKey("f7", "mark_prompt_used", lambda: _("Used")),
    SessionKey("f8", "rebalance", lambda: _("Rebalance")),
    SessionKey("f9", "skip_segment", lambda: _("Skip")),
    SessionKey("f2", "toggle_bell", lambda: _("Bell")),
    SessionKey("ctrl+q", "app.quit", lambda: _("Quit")),
)

SESSION_COMMANDS: tuple[SessionCommand, ...] = (
    SessionCommand(
        N_("Next segment"), N_("Mark this segment done and move on"), "next_segment", "ctrl+n"
    ),
    SessionCommand(
        N_("Previous segment"),
        N_("Go back one segment (time already spent is kept)"),
        "previous_segment",
        "ctrl+b",
    ),
    SessionCommand(
        N_("Skip segment"), N_("Move on without covering this segment"), "skip_segment", "f9"
    ),
    SessionCommand(
        N_("Pause timer"), N_("Stop every figure (e.g. a dropped call)"), "pause", "ctrl+t"
    ),
    SessionCommand(N_("Resume timer"), N_("Count time again after a pause"), "resume", "ctrl+t"),
    SessionCommand(
        N_("Extend segment by 1 minute"),
        N_("Give the current segment one more minute"),
        "extend(1)",
        "f3",
    ),
    SessionCommand(
        N_("Extend segment by 5 minutes"),
        N_("Give the current segment five more minutes"),
        "extend(5)",
        "f4",
    ),
    SessionCommand(
        N_("Rebalance remaining time"),
        N_("Shorten the remaining segments so the session ends on time"),
        "rebalance",
        "f8",
    ),
    SessionCommand(
        N_("Next prompt"), N_("Show the next active-listening prompt"), "next_prompt", "f5"
    ),
    SessionCommand(
        N_("Shuffle prompts"), N_("Reorder the general prompts"), "shuffle_prompts", "f6"
    ),
    SessionCommand(
        N_("Mark prompt used"),
        N_("Remember that the prompt on show was used"),
        "mark_prompt_used",
        "f7",
    ),
    SessionCommand(
        N_("Park a thought"),
        N_("Note a thought for later instead of interrupting"),
        "park",
        "ctrl+l",
    ),
    SessionCommand(N_("Add action item"), N_("Go to the action-item form"), "add_action", "ctrl+o"),
    SessionCommand(N_("Add feedback"), N_("Go to the feedback form"), "add_feedback", "ctrl+r"),
    SessionCommand(
        N_("Add note"), N_("Write a note (private unless you choose shared)"), "add_note", "ctrl+g"
    ),
    SessionCommand(
        N_("Add session goal"),
        N_("Write a goal for this session and how you will know it is met"),
        "add_goal",
        "ctrl+y",
    ),
    SessionCommand(
        N_("Toggle time-warning bell"),
        N_("Ring (or stop ringing) the terminal bell near a segment's end"),
        "toggle_bell",
        "f2",
    ),
    SessionCommand(
        N_("Finish session"),
        N_("End the session and show the summary (asks first)"),
        "finish",
        "f10",
    ),
    SessionCommand(N_("Help"), N_("Every key and command"), "help", "f1"),
    SessionCommand(
        N_("Quit and keep the session"),
        N_("Save the session and quit; it is offered for resume at the next start"),
        "app.quit",
        "ctrl+q",
    ),
)


def key_display(key: str) -> str:
    """A key as people write it: "ctrl+n" -> "Ctrl+N", "f10" -> "F10"."""
    return "+".join(part.capitalize() if len(part) > 1 else part.upper() for part in key.split("+"))


def session_system_commands(
    run_action: Callable[[str], Awaitable[object]],
) -> Iterator[SystemCommand]:
    """Palette entries for every session command, each running its screen action."""
    for command in SESSION_COMMANDS:

        async def run(action: str = command.action) -> None:
            await run_action(action)

        yield SystemCommand(_(command.title), _(command.help), run)
