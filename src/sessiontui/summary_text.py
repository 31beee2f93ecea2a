"""The summary's text shapes: Markdown-friendly list items and setext sections, and the
name of its file."""

from __future__ import annotations

import unicodedata

from sessiontui.model import Session

INDENT = "  "


def indented(text: str) -> str:
    """User text with continuation lines indented (empty lines stay empty)."""
    first, *rest = text.split("\n")
    return "\n".join([first, *(INDENT + line if line else line for line in rest)])


def list_item(text: str) -> str:
    """One Markdown list item."""
    return f"- {indented(text)}"


def section(title: str, lines: list[str]) -> str | None:
    """A setext-headed section, or None when it has nothing to say."""
    if not lines:
        return None
    return "\n".join([title, "-" * len(title), *lines])


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
