"""Every use of Textual's private API, wrapped in one place.

Textual is pinned exactly (pyproject.toml); tests/tui/test_textual_compat.py
fails, naming this module, when an upgrade breaks one of these.

Bindings: a screen's keys are bound after it is built (`bind_key`), so the
footer speaks the UI language chosen at start-up.

The driver: Textual 8.2.8's Linux driver can hang the process for ever once
the terminal is gone (upstream #6692): its writer thread dies on the first
write that fails with EIO, after which the bounded output queue fills and the
UI thread blocks in `Queue.put` (also in `WriterThread.stop` at exit). And on
a hang-up the kernel sends SIGCONT after SIGHUP, on which the driver starts
application mode again on the dead terminal, with a second writer thread.
`terminal_driver_class` gives the app a driver that cannot do either.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO, cast

from textual.dom import DOMNode
from textual.driver import Driver
from textual.drivers.linux_driver import LinuxDriver

if TYPE_CHECKING:
    from textual.app import App


class TerminalOutput(io.TextIOBase):
    """The driver's output file: once a write fails, the terminal is gone.

    Then `on_gone` is called (once) and all later output is dropped, so the
    writer thread keeps draining its queue and nothing waits on it.
    """

    def __init__(self, file: TextIO, on_gone: Callable[[], object]) -> None:
        super().__init__()
        self._file = file
        self._on_gone = on_gone
        self._gone = False

    @property
    def gone(self) -> bool:
        """True once a write or flush has failed."""
        return self._gone

    def _lost(self) -> None:
        if not self._gone:
            self._gone = True
            self._on_gone()

    def write(self, text: str) -> int:
        """Write `text`, or drop it if the terminal is gone."""
        if not self._gone:
            try:
                self._file.write(text)
            except (OSError, ValueError):  # EIO, EPIPE ...; ValueError: file closed
                self._lost()
        return len(text)

    def flush(self) -> None:
        """Flush, or do nothing if the terminal is gone."""
        if not self._gone:
            try:
                self._file.flush()
            except (OSError, ValueError):
                self._lost()

    def fileno(self) -> int:
        """The terminal's file descriptor."""
        return self._file.fileno()

    def isatty(self) -> bool:
        """Whether the file is a terminal (False once it is gone)."""
        return not self._gone and self._file.isatty()


def terminal_driver_class(base: type[Driver], on_gone: Callable[[], object]) -> type[Driver]:
    """`base` made safe on a terminal that goes away (only the Linux driver needs it)."""
    if not issubclass(base, LinuxDriver):
        return base

    class SafeLinuxDriver(base):  # type: ignore[valid-type,misc]
        _file: TextIO | TerminalOutput

        def __init__(self, app: App[Any], **options: Any) -> None:
            super().__init__(app, **options)
            # Private: the file the writer thread writes to.
            self._file = TerminalOutput(cast(TextIO, self._file), on_gone)

        def _sigcont_application(self, *args: object) -> None:
            # Private: resume only what SIGTSTP (ctrl+z) suspended; the SIGCONT
            # that follows a hang-up must not restart on a dead terminal.
            if self._must_signal_resume:
                super()._sigcont_application(*args)

    return SafeLinuxDriver


def bind_key(
    node: DOMNode,
    keys: str,
    action: str,
    description: str = "",
    *,
    show: bool = True,
    priority: bool = False,
) -> None:
    """Bind `keys` (comma-separated) to `action` on this one `node`, after it was built.

    Class-level BINDINGS are built when the module is imported, before the UI
    language is chosen; binding here, in the node's `__init__`, lets the
    footer show `description` in that language. Textual has no public way to
    bind on a screen (`App.bind` exists for the app only), so this uses the
    node's private bindings map.
    """
    node._bindings.bind(keys, action, description, show=show, priority=priority)
