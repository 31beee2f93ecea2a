"""The Textual app: chooses the screens and owns the way out.

`create_app(launch)` is the one factory used by the CLI and the tests. On
mount the app offers an interrupted draft, or starts the session at once when
the script and mentee are known, or asks on the start screen; what each start
means is the core's (`sessiontui.service.start`). Quitting has the session's
service keep the draft first, so the session can be resumed; so does a stop
signal or a terminal that is gone, through the `ShutdownGuard` the CLI
installs, which also bounds how long the exit may take; so does an
unexpected error, which is logged without any session text (`tui/crash.py`)
and never shown. Pasted text is cleaned on its way to the focused field
(`tui/paste.py`). Each screen but the session's is imported when it is first
shown: a start imports only what its first screen needs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.app import SystemCommand
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.driver import Driver
from textual.screen import Screen
from textual.theme import ThemeProvider
from textual.widget import Widget

from sessiontui.config import save_mentor_name
from sessiontui.crashlog import CrashReport
from sessiontui.errors import UserError
from sessiontui.i18n import _, set_language
from sessiontui.launch import Launch
from sessiontui.service import (
    SessionService,
    discard_interrupted,
    finish_interrupted,
    resume_session,
    start_session,
)
from sessiontui.service.lifecycle import Stage
from sessiontui.shutdown import TERMINAL_GONE_STATUS, ShutdownGuard
from sessiontui.store.errors import os_error_reason
from sessiontui.text import clean
from sessiontui.tui.actions import Scope, bind_actions, palette_commands
from sessiontui.tui.crash import record_crash
from sessiontui.tui.paste import paste_text
from sessiontui.tui.screens.session import SessionScreen
from sessiontui.tui.share_mode_app import ShareModeApp
from sessiontui.tui.stylesheets import stylesheets
from sessiontui.tui.textual_compat import (
    name_palette_key,
    terminal_driver_class,
    use_paste_safe_parser,
)
from sessiontui.tui.themes import ThemeChoice

if TYPE_CHECKING:
    from sessiontui.scripts.schema import Script
    from sessiontui.tui.screens.mentee_picker import MenteePick
    from sessiontui.tui.screens.resume import ResumeChoice
    from sessiontui.tui.screens.start import StartChoice

# How long Ctrl+Q waits, per widget, for keys typed before it to be handled (seconds).
QUEUED_KEYS_WAIT = 1.0


class SessionTuiApp(ShareModeApp):
    """A mentoring session from start (or resume) to summary."""

    # Listed, not globbed: their order is the cascade order (see stylesheets.py).
    CSS_PATH: ClassVar[list[str | PurePath]] = list(stylesheets())
    TITLE = "sessiontui"

    def __init__(self, launch: Launch, guard: ShutdownGuard | None = None) -> None:
        set_language(launch.language)
        themes = ThemeChoice(self, launch.theme, launch.share_theme, launch.config_file)
        super().__init__(themes, sharing=launch.share)
        bind_actions(self, Scope.APP)
        name_palette_key(self, _("palette"))
        self.launch = launch
        self._guard = guard
        self._signal_loop: asyncio.AbstractEventLoop | None = None
        self._service: SessionService | None = None
        self._quit_anyway = False
        self._leaving = False
        # Set by the first unexpected error; the CLI reports it once the terminal is back.
        self.crash: CrashReport | None = None
        use_paste_safe_parser()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """The countdown's phase colours (a theme may set its own).

        Chosen to keep their meaning in a 16-colour terminal too, where the
        default theme's warning orange becomes red: green on time, yellow
        nearly over, blue paused; red ($error) is kept for over time.
        """
        return {
            "phase-on-time": "#4ebf71",
            "phase-nearly-over": "#f0c674",
            "phase-paused": "#5f87d7",
        }

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver, made safe on a terminal that goes away."""
        return terminal_driver_class(super().get_driver_class(), self._terminal_gone)

    # --- start-up ---------------------------------------------------------------

    def on_mount(self) -> None:
        """Take part in the way out, show notices, and choose the first screen."""
        self._signal_loop = asyncio.get_running_loop()
        if self._guard is not None:
            self._guard.attach(self._save_for_exit, self._request_exit)
            if self._guard.status is not None:
                # Told to stop before the app was up: nothing new to save, just go.
                self._exit_on_signal(self._guard.status)
                return
        settings = self.launch.config_file
        if settings is not None and not self.launch.mentor:
            from sessiontui.tui.screens.mentor_name import MentorNameScreen  # noqa: PLC0415

            self.push_screen(MentorNameScreen(settings), self._name_given)
        else:
            self._first_screen()

    def _name_given(self, name: str | None) -> None:
        """First run: sign with `name` from now on, keep it in the settings file."""
        if name and self.launch.config_file is not None:
            self.launch.mentor = name
            self._keep_name(self.launch.config_file, name)
        self._first_screen()

    @work(thread=True, exit_on_error=False, group="settings")
    def _keep_name(self, settings: Path, name: str) -> None:
        try:
            save_mentor_name(settings, name)
        except (OSError, UserError) as error:
            reason = error.message if isinstance(error, UserError) else os_error_reason(error)
            self.call_from_thread(
                self.notify,
                _(
                    "Your name could not be kept in the settings file ({reason}); it signs "
                    "this session's summary only.",
                    reason=reason,
                ),
                severity="warning",
                markup=False,
            )

    def _first_screen(self) -> None:
        """Resume, finish or start: the screen the session begins with."""
        draft = self.launch.draft
        if draft is not None and draft.finished:
            # Finished, but the app closed before the summary was sent and
            # stored: nothing is left to run, so go straight to sending it.
            self._show_summary(resume_session(self.launch, draft))
        elif draft is not None:
            from sessiontui.tui.screens.resume import ResumeScreen  # noqa: PLC0415

            self.push_screen(ResumeScreen(draft), self._resume_chosen)
        else:
            self._start_fresh()
        # Once the first screen is up, so the notices show on it.
        self.call_after_refresh(self._show_notices, self.launch.notices)

    def _show_notices(self, notices: list[str] | tuple[str, ...]) -> None:
        if notices:  # One toast (each would replace the one before); never markup: paths.
            text = "\n\n".join(clean(notice) for notice in notices)
            self.notify(text, severity="warning", timeout=10, markup=False)

    def _start_fresh(self) -> None:
        launch = self.launch
        if launch.mentee is None:
            self._pick_mentee()
        elif launch.script is not None:
            self._start_session(launch.mentee, launch.script, launch.mentee_id)
        else:
            from sessiontui.tui.screens.start import StartScreen  # noqa: PLC0415

            self.push_screen(StartScreen(launch), self._start_chosen)

    def _pick_mentee(self) -> None:
        problem = ""
        try:
            mentees = self.launch.archive.mentees()
        except OSError as exc:
            mentees = []
            problem = _(
                "The mentees cannot be read ({reason}); a new name still works.",
                reason=os_error_reason(exc),
            )
        from sessiontui.tui.screens.mentee_picker import MenteePickerScreen  # noqa: PLC0415

        today = lambda: self.launch.wall_clock().date()  # noqa: E731
        picker = MenteePickerScreen(self.launch.archive, today, mentees, problem)
        self.push_screen(picker, self._mentee_picked)

    def _mentee_picked(self, pick: MenteePick | None) -> None:
        launch = self.launch
        if pick is None:
            self.exit()
        elif launch.script is not None:
            self._start_session(pick.name, launch.script, pick.mentee_id, pick.create)
        else:
            from sessiontui.tui.screens.start import StartScreen  # noqa: PLC0415

            self.push_screen(StartScreen(launch, pick), self._start_chosen)

    def _start_chosen(self, choice: StartChoice | None) -> None:
        if choice is None:
            self.exit()
            return
        self._start_session(choice.mentee, choice.script, choice.mentee_id, choice.create)

    def _start_session(
        self, mentee: str, script: Script, mentee_id: str | None, create: bool = False
    ) -> None:
        self._show_session(
            start_session(self.launch, script, mentee, mentee_id=mentee_id, create=create)
        )

    def _resume_chosen(self, choice: ResumeChoice | None) -> None:
        draft = self.launch.draft
        from sessiontui.tui.screens.resume import ResumeChoice  # noqa: PLC0415

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
        self.push_screen(self._summary_screen(service))
        self.call_after_refresh(self._show_notices, service.notices)

    def on_session_screen_finished(self, message: SessionScreen.Finished) -> None:
        """Replace the finished session screen with its summary."""
        self.switch_screen(self._summary_screen(message.service))

    def _summary_screen(self, service: SessionService) -> Screen[None]:
        from sessiontui.tui.screens.summary import SummaryScreen  # noqa: PLC0415

        return SummaryScreen(service)

    # --- palette ------------------------------------------------------------------

    def action_command_palette(self) -> None:
        """The command palette, its search field in the UI language."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(
                CommandPalette(placeholder=_("Search for commands…"), id="--command-palette")
            )

    def search_themes(self) -> None:
        """The theme picker, its search field in the UI language."""
        self.push_screen(
            CommandPalette(providers=[ThemeProvider], placeholder=_("Search for themes…"))
        )

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette: the actions of the screen on top that can run now, then the theme.

        Textual's other system commands are left out: they speak English only, and
        its screenshot would write the screen, private entries and all, to a file.
        """
        scope = getattr(screen, "SCOPE", None)
        if scope is not None:
            yield from palette_commands(screen, scope)
        yield from palette_commands(screen, Scope.APP)
        yield SystemCommand(_("Theme"), _("Change the colours"), self.action_change_theme)

    # --- unexpected errors -----------------------------------------------------------

    def on_unexpected_error(self, error: Exception) -> None:
        """Save the session, then log the error (without its text); the app then closes."""
        if self.crash is None:
            self.crash = record_crash(error, self.launch, self._save_for_crash)

    def _save_for_crash(self) -> bool | None:
        """True if saved, False if saving failed, None if no session needed it."""
        if self._service is None or self._service.stage is Stage.STORED:
            return None
        return self._save_for_exit() is None

    # --- the way out --------------------------------------------------------------

    async def action_quit(self) -> None:
        """Save the draft (so the session can be resumed), then quit.

        If the draft cannot be saved, say so and quit only on a second press.
        """
        await self._let_queued_keys_land()
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

    async def _let_queued_keys_land(self) -> None:
        """Let the focused widget and its ancestors handle what is already queued.

        Ctrl+Q is a priority binding, run as the key arrives; an Enter typed just
        before it may still wait in the focused field's queue, and the entry it
        saves bubbles up to the screen one queue at a time. Each queue, from the
        field up, runs a marker after what it holds, so the draft has the entry.
        Bounded: quitting never waits long on a busy widget.
        """
        node: DOMNode | None = self.focused
        while isinstance(node, Widget):
            landed = asyncio.Event()
            if node.call_later(landed.set):
                try:
                    await asyncio.wait_for(landed.wait(), QUEUED_KEYS_WAIT)
                except TimeoutError:
                    return
            node = node.parent

    def _save_for_exit(self) -> str | None:
        """The session's service keeps the draft; the reason if it could not."""
        return self._service.save_for_exit() if self._service is not None else None

    async def on_event(self, event: events.Event) -> None:
        """Once told to stop, leave before anything else; drop the keys still queued.
        A paste is cleaned on its way to the focused field.

        Keys that arrived together (a burst, a key repeat) can keep the app
        busy for a while; the exit must not wait behind them.
        """
        if isinstance(event, events.InputEvent) and self._stopping():
            return
        if isinstance(event, events.Paste) and not event.is_forwarded:
            # A paste reaches the focused field cleaned, and whole in a one-line field.
            # (TextArea, about 0.5 MiB of modules, is imported by the screens that show one.)
            from textual.widgets import TextArea  # noqa: PLC0415

            multiline = isinstance(self.focused, TextArea)
            event = events.Paste(paste_text(event.text, multiline=multiline))
        await super().on_event(event)

    def _stopping(self) -> bool:
        status = self._guard.status if self._guard is not None else None
        if status is not None:
            # Between two events is a safe point to save: no operation is half done.
            self._exit_on_signal(status)
        return self._leaving

    def _request_exit(self, status: int) -> None:
        """Ask the UI thread to save and exit (from a signal handler or any thread)."""
        if self._signal_loop is not None:
            self._signal_loop.call_soon_threadsafe(self._exit_on_signal, status)

    def _terminal_gone(self) -> None:
        """A write to the terminal failed (called from the driver's writer thread)."""
        if self._guard is not None:
            self._guard.trigger(TERMINAL_GONE_STATUS)
        else:
            self._request_exit(TERMINAL_GONE_STATUS)

    def _exit_on_signal(self, status: int) -> None:
        """The terminal went away or we were told to stop: save, then exit with `status`."""
        if self._leaving:
            return
        self._leaving = True
        if self._guard is not None:
            self._guard.save_once()
        else:
            self._save_for_exit()
        self.exit(return_code=status)


def create_app(launch: Launch, guard: ShutdownGuard | None = None) -> SessionTuiApp:
    """The app for `launch`: shared by the CLI and the tests.

    `guard` (installed by the CLI) is told how to save and exit on a stop
    signal or when the terminal is gone.
    """
    return SessionTuiApp(launch, guard)
