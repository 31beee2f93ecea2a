"""The keys of a list of entries and of an entry form, for the action registry (actions.py).

They are bound on those widgets (not on the screen), so the footer shows them
while the mentor is in a list or a form, and F1 lists them with the rest.
"""

from __future__ import annotations

from sessiontui.i18n import N_, _
from sessiontui.tui.action_types import ActionSpec, FooterLabel, Group, Scope

# On each list of entries, in place of the list's own Enter, Space and Delete.
ENTRY_LIST_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        Scope.ENTRY_LIST,
        "edit_entry",
        "enter",
        Group.ENTRIES,
        FooterLabel(3, lambda: _("Edit")),
        N_("Edit entry"),
        N_("In a list: correct the entry (its text, owner, due date, visibility…)"),
    ),
    ActionSpec(
        Scope.ENTRY_LIST,
        "toggle_entry",
        "space",
        Group.ENTRIES,
        FooterLabel(4, lambda: _("Tick off")),
        N_("Tick off"),
        N_("In a list: an action item done, a goal achieved, a parked thought reviewed"),
    ),
    ActionSpec(
        Scope.ENTRY_LIST,
        "delete_entry",
        "delete",
        Group.ENTRIES,
        FooterLabel(5, lambda: _("Delete")),
        N_("Delete entry"),
        N_("In a list: delete the entry (Ctrl+Z brings it back)"),
    ),
)

# On each entry form and its text fields.
FORM_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        Scope.ENTRY_FORM,
        "submit",
        "enter",
        Group.ENTRIES,
        FooterLabel(3, lambda: _("Save")),
        N_("Save entry"),
        N_("In a form: add the entry, or keep the correction"),
    ),
    ActionSpec(
        Scope.ENTRY_FORM,
        "cancel",
        "escape",
        Group.ENTRIES,
        FooterLabel(4, lambda: _("Close")),
        N_("Close form"),
        N_("In a form: close it (what you typed stays for next time)"),
    ),
)
