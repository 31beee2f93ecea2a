"""The delivery chain: system clipboard (verified), else terminal (sent), and always a file."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import pyperclip  # type: ignore[import-untyped]
import pytest

from sessiontui import clipboard
from sessiontui.clipboard import DeliveryMethod, DeliveryReport, DeliveryStep, deliver
from sessiontui.i18n import current_language, set_language

TEXT = "Subject: Sesión con Ana — 2026-11-27\n\nHola, Ana: ¡gracias! 🚀 [bold]x[/bold]\n"


class FakeClipboard:
    """A system clipboard that works, unless told to hand back something else."""

    def __init__(self, read_back: str | None = None) -> None:
        self.content = ""
        self.read_back = read_back

    def copy(self, text: str) -> None:
        self.content = text

    def paste(self) -> str:
        return self.content if self.read_back is None else self.read_back


class FakeTerminal:
    """Records what the TUI would have sent as OSC 52."""

    def __init__(self, error: Exception | None = None) -> None:
        self.sent: list[str] = []
        self.error = error

    def __call__(self, text: str) -> None:
        if self.error:
            raise self.error
        self.sent.append(text)


def _raise(exc: Exception) -> Callable[..., Any]:
    def fail(*_args: object) -> NoReturn:
        raise exc

    return fail


NO_MECHANISM = pyperclip.PyperclipException(
    "Pyperclip could not find a copy/paste mechanism for your system.\nOn Linux, install xclip."
)


def test_working_clipboard_is_copied_and_the_file_saved(tmp_path: Path) -> None:
    board, terminal = FakeClipboard(), FakeTerminal()
    report = deliver(
        TEXT,
        summaries_dir=tmp_path,
        file_stem="2026-11-27-ana",
        terminal_copy=terminal,
        system_copy=board.copy,
        system_paste=board.paste,
    )
    assert board.content == TEXT
    assert report.copied
    assert not report.sent_to_terminal
    assert terminal.sent == []  # OSC 52 only as a fallback
    assert report.saved
    assert report.file_path == tmp_path / "2026-11-27-ana.txt"
    assert [s.method for s in report.steps] == [DeliveryMethod.CLIPBOARD, DeliveryMethod.FILE]
    assert report.message() == f"Copied to the clipboard. Saved to {report.file_path}."


def test_no_clipboard_mechanism_falls_back_to_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")  # a display, but no tool to copy with
    terminal = FakeTerminal()
    report = deliver(
        TEXT,
        summaries_dir=tmp_path,
        file_stem="s",
        terminal_copy=terminal,
        system_copy=_raise(NO_MECHANISM),
        system_paste=lambda: "",
    )
    assert not report.copied
    assert report.sent_to_terminal
    assert terminal.sent == [TEXT]
    assert report.steps[0] == DeliveryStep(
        DeliveryMethod.CLIPBOARD,
        False,
        "no clipboard tool found; install xclip, xsel or wl-clipboard",
    )
    assert report.message() == (
        "No system clipboard (no clipboard tool found; install xclip, xsel or wl-clipboard): "
        "sent to the terminal (OSC 52) — your terminal may or may not accept it. "
        f"Saved to {tmp_path / 's.txt'}."
    )


def test_no_display_is_said_as_such_not_install_a_tool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    report = deliver(
        TEXT,
        summaries_dir=tmp_path,
        file_stem="s",
        terminal_copy=FakeTerminal(),
        system_copy=_raise(NO_MECHANISM),
        system_paste=lambda: "",
    )
    assert report.steps[0].detail == "no display (DISPLAY unset)"
    assert report.message().startswith(
        "No system clipboard (no display (DISPLAY unset)): sent to the terminal (OSC 52)"
    )


def test_a_copy_that_reads_back_different_text_is_not_copied(tmp_path: Path) -> None:
    # xclip without a display, for one, "copies" silently and pastes nothing.
    board, terminal = FakeClipboard(read_back=""), FakeTerminal()
    report = deliver(
        TEXT,
        summaries_dir=tmp_path,
        file_stem="s",
        terminal_copy=terminal,
        system_copy=board.copy,
        system_paste=board.paste,
        read_back_waits=(0, 0),
    )
    assert not report.copied
    assert report.steps[0].detail == "the clipboard gave back different text"
    assert terminal.sent == [TEXT]


def test_a_clipboard_that_takes_a_moment_is_read_back_again(tmp_path: Path) -> None:
    # xclip's own child takes the selection a moment after the copy returns.
    reads = iter(["the old content", "the old content", TEXT])
    report = deliver(
        TEXT,
        summaries_dir=tmp_path,
        file_stem="s",
        terminal_copy=FakeTerminal(),
        system_copy=lambda text: None,
        system_paste=lambda: next(reads),
        read_back_waits=(0, 0, 0),
    )
    assert report.copied
    assert next(reads, "all read") == "all read"


def test_crlf_line_ends_in_the_read_back_still_count_as_copied(tmp_path: Path) -> None:
    board = FakeClipboard(read_back=TEXT.replace("\n", "\r\n"))
    report = deliver(
        TEXT,
        summaries_dir=tmp_path,
        file_stem="s",
        system_copy=board.copy,
        system_paste=board.paste,
    )
    assert report.copied


@pytest.mark.parametrize(
    ("error", "detail"),
    [
        (
            FileNotFoundError(errno.ENOENT, "No such file or directory", "xclip"),
            "No such file or directory: xclip",
        ),
        (pyperclip.PyperclipTimeoutException("timed out\nwaiting for paste"), "timed out"),
        (AssertionError(), "AssertionError"),
    ],
)
def test_any_failure_of_the_mechanism_is_reported_not_raised(
    tmp_path: Path, error: Exception, detail: str
) -> None:
    report = deliver(
        TEXT,
        summaries_dir=tmp_path,
        file_stem="s",
        system_copy=lambda _text: None,
        system_paste=_raise(error),
    )
    assert report.steps[0] == DeliveryStep(DeliveryMethod.CLIPBOARD, False, detail)


def test_without_a_terminal_there_is_no_terminal_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISPLAY", ":0")
    report = deliver(
        TEXT,
        summaries_dir=tmp_path,
        file_stem="s",
        system_copy=_raise(NO_MECHANISM),
        system_paste=lambda: "",
    )
    assert [s.method for s in report.steps] == [DeliveryMethod.CLIPBOARD, DeliveryMethod.FILE]
    assert not report.sent_to_terminal
    assert report.message().startswith("Not copied to the clipboard (no clipboard tool found")
    assert report.message().endswith(f"Saved to {tmp_path / 's.txt'}.")


def test_a_terminal_that_fails_is_not_sent(tmp_path: Path) -> None:
    report = deliver(
        TEXT,
        summaries_dir=tmp_path,
        file_stem="s",
        terminal_copy=FakeTerminal(error=RuntimeError("no app running")),
        system_copy=_raise(NO_MECHANISM),
        system_paste=lambda: "",
    )
    assert not report.sent_to_terminal
    assert report.steps[1] == DeliveryStep(DeliveryMethod.TERMINAL, False, "no app running")
    assert "sent to the terminal" not in report.message()


def test_the_defaults_use_pyperclip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    board = FakeClipboard()
    monkeypatch.setattr(pyperclip, "copy", board.copy)
    monkeypatch.setattr(pyperclip, "paste", board.paste)
    report = deliver(TEXT, summaries_dir=tmp_path, file_stem="s")
    assert report.copied
    assert board.content == TEXT


def _save(text: str, folder: Path, stem: str = "s") -> DeliveryReport:
    """Deliver with a working clipboard: only the file step is under test."""
    board = FakeClipboard()
    return deliver(
        text,
        summaries_dir=folder,
        file_stem=stem,
        system_copy=board.copy,
        system_paste=board.paste,
    )


def test_the_file_is_utf8_with_private_modes(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "summaries"
    old_umask = os.umask(0)
    try:
        report = _save(TEXT, folder)
    finally:
        os.umask(old_umask)
    assert report.file_path is not None
    assert report.file_path.read_bytes() == TEXT.encode("utf-8")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(report.file_path.stat().st_mode) == 0o600


def test_a_loose_existing_folder_is_tightened_with_a_notice(tmp_path: Path) -> None:
    tmp_path.chmod(0o750)
    report = _save(TEXT, tmp_path)
    assert report.saved
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o700
    notice = f"The folder {tmp_path} could be read by others; it is now private (0700)."
    assert report.message().endswith(notice)
    # Already private: nothing to say the next time.
    assert notice not in _save(TEXT, tmp_path).message()


def test_a_summaries_link_is_refused_naming_its_target(tmp_path: Path) -> None:
    elsewhere = tmp_path / "shared-with-everyone"
    elsewhere.mkdir(mode=0o755)
    elsewhere.chmod(0o755)
    link = tmp_path / "summaries"
    link.symlink_to(elsewhere)
    report = _save(TEXT, link)
    assert not report.saved
    assert list(elsewhere.iterdir()) == []
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o755  # not ours to change
    assert (
        f"Could not save the file: {link}: it is a symbolic link (to {elsewhere}); "
        "links are not followed here."
    ) in report.message()


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "s.txt").write_text("earlier summary", encoding="utf-8")
    first = _save("one", tmp_path)
    second = _save("two", tmp_path)
    assert (tmp_path / "s.txt").read_text(encoding="utf-8") == "earlier summary"
    assert first.file_path == tmp_path / "s-2.txt"
    assert second.file_path == tmp_path / "s-3.txt"
    assert first.file_path.read_text(encoding="utf-8") == "one"
    assert second.file_path.read_text(encoding="utf-8") == "two"


def test_a_stem_cannot_leave_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "summaries"
    report = _save(TEXT, folder, "../Ana/../x")
    assert report.file_path is not None
    assert report.file_path.parent == folder
    assert _save(TEXT, folder, "..").file_path == (folder / "summary.txt")


def test_an_unwritable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, so chmod cannot make a folder read-only: fail the open instead.
    def read_only(path: object, *_args: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system", str(path))

    monkeypatch.setattr(os, "open", read_only)
    report = deliver(
        TEXT,
        summaries_dir=tmp_path,
        file_stem="s",
        system_copy=_raise(NO_MECHANISM),
        system_paste=lambda: "",
    )
    assert not report.saved
    assert report.file_path is None
    reason = f"Read-only file system: {tmp_path / 's.txt'}"
    assert report.steps[-1] == DeliveryStep(DeliveryMethod.FILE, False, reason)
    assert report.message().endswith(
        f"Could not save the file: {reason}. Copy the text from the screen."
    )


def test_a_full_disk_leaves_no_empty_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(path: Path, text: str) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(clipboard, "atomic_write_text", disk_full)
    report = _save(TEXT, tmp_path)
    assert not report.saved
    assert list(tmp_path.iterdir()) == []
    # Copied, so there is no need to tell the mentor to copy from the screen.
    assert report.message() == (
        "Copied to the clipboard. Could not save the file: No space left on device."
    )


def test_text_that_could_not_be_encoded_is_saved_cleaned(tmp_path: Path) -> None:
    report = _save("half a surrogate \ud800 and an escape \x1b[2J", tmp_path)
    assert report.saved
    assert report.file_path is not None
    text = report.file_path.read_text(encoding="utf-8")
    assert text == "half a surrogate \ufffd and an escape ␛[2J"


def test_a_folder_that_is_a_file_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "summaries"
    blocker.write_text("not a folder", encoding="utf-8")
    report = _save(TEXT, blocker)
    assert not report.saved
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_the_message_is_translated() -> None:
    report = DeliveryReport(
        steps=(
            DeliveryStep(DeliveryMethod.CLIPBOARD, False, "x"),
            DeliveryStep(DeliveryMethod.TERMINAL, True, "y"),
            DeliveryStep(DeliveryMethod.FILE, True, "/d/s.txt"),
        ),
        file_path=Path("/d/s.txt"),
    )
    before = current_language()
    try:
        set_language("es")
        spanish = report.message()
    finally:
        set_language(before)
    assert spanish == (
        "Sin portapapeles del sistema (x): enviado a la terminal (OSC 52); "
        "puede que tu terminal lo acepte o no. Guardado en /d/s.txt."
    )


def test_the_report_line_never_carries_a_control_code() -> None:
    report = DeliveryReport(
        steps=(
            DeliveryStep(DeliveryMethod.CLIPBOARD, False, "xclip said \x1b[2J"),
            DeliveryStep(DeliveryMethod.FILE, True, "/d/\x1b]0;x\x07.txt"),
        ),
        file_path=Path("/d/\x1b]0;x\x07.txt"),
    )
    assert report.message() == (
        "Not copied to the clipboard (xclip said ␛[2J). Saved to /d/␛]0;x␇.txt."
    )
