"""The script library: built-in scripts shipped in the package plus the user's own.

Built-in files are named `NN-<id>.toml` so that the listing follows a mentoring
relationship (first session, regular, goal-setting, feedback, closing). A
built-in script is parsed when it is first asked for: a session's start uses
one of them, and parsing all sixteen took 10-20 ms of every start. A broken
or clashing user file never stops the app: it is left out and the reason kept
in `warnings` (one clean line each: file names come from disk).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from pydantic import JsonValue, ValidationError

from sessiontui.errors import UserError
from sessiontui.i18n import SOURCE_LANGUAGE, _, available_languages, ngettext
from sessiontui.model import Session
from sessiontui.scripts.loader import ScriptError, load_script_file, parse_script
from sessiontui.scripts.schema import Script
from sessiontui.text import one_line

DEFAULT_SCRIPT_ID = "regular"
BUILTIN_SOURCE = "built-in"
_BUILTIN_PACKAGE = "sessiontui.scripts"
_BUILTIN_FOLDER = "builtin"


def default_script_id(language: str) -> str:
    """The id of the regular session script in `language` (a language code)."""
    return DEFAULT_SCRIPT_ID if language == SOURCE_LANGUAGE else f"{DEFAULT_SCRIPT_ID}-{language}"


@dataclass(frozen=True)
class ScriptEntry:
    """A script and where it came from: BUILTIN_SOURCE or the file's path."""

    script: Script
    source: str


class ScriptLibrary:
    """Every script the mentor can start, looked up by id."""

    def __init__(
        self, builtins: dict[str, Traversable], users: list[ScriptEntry], warnings: list[str]
    ) -> None:
        # The built-in files by the id their names give; each parsed once, when asked for.
        self._builtin_files = builtins
        self._builtins: dict[str, Script] = {}
        self._users = users
        self._users_by_id = {entry.script.id: entry.script for entry in users}
        self.warnings = warnings

    @classmethod
    def load(cls, user_dir: Path | None) -> ScriptLibrary:
        """Built-in scripts, then the valid `*.toml` files of `user_dir` (if given)."""
        builtins = _builtin_files()
        users: list[ScriptEntry] = []
        warnings: list[str] = []
        if user_dir is not None:
            taken = {script_id: _("a built-in script") for script_id in builtins}
            users = _load_user_scripts(user_dir, taken, warnings)
        return cls(builtins, users, warnings)

    @property
    def entries(self) -> list[ScriptEntry]:
        """Built-ins first (by language, then in relationship order), then user scripts by id."""
        builtins = [self._builtin(script_id) for script_id in self._builtin_files]
        # Stable sort: within a language the file-name (relationship) order stays.
        order = available_languages()
        builtins.sort(key=lambda script: order.index(script.language))
        return [ScriptEntry(script, BUILTIN_SOURCE) for script in builtins] + self._users

    def _builtin(self, script_id: str) -> Script:
        script = self._builtins.get(script_id)
        if script is None:
            script = self._builtins[script_id] = _parse_builtin(
                script_id, self._builtin_files[script_id]
            )
        return script

    def _find(self, script_id: str) -> Script | None:
        if script_id in self._builtin_files:
            return self._builtin(script_id)
        return self._users_by_id.get(script_id)

    def get(self, script_id: str) -> Script:
        """The script with `script_id`; UserError naming the known ids if there is none."""
        script = self._find(script_id)
        if script is None:
            known = ", ".join(entry.script.id for entry in self.entries)
            raise UserError(
                _("unknown script id '{id}'; known: {known}", id=script_id, known=known)
            )
        return script

    def copy_to_keep(self, script: Script) -> dict[str, JsonValue] | None:
        """What a session keeps of `script` to resume it: None for a built-in script
        (it ships with the app), else the whole script (its file may change or go)."""
        if script.id in self._builtin_files and self._builtin(script.id) == script:
            return None
        copy: dict[str, JsonValue] = script.model_dump(mode="json")
        return copy

    def for_session(self, session: Session) -> Script | None:
        """The script `session` follows: its own copy, else the library's by id; None if gone."""
        if session.script_copy is not None:
            try:
                return Script.model_validate(session.script_copy)
            except ValidationError:
                pass  # e.g. beyond limits a newer version sets: look it up instead
        return self._find(session.script_id)

    def resolve(self, id_or_path: str) -> Script:
        """A script from a file path (ends in .toml, names a folder, or is a file) or an id."""
        path = Path(id_or_path).expanduser()
        looks_like_path = id_or_path.endswith(".toml") or os.sep in id_or_path or "/" in id_or_path
        if looks_like_path or path.is_file():
            return load_script_file(path)
        return self.get(id_or_path)


def _builtin_files() -> dict[str, Traversable]:
    """The script files shipped in the package, in file-name order, by the id their names
    give (`NN-<id>.toml`)."""
    folder = resources.files(_BUILTIN_PACKAGE).joinpath(_BUILTIN_FOLDER)
    files = sorted(
        (item for item in folder.iterdir() if item.name.endswith(".toml")),
        key=lambda item: item.name,
    )
    return {item.name.removesuffix(".toml").split("-", 1)[1]: item for item in files}


def _parse_builtin(script_id: str, file: Traversable) -> Script:
    """The script shipped as `file`; a broken one, or one whose id is not the one its
    file's name gives, is a bug, so it raises."""
    script = parse_script(file.read_text(encoding="utf-8"), f"{BUILTIN_SOURCE}:{file.name}")
    if script.id != script_id:
        raise ValueError(f"{file.name} holds the script {script.id!r}")
    return script


def _load_user_scripts(
    user_dir: Path, taken: dict[str, str], warnings: list[str]
) -> list[ScriptEntry]:
    """Valid user scripts sorted by id; problems are appended to `warnings`."""
    if not user_dir.exists():
        return []  # having no scripts folder is normal
    try:
        # Dot files are editor backups and lock files, not scripts.
        paths = sorted(
            p for p in user_dir.iterdir() if p.suffix == ".toml" and not p.name.startswith(".")
        )
    except OSError as error:
        warnings.append(
            one_line(
                _(
                    "cannot read the scripts folder {path}: {reason}",
                    path=user_dir,
                    reason=error.strerror or error,
                )
            )
        )
        return []
    entries: list[ScriptEntry] = []
    for path in paths:
        try:
            script = load_script_file(path)
        except ScriptError as error:
            warnings.append(_broken_warning(path, error))
            continue
        if script.id in taken:
            warnings.append(
                one_line(
                    _(
                        "script left out: {path}: id '{id}' is already used by {other}",
                        path=path,
                        id=script.id,
                        other=taken[script.id],
                    )
                )
            )
            continue
        taken[script.id] = str(path)
        entries.append(ScriptEntry(script, str(path)))
    return sorted(entries, key=lambda entry: entry.script.id)


def _broken_warning(path: Path, error: ScriptError) -> str:
    first, *rest = error.problems
    if not rest:
        return one_line(_("script left out: {problem}", problem=first))
    return one_line(
        ngettext(
            "script left out: {problem} (and {n} more: sessiontui scripts check {path})",
            "script left out: {problem} (and {n} more: sessiontui scripts check {path})",
            len(rest),
            problem=first,
            path=path,
        )
    )
