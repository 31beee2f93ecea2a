"""The app's share mode: one reactive attribute every screen follows, its key, and
the sharing theme (the app in `tui/app.py` is built on this class).

While `share_mode` is True every screen hides private entries (the rule:
`sessiontui.share`); widgets follow it through `widgets.sharing.follow_share_mode`.
Starting to share is immediate; stopping asks first (`ShareOffScreen`).
"""

from __future__ import annotations

from textual.reactive import Initialize, Reactive, reactive
from textual.theme import Theme

from sessiontui.tui.notices import NoticeApp
from sessiontui.tui.screens.share_off import ShareOffScreen
from sessiontui.tui.themes import THEMES, ThemeChoice


class ShareModeApp(NoticeApp):
    """An app with share mode and the mentor's themes."""

    share_mode: reactive[bool] = reactive(False)

    def __init__(self, themes: ThemeChoice, sharing: bool) -> None:
        """Start in `themes`' theme for `sharing` (share mode on or off from the start)."""
        self._themes = themes
        self._first_theme = themes.shown(sharing)
        super().__init__()
        # Textual marks the app with its theme when `theme` changes; this one never did.
        self.add_class(f"-theme-{self.theme}", update=False)
        self.set_reactive(ShareModeApp.share_mode, sharing)

    def _start_theme(self) -> str:
        return self._first_theme

    # The app starts in its first theme: Textual's App.__init__ reads this default to
    # make the stylesheet's variables (so `_first_theme` is set before it). Setting
    # `theme` after it, Textual's documented way, would have Textual parse every
    # stylesheet a second time at start-up.
    theme: Reactive[str] = Reactive(Initialize(_start_theme))

    @property
    def available_themes(self) -> dict[str, Theme]:
        """The app's own themes, and only these (Textual's are not offered)."""
        return dict(THEMES)

    def action_toggle_share(self) -> None:
        """Start sharing at once; stop only after the deliberate confirmation."""
        if not self.share_mode:
            self.share_mode = True
        elif not isinstance(self.screen, ShareOffScreen):
            self.push_screen(ShareOffScreen(), self._share_off_answered)

    def _share_off_answered(self, stop: bool | None) -> None:
        if stop:
            self.share_mode = False

    def watch_share_mode(self, sharing: bool) -> None:
        """Switch to the sharing theme and back, when the settings ask for it."""
        self._themes.sharing(sharing)

    def watch_theme(self, theme: str) -> None:
        """A theme the mentor picks in the palette is kept in the settings file."""
        self._themes.changed(theme)
