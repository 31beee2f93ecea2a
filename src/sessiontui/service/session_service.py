"""SessionService: the one owner of a session's life after it starts.

It keeps the draft (autosave), finishes the session, sends the summary
(clipboard chain + file), stores the session in the history, and decides
what is kept as the draft when the app exits. Screens call it; nothing in a
screen writes a file.

Threads: blocking I/O runs in the UI's workers. The UI thread takes a
snapshot (`pending_save`, `begin_send`), a worker does the writing
(`write_draft`, `send`). One lock guards every stage move and every write of
the draft and the history, so the exit path (`save_for_exit`, from the UI
thread or a shutdown watchdog) and a send in flight can never both write:
whichever comes second sees the stage the first one left.

What only a finished session needs (the summary, the clipboard chain, the
calendar file) is imported when first used: a start does not need it.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sessiontui.clock import TimeSource
from sessiontui.i18n import _
from sessiontui.live import LiveSession
from sessiontui.model import Mentee, Session
from sessiontui.service.autosave import AutosavePolicy, DraftSave
from sessiontui.service.lifecycle import Stage, move
from sessiontui.service.sending import SendOutcome, summary_file_stem
from sessiontui.store import DataDir, DraftStore, SessionArchive
from sessiontui.store.errors import os_error_reason

if TYPE_CHECKING:
    from sessiontui.clipboard import DeliveryReport
    from sessiontui.summary import Summary


class Deliver(Protocol):
    """The delivery chain's signature (`clipboard.deliver`; tests pass their own)."""

    def __call__(
        self,
        text: str,
        *,
        summaries_dir: Path,
        file_stem: str,
        terminal_copy: Callable[[str], None] | None = None,
        written: Path | None = None,
    ) -> DeliveryReport: ...


def _deliver(
    text: str,
    *,
    summaries_dir: Path,
    file_stem: str,
    terminal_copy: Callable[[str], None] | None = None,
    written: Path | None = None,
) -> DeliveryReport:
    """`clipboard.deliver`, imported at the first send."""
    from sessiontui.clipboard import deliver  # noqa: PLC0415 (see the module's docstring)

    return deliver(
        text,
        summaries_dir=summaries_dir,
        file_stem=file_stem,
        terminal_copy=terminal_copy,
        written=written,
    )


