"""The footer of keys, rebuilt only when the keys it shows change.

Textual's `Footer` rebuilds all its keys whenever the screen's bindings are
refreshed, which happens on every focus change (each segment move and each
form key moves the focus), even when the same keys are shown. A rebuild
restyled every key twice (a new key starts compact, then is told not to be),
which made a segment change cost 100-200 ms of CPU on a 2-core machine; and
the keys of the first build, at start-up, are now made as compact as the
footer is, so each is styled once.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

from sessiontui.tui.textual_compat import start_footer_key

# What one key shows: its key, label, action, whether it is enabled, its tooltip.
_Shown = tuple[tuple[str, str, str, bool, str], ...]


class KeyFooter(Footer):
    """A `Footer` that skips a rebuild when the keys on show would not change."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: _Shown | None = None

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
        """Textual's keys, each made as compact as the footer is: a key starts
        compact and is then bound to the footer's (not compact), and each change
        of that class restyled the key (forty restyles at start-up)."""
        for widget in super().compose():
            start_footer_key(widget, self.compact)
            yield widget


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
