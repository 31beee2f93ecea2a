"""The Spanish scripts speak to one person, in neutral Spanish, with one glossary.

Three checks over every text of every Spanish built-in script: no *vosotros*
(it reads as foreign to most Spanish speakers), no adjective that gives the
mentee or the mentor a gender, and no word that docs/glossary.md rules out.
Each check also runs on the scripts as they were before issue 12
(tests/unit/data/old_spanish_scripts.txt), to show it catches what it should.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.unit.builtin_text import builtin_scripts, texts

from sessiontui.scripts.schema import Script

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"
OLD_TEXT = (Path(__file__).parent / "data" / "old_spanish_scripts.txt").read_text(encoding="utf-8")
SPANISH = builtin_scripts("es")

VOSOTROS = re.compile(
    r"""\b(?:
          vosotr[oa]s | os | vuestr[oa]s?        # pronouns and possessives
        | vais | veis | dais | sois              # one-syllable verbs, written without accent
        | \w+[aei]d(?:l[oa]s?|les?|nos)?         # imperatives: acordad, fijadlos, convertidla
        | \w+[aeí]os                             # imperative + os: presentaos, agradeceos
        | \w+[aeí]ros                            # infinitive + os: conoceros
        | \w+(?:áis|éis|ís)                      # present, future, subjunctive: seguís, estéis
        | \w+(?:abais|íais|asteis|isteis)        # past tenses: estabais, acordasteis
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)
# Words of the real text that end like those verbs but are not.
NOT_VOSOTROS = frozenset(
    {
        # nouns in -dad and -tad
        "confidencialidad", "libertad", "mitad", "probabilidad", "puntualidad", "sinceridad",
        "verdad",
        # plurals in -eros
        "primeros",
    }
)  # fmt: skip

# "Estás orgulloso", "sé concreto", "ser sincero": a state or a quality of the
# person spoken to, with a gendered ending.
GENDERED = re.compile(
    r"""\b(?:estás|estés|estar|eres|seas|ser|sé|te\ sientes|te\ sientas|sentirte|te\ ves|verte)
        \s+(?:(?:muy|más|menos|tan|bastante|algo|demasiado|\w+mente)\s+)*
        (?:abiert|agobiad|cansad|cómod|comprometid|concret|content|convencid|decepcionad
          |dispuest|enfadad|frustrad|list|motivad|nervios|orgullos|preocupad|preparad
          |satisfech|segur|sincer|tranquil)[oa]s?\b
      | \bentre\ nosotr[oa]s\b | \bjunt[oa]s\b""",
    re.VERBOSE | re.IGNORECASE,
)


def vosotros_forms(text: str) -> list[str]:
    found = (match.group(0) for match in VOSOTROS.finditer(text))
    return [word for word in found if word.lower() not in NOT_VOSOTROS]


def glossary_rejects() -> dict[str, str]:
    """Each word of the glossary's last column, mapped to the term to use instead."""
    rejected: dict[str, str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and not set(cells[0]) <= {"-", " "}:
            for word in re.findall(r"`([^`]+)`", cells[3]):
                rejected[word] = cells[1]
    return rejected


def rejected_words(text: str) -> list[str]:
    return [
        word
        for word in glossary_rejects()
        if re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE)
    ]


def problems(script: Script, check: Callable[[str], list[str]]) -> list[tuple[str, list[str]]]:
    """(where, what was found) for every text of `script` where `check` finds something."""
    return [(where, found) for where, text in texts(script) if (found := check(text))]


def test_there_are_spanish_scripts_to_check() -> None:
    assert len(SPANISH) >= 8


@pytest.mark.parametrize("script", SPANISH, ids=lambda script: script.id)
def test_no_vosotros(script: Script) -> None:
    assert problems(script, vosotros_forms) == []


def test_the_vosotros_check_catches_the_old_scripts() -> None:
    found = {word.lower() for word in vosotros_forms(OLD_TEXT)}
    for form in ("acordad", "presentaos", "seguís", "conoceros", "os", "vosotros", "habéis"):
        assert form in found
    for form in ("estéis", "acordasteis", "convertidla", "ajustadlos", "agradeceos"):
        assert form in found
    assert len(vosotros_forms(OLD_TEXT)) >= 40
    # From the interface's catalog, where the same habit shows.
    assert vosotros_forms("Ya vais a tiempo: nada que reequilibrar.") == ["vais"]


@pytest.mark.parametrize("script", SPANISH, ids=lambda script: script.id)
def test_no_gendered_words_for_the_mentee_or_the_mentor(script: Script) -> None:
    assert problems(script, GENDERED.findall) == []


def test_the_gender_check_catches_the_old_scripts() -> None:
    found = GENDERED.findall(OLD_TEXT)
    assert "estás más orgulloso" in found
    assert "Sé concreto" in found
    assert "ser completamente sincero" in found


def test_the_glossary_rules_words_out() -> None:
    rejected = glossary_rejects()
    assert rejected["tarea"] == "acción"
    assert rejected["aparcamiento de ideas"] == "temas aparcados; aparcar"
    assert len(rejected) >= 30


@pytest.mark.parametrize("script", SPANISH, ids=lambda script: script.id)
def test_spanish_scripts_follow_the_glossary(script: Script) -> None:
    assert problems(script, rejected_words) == []


def test_the_glossary_check_catches_the_old_scripts() -> None:
    found = rejected_words(OLD_TEXT)
    for word in ("mentoring", "tareas", "aparcamiento de ideas", "lo que te oigo decir"):
        assert word in found
