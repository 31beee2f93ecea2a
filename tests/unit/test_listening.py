"""The active-listening deck: segment prompts first, then the general deck."""

from __future__ import annotations

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
    assert prompt_label(deck.current, "es") == "Este segmento"
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


def test_cycle_technique_narrows_the_deck_to_one_technique_then_the_next() -> None:
    deck = PromptDeck(SEGMENT, "en")
    deck.next()
    assert deck.technique is None
    for technique in PromptTechnique:
        assert deck.cycle_technique() is technique
        expected = tuple(p for p in GENERAL_DECK if p.technique is technique)
        assert deck.prompts == expected
        assert deck.current == expected[0]
        assert deck.position == (1, len(expected))
    # After the last technique: the whole deck again, segment prompts first.
    assert deck.cycle_technique() is None
    assert deck.current == Prompt(SEGMENT[0], None)
    assert deck.position == (1, len(SEGMENT) + len(GENERAL_DECK))


def test_next_wraps_inside_the_filtered_technique() -> None:
    deck = PromptDeck(SEGMENT, "en")
    deck.cycle_technique()
    deck.cycle_technique()  # the second technique: encouragers
    texts = [deck.current.text]
    for _ in range(len(deck.prompts)):
        texts.append(deck.next().text)
    assert texts[0] == texts[-1] == "Go on, I'm listening."
    assert {GENERAL_DECK_TECHNIQUE[t] for t in texts} == {PromptTechnique.ENCOURAGE}


GENERAL_DECK_TECHNIQUE = {p.text: p.technique for p in GENERAL_DECK}


def test_the_technique_called_silence_is_not_the_timers_pause() -> None:
    assert technique_label(PromptTechnique.SILENCE, "en") == "Silence"
    assert technique_label(PromptTechnique.SILENCE, "es") == "Silencio"
    assert "Pause" not in {technique_label(t, "en") for t in PromptTechnique}


def test_the_deck_has_the_prompts_good_mentors_use() -> None:
    texts = {p.text: p.technique for p in GENERAL_DECK}
    assert texts["And what else?"] is PromptTechnique.OPEN_QUESTION
    assert texts["Go on, I'm listening."] is PromptTechnique.ENCOURAGE
    assert texts["What matters most to you in this?"] is PromptTechnique.OPEN_QUESTION
    assert (
        texts["Before I share my view, what do you think you should do?"]
        is PromptTechnique.OPEN_QUESTION
    )


def test_reflecting_feelings_leaves_the_feeling_to_the_mentee() -> None:
    """The mentor does not name the emotion: a blank ("…") or a question, never a feeling."""
    feelings = ("frustrat", "excited", "weighed", "angry", "sad", "happy", "worried")
    reflect = [p.text for p in GENERAL_DECK if p.technique is PromptTechnique.REFLECT_FEELINGS]
    assert "It sounds like that was … for you. Is that right?" in reflect
    for text in reflect:
        assert not any(word in text.lower() for word in feelings), text
        assert "…" in text or text.startswith("How ")


def test_no_prompt_is_a_yes_no_question_except_a_check_of_understanding() -> None:
    """A closed question starts with an auxiliary verb; only "Is that right?"-style checks may."""
    closed = ("Do ", "Did ", "Are ", "Is ", "Was ", "Were ", "Have ", "Has ", "Can you ", "Would ")
    checks = ("Is that right?", "Is that it?", "Is that a fair way to put it?")
    for prompt in GENERAL_DECK:
        sentences = [s.strip() for s in prompt.text.replace("?", "?|").split("|") if "?" in s]
        for sentence in sentences:
            if sentence in checks:
                continue
            assert not sentence.startswith(closed), prompt.text
