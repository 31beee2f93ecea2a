"""Every session action in one place: its key, its footer label, its palette name.

The session screen binds keys from `SESSION_KEYS`, the command palette lists
`SESSION_COMMANDS`, and the help screen shows both, so the three can never
disagree. Texts are i18n keys, translated when shown (the language is chosen
at start-up, after this module is imported).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass

from textual.app import SystemCommand

from sessiontui.i18n import t


@dataclass(frozen=True)
class SessionKey:
    """A key on the session screen and the action it runs."""

    key: str
    action: str
    label_key: str


@dataclass(frozen=True)
class SessionCommand:
    """A command-palette entry that runs a session-screen action."""

    title_key: str
    help_key: str
    action: str
    key: str


# Only ctrl and function keys that Input does not use: a letter typed into a
# form must never run a global action.
SESSION_KEYS: tuple[SessionKey, ...] = (
    # Footer order: what a mentor needs most comes first (narrow footers cut the rest).
    SessionKey("f1", "help", "live.key.help"),
    SessionKey("ctrl+n", "next_segment", "live.key.next_segment"),
    SessionKey("ctrl+t", "toggle_pause", "live.key.toggle_pause"),
    SessionKey("f3", "extend(1)", "live.key.extend_1"),
    SessionKey("f10", "finish", "live.key.finish"),
    SessionKey("ctrl+l", "park", "live.key.park"),
    SessionKey("ctrl+o", "add_action", "live.key.add_action"),
    SessionKey("ctrl+r", "add_feedback", "live.key.add_feedback"),
    SessionKey("ctrl+g", "add_note", "live.key.add_note"),
    SessionKey("ctrl+y", "add_goal", "live.key.add_goal"),
    SessionKey("f5", "next_prompt", "live.key.next_prompt"),
    SessionKey("ctrl+b", "previous_segment", "live.key.previous_segment"),
    SessionKey("f4", "extend(5)", "live.key.extend_5"),
    SessionKey("f6", "shuffle_prompts", "live.key.shuffle_prompts"),
    SessionKey("f7", "mark_prompt_used", "live.key.mark_prompt_used"),
    SessionKey("f8", "rebalance", "live.key.rebalance"),
    SessionKey("f9", "skip_segment", "live.key.skip_segment"),
    SessionKey("f2", "toggle_bell", "live.key.toggle_bell"),
    SessionKey("ctrl+q", "app.quit", "live.key.quit"),
)

SESSION_COMMANDS: tuple[SessionCommand, ...] = (
    SessionCommand("live.cmd.next_segment", "live.cmd.next_segment.help", "next_segment", "ctrl+n"),
    SessionCommand(
        "live.cmd.previous_segment", "live.cmd.previous_segment.help", "previous_segment", "ctrl+b"
    ),
    SessionCommand("live.cmd.skip_segment", "live.cmd.skip_segment.help", "skip_segment", "f9"),
    SessionCommand("live.cmd.pause", "live.cmd.pause.help", "pause", "ctrl+t"),
    SessionCommand("live.cmd.resume", "live.cmd.resume.help", "resume", "ctrl+t"),
    SessionCommand("live.cmd.extend_1", "live.cmd.extend_1.help", "extend(1)", "f3"),
    SessionCommand("live.cmd.extend_5", "live.cmd.extend_5.help", "extend(5)", "f4"),
    SessionCommand("live.cmd.rebalance", "live.cmd.rebalance.help", "rebalance", "f8"),
    SessionCommand("live.cmd.next_prompt", "live.cmd.next_prompt.help", "next_prompt", "f5"),
    SessionCommand(
        "live.cmd.shuffle_prompts", "live.cmd.shuffle_prompts.help", "shuffle_prompts", "f6"
    ),
    SessionCommand(
        "live.cmd.mark_prompt_used", "live.cmd.mark_prompt_used.help", "mark_prompt_used", "f7"
    ),
    SessionCommand("live.cmd.park", "live.cmd.park.help", "park", "ctrl+l"),
    SessionCommand("live.cmd.add_action", "live.cmd.add_action.help", "add_action", "ctrl+o"),
    SessionCommand("live.cmd.add_feedback", "live.cmd.add_feedback.help", "add_feedback", "ctrl+r"),
    SessionCommand("live.cmd.add_note", "live.cmd.add_note.help", "add_note", "ctrl+g"),
    SessionCommand("live.cmd.add_goal", "live.cmd.add_goal.help", "add_goal", "ctrl+y"),
    SessionCommand("live.cmd.toggle_bell", "live.cmd.toggle_bell.help", "toggle_bell", "f2"),
    SessionCommand("live.cmd.finish", "live.cmd.finish.help", "finish", "f10"),
    SessionCommand("live.cmd.help", "live.cmd.help.help", "help", "f1"),
    SessionCommand("live.cmd.quit", "live.cmd.quit.help", "app.quit", "ctrl+q"),
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

        yield SystemCommand(t(command.title_key), t(command.help_key), run)
