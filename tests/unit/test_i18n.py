"""The catalogs match the code: every message translated, none left over, fields intact.

The messages are extracted from the package with Babel, exactly as `make catalogs`
does, and compared with every `.po` catalog. One test per catalog, each failure
listing every offending message at once.
"""

from __future__ import annotations

import ast
import io
import os
import re
import string
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

import sessiontui
from sessiontui.i18n import (
    DOMAIN,
    LOCALE_DIR,
    N_,
    SOURCE_LANGUAGE,
    _,
    available_languages,
    current_language,
    ngettext,
    pgettext,
    set_language,
    translator,
)

PACKAGE = Path(sessiontui.__file__).parent
CATALOGS = sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
BIN = Path(sys.executable).parent

# (context, singular) identifies a message; the plural form comes along with it.
Key = tuple[str | None, str]


def _language(po: Path) -> str:
    return po.parent.parent.name


def _read(po: Path) -> Catalog:
    with po.open("rb") as handle:
        return read_po(handle, locale=_language(po))


def _code_messages() -> dict[Key, tuple[str, ...]]:
    """Every message the code marks, as (context, singular) -> its id(s)."""
    found: dict[Key, tuple[str, ...]] = {}
    for _file, _line, message, _comments, context in extract_from_dir(
        str(PACKAGE), method_map=[("**.py", "python")], keywords=DEFAULT_KEYWORDS
    ):
        ids = (message,) if isinstance(message, str) else tuple(message)
        found[(context, ids[0])] = ids
    return found


def _ids(message: Message) -> tuple[str, ...]:
    return (message.id,) if isinstance(message.id, str) else tuple(message.id)


def _strings(message: Message) -> tuple[str, ...]:
    if isinstance(message.string, str):
        return (message.string,)
    return tuple(message.string or ())


def _fields(text: str) -> set[str]:
    """The names `str.format` fills in `text` ("{path}", "{value!r}", "{n:>3}")."""
    names = set()
    for _literal, name, _spec, _conversion in string.Formatter().parse(text):
        if name is not None:
            names.add(name.split(".")[0].split("[")[0])
    return names


def _problems(catalog: Catalog, code: dict[Key, tuple[str, ...]]) -> list[str]:
    """Every way `catalog` and the code disagree, one line each."""
    problems: list[str] = []
    entries = {(m.context, _ids(m)[0]): m for m in catalog if m.id}
    for key, ids in sorted(code.items(), key=str):
        entry = entries.get(key)
        if entry is None:
            problems.append(f"not in the catalog: {key}")
        elif _ids(entry) != ids:
            problems.append(f"singular/plural differ from the code: {key}")
        elif entry.fuzzy:
            problems.append(f"fuzzy (unreviewed), so not shipped: {key}")
        elif len(ids) == 2 and len(_strings(entry)) != catalog.num_plurals:
            problems.append(f"needs {catalog.num_plurals} plural forms: {key}")
        elif not all(_strings(entry)):
            problems.append(f"no translation: {key}")
    problems += [
        f"no longer used by the code: {key}" for key in sorted(entries, key=str) if key not in code
    ]
    problems += [f"obsolete entry left in the file: {m.id!r}" for m in catalog.obsolete.values()]
    for key, entry in sorted(entries.items(), key=lambda item: str(item[0])):
        problems += _field_problems(key, entry)
    return problems


def _field_problems(key: Key, entry: Message) -> list[str]:
    """A translation must fill the same `{fields}` as its English (a plural may drop {n})."""
    try:
        source = set().union(*(_fields(text) for text in _ids(entry)))
        forms = [_fields(text) for text in _strings(entry) if text]
    except ValueError as error:  # an unbalanced "{" in either language
        return [f"not a valid format string ({error}): {key}"]
    plural = len(_ids(entry)) == 2
    required = source - {"n"} if plural else source
    return [
        f"fields {sorted(form)} instead of {sorted(source)}: {key}"
        for form in forms
        if not required <= form <= source
    ]


@pytest.fixture(scope="module")
def code_messages() -> dict[Key, tuple[str, ...]]:
    messages = _code_messages()
    # An extraction that missed a kind of call would let every check below pass:
    # one known message of each kind (plain, N_ table, plural, context) must be there.
    assert messages[(None, "Next segment")] == ("Next segment",)
    assert messages[(None, "Mentor → mentee")] == ("Mentor → mentee",)
    assert messages[(None, "{n} session stored")] == ("{n} session stored", "{n} sessions stored")
    assert messages[("footer", "Feedback")] == ("Feedback",)
    assert messages[(None, "Your next steps")] == ("Your next steps",)  # a Translator method
    return messages


