"""What one action of the registry is (`tui/actions.py` holds the registry itself):
where it applies (`Scope`), its help section (`Group`), its footer place and
label, its keys, palette title and help text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sessiontui.i18n import N_


class Scope(StrEnum):
    """Where an action applies: the screen, dialog or widget that binds it; APP: every screen."""

    APP = "app"
    SESSION = "session"
    SUMMARY = "summary"
    START = "start"
    RESUME = "resume"
    CONFIRM = "confirm"
    SHARE_OFF = "share-off"
    # Bound on each list of entries and each entry form of the session screen.
    ENTRY_LIST = "entry-list"
    ENTRY_FORM = "entry-form"
    PICKER = "picker"
    BOARD = "board"
    AGREEMENT = "agreement"
    FORM = "form"
    REVIEW = "review"
    # Bound on each list of carried-over items (the review screen's, the Action items pane's).
    CARRIED_LIST = "carried-list"
    # Bound on the next session's line in the Listening pane (wrap-up).
    NEXT_SESSION = "next-session"
    HISTORY = "history"
    # One stored session, opened from the history: read only.
    HISTORY_READ = "history-read"


class Group(StrEnum):
    """What an action is about (the F1 help's sections)."""

    SEGMENTS = N_("Segments")
    TIMER = N_("Timer")
    LISTENING = N_("Listening")
    ENTRIES = N_("Entries")
    SESSION = N_("Session")
    RELATIONSHIP = N_("Across sessions")


@dataclass(frozen=True)
class FooterLabel:
    """An action's place in the footer (1 comes first; narrow footers cut the end)
    and its short label in the UI language."""

    rank: int
    text: Callable[[], str]


@dataclass(frozen=True)
class ActionSpec:
    """One action: where it applies, how it is reached, and how it is named.

    `keys` is a comma-separated key list, or a function giving it in the UI
    language (letters from the catalog, see letters.py). `bound=False` marks an action reached
    through another one's key (Pause and Resume through Ctrl+T's toggle): the
    key is shown, not bound twice; with no key at all (`keys=""`) it is reached
    from the palette only (the F1 help shows the palette's key). Without `title`
    an action is neither in the palette nor in the F1 help.
    """

    scope: Scope
    action: str
    keys: str | Callable[[], str]
    group: Group = Group.SESSION
    footer: FooterLabel | None = None
    title: str | None = None
    help: str = ""
    bound: bool = True
    priority: bool = False

    def key_list(self) -> str:
        """The keys, comma-separated, in the UI language."""
        return self.keys() if callable(self.keys) else self.keys

    @property
    def first_key(self) -> str:
        """The key shown for this action (the first of its keys)."""
        return self.key_list().split(",")[0].strip()
