"""The registry's actions of the summary, start, resume, finish and stop-sharing
dialogs, and share mode's own key on every screen (`tui/actions.py` gathers them
with the rest)."""

from __future__ import annotations

from sessiontui.i18n import N_, _
from sessiontui.tui import letters
from sessiontui.tui.action_types import ActionSpec, FooterLabel, Scope

DIALOG_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        Scope.APP,
        "app.toggle_share",
        "f12",
        footer=FooterLabel(20, lambda: _("Share")),
        title=N_("Toggle share mode"),
        help=N_("Hide every private entry while the screen is shared (showing them asks first)"),
        priority=True,
    ),
    # The summary's text is a text field: its keys are Ctrl and function keys.
    ActionSpec(
        Scope.SUMMARY,
        "send",
        "ctrl+s",
        footer=FooterLabel(1, lambda: _("Copy and save")),
        title=N_("Copy and save the summary"),
        help=N_("Copy the text, save it to a file and store the session"),
    ),
    ActionSpec(
        Scope.SUMMARY,
        "copy_subject",
        "f2",
        footer=FooterLabel(4, lambda: _("Copy subject")),
        title=N_("Copy the subject"),
        help=N_("Put the email's subject on the clipboard"),
    ),
    ActionSpec(
        Scope.SUMMARY,
        "open_mail",
        "f3",
        footer=FooterLabel(5, lambda: _("Mail app")),
        title=N_("Open in mail app"),
        help=N_("Hand the subject and the text to your mail app"),
    ),
    ActionSpec(
        Scope.SUMMARY, "quit", letters.quit_letter, footer=FooterLabel(3, lambda: _("Quit"))
    ),
    # Priority: the footer shows it over the script list's own (unlabelled) Enter,
    # which does the same (OptionSelected starts too).
    ActionSpec(
        Scope.START,
        "start",
        "enter",
        footer=FooterLabel(1, lambda: _("Start")),
        title=N_("Start the session"),
        help=N_("Start with the name and the script chosen"),
        priority=True,
    ),
    # F1 on the two screens around the session, as on every other, second as there.
    *(
        ActionSpec(
            scope,
            "help",
            "f1",
            footer=FooterLabel(rank, lambda: _("Help")),
            title=N_("Help"),
            help=N_("Every key here"),
        )
        for scope, rank in ((Scope.START, 2), (Scope.SUMMARY, 2))
    ),
    # Both dialogs: arrows move between the answers, Enter gives the one in focus,
    # Escape the safe one; F10, the key that asked to finish, confirms it.
    *(
        spec
        for scope in (Scope.RESUME, Scope.CONFIRM)
        for spec in (
            ActionSpec(scope, "app.focus_previous", "left,up"),
            ActionSpec(scope, "app.focus_next", "right,down"),
            ActionSpec(scope, "safe_choice", "escape"),
        )
    ),
    ActionSpec(Scope.CONFIRM, "yes", "f10"),
    ActionSpec(Scope.SHARE_OFF, "keep_sharing", "escape"),
)
