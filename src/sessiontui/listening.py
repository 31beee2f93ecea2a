"""The active-listening prompt deck: the current segment's prompts, then a general deck.

The general prompts are written here in English and translated through the
catalogs like every other text, into the session's language (the mentee hears
them). A general prompt is identified by its English text, whatever the
language shown, so a used prompt is stored the same way in every language.
A prompt is something the mentor can say aloud as written ("…" marks where the
mentor fills in the mentee's own words).

The deck holds only its order and position; which prompts were used is the
session's record (`Session.prompts_used`), kept once, by `LiveSession`.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sessiontui.i18n import N_, current, session_translator, translator


class PromptTechnique(StrEnum):
    """The active-listening technique a general prompt practises."""

    OPEN_QUESTION = "open-question"
    PARAPHRASE = "paraphrase"
    REFLECT_FEELINGS = "reflect-feelings"
    SUMMARISE = "summarise"
    PAUSE = "pause"
    CLARIFY = "clarify"


@dataclass(frozen=True)
class Prompt:
    """One prompt: its text, and its technique (None for a segment's own prompt)."""

    text: str
    technique: PromptTechnique | None


@dataclass(frozen=True)
class PromptView:
    """What the Listening card shows: guidance, one prompt, its caption and place in the deck."""

    guidance: str
    text: str
    label: str
    position: tuple[int, int]
    used: bool


_GENERAL_TEXTS: Mapping[PromptTechnique, tuple[str, ...]] = {
    PromptTechnique.OPEN_QUESTION: (
        N_("What's on your mind about this?"),
        N_("How did that play out?"),
        N_("What would a good outcome look like for you?"),
        N_("What have you tried so far?"),
        N_("What would you like to take away from this conversation?"),
    ),
    PromptTechnique.PARAPHRASE: (
        N_("So what I'm hearing is … — did I get that right?"),
        N_("Let me check I'm following: you're saying that … Is that it?"),
        N_("In other words, … — is that a fair way to put it?"),
    ),
    PromptTechnique.REFLECT_FEELINGS: (
        N_("It sounds like that was frustrating for you."),
        N_("I sense you're excited about this — am I reading that right?"),
        N_("That sounds like it weighed on you. How do you feel about it now?"),
    ),
    PromptTechnique.SUMMARISE: (
        N_("Let me sum up where we are: … What did I miss?"),
        N_("So far we've covered … and … Is there anything you'd add?"),
        N_("Before we move on, the key points I've heard are … Do they match yours?"),
    ),
    PromptTechnique.PAUSE: (
        N_("Take your time."),
        N_("(Stay quiet for a few seconds and let them go on.)"),
        N_("No rush — I'm listening."),
    ),
    PromptTechnique.CLARIFY: (
        N_("When you say …, what do you mean exactly?"),
        N_("Can you give me an example?"),
        N_("What happened just before that?"),
        N_("Who else was involved?"),
    ),
}

GENERAL_DECK: tuple[Prompt, ...] = tuple(
    Prompt(text, technique) for technique, texts in _GENERAL_TEXTS.items() for text in texts
)


def technique_label(technique: PromptTechnique, language: str | None = None) -> str:
    """The translated name of a technique, e.g. "Paraphrase" / "Parafrasear"."""
    tr = current() if language is None else translator(language)
    labels = {
        PromptTechnique.OPEN_QUESTION: tr.pgettext("technique", "Open question"),
        PromptTechnique.PARAPHRASE: tr.pgettext("technique", "Paraphrase"),
        PromptTechnique.REFLECT_FEELINGS: tr.pgettext("technique", "Reflect feelings"),
        PromptTechnique.SUMMARISE: tr.pgettext("technique", "Summarise"),
        PromptTechnique.PAUSE: tr.pgettext("technique", "Pause"),
        PromptTechnique.CLARIFY: tr.pgettext("technique", "Clarify"),
    }
    return labels[technique]


def prompt_label(prompt: Prompt, language: str | None = None) -> str:
    """A short caption for a prompt: its technique, or "This segment"."""
    if prompt.technique is None:
        tr = current() if language is None else translator(language)
        return tr.gettext("This segment")
    return technique_label(prompt.technique, language)


class PromptDeck:
    """The prompts the Listening pane cycles through, one at a time.

    Segment prompts come first (they fit the moment), then the general deck.
    """

    def __init__(
        self,
        segment_prompts: Sequence[str],
        language: str,
        rng: random.Random | None = None,
    ) -> None:
        """Build the deck in the session's `language`."""
        self._segment = tuple(Prompt(text, None) for text in segment_prompts)
        self._general = list(GENERAL_DECK)
        self._translator = session_translator(language)
        self._rng = rng or random.Random()
        self._index = 0

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        """The whole deck in its current order."""
        return (*self._segment, *self._general)

    @property
    def current(self) -> Prompt:
        """The prompt on show."""
        return self.prompts[self._index]

    @property
    def position(self) -> tuple[int, int]:
        """(1-based index of the current prompt, number of prompts)."""
        return self._index + 1, len(self._segment) + len(self._general)

    def shown_text(self, prompt: Prompt) -> str:
        """What the mentor reads aloud: a general prompt in the session's language."""
        if prompt.technique is None:
            return prompt.text
        return self._translator.gettext(prompt.text)

    def next(self) -> Prompt:
        """Show the next prompt, wrapping around to the first after the last."""
        self._index = (self._index + 1) % self.position[1]
        return self.current

    def shuffle(self) -> Prompt:
        """Reorder the general prompts and show the first of them.

        Segment prompts keep their place at the front; landing on the first
        shuffled general prompt makes the key visibly do something.
        """
        self._rng.shuffle(self._general)
        self._index = len(self._segment)
        return self.current
