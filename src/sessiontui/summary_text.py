"""The summary's text shapes: plain lines that read well in any mail client.

A section is a heading line over its "- " items (no underline, no boxes);
continuation lines of an item are indented so they stay inside it.
"""

from __future__ import annotations

INDENT = "  "


def indented(text: str) -> str:
    """User text, outer whitespace trimmed, with continuation lines indented (empty lines
    stay empty)."""
    first, *rest = text.strip().split("\n")
    return "\n".join([first, *(INDENT + line if line.strip() else "" for line in rest)])


def list_item(text: str) -> str:
    """One list item."""
    return f"- {indented(text)}"


def section(heading: str, items: list[str]) -> str | None:
    """A heading line over its items, or None when there is nothing to say."""
    if not items:
        return None
    return "\n".join([heading, *items])
