"""Every use of Textual's private API, wrapped in one place: this package.

Textual is pinned exactly (pyproject.toml); tests/tui/test_textual_compat.py
fails, naming this module, when an upgrade breaks one of these.

Bindings: a screen's keys are bound after it is built (`bind_key`), so the
footer speaks the UI language chosen at start-up.

Crashes: Textual's report of an unhandled error prints the local variables
of every frame, a private note among them, after the app ends.
`QuietCrashApp` hands the error to `on_unexpected_error` first and drops
Textual's report; the exit status stays non-zero.

Typing: Textual's `Input` sets its virtual size to its text's width on every
key, a reactive that asks for a layout of the whole screen. `SteadyInput` is
an `Input` that repaints only its own line when its text changes.

The footer: Textual's footer keys (`FooterKey`, a private class) start
compact and are then told the footer's compactness, each change restyling the
key; `start_footer_key` makes a key as compact as its footer from the start.

Compact lists: `OptionList(compact=True)` sets its class in `__init__`, and a
class change restyles the widget at once, mounted or not (an option list with
its component classes: nine applications of the stylesheet, then all again
at its mount). `start_compact` makes a new list compact without that restyle.

The terminal (its driver, its parser, its output): see `terminal.py`.

The exit: `QuickExitApp` drops the focus before Textual removes the widgets,
which would otherwise move it from widget to widget, restyling as it goes.

A pushed screen: Textual restyles every widget of a screen each time it is
resumed, the first time too, though a new screen's widgets were each styled
at their mount just before. `StyledAtMountScreen` skips that first restyle.
Its focus moves restyle only the focused and blurred widgets' ancestors that
have a `:focus-within` rule, not everything inside them (while no rule puts
`:focus-within` on an ancestor of what it styles).

Notices: Textual stacks every toast until its timeout; `drop_notices` takes
older ones off, so a newer notice replaces them (`tui/notices.py`);
`hold_notices` and `bring_back_notices` keep the shown ones off a full-screen
form until it closes (`screens/form_screen.py`).

Option lines: an option may wrap over several lines; `highlighted_lines` says
which lines of its list the highlighted one takes, so a list inside a scrolling
pane can bring it into view there (`widgets/entry_list.py`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any, TypeVar

from rich.console import RenderableType
from textual import events
from textual.app import App
from textual.css.model import RuleSet
from textual.dom import DOMNode
from textual.geometry import Size
from textual.notifications import Notification
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.widgets._footer import FooterKey

# The terminal's wrappers, kept in their own module, are taken from here like the rest.
from sessiontui.tui.textual_compat.terminal import PasteSafeParser as PasteSafeParser
from sessiontui.tui.textual_compat.terminal import TerminalOutput as TerminalOutput
from sessiontui.tui.textual_compat.terminal import terminal_driver_class as terminal_driver_class
from sessiontui.tui.textual_compat.terminal import (
    use_paste_safe_parser as use_paste_safe_parser,
)

ReturnType = TypeVar("ReturnType")


class QuickExitApp(App[ReturnType]):
    """An App whose exit restyles nothing.

    As an app exits, Textual removes every widget, the focused one among the
    first, and then moves the focus on (`Screen._reset_focus`, private), which
    restyles the panes the focus leaves and enters (their `:focus-within`
    styles): about a third of the session's exit (8 ms of CPU on this machine).
    The screens forget their focus first, without the restyle a blur makes.
    """

    def exit(
        self,
        result: ReturnType | None = None,
        return_code: int = 0,
        message: RenderableType | None = None,
    ) -> None:
        """Exit the app, and return the supplied result (as Textual's)."""
        for screen in self.screen_stack:
            screen.set_reactive(Screen.focused, None)
        super().exit(result, return_code, message)


class QuietCrashApp(QuickExitApp[ReturnType]):
    """An App whose unhandled errors go to `on_unexpected_error`, never to the screen."""

    def on_unexpected_error(self, error: Exception) -> None:
        """Called once per unhandled error, before the app closes (override)."""

    def _handle_exception(self, error: Exception) -> None:
        # Private: every unhandled error of a handler, timer, worker or compose lands here.
        self.on_unexpected_error(error)
        super()._handle_exception(error)
        # Private: the rendered report (with local variables) printed at exit.
        self._exit_renderables.clear()


class StyledAtMountScreen(Screen[ReturnType]):
    """A screen whose first resume does not restyle what its mount has just styled.

    Textual resumes a pushed screen after composing it: each widget was styled
    as it was mounted (with its ancestors, siblings and the app's theme as they
    are), and each change since (a class, the focus) restyled what it touched;
    the resume then applied the stylesheet to every widget again (at start-up,
    10 ms of CPU for the session screen, whose option lists are each styled
    nine times: the list and its eight styled parts). Later resumes (after a
    screen above it is popped, when the theme or the share mode may have
    changed) restyle as Textual does.
    """

    _resumed_before = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Private: Textual's own handler (`Screen._on_screen_resume`, later in the
        # MRO) restyles the screen when the event's `refresh_styles` is set.
        if not self._resumed_before:
            self._resumed_before = True
            event.refresh_styles = False

    def _update_focus_styles(
        self, focused: Widget | None = None, blurred: Widget | None = None
    ) -> None:
        # Private: Textual restyles, at each focus move, everything inside the
        # outermost ancestor that has a `:focus-within` rule (a pane: at start-up
        # its two option lists with their styled parts, ~5 ms of CPU), though only
        # those ancestors' own match changed, as long as no rule puts `:focus-within`
        # on an ancestor of what it styles; then these ancestors alone are restyled.
        stylesheet = self.app.stylesheet
        if focus_within_styles_descendants(stylesheet.rules):
            super()._update_focus_styles(focused, blurred)
            return
        nodes: dict[DOMNode, None] = {}
        for widget in (focused, blurred):
            if widget is not None:
                nodes.update(
                    (node, None) for node in widget.ancestors_with_self if node._has_focus_within
                )
        if nodes:
            stylesheet.update_nodes(nodes, animate=True)


def focus_within_styles_descendants(rules: list[RuleSet]) -> bool:
    """Whether a rule puts `:focus-within` on a node other than the one it styles
    (`.pane:focus-within Label`): then a focus move may restyle a whole subtree."""
    return any(
        "focus-within" in selector.pseudo_classes
        for rule in rules
        if "focus-within" in rule.pseudo_classes
        for selector_set in rule.selector_set
        for selector in selector_set.selectors[:-1]
    )


class SteadyInput(Input):
    """An `Input` whose typing repaints its own line and lays nothing out.

    Private: `Input` keeps its text's width in `virtual_size`, which `Widget`
    declares as a reactive with `layout=True`, so every key reflowed the whole
    screen (about 80 widgets on the session screen: twice the CPU per key of a
    bare app). A field whose size its styles fix (never `auto`) and that shows
    no scrollbar needs no layout for it: it scrolls to its cursor by reading
    `virtual_size` itself.
    """

    virtual_size = Reactive(Size(0, 0), layout=False)


def bind_key(
    node: DOMNode,
    keys: str,
    action: str,
    description: str = "",
    *,
    show: bool = True,
    priority: bool = False,
) -> None:
    """Bind `keys` (comma-separated) to `action` on this one `node`, after it was built.

    Class-level BINDINGS are built when the module is imported, before the UI
    language is chosen; binding here, in the node's `__init__`, lets the
    footer show `description` in that language. Textual has no public way to
    bind on a screen (`App.bind` exists for the app only), so this uses the
    node's private bindings map.
    """
    node._bindings.bind(keys, action, description, show=show, priority=priority)


def rebind_key(
    node: DOMNode,
    keys: str,
    action: str,
    description: str = "",
    *,
    show: bool = True,
    priority: bool = False,
) -> None:
    """Like `bind_key`, but `keys` no longer do what `node`'s class binds them to.

    A binding added to a key Textual already binds comes after the class's
    own, which then wins, and the footer shows the first: replacing is the
    only way to give, say, a list's Enter a new action and a footer label.
    """
    for key in keys.split(","):
        node._bindings.key_to_bindings.pop(key.strip(), None)
    bind_key(node, keys, action, description, show=show, priority=priority)


def name_palette_key(app: App[Any], description: str) -> None:
    """Give the footer's command-palette key (Textual's own binding, added in English
    by `App.__init__`) the label `description`, in the UI language."""
    bindings = app._bindings.key_to_bindings.get(app.COMMAND_PALETTE_BINDING, [])
    app._bindings.key_to_bindings[app.COMMAND_PALETTE_BINDING] = [
        dataclasses.replace(binding, description=description, tooltip="")
        if binding.action in {"command_palette", "app.command_palette"}
        else binding
        for binding in bindings
    ]


def start_footer_key(widget: Widget, compact: bool) -> None:
    """If `widget` is a key the footer binds to its own compactness, make it as
    `compact` from the start (a new key starts compact, then takes the footer's
    value: a restyle per change). The palette's key is not bound: it stays compact."""
    if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
        widget.set_reactive(FooterKey.compact, compact)


def start_compact(widget: OptionList) -> None:
    """Make a new, not yet mounted `widget` compact without restyling it: its mount
    styles it. Private: the class that `OptionList.compact` toggles."""
    widget.set_reactive(OptionList.compact, True)
    widget.add_class("-textual-compact", update=False)


def drop_notices(app: App[Any], severity: str) -> None:
    """Take the app's notices of `severity` off the screen (a newer one replaces them).

    Call on the app's thread. Textual keeps its notices in `App._notifications`
    and removes one with `App._unnotify`, both private.
    """
    for notice in list(app._notifications):
        if notice.severity == severity:
            app._unnotify(notice, refresh=False)


def hold_notices(app: App[Any]) -> list[Notification]:
    """Take every notice shown now off the app, to bring back later (each keeps its own
    timeout meanwhile), before a screen shows: the screen beneath keeps its toasts
    (refreshed, Textual would leave their empty holders, and they could not come
    back). Private: `App._notifications`, `App._unnotify`."""
    held = list(app._notifications)
    for notice in held:
        app._unnotify(notice, refresh=False)
    return held


def bring_back_notices(app: App[Any], held: Iterable[Notification]) -> None:
    """Show again the notices of `held` whose time is not up, unless a newer one of the
    same severity is shown (it replaced them). Private: `App._notifications`,
    `App._refresh_notifications`."""
    shown = {notice.severity for notice in app._notifications}
    for notice in held:
        if not notice.has_expired and notice.severity not in shown:
            app._notifications.add(notice)
    app._refresh_notifications()


def highlighted_lines(widget: OptionList) -> tuple[int, int] | None:
    """The first line and the height, in `widget`'s content, of its highlighted option
    (None: nothing highlighted). Private: `OptionList._index_to_line` and `_heights`."""
    index = widget.highlighted
    if index is None or index not in widget._index_to_line:
        return None
    return widget._index_to_line[index], widget._heights[index]
