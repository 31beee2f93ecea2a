"""The registry's actions of the relationship's own screens: the mentee picker,
the goal board, the agreement, the forms, the carried-over review and the
history (`tui/actions.py` gathers them with the rest)."""

from __future__ import annotations

from collections.abc import Callable

from sessiontui.i18n import N_, _
from sessiontui.tui.action_types import ActionSpec, FooterLabel, Group, Scope


def _rel(
    scope: Scope,
    action: str,
    keys: str,
    footer: tuple[int, Callable[[], str]],
    words: tuple[str, str],
    *,
    priority: bool = False,
) -> ActionSpec:
    """An action with its footer place and label, and its (palette title, help)."""
    title, help_text = words
    return ActionSpec(
        scope,
        action,
        keys,
        Group.RELATIONSHIP,
        FooterLabel(*footer),
        title,
        help_text,
        priority=priority,
    )


def _help(scope: Scope, rank: int) -> ActionSpec:
    return _rel(scope, "help", "f1", (rank, lambda: _("Help")), (N_("Help"), N_("Every key here")))


# The relationship's own screens: no free text on the board, review and
# history lists, so letters and digits are safe there; forms save with Ctrl+S.
RELATIONSHIP_ACTIONS: tuple[ActionSpec, ...] = (
    _rel(
        Scope.PICKER,
        "choose",
        "enter",
        (1, lambda: _("Choose")),
        (
            N_("Choose mentee"),
            N_("Start with the highlighted mentee, or make the new one (asks first)"),
        ),
    ),
    _rel(
        Scope.PICKER,
        "history",
        "f2",
        (2, lambda: _("History")),
        (N_("History"), N_("The highlighted mentee's earlier sessions")),
    ),
    _rel(
        Scope.PICKER,
        "edit_mentee",
        "f3",
        (3, lambda: _("Edit")),
        (
            N_("Edit mentee"),
            N_("The highlighted mentee's name, email, language and private notes"),
        ),
    ),
    _help(Scope.PICKER, 4),
    _rel(
        Scope.PICKER,
        "leave",
        "escape",
        (5, lambda: _("Quit")),
        (N_("Quit"), N_("Leave without starting a session")),
    ),
    # The board's footer fits what it can at 80 columns: closing and help first.
    _rel(
        Scope.BOARD,
        "add_goal",
        "a",
        (3, lambda: _("Add")),
        (N_("Add long-term goal"), N_("A goal with its measure and target date")),
    ),
    _rel(
        Scope.BOARD,
        "edit_goal",
        "e",
        (4, lambda: _("Edit")),
        (N_("Change goal"), N_("Change the highlighted goal: title, measure, date, status")),
    ),
    _rel(
        Scope.BOARD,
        "check_in('on-track')",
        "1",
        (5, lambda: _("On track")),
        (N_("Check in: on track"), N_("Today's reading of the highlighted goal")),
    ),
    _rel(
        Scope.BOARD,
        "check_in('at-risk')",
        "2",
        (6, lambda: _("At risk")),
        (N_("Check in: at risk"), N_("Today's reading of the highlighted goal")),
    ),
    _rel(
        Scope.BOARD,
        "check_in('off-track')",
        "3",
        (7, lambda: _("Off track")),
        (N_("Check in: off track"), N_("Today's reading of the highlighted goal")),
    ),
    _rel(
        Scope.BOARD,
        "note",
        "n",
        (8, lambda: _("Note")),
        (N_("Check-in note"), N_("A short note on today's check-in")),
    ),
    _rel(
        Scope.BOARD,
        "link",
        "l",
        (9, lambda: _("Link")),
        (
            N_("Link a session goal"),
            N_("Tie one of this session's goals to the highlighted long-term goal"),
        ),
    ),
    _rel(
        Scope.BOARD,
        "status",
        "s",
        (10, lambda: _("Status")),
        (N_("Change goal status"), N_("Active, achieved, dropped, active again")),
    ),
    _rel(
        Scope.BOARD,
        "history",
        "h",
        (11, lambda: _("History")),
        (N_("History"), N_("This mentee's earlier sessions")),
    ),
    _help(Scope.BOARD, 2),
    _rel(
        Scope.BOARD,
        "close",
        "escape,f11",
        (1, lambda: _("Close")),
        (N_("Close the goal board"), N_("Back to the session")),
    ),
    _rel(
        Scope.AGREEMENT,
        "edit",
        "e",
        (1, lambda: _("Edit")),
        (
            N_("Change the agreement"),
            N_("Fill in or change the terms; the earlier version is kept"),
        ),
    ),
    _rel(
        Scope.AGREEMENT,
        "edit_mentee",
        "m",
        (2, lambda: _("Mentee")),
        (N_("Edit mentee"), N_("Their name, email, language and your private notes")),
    ),
    _help(Scope.AGREEMENT, 3),
    _rel(
        Scope.AGREEMENT,
        "close",
        "escape,f2",
        (4, lambda: _("Close")),
        (N_("Close the agreement"), N_("Back to the session")),
    ),
    _rel(
        Scope.FORM,
        "save",
        "ctrl+s",
        (1, lambda: _("Save")),
        (N_("Save"), N_("Save the form")),
        priority=True,
    ),
    _help(Scope.FORM, 2),
    _rel(
        Scope.FORM,
        "toggle_visibility",
        "ctrl+f",
        (4, lambda: _("Shared/private")),
        (
            N_("Share or keep private"),
            N_("Make the entry or form in focus shared (in the summary) or private"),
        ),
        priority=True,
    ),
    _rel(
        Scope.FORM,
        "cancel",
        "escape",
        (3, lambda: _("Cancel")),
        (N_("Cancel"), N_("Close without saving (asks first if you typed something)")),
    ),
    _rel(
        Scope.CARRIED_LIST,
        "review('done')",
        "1",
        (3, lambda: _("Done")),
        (N_("Mark done"), N_("The highlighted item is done")),
    ),
    _rel(
        Scope.CARRIED_LIST,
        "review('kept')",
        "2",
        (4, lambda: _("Keep")),
        (N_("Keep"), N_("Keep the highlighted item open, with a new due date")),
    ),
    _rel(
        Scope.CARRIED_LIST,
        "review('dropped')",
        "3",
        (5, lambda: _("Drop")),
        (N_("Drop"), N_("Drop the highlighted item")),
    ),
    _rel(
        Scope.CARRIED_LIST,
        "undo",
        "u",
        (10, lambda: _("Undo")),
        (N_("Undo review"), N_("Take back today's review of the highlighted item")),
    ),
    _rel(
        Scope.REVIEW,
        "next_session",
        "n",
        (11, lambda: _("Next session")),
        (N_("Next session"), N_("When you meet next and what to prepare")),
    ),
    _help(Scope.REVIEW, 6),
    _rel(
        Scope.REVIEW,
        "close",
        "escape,f4",
        (7, lambda: _("Close")),
        (N_("Close the review"), N_("Back to the session")),
    ),
    _rel(
        Scope.NEXT_SESSION,
        "edit",
        "enter",
        (3, lambda: _("Set")),
        (
            N_("Set the next session"),
            N_("On the next session's line (wrap-up): date, time, length, what to prepare"),
        ),
    ),
    # Priority: the footer shows it over the list's own (unlabelled) Enter.
    _rel(
        Scope.HISTORY,
        "open",
        "enter",
        (1, lambda: _("Open")),
        (N_("Open session"), N_("Read the highlighted session: its summary and every entry")),
        priority=True,
    ),
    *(
        spec
        for scope in (Scope.HISTORY, Scope.HISTORY_READ)
        for spec in (
            _help(scope, 2),
            _rel(
                scope,
                "close",
                "escape",
                (3, lambda: _("Back")),
                (N_("Back"), N_("Back to where you came from")),
            ),
        )
    ),
)
