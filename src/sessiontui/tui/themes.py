"""The app's three themes, registered with Textual; Textual's own are left out.

`default` keeps Textual's dark colours (what every snapshot was taken with),
`light` is for a bright room, and `high-contrast` is for a shared screen:
pure black and white, saturated accents, and every muted or disabled text as
strong as the rest, so nothing important turns into a thin grey after a video
call compresses the picture. The palette's "Theme" command lists the app's
available themes, which are only these (`ShareModeApp.available_themes`), each
by its name in the UI language (`ThemeCommands`; Textual shows a theme's
`name`, the settings' word for it);
styles/themes.tcss thickens what a theme variable cannot (the panes' faint borders).

`ThemeChoice` follows the app: share mode switches to the settings'
`share_theme` and back, and a theme the mentor picks is kept in the settings
file (in a worker: a slow disk never holds up the screen).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from textual.app import App
from textual.theme import BUILTIN_THEMES, Theme, ThemeProvider

from sessiontui.config import save_theme
from sessiontui.errors import UserError
from sessiontui.i18n import N_, _
from sessiontui.store.errors import os_error_reason
from sessiontui.themes import DEFAULT_THEME, LIGHT_THEME, SHARE_THEME

_DARK = BUILTIN_THEMES["textual-dark"]
_LIGHT = BUILTIN_THEMES["textual-light"]

THEMES: dict[str, Theme] = {
    DEFAULT_THEME: Theme(
        name=DEFAULT_THEME,
        primary=_DARK.primary,
        secondary=_DARK.secondary,
        accent=_DARK.accent,
        warning=_DARK.warning,
        error=_DARK.error,
        success=_DARK.success,
        foreground=_DARK.foreground,
    ),
    LIGHT_THEME: Theme(
        name=LIGHT_THEME,
        primary=_LIGHT.primary,
        secondary=_LIGHT.secondary,
        accent="#B35C00",
        warning="#9A5B00",
        error="#A1203F",
        success="#1E7A3C",
        foreground="#1A1A1A",
        surface=_LIGHT.surface,
        panel=_LIGHT.panel,
        background=_LIGHT.background,
        dark=False,
        variables={"footer-key-foreground": "#004578"},
    ),
    SHARE_THEME: Theme(
        name=SHARE_THEME,
        primary="#FFD700",
        secondary="#FF80FF",
        accent="#00E5FF",
        warning="#FFB000",
        error="#FF3B3B",
        success="#00E676",
        foreground="#FFFFFF",
        background="#000000",
        surface="#000000",
        panel="#202020",
        boost="#FFFFFF",
        dark=True,
        variables={
            "text-muted": "#FFFFFF",
            "text-disabled": "#E0E0E0",
            "foreground-muted": "#FFFFFF",
            "footer-key-foreground": "#FFD700",
            "footer-description-foreground": "#FFFFFF",
            "foreground-disabled": "#E0E0E0",
            "block-cursor-foreground": "#000000",
            "block-cursor-background": "#FFD700",
            "block-cursor-text-style": "bold",
            "border": "#FFFFFF",
            "border-blurred": "#FFFFFF",
            "scrollbar": "#FFD700",
            "scrollbar-hover": "#FFFFFF",
            "scrollbar-active": "#FFFFFF",
            "scrollbar-background": "#303030",
        },
    ),
}


# The palette's words for the themes (the glossary's); the settings file and the
# command line keep the names above.
THEME_LABELS: dict[str, str] = {
    DEFAULT_THEME: N_("Default"),
    LIGHT_THEME: N_("Light"),
    SHARE_THEME: N_("High contrast"),
}


class ThemeCommands(ThemeProvider):
    """The palette's theme list, each theme by its name in the UI language."""

    @property
    def commands(self) -> list[tuple[str, Callable[[], None]]]:
        """(label, choose it), in the labels' order."""

        def choose(name: str) -> None:
            self.app.theme = name

        labelled = [
            (_(THEME_LABELS[name]) if name in THEME_LABELS else name, name)
            for name in self.app.available_themes
        ]
        return [(label, partial(choose, name)) for label, name in sorted(labelled)]


class ThemeChoice:
    """The mentor's theme, the one share mode switches to, and keeping the choice."""

    def __init__(
        self, app: App[Any], chosen: str, share_theme: str | None, settings: Path | None
    ) -> None:
        self._app = app
        self._chosen = chosen
        self._share_theme = share_theme
        self._settings = settings
        self._switching = False

    def shown(self, sharing: bool) -> str:
        """The theme to show: the sharing theme while sharing (if the settings name one),
        else the mentor's."""
        if sharing and self._share_theme is not None:
            return self._share_theme
        return self._chosen

    def sharing(self, on: bool) -> None:
        """Sharing started or stopped: show the sharing theme, or the mentor's again."""
        if self._share_theme is None:
            return
        self._switching = True
        try:
            self._app.theme = self.shown(on)
        finally:
            self._switching = False

    def changed(self, theme: str) -> None:
        """The app's theme changed: a choice of the mentor's is kept (not share mode's)."""
        if self._switching or theme == self._chosen:
            return
        self._chosen = theme
        if self._settings is not None:
            self._app.run_worker(
                partial(self._keep, self._settings, theme),
                thread=True,
                group="settings",
                exit_on_error=False,
            )

    def _keep(self, settings: Path, theme: str) -> None:
        try:
            save_theme(settings, theme)
        except (OSError, UserError) as error:
            reason = error.message if isinstance(error, UserError) else os_error_reason(error)
            message = _(
                "The theme could not be kept in the settings file ({reason}).", reason=reason
            )
            self._app.call_from_thread(self._app.notify, message, severity="warning", markup=False)
