"""Bodies of `sessiontui scripts list|show|check`: print to streams, return an exit code."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from sessiontui.errors import UserError
from sessiontui.i18n import _, ngettext
from sessiontui.scripts.library import BUILTIN_SOURCE, ScriptLibrary
from sessiontui.scripts.loader import ScriptError, load_script_file
from sessiontui.scripts.schema import Script
from sessiontui.scripts.table import render_table

EXIT_OK = 0
EXIT_BAD_INPUT = UserError.exit_code


def cmd_list(library: ScriptLibrary, out: TextIO, err: TextIO) -> int:
    """Print every script (id, language, minutes, title, source); warnings go to `err`."""
    headers = [
        _("ID"),
        _("LANGUAGE"),
        _("MIN"),
        _("TITLE"),
        _("SOURCE"),
    ]
    rows = [
        [
            entry.script.id,
            entry.script.language,
            str(entry.script.total_minutes),
            entry.script.title,
            _("built-in") if entry.source == BUILTIN_SOURCE else entry.source,
        ]
        for entry in library.entries
    ]
    print(render_table(headers, rows, right=frozenset({2})), file=out)
    for warning in library.warnings:
        print(warning, file=err)
    return EXIT_OK


def cmd_show(library: ScriptLibrary, id_or_path: str, out: TextIO, err: TextIO) -> int:
    """Print a script's agenda: heading, then #, segment, kind, minutes and start offset."""
    try:
        script = library.resolve(id_or_path)
    except UserError as error:
        _report(error, err)
        return EXIT_BAD_INPUT
    print(_agenda(script), file=out)
    return EXIT_OK


def cmd_check(paths: list[str], out: TextIO, err: TextIO) -> int:
    """Validate each file: "ok: ..." lines to `out`, problem lines to `err`; 0 if all good."""
    if not paths:
        print(
            _("sessiontui: {message}", message=_("give at least one script file to check")),
            file=err,
        )
        return EXIT_BAD_INPUT
    status = EXIT_OK
    for path in paths:
        try:
            script = load_script_file(Path(path))
        except ScriptError as error:
            _report(error, err)
            status = EXIT_BAD_INPUT
            continue
        ok = ngettext(
            "ok: {path} ({id}, {n} segment, {minutes} min)",
            "ok: {path} ({id}, {n} segments, {minutes} min)",
            len(script.segments),
            path=path,
            id=script.id,
            minutes=script.total_minutes,
        )
        print(ok, file=out)
    return status


def _report(error: UserError, err: TextIO) -> None:
    """Problem lines already name their file; other errors get the usual prefix."""
    if isinstance(error, ScriptError):
        print(error.message, file=err)
    else:
        print(_("sessiontui: {message}", message=error.message), file=err)


def _agenda(script: Script) -> str:
    heading = _("{title} ({id})", title=script.title, id=script.id)
    meta = ngettext(
        "Language: {lang} · {n} segment · {minutes} min",
        "Language: {lang} · {n} segments · {minutes} min",
        len(script.segments),
        lang=script.language,
        minutes=script.total_minutes,
    )
    parts = [heading, meta]
    if script.description.strip():
        parts.append(script.description.strip())
    headers = [
        _("#"),
        _("SEGMENT"),
        _("KIND"),
        _("MIN"),
        _("START"),
    ]
    rows: list[list[str]] = []
    offset = 0
    for number, segment in enumerate(script.segments, start=1):
        rows.append(
            [str(number), segment.title, segment.kind.value, str(segment.minutes), _mmss(offset)]
        )
        offset += segment.minutes * 60
    rows.append(["", _("Total"), "", str(script.total_minutes), ""])
    parts += ["", render_table(headers, rows, right=frozenset({0, 3, 4}))]
    return "\n".join(parts)


def _mmss(seconds: int) -> str:
    """Minutes and seconds as mm:ss; minutes grow past two digits when needed."""
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
