"""The start screen: which script runs the session (and, when the mentee
was not picked before, who it is with).

After the mentee picker the screen names the chosen mentee and Enter starts
with the highlighted script. Given a name on the command line without a
script, typing a name and pressing Enter starts the session with the
preselected script; the arrow keys choose another script without leaving the
name field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList, Static

from sessiontui.i18n import _
from sessiontui.launch import Launch
from sessiontui.scripts.library import BUILTIN_SOURCE, ScriptEntry, default_script_id
from sessiontui.scripts.schema import Script
from sessiontui.text import clean
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.screens.mentee_picker import MenteePick
from sessiontui.tui.screens.relationship_help import show_help
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.rehearsal_banner import rehearsal_banner
from sessiontui.tui.widgets.sharing import ShareBanner
from sessiontui.tui.widgets.steady_field import SteadyField

# The source of a script given with --script that is not in the library.
_COMMAND_LINE_SOURCE = "--script"
# From this many columns the script list and its details sit side by side.
_WIDE = 100


@dataclass(frozen=True)
class StartChoice:
    """What the mentor chose: the mentee's name ("" when not given) and the script;
    the stored mentee picked (`mentee_id`), or a new one to create."""

    mentee: str
    script: Script
    mentee_id: str | None = None
    create: bool = False


def _offered_entries(launch: Launch) -> list[ScriptEntry]:
    """The library's scripts, plus a --script file that is not one of them."""
    entries = launch.library.entries
    given = launch.script
    if given is not None and all(entry.script != given for entry in entries):
        entries.insert(0, ScriptEntry(given, _COMMAND_LINE_SOURCE))
    return entries


def _preselected_index(entries: list[ScriptEntry], launch: Launch) -> int:
    """The script given at launch, else the default script of the language, else the first."""
    for index, entry in enumerate(entries):
        if launch.script is not None and entry.script == launch.script:
            return index
    wanted = default_script_id(launch.language) if launch.script is None else None
    for index, entry in enumerate(entries):
        if entry.script.id == wanted:
            return index
    return 0


def _source_tag(source: str) -> str:
    """A short note on where a non-built-in script comes from ("" for built-ins)."""
    if source == BUILTIN_SOURCE:
        return ""
    if source == _COMMAND_LINE_SOURCE:
        return _("given with --script")
    return _("your script {name}", name=clean(Path(source).name))


def _option_prompt(entry: ScriptEntry) -> Content:
    """One line per script: title, then language, length and source in a dim style."""
    script = entry.script
    meta = _("{lang} · {minutes} min", lang=script.language.upper(), minutes=script.total_minutes)
    # No-break spaces: a long title wraps before "EN · 45 min", never through it.
    meta = meta.replace(" ", "\u00a0")
    tag = _source_tag(entry.source)
    if tag:
        meta = f"{meta} · {tag}"
    return Content.assemble(script.title, "  ", (meta, "dim"))


def _script_details(script: Script) -> Content:
    """The description and the agenda (minutes and title of every segment)."""
    lines: list[str | tuple[str, str]] = []
    if script.description.strip():
        lines += [script.description.strip(), "\n"]
    lines.append((_("Agenda ({minutes} min)", minutes=script.total_minutes), "bold"))
    for segment in script.segments:
        lines.append(
            "\n" + _("{minutes:>3} min  {title}", minutes=segment.minutes, title=segment.title)
        )
    return Content.assemble(*lines)


