"""The "difficult moments" deck: what to do and what to say when a session gets hard.

Seven moments a mentor meets sooner or later: a silence, an emotion, a
conversation drifting off topic, a mentee who comes unprepared, "just tell
me the answer", something beyond a mentor's role, and a step that keeps
slipping. Each has what to *do* (advice to the mentor, in the UI language)
and what to *say* (aloud to the mentee, in the session's language, like a
prompt; "…" marks the mentee's own words).

The content lives here, in the catalog, rather than in a TOML file like the
scripts: it is the app's own text, not something a mentor writes, so it is
translated once through the same catalog as every other text (the catalog
test fails when a language lacks one of its lines) and it needs no loader,
no limits and no sanitizing. A mentor who wants other words writes them
into a script's segment prompts.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sessiontui.i18n import N_, current, session_translator


class Moment(StrEnum):
    """A difficult moment, in the order the deck lists them."""

    SILENCE = "silence"
    EMOTION = "emotion"
    OFF_TOPIC = "off-topic"
    UNPREPARED = "unprepared"
    ANSWER = "just-tell-me"
    BEYOND_ROLE = "beyond-role"
    SLIPPING = "slipping-step"


@dataclass(frozen=True)
class _MomentText:
    title: str
    do: str
    say: str


_TEXTS: dict[Moment, _MomentText] = {
    Moment.SILENCE: _MomentText(
        N_("A long silence"),
        N_(
            "Wait. Count to ten before you speak: the thinking often happens in the silence. "
            "If it goes on, ask one short open question, not several."
        ),
        N_("Take your time. What's going through your mind?"),
    ),
    Moment.EMOTION: _MomentText(
        N_("An emotion comes up"),
        N_(
            "Pause the timer (Ctrl+T): the agenda can wait. Acknowledge what you see without "
            "naming it for them, and do not rush to fix it. Offer a break, or to stop for "
            "today, and let the mentee choose."
        ),
        N_("Take all the time you need. What would help most right now?"),
    ),
    Moment.OFF_TOPIC: _MomentText(
        N_("The conversation drifts off topic"),
        N_(
            "Do not cut it off: park the thought (Ctrl+L) so it is not lost, say how much time "
            "is left, and let the mentee choose where it goes."
        ),
        N_(
            "This sounds important. We have … minutes left: shall we stay with this, or note "
            "it and come back to what we planned?"
        ),
    ),
    Moment.UNPREPARED: _MomentText(
        N_("Your mentee comes unprepared"),
        N_(
            "No blame. Use the session to find out what got in the way, then make the next "
            "step smaller. An unprepared session can still be a useful one."
        ),
        N_("What got in the way? What would make the next step easier?"),
    ),
    Moment.ANSWER: _MomentText(
        N_('"Just tell me the answer"'),
        N_(
            "Ask for their thinking first. Then offer your experience as one option among "
            "several, not as the answer, and let them choose."
        ),
        N_(
            "I'm happy to tell you what I would do. Before I do, what options do you see, and "
            "which one appeals to you?"
        ),
    ),
    Moment.BEYOND_ROLE: _MomentText(
        N_("Something beyond a mentor's role"),
        N_(
            "Health, a legal matter, a conflict that belongs to HR: listen, thank them, and say "
            "plainly that it needs more help than a mentor can give. Refer them on (a doctor, "
            "an employee assistance programme, HR, a lawyer). If someone is at risk of serious "
            "harm, act now, as your confidentiality agreement says."
        ),
        N_(
            "Thank you for trusting me with this. It deserves more help than I can give as "
            "your mentor. Who could you talk to about it? I can help you find someone."
        ),
    ),
    Moment.SLIPPING: _MomentText(
        N_("A step that keeps slipping"),
        N_(
            "Name the pattern without judging it. Make the step smaller, or drop it if it no "
            "longer matters, then check the commitment again."
        ),
        N_(
            "This step has come back a few times now. What is really in the way? What smaller "
            "step could you take this week? From 1 to 10, how likely is it you'll do it?"
        ),
    ),
}


@dataclass(frozen=True)
class MomentCard:
    """One moment as the deck shows it: its title and what to do in the UI language,
    what to say in the session's language."""

    moment: Moment
    title: str
    do: str
    say: str


def moment_cards(session_language: str) -> list[MomentCard]:
    """Every difficult moment, in order, ready to show during a session in `session_language`."""
    ui, spoken = current(), session_translator(session_language)
    return [
        MomentCard(moment, ui.gettext(text.title), ui.gettext(text.do), spoken.gettext(text.say))
        for moment, text in _TEXTS.items()
    ]
