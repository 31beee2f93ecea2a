"""The summary's text shapes: Markdown-friendly list items and setext sections."""

from __future__ import annotations

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
