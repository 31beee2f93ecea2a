"""Hand the summary to the system's mail app through a `mailto:` link.

The link carries the subject, the body and, when known, the mentee's
address (RFC 6068: UTF-8, percent-encoded, CRLF line ends). It is opened
with the platform's opener (`open` on macOS, `xdg-open` elsewhere), never
with a browser module that might start a text browser inside our own
terminal. The outcome says truthfully what happened: no opener, an opener
that failed, or the link handed over (whether a mail app then shows it is
the desktop's business; we cannot see it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from urllib.parse import quote

from sessiontui.i18n import _

# How long to wait for the opener's answer: it normally returns at once, but
# some hand over to a program and wait for it.
OPENER_TIMEOUT = 10.0


def mailto_url(subject: str, body: str, to: str = "") -> str:
    """The `mailto:` link for an email (any text, percent-encoded as UTF-8)."""

    def encode(text: str) -> str:
        return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")

    address = quote(to.strip(), safe="@")
    return f"mailto:{address}?subject={encode(subject)}&body={encode(body)}"


@dataclass(frozen=True)
class MailOutcome:
    """Whether the link was handed to a mail app, and a line saying so."""

    handed_over: bool
    message: str


def opener_command(platform: str = sys.platform) -> str:
    """The program that opens a link with the user's chosen app on `platform`."""
    return "open" if platform == "darwin" else "xdg-open"


def open_in_mail_app(url: str, *, platform: str = sys.platform) -> MailOutcome:
    """Blocking (run it in a worker): open `url` with the platform's opener."""
    command = opener_command(platform)
    program = shutil.which(command)
    if program is None:
        return MailOutcome(
            False,
            _(
                "No mail app can be opened from here ({command} is not available): "
                "copy the subject and the text instead.",
                command=command,
            ),
        )
    try:
        # Its own session: a signal meant for us never reaches it, nor it our terminal.
        opener = subprocess.Popen(
            [program, url],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as exc:
        return MailOutcome(
            False, _("Could not run {command}: {reason}.", command=command, reason=exc.strerror)
        )
    try:
        status = opener.wait(timeout=OPENER_TIMEOUT)
    except subprocess.TimeoutExpired:
        # Left running: it may be the one starting the mail app.
        return MailOutcome(
            True, _("Handed to {command}; no answer yet. Look for your mail app.", command=command)
        )
    if status != 0:
        return MailOutcome(
            False,
            _(
                "{command} could not open a mail app (exit status {status}): is one set up "
                "for mailto: links? Copy the subject and the text instead.",
                command=command,
                status=status,
            ),
        )
    return MailOutcome(True, _("Handed to your mail app: check its window."))
