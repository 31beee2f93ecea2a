"""Every UI string goes through the one translation table, in English and Spanish."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

import sessiontui
from sessiontui.i18n import current_language, set_language, t
from sessiontui.i18n_table import TABLE, Language

PACKAGE = Path(sessiontui.__file__).parent
# t("key" ...) and t(\n "key" ...) as the code writes them.
KEY_USE = re.compile(r"""\bt\(\s*["']([a-z0-9_.\-]+)["']""")


def _keys_used_in_code() -> set[str]:
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name.startswith("i18n"):  # their docstrings show t("key") as an example
            continue
        used.update(KEY_USE.findall(path.read_text(encoding="utf-8")))
    return used


def test_the_code_uses_translated_strings() -> None:
    assert len(_keys_used_in_code()) > 20


def test_every_key_used_in_the_code_is_in_the_table() -> None:
    assert sorted(_keys_used_in_code() - set(TABLE)) == []


@pytest.mark.parametrize("key", sorted(TABLE))
def test_every_entry_has_english_and_spanish_with_the_same_fields(key: str) -> None:
    texts = TABLE[key]
    assert texts.get(Language.EN), f"{key} has no English text"
    assert texts.get(Language.ES), f"{key} has no Spanish text"

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert fields(texts[Language.ES]) == fields(texts[Language.EN])


def test_language_switch_changes_the_text() -> None:
    before = current_language()
    try:
        set_language(Language.ES)
        spanish = t("cli.help.scripts")
        set_language(Language.EN)
        english = t("cli.help.scripts")
    finally:
        set_language(before)
    assert spanish != english
    assert t("cli.help.scripts", language=Language.ES) == spanish


def test_an_unknown_key_fails_loudly() -> None:
    with pytest.raises(KeyError):
        t("no.such.key")
