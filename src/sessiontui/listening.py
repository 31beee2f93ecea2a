"""The active-listening prompt deck: the current segment's prompts, then a general deck.

The general prompts are content (like the scripts), so their texts live here,
in both languages; only the technique labels are UI strings and go through t().
A prompt is something the mentor can say aloud as written ("…" marks where the
mentor fills in the mentee's own words).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sessiontui.i18n import t
from sessiontui.model import Language

SOURCE_SEGMENT = "segment"
SOURCE_GENERAL = "general"


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
    """One prompt: its text, its technique (None for segment prompts), and its source."""

    text: str
    technique: PromptTechnique | None
    source: str


_GENERAL_TEXTS: Mapping[Language, Mapping[PromptTechnique, tuple[str, ...]]] = {
    Language.EN: {
        PromptTechnique.OPEN_QUESTION: (
            "What's on your mind about this?",
            "How did that play out?",
            "What would a good outcome look like for you?",
            "What have you tried so far?",
            "What would you like to take away from this conversation?",
        ),
        PromptTechnique.PARAPHRASE: (
            "So what I'm hearing is … — did I get that right?",
            "Let me check I'm following: you're saying that … Is that it?",
            "In other words, … — is that a fair way to put it?",
        ),
        PromptTechnique.REFLECT_FEELINGS: (
            "It sounds like that was frustrating for you.",
            "I sense you're excited about this — am I reading that right?",
            "That sounds like it weighed on you. How do you feel about it now?",
        ),
        PromptTechnique.SUMMARISE: (
            "Let me sum up where we are: … What did I miss?",
            "So far we've covered … and … Is there anything you'd add?",
            "Before we move on, the key points I've heard are … Do they match yours?",
        ),
        PromptTechnique.PAUSE: (
            "Take your time.",
            "(Stay quiet for a few seconds and let them go on.)",
            "No rush — I'm listening.",
        ),
        PromptTechnique.CLARIFY: (
            "When you say …, what do you mean exactly?",
            "Can you give me an example?",
            "What happened just before that?",
            "Who else was involved?",
        ),
    },
    Language.ES: {
        PromptTechnique.OPEN_QUESTION: (
            "¿Qué es lo que más te ronda la cabeza sobre esto?",
            "¿Cómo se desarrolló todo?",
            "¿Cómo sería para ti un buen resultado?",
            "¿Qué has probado hasta ahora?",
            "¿Qué te gustaría llevarte de esta conversación?",
        ),
        PromptTechnique.PARAPHRASE: (
            "Entonces, lo que te escucho decir es … — ¿lo he entendido bien?",
            "A ver si te sigo: me estás diciendo que … ¿Es así?",
            "Dicho de otra forma: … — ¿te parece una buena manera de expresarlo?",
        ),
        PromptTechnique.REFLECT_FEELINGS: (
            "Parece que eso te frustró.",
            "Noto que esto te ilusiona, ¿me equivoco?",
            "Suena a que eso te pesó. ¿Cómo te sientes ahora al respecto?",
        ),
        PromptTechnique.SUMMARISE: (
            "Resumo dónde estamos: … ¿Qué se me ha escapado?",
            "Hasta ahora hemos hablado de … y de … ¿Añadirías algo?",
            "Antes de seguir, las ideas clave que he oído son … ¿Coinciden con las tuyas?",
        ),
        PromptTechnique.PAUSE: (
            "Tómate tu tiempo.",
            "(Quédate en silencio unos segundos y deja que siga).",
            "Sin prisa, te escucho.",
        ),
        PromptTechnique.CLARIFY: (
            "Cuando dices …, ¿a qué te refieres exactamente?",
            "¿Me pones un ejemplo?",
            "¿Qué pasó justo antes?",
            "¿Quién más estaba implicado?",
        ),
    },
}

GENERAL_DECK: Mapping[Language, tuple[Prompt, ...]] = {
    language: tuple(
        Prompt(text, technique, SOURCE_GENERAL)
        for technique, texts in by_technique.items()
        for text in texts
    )
    for language, by_technique in _GENERAL_TEXTS.items()
}


def technique_label(technique: PromptTechnique, language: Language | None = None) -> str:
    """The translated name of a technique, e.g. "Paraphrase" / "Parafrasear"."""
    return t(f"listening.technique.{technique.value}", language=language)


def prompt_label(prompt: Prompt, language: Language | None = None) -> str:
    """A short caption for a prompt: its technique, or "This segment"."""
    if prompt.technique is None:
        return t("listening.source.segment", language=language)
    return technique_label(prompt.technique, language)


class PromptDeck:
    """The prompts the Listening pane cycles through, one at a time.

    Segment prompts come first (they fit the moment), then the general deck.
    """

    def __init__(
        self,
        segment_prompts: Sequence[str],
        language: Language,
        rng: random.Random | None = None,
        used: Sequence[str] = (),
    ) -> None:
        """Build the deck; `used` restores texts already marked (a resumed session)."""
        self._segment = tuple(Prompt(text, None, SOURCE_SEGMENT) for text in segment_prompts)
        self._general = list(GENERAL_DECK[language])
        self._rng = rng or random.Random()
        self._index = 0
        self.used: list[str] = list(dict.fromkeys(used))

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

    def next(self) -> Prompt:
        """Show the next prompt, wrapping around to the first after the last."""
        self._index = (self._index + 1) % self.position[1]
        return self.current

    def previous(self) -> Prompt:
        """Show the previous prompt, wrapping around to the last before the first."""
        self._index = (self._index - 1) % self.position[1]
        return self.current

    def shuffle(self) -> Prompt:
        """Reorder the general prompts and show the first of them.

        Segment prompts keep their place at the front; landing on the first
        shuffled general prompt makes the key visibly do something.
        """
        self._rng.shuffle(self._general)
        self._index = len(self._segment)
        return self.current

    def mark_used(self) -> None:
        """Record the current prompt's text as used (once)."""
        text = self.current.text
        if text not in self.used:
            self.used.append(text)

    def is_used(self, prompt: Prompt) -> bool:
        """True if a prompt with this text has been marked used."""
        return prompt.text in self.used
