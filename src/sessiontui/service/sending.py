"""What sending a summary reports, and what the summary file is called."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sessiontui.model import Session

_SHORT_ID = 8


def _slug(text: str) -> str:
    """Lowercase ASCII words joined by "-" ("José Núñez" -> "jose-nunez")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = "".join(ch if ch.isalnum() else " " for ch in ascii_text.lower()).split()
    return "-".join(words)


def summary_file_stem(session: Session) -> str:
    """`<date>-<mentee>-<short id>`: sorts by date, tells mentees apart, never collides."""
    parts = [session.started_at.date().isoformat(), _slug(session.mentee), session.id[:_SHORT_ID]]
    return "-".join(part for part in parts if part)


@dataclass(frozen=True)
class SendOutcome:
    """What sending did: the delivery line, and more lines to show (where the session
    was stored, what could not be done). Whether it is stored is the service's stage."""

    delivery: str
    lines: tuple[str, ...]
