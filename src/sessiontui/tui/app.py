"""The Textual app: chooses the screens and owns the way out.

`create_app(launch)` is the one factory used by the CLI and the tests. On
mount the app offers an interrupted draft, or starts the session at once when
the script and mentee are known, or asks on the start screen; what each start
means is the core's (`sessiontui.service.start`). Quitting (and
SIGTERM/SIGHUP) has the session's service keep the draft first, so the
session can be resumed.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Iterable
from pathlib import PurePath
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.screen import Screen

from sessiontui.i18n import _, set_language
from sessiontui.launch import Launch
from sessiontui.scripts.schema import Script
from sessiontui.service import (
    SessionService,
    discard_interrupted,
    finish_interrupted,
    resume_session,
    start_session,
)
from sessiontui.tui.actions import palette_commands
from sessiontui.tui.screens.resume import ResumeChoice, ResumeScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.start import StartChoice, StartScreen
from sessiontui.tui.screens.summary import SummaryScreen
from sessiontui.tui.stylesheets import stylesheets

_EXIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class SessionTuiApp(App[None]):
    """A mentoring session from start (or resume) to summary."""

    # Listed, not globbed: their order is the cascade order (see stylesheets.py).
    CSS_PATH: ClassVar[list[str | PurePath]] = list(stylesheets())
    TITLE = "sessiontui"

    def __init__(self, launch: Launch) -> None:
        set_language(launch.language)
        super().__init__()
        self.launch = launch
        self._service: SessionService | None = None
        self._quit_anyway = False
        self._signals_installed: list[signal.Signals] = []

    # --- start-up ---------------------------------------------------------------

    def on_mount(self) -> None:
        """Show notices, install the exit signals, and choose the first screen."""
        self._install_signal_handlers()
        draft = self.launch.draft
        if draft is not None and draft.finished:
            # Finished, but the app closed before the summary was sent and
            # stored: nothing is left to run, so go straight to sending it.
            self._show_summary(resume_session(self.launch, draft))
        elif draft is not None:
            self.push_screen(ResumeScreen(draft), self._resume_chosen)
        else:
            self._start_fresh()
        # Once the first screen is up, so the notices show on it.
        self.call_after_refresh(self._show_notices, self.launch.notices)

    def _show_notices(self, notices: list[str] | tuple[str, ...]) -> None:
        for notice in notices:
            # Notices carry paths and file names: never parse them as markup.
            self.notify(notice, severity="warning", timeout=10, markup=False)

    def _start_fresh(self) -> None:
        launch = self.launch
        if launch.script is not None and launch.mentee is not None:
            self._start_session(launch.script, launch.mentee)
        else:
            self.push_screen(StartScreen(launch), self._start_chosen)

    def _start_chosen(self, choice: StartChoice | None) -> None:
        if choice is None:
            self.exit()
            return
        self._start_session(choice.script, choice.mentee)

    def _start_session(self, script: Script, mentee: str) -> None:
        self._show_session(start_session(self.launch, script, mentee))

    def _resume_chosen(self, choice: ResumeChoice | None) -> None:
        draft = self.launch.draft
        if draft is None or choice is None:
            return
        if choice is ResumeChoice.RESUME:
            self._show_session(resume_session(self.launch, draft))
        elif choice is ResumeChoice.FINISH:
            self._show_summary(finish_interrupted(self.launch, draft))
        else:
            discard_interrupted(self.launch)
            self._start_fresh()

    def _show_session(self, service: SessionService) -> None:
        self._service = service
        self.push_screen(SessionScreen(self.launch, service))
        self.call_after_refresh(self._show_notices, service.notices)

    def _show_summary(self, service: SessionService) -> None:
        self._service = service
        self.push_screen(SummaryScreen(service))
        self.call_after_refresh(self._show_notices, service.notices)

    def on_session_screen_finished(self, message: SessionScreen.Finished) -> None:
        """Replace the finished session screen with its summary."""
        self.switch_screen(SummaryScreen(message.service))

    # --- palette ------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette: the actions of the screen on top that can run now, then Textual's own."""
        scope = getattr(screen, "SCOPE", None)
        if scope is not None:
            yield from palette_commands(screen, scope)
        yield from super().get_system_commands(screen)

    # --- the way out --------------------------------------------------------------

    async def action_quit(self) -> None:
        """Save the draft (so the session can be resumed), then quit.

        If the draft cannot be saved, say so and quit only on a second press.
        """
        reason = self._save_for_exit()
        if reason is not None and not self._quit_anyway:
            self._quit_anyway = True
            self.notify(
                _(
                    "Cannot save the draft: {reason}. Press Ctrl+Q again to quit anyway.",
                    reason=reason,
                ),
                severity="error",
                timeout=15,
            )
            return
        self.exit()

    def _save_for_exit(self) -> str | None:
        """The session's service keeps the draft; the reason if it could not."""
        return self._service.save_for_exit() if self._service is not None else None

    def _install_signal_handlers(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in _EXIT_SIGNALS:
            try:
                loop.add_signal_handler(sig, self._exit_on_signal)
            except (NotImplementedError, RuntimeError, ValueError):
                continue  # not the main thread, or a platform without these signals
            self._signals_installed.append(sig)

    def _exit_on_signal(self) -> None:
        """The terminal went away (SIGHUP) or we were told to stop: save, then exit."""
        self._save_for_exit()
        self.exit()

    def on_unmount(self) -> None:
        """Give the signals back to their previous handling."""
        loop = asyncio.get_running_loop()
        for sig in self._signals_installed:
            loop.remove_signal_handler(sig)
        self._signals_installed.clear()


def create_app(launch: Launch) -> SessionTuiApp:
    """The app for `launch`: shared by the CLI and the tests."""
    return SessionTuiApp(launch)
