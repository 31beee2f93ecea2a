"""Bodies of `sessiontui scripts list|show|check`: print to streams, return an exit code."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from sessiontui.errors import UserError
from sessiontui.i18n import t
from sessiontui.scripts.library import BUILTIN_SOURCE, ScriptLibrary
from sessiontui.scripts.loader import ScriptError, load_script_file
from sessiontui.scripts.schema import Script
from sessiontui.scripts.table import render_table

EXIT_OK = 0
EXIT_BAD_INPUT = UserError.exit_code


def cmd_list(library: ScriptLibrary, out: TextIO, err: TextIO) -> int:
    """Print every script (id, language, minutes, title, source); warnings go to `err`."""
    headers = [
        t("scripts.col.id"),
        t("scripts.col.language"),
        t("scripts.col.minutes"),
        t("scripts.col.title"),
        t("scripts.col.source"),
    ]
    rows = [
        [
            entry.script.id,
            entry.script.language.value,
            str(entry.script.total_minutes),
            entry.script.title,
            t("scripts.source.builtin") if entry.source == BUILTIN_SOURCE else entry.source,
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
        print(t("error.prefix", message=t("scripts.check.no_paths")), file=err)
        return EXIT_BAD_INPUT
    status = EXIT_OK
    for path in paths:
        try:
            script = load_script_file(Path(path))
        except ScriptError as error:
            _report(error, err)
            status = EXIT_BAD_INPUT
            continue
        ok = t(
            "scripts.check.ok",
            path=path,
            id=script.id,
            segments=len(script.segments),
            minutes=script.total_minutes,
        )
        print(ok, file=out)
    return status


def _report(error: UserError, err: TextIO) -> None:
    """Problem lines already name their file; other errors get the usual prefix."""
    if isinstance(error, ScriptError):
        print(error.message, file=err)
    else:
        print(t("error.prefix", message=error.message), file=err)


def _agenda(script: Script) -> str:
    heading = t("scripts.show.heading", title=script.title, id=script.id)
    meta = t(
        "scripts.show.meta",
        lang=script.language.value,
        segments=len(script.segments),
        minutes=script.total_minutes,
    )
    parts = [heading, meta]
    if script.description.strip():
        parts.append(script.description.strip())
    headers = [
        t("scripts.col.number"),
        t("scripts.col.segment"),
        t("scripts.col.kind"),
        t("scripts.col.minutes"),
        t("scripts.col.start"),
    ]
    rows: list[list[str]] = []
    offset = 0
    for number, segment in enumerate(script.segments, start=1):
        rows.append(
            [str(number), segment.title, segment.kind.value, str(segment.minutes), _mmss(offset)]
        )
        offset += segment.minutes * 60
    rows.append(["", t("scripts.show.total"), "", str(script.total_minutes), ""])
    parts += ["", render_table(headers, rows, right=frozenset({0, 3, 4}))]
    return "\n".join(parts)


def _mmss(seconds: int) -> str:
    """Minutes and seconds as mm:ss; minutes grow past two digits when needed."""
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
