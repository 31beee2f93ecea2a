"""The Textual app: decides which screen comes first and owns the way out.

`create_app(launch)` is the one factory used by the CLI and the tests. On
mount the app offers an interrupted draft, or starts the session at once when
the script and mentee are known, or asks on the start screen. Quitting (and
SIGTERM/SIGHUP) saves the draft first, so the session can be resumed; so
does an unexpected error, which is logged without any session text
(`tui/crash.py`) and never shown. Pasted text is cleaned on its way to the
focused field (`tui/paste.py`).
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Iterable
from pathlib import PurePath
from typing import ClassVar

from textual import events
from textual.app import SystemCommand
from textual.screen import Screen
from textual.widgets import TextArea

from sessiontui.crashlog import CrashReport
from sessiontui.i18n import _, set_language
from sessiontui.launch import Launch
from sessiontui.live import LiveSession, session_from_script
from sessiontui.model import Session
from sessiontui.scripts.schema import Script
from sessiontui.store.errors import os_error_reason
from sessiontui.text import clean
from sessiontui.tui.commands import session_system_commands
from sessiontui.tui.crash import record_crash
from sessiontui.tui.paste import paste_text
from sessiontui.tui.screens.resume import ResumeChoice, ResumeScreen
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.screens.start import StartChoice, StartScreen
from sessiontui.tui.screens.summary import SummaryScreen
from sessiontui.tui.stylesheets import stylesheets
from sessiontui.tui.textual_compat import QuietCrashApp, use_paste_safe_parser

_EXIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


class SessionTuiApp(QuietCrashApp[None]):
    """A mentoring session from start (or resume) to summary."""

    # Listed, not globbed: their order is the cascade order (see stylesheets.py).
    CSS_PATH: ClassVar[list[str | PurePath]] = list(stylesheets())
    TITLE = "sessiontui"

    def __init__(self, launch: Launch) -> None:
        set_language(launch.language)
        super().__init__()
        self.launch = launch
        self._session_screen: SessionScreen | None = None
        self._quit_anyway = False
        self._signals_installed: list[signal.Signals] = []
        # Set by the first unexpected error; the CLI reports it once the terminal is back.
        self.crash: CrashReport | None = None
        use_paste_safe_parser()

    # --- start-up ---------------------------------------------------------------

    def on_mount(self) -> None:
        """Show notices, install the exit signals, and choose the first screen."""
        self._install_signal_handlers()
        draft = self.launch.draft
        if draft is not None and draft.finished:
            # Finished, but the app closed before the summary was sent and
            # stored: nothing is left to run, so go straight to sending it.
            self._show_summary(draft)
            self.launch.notices.insert(
                0, _("The last session was finished but its summary was not sent yet: here it is.")
            )
        elif draft is not None:
            self.push_screen(ResumeScreen(draft), self._resume_chosen)
        else:
            self._start_fresh()
        # Once the first screen is up, so the notices show on it.
        self.call_after_refresh(self._show_notices)

    def _show_notices(self) -> None:
        for notice in self.launch.notices:
            # Notices carry paths and file names: never parse them as markup.
            self.notify(clean(notice), severity="warning", timeout=10, markup=False)

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
        session = session_from_script(script, mentee, started_at=self.launch.wall_clock())
        session.script_copy = self.launch.library.copy_to_keep(script)
        live = self._live(session)
        live.start()
        self._show_session(live, script)

    def _resume_chosen(self, choice: ResumeChoice | None) -> None:
        draft = self.launch.draft
        if draft is None or choice is None:
            return
        if choice is ResumeChoice.RESUME:
            # The clock comes back paused: the interruption shows as a pause.
            self._show_session(self._live(draft), self._script_for(draft))
        elif choice is ResumeChoice.FINISH:
            finished = self._live(draft).finish()
            try:
                self.launch.drafts.save(finished)
            except OSError as exc:
                self.notify(
                    _(
                        "Cannot save the draft: {reason}. Your session is kept in memory; "
                        "retrying.",
                        reason=os_error_reason(exc),
                    ),
                    severity="error",
                )
            self._show_summary(finished)
        else:
            self.launch.drafts.discard()
            self._start_fresh()

    def _live(self, session: Session) -> LiveSession:
        return LiveSession(
            session, time_source=self.launch.time_source, wall_clock=self.launch.wall_clock
        )

    def _script_for(self, session: Session) -> Script | None:
        """The script a resumed session follows: its copy, or the installed one."""
        script = self.launch.library.for_session(session)
        if script is None:
            self.notify(
                _(
                    "Script '{id}' is no longer installed: no guidance or segment prompts.",
                    id=session.script_id,
                ),
                severity="warning",
                markup=False,
            )
        return script

    def _show_session(self, live: LiveSession, script: Script | None) -> None:
        self._session_screen = SessionScreen(self.launch, live, script)
        self.push_screen(self._session_screen)

    def _show_summary(self, session: Session) -> None:
        self.push_screen(SummaryScreen(self.launch, session))

    def on_session_screen_finished(self, message: SessionScreen.Finished) -> None:
        """Replace the finished session screen with its summary."""
        self._session_screen = None
        self.switch_screen(SummaryScreen(self.launch, message.session))

    # --- palette ------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The session's commands (when it is on screen), then Textual's own."""
        if isinstance(screen, SessionScreen):
            yield from session_system_commands(screen.run_action)
        yield from super().get_system_commands(screen)

    # --- input and errors ----------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        """A paste reaches the focused field cleaned, and whole in a one-line field."""
        if isinstance(event, events.Paste) and not event.is_forwarded:
            multiline = isinstance(self.focused, TextArea)
            event = events.Paste(paste_text(event.text, multiline=multiline))
        await super().on_event(event)

    def on_unexpected_error(self, error: Exception) -> None:
        """Save the session, then log the error (without its text); the app then closes."""
        if self.crash is None:
            self.crash = record_crash(error, self.launch, self._save_for_crash)

    def _save_for_crash(self) -> bool | None:
        """True if saved, False if saving failed, None if no session needed it."""
        if self._session_screen is None:
            screen = self.screen
            if not isinstance(screen, SummaryScreen) or screen.stored:
                return None
        return self._save_for_exit() is None

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
        if self._session_screen is not None:
            return self._session_screen.save_for_exit()
        if isinstance(self.screen, SummaryScreen):
            return self.screen.save_for_exit()
        return None

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
