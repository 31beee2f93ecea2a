"""The active-listening deck: segment prompts first, then the general deck."""

from __future__ import annotations

import random

import pytest

from sessiontui.listening import (
    GENERAL_DECK,
    Prompt,
    PromptDeck,
    PromptTechnique,
    prompt_label,
    technique_label,
)

SEGMENT = ["What has changed since we last met?", "What is on your mind right now?"]


@pytest.mark.parametrize("technique", list(PromptTechnique))
def test_every_technique_has_at_least_three_prompts(technique: PromptTechnique) -> None:
    texts = [p.text for p in GENERAL_DECK if p.technique is technique]
    assert len(texts) >= 3
    assert len(set(texts)) == len(texts)


def test_general_prompts_are_shown_in_the_sessions_language() -> None:
    english, spanish = PromptDeck([], "en"), PromptDeck([], "es")
    assert english.shown_text(english.current) == "What's on your mind about this?"
    assert (
        spanish.shown_text(spanish.current) == "¿Qué es lo que más te ronda la cabeza sobre esto?"
    )
    shown = {spanish.shown_text(prompt) for prompt in GENERAL_DECK}
    assert shown.isdisjoint(prompt.text for prompt in GENERAL_DECK)
    assert len(shown) == len(GENERAL_DECK)


def test_segment_prompts_are_shown_as_the_script_wrote_them() -> None:
    deck = PromptDeck(["¿Qué ha cambiado?"], "en")
    assert deck.shown_text(deck.current) == "¿Qué ha cambiado?"


def test_technique_labels_are_translated() -> None:
    assert technique_label(PromptTechnique.PARAPHRASE, "en") == "Paraphrase"
    assert technique_label(PromptTechnique.PARAPHRASE, "es") == "Parafrasear"
    english = {technique_label(t, "en") for t in PromptTechnique}
    spanish = {technique_label(t, "es") for t in PromptTechnique}
    assert len(english) == len(spanish) == len(PromptTechnique)


def test_prompt_label_names_the_segment_or_the_technique() -> None:
    deck = PromptDeck(SEGMENT, "en")
    assert prompt_label(deck.current, "es") == "Esta parte"
    general = GENERAL_DECK[0]
    assert general.technique is not None
    assert prompt_label(general, "en") == technique_label(general.technique, "en")


def test_segment_prompts_come_first() -> None:
    deck = PromptDeck(SEGMENT, "en")
    total = len(SEGMENT) + len(GENERAL_DECK)
    assert deck.current == Prompt(SEGMENT[0], None)
    assert deck.position == (1, total)
    assert deck.next() == Prompt(SEGMENT[1], None)
    assert deck.next() == GENERAL_DECK[0]
    assert deck.position == (3, total)


def test_next_wraps_around_to_the_first_prompt() -> None:
    deck = PromptDeck(SEGMENT, "es")
    total = deck.position[1]
    for _ in range(total - 1):
        deck.next()
    assert deck.current == GENERAL_DECK[-1]
    assert deck.position == (total, total)
    assert deck.next().text == SEGMENT[0]
    assert deck.position == (1, total)


def test_without_segment_prompts_the_general_deck_starts() -> None:
    deck = PromptDeck([], "en")
    assert deck.current == GENERAL_DECK[0]
    assert deck.position == (1, len(GENERAL_DECK))


def test_shuffle_is_deterministic_with_a_seeded_rng() -> None:
    first = PromptDeck(SEGMENT, "en", rng=random.Random(7))
    second = PromptDeck(SEGMENT, "en", rng=random.Random(7))
    shown = first.shuffle()
    assert shown == second.shuffle()
    assert first.prompts == second.prompts
    other = PromptDeck(SEGMENT, "en", rng=random.Random(8))
    other.shuffle()
    assert other.prompts != first.prompts


def test_shuffle_keeps_segment_prompts_first_and_shows_a_general_prompt() -> None:
    deck = PromptDeck(SEGMENT, "en", rng=random.Random(1))
    deck.next()
    shown = deck.shuffle()
    assert [p.text for p in deck.prompts[: len(SEGMENT)]] == SEGMENT
    assert sorted(p.text for p in deck.prompts[len(SEGMENT) :]) == sorted(
        p.text for p in GENERAL_DECK
    )
    assert deck.prompts[len(SEGMENT) :] != GENERAL_DECK
    assert shown == deck.current == deck.prompts[len(SEGMENT)]
    assert deck.position[0] == len(SEGMENT) + 1


def test_shuffle_does_not_touch_the_shared_general_deck() -> None:
    before = GENERAL_DECK
    PromptDeck([], "en", rng=random.Random(3)).shuffle()
    assert before == GENERAL_DECK
