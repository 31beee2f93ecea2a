"""Every UI string, in one translation table (English and Spanish).

Code never writes user-facing text inline: it calls `t("key", name=value)`.
A missing Spanish entry falls back to English, so a new string can land in
English first; a test checks that every key used in the code is in the table.
"""

from __future__ import annotations

from collections.abc import Mapping

from sessiontui.model import Language

_current: Language = Language.EN

# key -> {language: text}. Texts are str.format templates with named fields.
# Keep keys grouped by the part of the product that shows them.
TABLE: Mapping[str, Mapping[Language, str]] = {
    # --- errors shared by the CLI and the app ---
    "error.prefix": {Language.EN: "sessiontui: {message}", Language.ES: "sessiontui: {message}"},
}


def set_language(language: Language | str) -> None:
    """Choose the UI language for every later `t()` call."""
    global _current  # noqa: PLW0603 - one process shows one language at a time
    _current = Language(language)


def current_language() -> Language:
    """The UI language in force."""
    return _current


def t(key: str, /, language: Language | None = None, **fields: object) -> str:
    """Translate `key` into the current (or given) language and fill its fields.

    An unknown key raises KeyError: a typo must fail in tests, not show a key.
    """
    texts = TABLE[key]
    template = texts.get(language or _current) or texts[Language.EN]
    return template.format(**fields) if fields else template
