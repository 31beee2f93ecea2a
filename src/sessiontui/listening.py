"""The active-listening prompt deck: the current segment's prompts, then a general deck.

The general prompts are written here in English and translated through the
catalogs like every other text, into the session's language (the mentee hears
them). A general prompt is identified by its English text, whatever the
language shown, so a used prompt is stored the same way in every language.
A prompt is something the mentor can say aloud as written ("…" marks where the
mentor fills in the mentee's own words; a feeling is never named for them).
None of them is a leading or a yes/no question, except the checks that hand
the mentor's understanding back for correction ("Is that right?").

The mentor may narrow the deck to one technique (`cycle_technique`): the
prompts of that technique only, in their order here; then the next technique,
then the whole deck again. The deck holds only its filter and position; which
prompts were used is the session's record (`Session.prompts_used`), kept once,
by `LiveSession`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sessiontui.i18n import N_, current, session_translator, translator


class PromptTechnique(StrEnum):
    """The active-listening technique a general prompt practises."""

    OPEN_QUESTION = "open-question"
    ENCOURAGE = "encourage"
    PARAPHRASE = "paraphrase"
    REFLECT_FEELINGS = "reflect-feelings"
    SUMMARISE = "summarise"
    SILENCE = "silence"
    CLARIFY = "clarify"


@dataclass(frozen=True)
class Prompt:
    """One prompt: its text, and its technique (None for a segment's own prompt)."""

    text: str
    technique: PromptTechnique | None


@dataclass(frozen=True)
class PromptView:
    """What the Listening card shows: guidance, one prompt, its caption and place in the deck.

    `filtered` is True while the deck shows one technique only (the caption says so).
    """

    guidance: str
    text: str
    label: str
    position: tuple[int, int]
    used: bool
    filtered: bool = False


_GENERAL_TEXTS: Mapping[PromptTechnique, tuple[str, ...]] = {
    PromptTechnique.OPEN_QUESTION: (
        N_("What's on your mind about this?"),
        N_("What matters most to you in this?"),
        N_("And what else?"),
        N_("What would a good outcome look like for you?"),
        N_("What have you tried so far?"),
        N_("Before I share my view, what do you think you should do?"),
        N_("What would you like to take away from this conversation?"),
    ),
    PromptTechnique.ENCOURAGE: (
        N_("Go on, I'm listening."),
        N_("Tell me more about that."),
        N_("And then what happened?"),
    ),
    PromptTechnique.PARAPHRASE: (
        N_("If I've understood you, … Is that right?"),
        N_("Let me check I'm following: you're saying that … Is that it?"),
        N_("In other words, … Is that a fair way to put it?"),
    ),
    PromptTechnique.REFLECT_FEELINGS: (
        N_("It sounds like that was … for you. Is that right?"),
        N_("How did that feel at the time?"),
        N_("How do you feel about it now?"),
    ),
    PromptTechnique.SUMMARISE: (
        N_("Let me sum up where we are: … What did I miss?"),
        N_("So far we've covered … and … What would you add?"),
        N_("Before we move on, the key points I've heard are … How do they compare with yours?"),
    ),
    PromptTechnique.SILENCE: (
        N_("Take your time."),
        N_("(Stay quiet for a few seconds and let them go on.)"),
        N_("No rush."),
    ),
    PromptTechnique.CLARIFY: (
        N_("When you say …, what do you mean exactly?"),
        N_("What would be an example of that?"),
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
        PromptTechnique.ENCOURAGE: tr.pgettext("technique", "Encourage"),
        PromptTechnique.PARAPHRASE: tr.pgettext("technique", "Paraphrase"),
        PromptTechnique.REFLECT_FEELINGS: tr.pgettext("technique", "Reflect feelings"),
        PromptTechnique.SUMMARISE: tr.pgettext("technique", "Summarise"),
        PromptTechnique.SILENCE: tr.pgettext("technique", "Silence"),
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
    """The prompts the Listening pane shows, one at a time.

    Unfiltered: the segment's prompts first (they fit the moment), then the
    general deck. Filtered: one technique's general prompts only.
    """

    def __init__(self, segment_prompts: Sequence[str], language: str) -> None:
        """Build the deck in the session's `language`."""
        self._segment = tuple(Prompt(text, None) for text in segment_prompts)
        self._translator = session_translator(language)
        self._technique: PromptTechnique | None = None
        self._index = 0

    @property
    def technique(self) -> PromptTechnique | None:
        """The technique the deck is narrowed to, or None for the whole deck."""
        return self._technique

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        """The prompts on offer now, in order."""
        if self._technique is None:
            return (*self._segment, *GENERAL_DECK)
        return tuple(p for p in GENERAL_DECK if p.technique is self._technique)

    @property
    def current(self) -> Prompt:
        """The prompt on show."""
        return self.prompts[self._index]

    @property
    def position(self) -> tuple[int, int]:
        """(1-based index of the current prompt, number of prompts on offer)."""
        return self._index + 1, len(self.prompts)

    def shown_text(self, prompt: Prompt) -> str:
        """What the mentor reads aloud: a general prompt in the session's language."""
        if prompt.technique is None:
            return prompt.text
        return self._translator.gettext(prompt.text)

    def next(self) -> Prompt:
        """Show the next prompt, wrapping around to the first after the last."""
        self._index = (self._index + 1) % len(self.prompts)
        return self.current

    def cycle_technique(self) -> PromptTechnique | None:
        """Narrow the deck to the next technique (after the last: the whole deck again).

        The deck starts at the first prompt of what it now offers.
        """
        order: list[PromptTechnique | None] = [None, *PromptTechnique]
        self._technique = order[(order.index(self._technique) + 1) % len(order)]
        self._index = 0
        return self._technique
