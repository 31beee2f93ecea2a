"""What the CLI hands to the app: everything resolved, nothing left to guess.

The CLI (and the tests) build a `Launch`; the TUI only reads it. Keeping this
free of Textual lets the CLI validate input and fail cleanly before any
terminal set-up happens.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from sessiontui.clock import TimeSource, WallClock, local_now
from sessiontui.i18n import SOURCE_LANGUAGE
from sessiontui.model import Session
from sessiontui.scripts.library import ScriptLibrary
from sessiontui.scripts.schema import Script
from sessiontui.store import DataDir, DraftStore, SessionArchive
from sessiontui.themes import DEFAULT_THEME


@dataclass
class Launch:
    """A resolved start-up: data location, scripts, and what to start with.

    `script` and `mentee` are set when given on the command line; when both
    are set the session starts at once, otherwise the start screen asks.
    `mentee_id` is the stored mentee `mentee` was resolved to (None for a
    name not stored yet).
    `draft` is an interrupted session found at start (offer to resume it).
    `notices` are one-line messages to show once the app is up (a file moved
    aside, a broken user script left out). `mentor` signs the summaries; when
    it is empty and `config_file` is set, the app asks for it once and keeps
    it there. `rehearsal` marks a `--demo` run (throwaway folder, invented
    mentee): the screens say so. `share` starts in share mode (`--share`):
    nothing private shows from the first frame. `theme` names the colours
    (`sessiontui.themes`); `share_theme`, when set, is the theme share mode
    switches to while it is on. `crash_dir` is where a crash log goes (None:
    the data folder); a rehearsal's is outside its throwaway folder, which is
    removed at exit.
    """

    data_dir: DataDir
    library: ScriptLibrary
    drafts: DraftStore
    archive: SessionArchive
    language: str = SOURCE_LANGUAGE
    script: Script | None = None
    mentee: str | None = None
    mentee_id: str | None = None
    draft: Session | None = None
    notices: list[str] = field(default_factory=list)
    bell: bool = True
    mentor: str = ""
    config_file: Path | None = None
    rehearsal: bool = False
    share: bool = False
    theme: str = DEFAULT_THEME
    share_theme: str | None = None
    crash_dir: Path | None = None
    time_source: TimeSource = time.monotonic
    wall_clock: WallClock = local_now
