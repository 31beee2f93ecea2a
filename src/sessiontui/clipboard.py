"""Delivery of the summary: system clipboard, else the terminal (OSC 52), and always a file.

Each step reports what really happened. The system clipboard counts as
"copied" only when reading it back gives the same text (xclip without a
display, for one, fails silently). OSC 52 cannot be verified, so the terminal
step is "sent", never "copied". The file is always written, never over an
existing one, and a failure there is reported, not raised. A retry of the same
text names the file written the first time instead of writing a second one.
The text is cleaned of control codes first (it may have been edited or pasted
into), so neither the clipboard, the terminal nor the file ever gets one.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sessiontui.i18n import _
from sessiontui.store.atomic import atomic_write_text
from sessiontui.store.errors import StoreRefusal
from sessiontui.store.files import create_private_file, ensure_private_dir, read_regular_file
from sessiontui.text import clean

_FALLBACK_STEM = "summary"
# xclip hands the text to a child process of its own that then takes the
# selection: a read-back at once can still get the old content. Seconds to
# wait before reading back again (a second in all), before saying it failed.
READ_BACK_WAITS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.4)


class DeliveryMethod(StrEnum):
    """Where the summary went."""

    CLIPBOARD = "clipboard"
    TERMINAL = "terminal"
    FILE = "file"


@dataclass(frozen=True)
class DeliveryStep:
    """One attempt: the method, whether it worked, and why (or where)."""

    method: DeliveryMethod
    ok: bool
    detail: str


@dataclass(frozen=True)
class DeliveryReport:
    """The attempts in order, the file written (None if saving failed), and notices."""

    steps: tuple[DeliveryStep, ...]
    file_path: Path | None
    notices: tuple[str, ...] = ()

    def _step(self, method: DeliveryMethod) -> DeliveryStep | None:
        return next((step for step in self.steps if step.method is method), None)

    def _ok(self, method: DeliveryMethod) -> bool:
        step = self._step(method)
        return step is not None and step.ok

    @property
    def copied(self) -> bool:
        """The system clipboard holds the text (verified by reading it back)."""
        return self._ok(DeliveryMethod.CLIPBOARD)

    @property
    def sent_to_terminal(self) -> bool:
        """The text was sent to the terminal as OSC 52 (acceptance unknown)."""
        return self._ok(DeliveryMethod.TERMINAL)

    @property
    def clipboard_reason(self) -> str:
        """Why the system clipboard step failed (or how it worked)."""
        clipboard = self._step(DeliveryMethod.CLIPBOARD)
        return clipboard.detail if clipboard is not None else ""

    @property
    def saved(self) -> bool:
        """The text was written to `file_path`."""
        return self._ok(DeliveryMethod.FILE) and self.file_path is not None

    def message(self) -> str:
        """One translated, truthful line saying what worked and what did not."""
        parts: list[str] = []
        reason = self.clipboard_reason
        if self.copied:
            parts.append(_("Copied to the clipboard."))
        elif self.sent_to_terminal:
            parts.append(
                _(
                    "No system clipboard ({reason}): sent to the terminal (OSC 52) — your "
                    "terminal may or may not accept it.",
                    reason=reason,
                )
            )
        else:
            parts.append(_("Not copied to the clipboard ({reason}).", reason=reason))
        file_step = self._step(DeliveryMethod.FILE)
        if self.saved:
            parts.append(_("Saved to {path}.", path=self.file_path))
        else:
            parts.append(
                _(
                    "Could not save the file: {reason}.",
                    reason=file_step.detail if file_step else "",
                )
            )
            if not self.copied:
                parts.append(_("Copy the text from the screen."))
        # Paths and tool messages come from outside: the line is cleaned.
        return clean(" ".join([*parts, *self.notices]))


def _pyperclip() -> Any:
    """pyperclip, imported at the first copy: it loads ctypes and a session's start
    copies nothing."""
    import pyperclip  # type: ignore[import-untyped]  # noqa: PLC0415 (no stubs shipped)

    return pyperclip


def _no_mechanism_reason() -> str:
    """Why pyperclip found no clipboard: no display to copy to, or no tool to copy with.

    On X11 and Wayland systems pyperclip looks for a tool only when DISPLAY or
    WAYLAND_DISPLAY is set (e.g. not over SSH): installing one would not help.
    """
    on_a_display_system = sys.platform != "darwin" and os.name == "posix"
    if on_a_display_system and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return _("no display (DISPLAY unset)")
    return _("no clipboard tool found; install xclip, xsel or wl-clipboard")


def _reason(exc: BaseException) -> str:
    """A one-line reason for a failed step."""
    if isinstance(exc, StoreRefusal):
        return f"{exc.path}: {exc.reason}"
    if isinstance(exc, _pyperclip().PyperclipException) and "copy/paste mechanism" in str(exc):
        return _no_mechanism_reason()
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    first_line = str(exc).strip().splitlines()[:1]
    return first_line[0] if first_line else type(exc).__name__


def _same_text(a: str, b: str) -> bool:
    # Some clipboards hand text back with CRLF line ends; that is still a copy.
    return a.replace("\r\n", "\n") == b.replace("\r\n", "\n")


def _system_step(
    text: str, copy: Callable[[str], None], paste: Callable[[], str], waits: Sequence[float]
) -> DeliveryStep:
    """Copy, then read back: only a matching read-back counts as copied."""
    try:
        copy(text)
        pasted = paste()
        for wait in waits:
            if _same_text(pasted, text):
                break
            time.sleep(wait)
            pasted = paste()
    except Exception as exc:  # any mechanism failure is a "no", never a crash
        return DeliveryStep(DeliveryMethod.CLIPBOARD, False, _reason(exc))
    if not _same_text(pasted, text):
        return DeliveryStep(
            DeliveryMethod.CLIPBOARD, False, _("the clipboard gave back different text")
        )
    return DeliveryStep(DeliveryMethod.CLIPBOARD, True, _("copied and read back"))


def _terminal_step(text: str, terminal_copy: Callable[[str], None]) -> DeliveryStep:
    """Hand the text to the terminal (OSC 52): sent, not known to be copied."""
    try:
        terminal_copy(text)
    except Exception as exc:  # a failed fallback is reported, not raised
        return DeliveryStep(DeliveryMethod.TERMINAL, False, _reason(exc))
    return DeliveryStep(DeliveryMethod.TERMINAL, True, _("sent as OSC 52"))


def _safe_stem(stem: str) -> str:
    """A file stem that stays inside the folder: no separators, no leading dot."""
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in stem).lstrip(".")
    return cleaned or _FALLBACK_STEM


def write_new_file(text: str, folder: Path, stem: str, suffix: str = ".txt") -> Path:
    """Write `text` to `<stem><suffix>`, or `<stem>-2<suffix>`, ... never over an existing file.

    The name is claimed with O_EXCL first, then filled atomically, so a crash
    never leaves a half-written summary and a race never overwrites one.
    """
    for n in itertools.count(1):
        path = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        try:
            fd = create_private_file(path)
        except FileExistsError:
            continue
        os.close(fd)
        try:
            atomic_write_text(path, text)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path
    raise AssertionError("unreachable: itertools.count never ends")


def _holds(path: Path, text: str) -> bool:
    """True when `path` is still a regular file holding exactly `text`."""
    try:
        expected = text.encode("utf-8")
        return read_regular_file(path, len(expected)) == expected
    except (OSError, ValueError):  # ValueError: text that cannot be UTF-8 encoded
        return False


def _file_step(
    text: str, folder: Path, stem: str, notices: list[str], written: Path | None
) -> tuple[DeliveryStep, Path | None]:
    """Write the file into `folder`, made private first: created 0700, a loose one
    tightened (with a notice), a link in its place refused (with the target named).

    `written` is a file an earlier attempt wrote: if it still holds `text`, it is
    the file, and nothing is written again."""
    if written is not None and _holds(written, text):
        return DeliveryStep(DeliveryMethod.FILE, True, str(written)), written
    try:
        if ensure_private_dir(folder, follow_symlinks=False, parents=True):
            notices.append(
                _(
                    "The folder {path} could be read by others; it is now private (0700).",
                    path=folder,
                )
            )
        path = write_new_file(text, folder, _safe_stem(stem))
    except OSError as exc:
        return DeliveryStep(DeliveryMethod.FILE, False, _reason(exc)), None
    return DeliveryStep(DeliveryMethod.FILE, True, str(path)), path


def copy_text(
    text: str,
    *,
    terminal_copy: Callable[[str], None] | None = None,
    system_copy: Callable[[str], None] | None = None,
    system_paste: Callable[[], str] | None = None,
    read_back_waits: Sequence[float] = READ_BACK_WAITS,
) -> DeliveryReport:
    """Copy `text` (e.g. the email's subject): system clipboard, else `terminal_copy`.

    No file: the report's `file_path` is None. Never raises.
    """
    text = clean(text)
    copy, paste = system_copy or _pyperclip().copy, system_paste or _pyperclip().paste
    steps = [_system_step(text, copy, paste, read_back_waits)]
    if not steps[0].ok and terminal_copy is not None:
        steps.append(_terminal_step(text, terminal_copy))
    return DeliveryReport(steps=tuple(steps), file_path=None)


def deliver(
    text: str,
    *,
    summaries_dir: Path,
    file_stem: str,
    terminal_copy: Callable[[str], None] | None = None,
    system_copy: Callable[[str], None] | None = None,
    system_paste: Callable[[], str] | None = None,
    written: Path | None = None,
    read_back_waits: Sequence[float] = READ_BACK_WAITS,
) -> DeliveryReport:
    """Deliver `text`: system clipboard, else `terminal_copy`, and always a file.

    `system_copy` / `system_paste` default to pyperclip; `terminal_copy` is the
    TUI's OSC 52 sender and is used only when the system clipboard failed.
    A read-back that differs is tried again after each of `read_back_waits`.
    `written` is the file an earlier delivery of the same text wrote (a retry):
    it is reused while it still holds the text, so a retry never leaves a
    second copy (`...-2.txt`). Never raises: every failure is a step with
    ok=False and a reason.
    """
    text = clean(text)
    copied = copy_text(
        text,
        terminal_copy=terminal_copy,
        system_copy=system_copy,
        system_paste=system_paste,
        read_back_waits=read_back_waits,
    )
    steps = list(copied.steps)
    notices: list[str] = []
    file_step, path = _file_step(text, summaries_dir, file_stem, notices, written)
    steps.append(file_step)
    return DeliveryReport(steps=tuple(steps), file_path=path, notices=tuple(notices))