class SessionService:
    """A session from its start (or resume) until it is stored in the history.

    Build one with `sessiontui.service.start_session` (or `resume_session`,
    `finish_interrupted`). `stage` is where the session is in its life (see
    `lifecycle`). `notices` are one-line messages for the mentor, to show once.
    """

    def __init__(
        self,
        live: LiveSession,
        *,
        data_dir: DataDir,
        drafts: DraftStore,
        archive: SessionArchive,
        time_source: TimeSource,
        stage: Stage = Stage.RUNNING,
        saved: bool = False,
        deliver: Deliver = _deliver,
        notices: tuple[str, ...] = (),
        mentor: str = "",
        mentee_email: str = "",
    ) -> None:
        """`saved`: the draft on disk already holds this session as it is (a resume).
        `mentor` signs the summary; `mentee_email` is where "Open in mail app" sends it."""
        self._live = live
        self._data_dir = data_dir
        self._drafts = drafts
        self._archive = archive
        self._deliver = deliver
        self.notices = notices
        self.mentee_email = mentee_email
        self._mentor = mentor
        self._stage = stage
        # One lock for every stage move and every write of the draft and the history.
        self._lock = threading.Lock()
        on_disk = live.revision if saved else None
        self._autosave = AutosavePolicy(time_source, saved_revision=on_disk)
        self._tickets = itertools.count(1)
        self._written_ticket = 0
        self._exited = False
        # The finished session, once there is one (a resumed finished draft: at once).
        self._record: Session | None = live.session if stage is not Stage.RUNNING else None
        self._rendered: Summary | None = None
        self._edited: str | None = None
        # The summary file written for a text, so that a retry does not write another.
        self._summary_file: tuple[str, Path] | None = None
        # The summary file the next session's .ics was written beside, and what it said.
        self._calendar: tuple[Path, str | None] | None = None

    @property
    def live(self) -> LiveSession:
        """The running session: every mentor operation goes through it."""
        return self._live

    @property
    def stage(self) -> Stage:
        """Where the session is in its life."""
        return self._stage

    @property
    def session(self) -> Session:
        """The session: the live one while running, else the finished record."""
        return self._record if self._record is not None else self._live.session

    # --- the draft ---------------------------------------------------------------

    def pending_save(self) -> DraftSave | None:
        """On the UI thread: a snapshot to write with `write_draft` when a save is due.

        Due at once after a change (or a failed save), at most every
        `autosave.CLOCK_SAVE_INTERVAL` seconds while only the timer runs, never
        when nothing changed; never once the session is being sent or stored,
        or after the exit save.
        """
        stage = self._stage
        if self._exited or stage not in (Stage.RUNNING, Stage.FINISHED):
            return None
        running = stage is Stage.RUNNING and self._live.clock.running
        if not self._autosave.claim(self._live.revision, clock_running=running):
            return None
        snapshot = self._live.snapshot() if stage is Stage.RUNNING else self._finished_copy()
        return DraftSave(snapshot, next(self._tickets), stage)

    def write_draft(self, save: DraftSave) -> bool:
        """Blocking (run it in a worker): write `save` as the draft.

        Skipped (False) when a newer snapshot was written already, when the
        session has moved on to another stage, or after the exit save. Raises
        OSError on disk trouble; the next `pending_save` then retries.
        """
        with self._lock:
            if self._exited or save.stage is not self._stage or save.ticket <= self._written_ticket:
                return False
            try:
                self._drafts.save(save.session)
            except OSError:
                self._autosave.failed()
                raise
            self._written_ticket = save.ticket
            return True

    # --- finish ------------------------------------------------------------------

    def finish(self) -> Session:
        """Stop the clock and stamp the end: running -> finished.

        The finished session is then due as the draft (`pending_save`), so the
        next start reopens its summary until it is stored.
        """
        with self._lock:
            self._stage = move(self._stage, Stage.FINISHED)
            self._record = self._live.finish()
        return self._record

    def _finished(self) -> Session:
        if self._record is None:
            raise RuntimeError("the session is not finished")
        return self._record

    def _finished_copy(self) -> Session:
        return self._finished().model_copy(deep=True)

    # --- the summary -------------------------------------------------------------

    def _summary(self) -> Summary:
        """The email as rendered from the finished session (rendered once)."""
        if self._rendered is None:
            from sessiontui.summary import render_summary  # noqa: PLC0415 (see the docstring)

            self._rendered = render_summary(self._finished(), mentor=self._mentor)
        return self._rendered

    @property
    def summary_subject(self) -> str:
        """The email's subject (apart from the text: the clipboard gets the text)."""
        return self._summary().subject

    @property
    def summary_text(self) -> str:
        """The email's text as it will be delivered: as the mentor edited it, else as rendered."""
        if self._edited is not None:
            return self._edited
        record = self._finished()
        if record.summary_text is not None:
            return record.summary_text
        return self._summary().body

    def copy_subject(self, terminal_copy: Callable[[str], None] | None = None) -> DeliveryReport:
        """Blocking (run it in a worker): put the subject on the clipboard (no file)."""
        from sessiontui.clipboard import copy_text  # noqa: PLC0415 (see the module's docstring)

        return copy_text(self.summary_subject, terminal_copy=terminal_copy)

    def edit_summary(self, text: str) -> None:
        """The mentor changed the summary's text (on the UI thread, as they type)."""
        self._edited = text

    def begin_send(self) -> str | None:
        """On the UI thread: finished -> sending; the text to hand to `send`.

        None when there is nothing to send now (sending already, or stored).
        """
        with self._lock:
            if self._stage is not Stage.FINISHED:
                return None
            self._stage = move(self._stage, Stage.SENDING)
            return self.summary_text

    def send(self, text: str, terminal_copy: Callable[[str], None] | None = None) -> SendOutcome:
        """Blocking (run it in a worker): deliver `text`, then store the session with it.

        sending -> stored, and the draft goes; or, when the history cannot be
        written, back to finished with the finished session (and `text`) kept
        as the draft. An unexpected error also goes back to finished, then
        propagates. `terminal_copy` is the UI's OSC 52 sender.
        """
        try:
            report = self._deliver_once(text, terminal_copy)
            with self._lock:
                return self._store(text, report)
        except BaseException:
            with self._lock:
                if self._stage is Stage.SENDING:
                    self._stage = move(self._stage, Stage.FINISHED)
            raise

    def _deliver_once(
        self, text: str, terminal_copy: Callable[[str], None] | None
    ) -> DeliveryReport:
        """Clipboard chain and file; a retry of the same text reuses the file already written."""
        earlier = self._summary_file
        report = self._deliver(
            text,
            summaries_dir=self._data_dir.summaries_dir,
            file_stem=summary_file_stem(self._finished()),
            terminal_copy=terminal_copy,
            written=earlier[1] if earlier is not None and earlier[0] == text else None,
        )
        if report.file_path is not None:
            self._summary_file = (text, report.file_path)
            if self._calendar is None or self._calendar[0] != report.file_path:
                # Next to the summary file, once per file: a retry writes no second one.
                from sessiontui.relationship.calendar import calendar_line  # noqa: PLC0415

                line = calendar_line(
                    self._finished(), report.file_path, self._data_dir.wall_clock()
                )
                self._calendar = (report.file_path, line)
        return report

    def _store(self, text: str, report: DeliveryReport) -> SendOutcome:
        """Under the lock: store the session in the history, then drop the draft."""
        record = self._finished()
        record.summary_text = text
        try:
            self._archive_session(record)
        except OSError as exc:
            self._stage = move(self._stage, Stage.FINISHED)
            failed = _(
                "Could not store the session in the history: {reason}. It is kept as an "
                "interrupted session; copy the text by hand if needed and press Ctrl+S to try "
                "again.",
                reason=os_error_reason(exc),
            )
            # The finished session (with the text as sent) becomes the draft, so the
            # next start reopens this summary even if the app is closed now.
            kept = (*self._calendar_lines(), failed, self._keep(record))
            return SendOutcome(report.message(), kept)
        self._stage = move(self._stage, Stage.STORED)
        lines = [*self._calendar_lines()]
        lines.append(_("Session stored in the history ({path}).", path=self._archive.layout.root))
        lines += self._archive.take_notices()
        try:
            self._drafts.discard()
        except OSError as exc:
            lines.append(
                _(
                    "The draft could not be removed ({reason}); the next start will offer this "
                    "session again.",
                    reason=os_error_reason(exc),
                )
            )
        return SendOutcome(report.message(), tuple(lines))

    def _calendar_lines(self) -> list[str]:
        """What writing the next session's .ics said, if there was anything to say."""
        line = self._calendar[1] if self._calendar is not None else None
        return [line] if line is not None else []

    def update_mentee(self, mentee: Mentee) -> None:
        """Store the session's mentee as edited (their record and the index, at once: the
        mentee is not part of the session); the session greets the new name, and
        "Open in mail app" writes to the new address. Raises OSError."""
        with self._lock:
            self._archive.update_mentee(mentee)
        self._live.rename_mentee(mentee.name)
        self.mentee_email = mentee.email

    def _archive_session(self, record: Session) -> None:
        """The one place a finished session enters the history (once, at send)."""
        self._archive.add(record)

    def _keep(self, record: Session) -> str:
        """Save the finished, not yet stored session as the draft; a line saying how it went."""
        try:
            self._drafts.save(record)
        except OSError as exc:
            return _(
                "The session could not be kept either ({reason}): copy the text now.",
                reason=os_error_reason(exc),
            )
        return _("The finished session is kept: the next start reopens this summary.")

    # --- the way out -------------------------------------------------------------

    def save_for_exit(self) -> str | None:
        """Keep the session as the draft before the app exits; the reason if that failed.

        Running: a fresh snapshot (resumed next time). Finished or sending: the
        finished session with the summary's text as it stands, so the next
        start reopens it; a send in flight then stores the session and drops
        this draft, or keeps it, under the same lock. Stored: nothing to keep.
        After a successful exit save no autosave writes again. Safe from any
        thread.
        """
        with self._lock:
            if self._exited or self._stage is Stage.STORED:
                return None
            if self._stage is Stage.RUNNING:
                keep = self._live.snapshot()
            else:
                keep = self._finished_copy()
                keep.summary_text = self.summary_text
            try:
                self._drafts.save(keep)
            except OSError as exc:
                return os_error_reason(exc)
            self._exited = True
            return None
