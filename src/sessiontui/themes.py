"""The app's colour themes, by name (their colours are the TUI's: tui/themes.py).

The command line and the settings file check a name against `THEME_NAMES`
before any terminal set-up, so this list lives outside the UI.
`SHARE_THEME` is the one made for a shared screen: strong contrast that
survives a video call's compression, no thin greys for anything that matters.
"""

from __future__ import annotations

from typing import Final

DEFAULT_THEME: Final = "default"
LIGHT_THEME: Final = "light"
SHARE_THEME: Final = "high-contrast"
THEME_NAMES: Final = (DEFAULT_THEME, LIGHT_THEME, SHARE_THEME)
