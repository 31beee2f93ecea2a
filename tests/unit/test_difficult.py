"""The difficult-moments deck: seven moments, each with what to do and what to say."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sessiontui.difficult import Moment, moment_cards
from sessiontui.i18n import set_language


@pytest.fixture
def spanish_ui() -> Iterator[None]:
    set_language("es")
    yield
    set_language("en")


def test_the_seven_moments_in_order_each_with_something_to_do_and_to_say() -> None:
    cards = moment_cards("en")
    assert [card.moment for card in cards] == list(Moment)
    assert len(cards) == 7
    for card in cards:
        assert card.title
        assert card.do
        assert card.say
    titles = {card.moment: card.title for card in cards}
    assert titles[Moment.ANSWER] == '"Just tell me the answer"'


def test_an_emotion_reminds_the_mentor_to_pause_the_timer() -> None:
    (emotion,) = [card for card in moment_cards("en") if card.moment is Moment.EMOTION]
    assert "Pause the timer (Ctrl+T)" in emotion.do


def test_beyond_the_role_refers_on() -> None:
    (beyond,) = [card for card in moment_cards("en") if card.moment is Moment.BEYOND_ROLE]
    assert "Refer them on" in beyond.do
    assert "more help than I can give" in beyond.say


def test_advice_in_the_ui_language_words_in_the_sessions(spanish_ui: None) -> None:
    """A Spanish mentor running an English session: advice in Spanish, words in English."""
    english, spanish = moment_cards("en"), moment_cards("es")
    assert [c.title for c in english] == [c.title for c in spanish]
    assert english[0].title == "Un silencio largo"
    assert english[0].do.startswith("Espera.")
    assert english[0].say == "Take your time. What's going through your mind?"
    assert spanish[0].say == "Tómate tu tiempo. ¿Qué se te pasa por la cabeza?"
