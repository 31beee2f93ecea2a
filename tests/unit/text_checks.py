"""What the sanitizing rule must never let through, for tests anywhere."""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def unsafe(text: str) -> list[str]:
    """Every character in `text` a terminal could act on, or that reorders text
    (tab and newline are fine)."""
    return [
        ch
        for ch in text
        if (unicodedata.category(ch) in {"Cc", "Cs"} and ch not in "\t\n") or ch in BIDI_CONTROLS
    ]
