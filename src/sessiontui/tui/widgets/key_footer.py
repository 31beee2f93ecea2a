"""The footer of keys: only keys that fit whole, rebuilt only when what it shows changes.

Textual's `Footer` rebuilds all its keys whenever the screen's bindings are
refreshed, which happens on every focus change (each segment move and each
form key moves the focus), even when the same keys are shown. A rebuild
restyled every key twice (a new key starts compact, then is told not to be),
which made a segment change cost 100-200 ms of CPU on a 2-core machine; and
the keys of the first build, at start-up, are now made as compact as the
footer is, so each is styled once.

A narrow terminal cannot show every key: Textual's footer then cuts the last
one mid-word ("Pausa/S"). This one shows the keys in the registry's order
(Finish and Help first) as long as they fit whole, and leaves the rest to
F1 and the palette.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer

from sessiontui.tui.textual_compat import start_footer_key

# What one key shows: its key, label, action, whether it is enabled, its tooltip.
_Shown = tuple[tuple[str, str, str, bool, str], ...]

# Cells around a key's words (styles/session.tcss and Textual's footer style):
# a key is " key label ", the palette's key "▏key label " (a border, no padding left).
_KEY_FRAME = 3
_PALETTE_FRAME = 3


class KeyFooter(Footer):
    """A `Footer` of the keys that fit whole, rebuilt only when they change."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: _Shown | None = None
        self._fitting: int | None = None
        """How many keys (the palette's aside) fit at the width composed for."""

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Rebuild (as Textual does) only when the keys to show changed."""
        rebuilds = screen.app.app_focus and self.is_attached and screen is self.screen
        if rebuilds:
            shown = _keys_shown(screen)
            if shown == self._shown:
                return
            self._shown = shown
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        """Textual's keys, in order, as many as fit whole; the palette's key always.

        Each is made as compact as the footer is: a key starts compact and is then
        bound to the footer's (not compact), and each change of that class restyled
        the key (forty restyles at start-up)."""
        widgets = list(super().compose())
        if not widgets:
            return  # the screen's bindings are not ready yet
        fitting = self._fitting_now()
        self._fitting = fitting
        for widget in widgets:
            start_footer_key(widget, self.compact)
            if widget.has_class("-command-palette"):
                yield widget
            elif fitting > 0:
                fitting -= 1
                yield widget

    def on_resize(self, _event: events.Resize) -> None:
        """Show more or fewer keys when the width changes how many fit."""
        if self._fitting is not None and self._fitting_now() != self._fitting:
            self.call_after_refresh(self.recompose)

    def _fitting_now(self) -> int:
        """How many keys (the palette's aside, in order) fit whole beside the palette's key."""
        # Before its first layout the footer has no size yet: it spans the terminal.
        room = (self.size.width or self.app.size.width) - self._palette_width()
        count = 0
        for binding in _first_per_action(self.screen):
            room -= self._width_of(binding, _KEY_FRAME)
            if room < 0:
                break
            count += 1
        return count

    def _palette_width(self) -> int:
        if not (self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE):
            return 0
        active = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        return 0 if active is None else self._width_of(active.binding, _PALETTE_FRAME)

    def _width_of(self, binding: Binding, frame: int) -> int:
        key = self.app.get_key_display(binding)
        return cell_len(key) + cell_len(str(binding.description)) + frame


def _first_per_action(screen: Screen[object]) -> list[Binding]:
    """The bindings the footer shows, one per action (as Textual's footer does)."""
    first: dict[str, Binding] = {}
    for _node, binding, _enabled, _tooltip in screen.active_bindings.values():
        if binding.show:
            first.setdefault(binding.action, binding)
    return list(first.values())


def _keys_shown(screen: Screen[object]) -> _Shown:
    return tuple(
        (
            binding.key,
            str(binding.description),
            binding.action,
            enabled,
            str(tooltip),
        )
        for _node, binding, enabled, tooltip in screen.active_bindings.values()
        if binding.show
    )
