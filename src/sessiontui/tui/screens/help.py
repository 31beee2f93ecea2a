"""F1 help: three tabs (the session, keys, sharing and privacy) and a search field.

"The session" says what each pane is for and the practice it supports;
"Keys" lists every action of the screen the help was opened from, grouped,
straight from the action registry (keys shown as the footer shows them);
"Sharing and privacy" covers share mode, what never leaves the device and
where the data lives. Typing in the search field hides every row that does
not contain the text, in all tabs; when the open tab has nothing left, the
first tab that has something comes forward.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static, TabbedContent, TabPane

from sessiontui.config import config_file
from sessiontui.i18n import _
from sessiontui.paths import config_dir, user_scripts_dir
from sessiontui.tui.actions import Group, Scope, action_key, actions_for
from sessiontui.tui.help_content import HelpTopic, privacy_topics, session_topics
from sessiontui.tui.widgets.steady_field import SteadyField

_TABS = ("help-session", "help-keys", "help-privacy")


@dataclass(frozen=True)
class HelpEntry:
    """One line of the F1 help: the action's key (as the footer shows keys), title and help."""

    key: str
    title: str
    help: str
    group: Group


# A palette-only action (no key of its own) is reached through the palette's key.
PALETTE_KEY = "ctrl+p"
# The keys of the lists and forms inside a screen (bound on those widgets): its help
# lists them too, or Enter, Space and Delete in a list would be learnt from the footer only.
INNER_SCOPES = {
    Scope.SESSION: (Scope.ENTRY_LIST, Scope.ENTRY_FORM, Scope.CARRIED_LIST, Scope.NEXT_SESSION),
    Scope.REVIEW: (Scope.CARRIED_LIST,),
}


def help_entries(scope: Scope, key_display: Callable[[str], str]) -> list[HelpEntry]:
    """Every titled action of `scope`, translated, its key shown by `key_display`."""
    return [
        HelpEntry(
            key_display(spec.first_key or PALETTE_KEY), _(spec.title), _(spec.help), spec.group
        )
        for spec in actions_for(scope)
        if spec.title is not None
    ]


class HelpRow(Static):
    """One searchable row: a topic, a key, or a group's heading (`group` ties them)."""

    def __init__(self, content: Content, kind: str, *, group: str | None = None) -> None:
        super().__init__(content, markup=False, classes=f"help-{kind}")
        self.search_text = content.plain.casefold()
        self.group = group
        self.heading = kind == "heading"


class HelpScreen(ModalScreen[None]):
    """The help for `scope` (the screen it was opened from); Escape or F1 closes it.

    `data_folder` is the folder this run keeps its data in (shown under privacy).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1", "close", show=False),
    ]

    def __init__(self, scope: Scope, data_folder: Path) -> None:
        super().__init__()
        self._scope = scope
        self._data_folder = data_folder

    def _key_display(self, key: str) -> str:
        # Textual's own rendering, so a key reads here as it does in the footer.
        return self.app.get_key_display(Binding(key, ""))

    def _key_of(self, action: str) -> str:
        # "The session" tab explains the session's keys, whichever screen F1 came from.
        return self._key_display(action_key(action))

    def compose(self) -> ComposeResult:
        """The search field, the three tabs, and how to close."""
        with Vertical(id="help-dialog"):
            yield SteadyField(
                placeholder=_("Search the help (type a word)"), id="help-search", compact=True
            )
            with TabbedContent(id="help-tabs"):
                with TabPane(_("The session"), id=_TABS[0]):
                    topics = session_topics(self._key_of)
                    yield from self._scroll(_TABS[0], self._topics(topics))
                with TabPane(_("Keys"), id=_TABS[1]):
                    yield from self._scroll(_TABS[1], self._key_rows())
                with TabPane(_("Sharing and privacy"), id=_TABS[2]):
                    topics = privacy_topics(
                        self._data_folder, config_file(), user_scripts_dir(config_dir())
                    )
                    yield from self._scroll(_TABS[2], self._topics(topics))
            yield Static(
                Content(_("Tab, then ←/→: change tab. Escape or F1: close.")),
                id="help-footer",
                markup=False,
            )

    @staticmethod
    def _scroll(tab: str, rows: list[HelpRow]) -> Iterator[VerticalScroll]:
        empty = Static(_("Nothing here matches your search."), classes="help-empty", markup=False)
        empty.display = False
        yield VerticalScroll(*rows, empty, id=f"{tab}-rows")

    @staticmethod
    def _topics(topics: list[HelpTopic]) -> list[HelpRow]:
        return [
            HelpRow(Content.assemble((topic.title, "bold"), "\n", topic.body), "topic")
            for topic in topics
        ]

    def _key_rows(self) -> list[HelpRow]:
        entries = help_entries(self._scope, self._key_display)
        for inner in INNER_SCOPES.get(self._scope, ()):
            entries += help_entries(inner, self._key_display)
        entries += help_entries(Scope.APP, self._key_display)  # F12 share mode, everywhere
        width = max((len(entry.key) for entry in entries), default=0)
        rows = [
            HelpRow(Content(_("Every command is also in the command palette (Ctrl+P).")), "topic")
        ]
        for group in Group:
            members = [entry for entry in entries if entry.group is group]
            if not members:
                continue
            title = _(group.value)
            rows.append(HelpRow(Content(title), "heading", group=title))
            rows += [
                HelpRow(
                    Content(
                        _(
                            "{key}  {name}: {help}",
                            key=entry.key.rjust(width),
                            name=entry.title,
                            help=entry.help,
                        )
                    ),
                    "key",
                    group=title,
                )
                for entry in members
            ]
        return rows

    def on_mount(self) -> None:
        """Typing goes to the search field at once; no notice shows, on this screen or
        on the one beneath (styles/dialogs.tcss)."""
        self.app.add_class("-reading-help")
        self.query_one("#help-search", Input).focus()

    def on_unmount(self) -> None:
        """The notices show again."""
        self.app.remove_class("-reading-help")

    @on(Input.Changed, "#help-search")
    def _search(self, event: Input.Changed) -> None:
        """Show only the rows holding the typed text; bring forward a tab that has some."""
        query = event.value.strip().casefold()
        found: dict[str, bool] = {}
        for tab in _TABS:
            found[tab] = self._filter(self.query_one(f"#{tab}-rows", VerticalScroll), query)
        tabs = self.query_one("#help-tabs", TabbedContent)
        if not found.get(tabs.active, True):
            tabs.active = next((tab for tab in _TABS if found[tab]), tabs.active)

    @staticmethod
    def _filter(scroll: VerticalScroll, query: str) -> bool:
        """Filter one tab's rows; True if anything is left to see."""
        rows = list(scroll.query(HelpRow))
        matching_groups = {row.group for row in rows if row.heading and query in row.search_text}
        shown_groups: set[str | None] = set()
        for row in rows:
            if row.heading:
                continue
            row.display = query in row.search_text or row.group in matching_groups
            if row.display:
                shown_groups.add(row.group)
        for row in rows:
            if row.heading:
                row.display = row.group in shown_groups
        anything = any(row.display for row in rows)
        scroll.query_one(".help-empty", Static).display = not anything
        return anything

    def action_close(self) -> None:
        """Back to the screen it was opened from."""
        self.dismiss(None)
