"""`sessiontui config`: the effective settings, and where each one comes from."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from sessiontui.config import Config, Setting, Source
from sessiontui.i18n import _


def _source(setting: Setting) -> str:
    label = _(setting.source.value)
    return (
        _("{source} ({origin})", source=label, origin=setting.origin) if setting.origin else label
    )


def cmd_config(
    path: Path, config: Config, language: Setting, script: Setting | None, out: TextIO
) -> int:
    """Print the settings file's place, then each setting: key, value, source."""
    if path.exists():
        print(_("Settings file: {path}", path=path), file=out)
    else:
        print(
            _("Settings file: {path} (not there yet: every setting has its default)", path=path),
            file=out,
        )
    name = (
        Setting(config.mentor_name, Source.FILE)
        if config.mentor_name
        else Setting(_("(none yet: asked at the next start)"), Source.DEFAULT)
    )
    shown_script = script or Setting(_("(none: chosen on the start screen)"), Source.DEFAULT)
    rows = [("mentor_name", name), ("language", language), ("script", shown_script)]
    key_width = max(len(key) for key, _setting in rows)
    value_width = max(len(setting.value) for _key, setting in rows)
    for key, setting in rows:
        print(f"{key:<{key_width}}  {setting.value:<{value_width}}  {_source(setting)}", file=out)
    return 0