class StartScreen(Screen[StartChoice]):
    """Asks for the mentee's name and the script; dismisses with a `StartChoice`."""

    SCOPE: ClassVar[Scope] = Scope.START

    AUTO_FOCUS = "#start-mentee"
    BINDINGS: ClassVar[list[BindingType]] = [
        # The name field has no use for up/down: they move through the scripts.
        Binding("up", "move_script(-1)", show=False),
        Binding("down", "move_script(1)", show=False),
    ]

    def __init__(self, launch: Launch, pick: MenteePick | None = None) -> None:
        """`pick` is the mentee chosen in the picker (None: ask for a name here)."""
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._launch = launch
        self._pick = pick
        self._entries = _offered_entries(launch)
        self._asked_for_name = False

    def compose(self) -> ComposeResult:
        """The name field, the script list with details, and any script warnings."""
        yield ShareBanner()
        yield from rehearsal_banner(self)
        with Vertical(id="start-body"):
            yield Static(_("New mentoring session"), id="start-title", markup=False)
            if self._pick is not None:
                mentee = self._pick.label or _("(no name)")
                yield Static(_("With {mentee}", mentee=mentee), id="start-with", markup=False)
            else:
                yield Label(_("Mentee's name (Enter starts the session)"), markup=False)
                yield SteadyField(
                    value=self._launch.mentee or "",
                    placeholder=_("e.g. Ana García"),
                    id="start-mentee",
                )
            yield Static("", id="start-hint", markup=False)
            yield Label(_("Session script (↑/↓ to choose)"), markup=False)
            if self._entries:
                with Container(id="start-choice"):
                    yield OptionList(
                        *(_option_prompt(entry) for entry in self._entries), id="start-scripts"
                    )
                    with VerticalScroll(id="start-details-box"):
                        yield Static(id="start-details", markup=False)
            else:
                yield Static(
                    _("No session script is available."), id="start-no-scripts", markup=False
                )
            yield Static(self._warnings(), id="start-warnings", markup=False)
        yield KeyFooter()

    def _warnings(self) -> Content:
        warnings = self._launch.library.warnings
        if not warnings:
            return Content("")
        parts: list[str | tuple[str, str]] = [(_("Some of your scripts were left out:"), "bold")]
        parts += [f"\n• {warning}" for warning in warnings]
        return Content.assemble(*parts)

    def on_mount(self) -> None:
        """Preselect the default script and hide what has nothing to show."""
        self.query_one("#start-hint").display = False
        self.query_one("#start-warnings").display = bool(self._launch.library.warnings)
        if self._entries:
            scripts = self.query_one("#start-scripts", OptionList)
            scripts.highlighted = _preselected_index(self._entries, self._launch)
            if self._pick is not None:
                # No name to type: the script list has the focus, Enter starts.
                scripts.focus()

    def on_resize(self, event: events.Resize) -> None:
        """Scripts and details side by side when the terminal is wide enough."""
        self.set_class(event.size.width >= _WIDE, "-wide")
        self._keep_highlight_in_view()

    def _keep_highlight_in_view(self) -> None:
        """After the list changed size, scroll the chosen script back into view."""
        if self._entries:
            scripts = self.query_one("#start-scripts", OptionList)
            self.call_after_refresh(scripts.scroll_to_highlight)

    @property
    def selected_script(self) -> Script | None:
        """The highlighted script (None only when there is no script at all)."""
        if not self._entries:
            return None
        index = self.query_one("#start-scripts", OptionList).highlighted
        return self._entries[index or 0].script

    @on(OptionList.OptionHighlighted, "#start-scripts")
    def _show_details(self) -> None:
        script = self.selected_script
        if script is not None:
            self.query_one("#start-details", Static).update(_script_details(script))
            self.query_one("#start-details-box", VerticalScroll).scroll_home(animate=False)

    def action_help(self) -> None:
        """Every key of this screen."""
        show_help(self, self.SCOPE)

    def action_move_script(self, step: int) -> None:
        """Highlight the previous or next script (from the name field)."""
        if not self._entries:
            return
        scripts = self.query_one("#start-scripts", OptionList)
        if step < 0:
            scripts.action_cursor_up()
        else:
            scripts.action_cursor_down()

    @on(Input.Changed, "#start-mentee")
    def _name_changed(self) -> None:
        # A name typed after the reminder makes the reminder moot.
        self._asked_for_name = False
        self.query_one("#start-hint").display = False

    @on(Input.Submitted, "#start-mentee")
    @on(OptionList.OptionSelected, "#start-scripts")
    def action_start(self) -> None:
        """Start with the name and the highlighted script; ask once for a missing name."""
        script = self.selected_script
        if script is None:
            return
        pick = self._pick
        if pick is not None:
            self.dismiss(StartChoice(pick.name, script, pick.mentee_id, pick.create))
            return
        mentee = " ".join(self.query_one("#start-mentee", Input).value.split())
        if not mentee and not self._asked_for_name:
            self._asked_for_name = True
            hint = self.query_one("#start-hint", Static)
            hint.update(_("Enter the mentee's name, or press Enter again to continue without one."))
            hint.display = True
            self._keep_highlight_in_view()
            self.query_one("#start-mentee", Input).focus()
            return
        self.dismiss(StartChoice(mentee=mentee, script=script))