def _calls_hidden_in_f_strings(source: str) -> list[int]:
    """Lines where a translation call sits inside an f-string, unseen by extraction."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    func = inner.func
                    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if name in DEFAULT_KEYWORDS:
                        lines.append(inner.lineno)
    return lines


def test_every_translation_call_can_be_extracted() -> None:
    hidden = {
        f"{path.relative_to(PACKAGE)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in _calls_hidden_in_f_strings(path.read_text(encoding="utf-8"))
    }
    assert sorted(hidden) == [], "move these calls out of their f-strings"
    assert _calls_hidden_in_f_strings("x = f\"({_('measure: {t}', t=1)})\"") == [1]


def test_there_is_a_catalog_besides_english() -> None:
    assert "es" in [_language(po) for po in CATALOGS]


@pytest.mark.parametrize("po", CATALOGS, ids=_language)
def test_the_catalog_matches_the_code(po: Path, code_messages: dict[Key, tuple[str, ...]]) -> None:
    problems = _problems(_read(po), code_messages)
    assert problems == [], (
        f"{po.name} ({_language(po)}): run `make catalogs`, then translate:\n" + "\n".join(problems)
    )


@pytest.mark.parametrize("po", CATALOGS, ids=_language)
def test_the_compiled_catalog_is_current(po: Path) -> None:
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo} is missing: run make (it compiles the catalogs)"
    expected = io.BytesIO()
    write_mo(expected, _read(po), use_fuzzy=False)
    assert mo.read_bytes() == expected.getvalue(), f"{mo} is older than {po.name}: run make"
    assert _language(po) in available_languages()


def test_the_checks_catch_each_kind_of_mistake() -> None:
    """The checker itself, on a small catalog with one mistake of each kind."""
    catalog = Catalog(locale="es")
    # Two forms, as es.po declares (Babel's own rule for Spanish has three).
    catalog.mime_headers = [("Plural-Forms", "nplurals=2; plural=(n != 1);")]
    catalog.add("Saved to {path}.", "Guardado en {ruta}.")
    catalog.add("Unused", "Sin usar")
    catalog.add("Fuzzy", "Borroso", flags=["fuzzy"])
    catalog.add("Bad {", "Mal {")
    catalog.add(("{n} file", "{n} files"), ("{n} archivo", ""))
    catalog.add(("{n} day", "{n} days"), ("{n} día",))
    catalog.add(("{n} week", "{n} weeks"), ("{n} semana", "{n} semanas"), context="due")
    catalog.add(("the only file", "all {n} files"), ("el único archivo", "los {n} archivos"))
    catalog.add("Good", "Bien")
    catalog.obsolete["Old"] = Message("Old", "Viejo")
    code: dict[Key, tuple[str, ...]] = {
        (None, "Saved to {path}."): ("Saved to {path}.",),
        (None, "Missing"): ("Missing",),
        (None, "Fuzzy"): ("Fuzzy",),
        (None, "Bad {"): ("Bad {",),
        (None, "{n} file"): ("{n} file", "{n} files"),
        (None, "{n} day"): ("{n} day", "{n} days"),
        (None, "{n} week"): ("{n} week", "{n} weeks"),
        (None, "the only file"): ("the only file", "all {n} files"),
        (None, "Good"): ("Good",),
    }
    assert sorted(_problems(catalog, code)) == [
        "fields ['ruta'] instead of ['path']: (None, 'Saved to {path}.')",
        "fuzzy (unreviewed), so not shipped: (None, 'Fuzzy')",
        "needs 2 plural forms: (None, '{n} day')",
        "no longer used by the code: ('due', '{n} week')",
        "no longer used by the code: (None, 'Unused')",
        "no translation: (None, '{n} file')",
        "not a valid format string (Single '{' encountered in format string): (None, 'Bad {')",
        "not in the catalog: (None, 'Missing')",
        "not in the catalog: (None, '{n} week')",
        "obsolete entry left in the file: 'Old'",
    ]


def test_switching_the_language_changes_what_the_cli_prints() -> None:
    def show(*options: str, env: dict[str, str] | None = None) -> str:
        result = subprocess.run(
            [str(BIN / "sessiontui"), *options, "scripts", "show", "regular"],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, **(env or {})},
            check=True,
        )
        return result.stdout.splitlines()[1]

    # Whatever the script's length: the words change, not the figures.
    english = show()
    assert re.fullmatch(r"Language: en · (\d+) segments · (\d+) min", english)
    spanish = english.replace("Language", "Idioma").replace("segments", "segmentos")
    assert show("--lang", "es") == spanish
    assert show(env={"SESSIONTUI_LANG": "es"}) == spanish


def test_the_api_translates_plurals_contexts_and_marked_texts(
    ui_language: Callable[[str], None],
) -> None:
    ui_language("es")
    assert current_language() == "es"
    assert _("Saved to {path}.", path="/tmp/x") == "Guardado en /tmp/x."
    assert ngettext("{n} session stored", "{n} sessions stored", 1) == "1 sesión guardada"
    assert ngettext("{n} session stored", "{n} sessions stored", 0) == "0 sesiones guardadas"
    assert pgettext("footer", "Feedback") == "Retroalim."
    assert _(N_("Feedback")) == "Retroalimentación"
    ui_language(SOURCE_LANGUAGE)
    assert ngettext("{n} session stored", "{n} sessions stored", 1) == "1 session stored"
    assert translator("es").gettext("Feedback") == "Retroalimentación"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="fr"):
        set_language("fr")
    with pytest.raises(ValueError, match="fr"):
        translator("fr")
