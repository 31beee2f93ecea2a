"""`sessiontui config`: the effective settings, and where each one comes from."""

from __future__ import annotations

import argparse

from sessiontui.cli.output import Output
from sessiontui.cli.table import render_table
from sessiontui.config import Setting, Source, resolve_script
from sessiontui.i18n import _


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `config` to the command line."""
    config = commands.add_parser(
        "config", help=_("show the effective settings and where each one comes from")
    )
    config.set_defaults(run=run)


def _source(setting: Setting) -> str:
    label = _(setting.source.value)
    if not setting.origin:
        return label
    return _("{source} ({origin})", source=label, origin=setting.origin)


def run(args: argparse.Namespace, output: Output) -> int:
    """Print where the settings file is, then each setting: key, value, source.

    `args.settings` is the file's path, `args.config` what it holds and
    `args.language` the resolved interface language (set by `cli.main`).
    """
    path, config = args.settings, args.config
    if path.exists():
        output.line(_("Settings file: {path}", path=path))
    else:
        output.line(
            _("Settings file: {path} (not there yet: every setting has its default)", path=path)
        )
    name = (
        Setting(config.mentor_name, Source.FILE)
        if config.mentor_name
        else Setting(_("(none yet: asked at the next start)"), Source.DEFAULT)
    )
    script = resolve_script(args.script, config) or Setting(
        _("(none: chosen on the start screen)"), Source.DEFAULT
    )
    # One row per setting, in the order of the file (the theme joins them here).
    rows = [("mentor_name", name), ("language", args.language), ("script", script)]
    table = render_table(
        (_("SETTING"), _("VALUE"), _("FROM")),
        [(key, setting.value, _source(setting)) for key, setting in rows],
    )
    output.line(table)
    return 0
