"""What the F1 help says: the session's panes and the practice each supports, and privacy.

The keys themselves come from the one action registry (`tui/actions.py`):
a text that names a key gets it through `key` (an action's name, e.g.
"park"), so a key changed there changes here too. Each topic ties a pane to
the practice of the source article it supports (expectations,
confidentiality, goals, active listening, feedback both ways, the action
plan and its follow-up).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sessiontui.i18n import _

KeyOf = Callable[[str], str]


@dataclass(frozen=True)
class HelpTopic:
    """One searchable block of the help: a heading and a paragraph, translated."""

    title: str
    body: str


def session_topics(key: KeyOf) -> list[HelpTopic]:
    """ "The session": what each pane is for, and the practice behind it."""
    return [
        HelpTopic(
            _("Agenda: pacing and mutual expectations"),
            _(
                "The timed script: the segment you are in, its countdown, a warning before "
                "its end and overtime counting up. Move on when you decide ({next}); the "
                "timer never changes segment by itself. In a first session, the expectations "
                "segment is where you agree how often and how long you meet, the topics and "
                "the commitment: the agreement is kept and shown again in later sessions.",
                next=key("next_segment"),
            ),
        ),
        HelpTopic(
            _("Confidentiality: a safe space"),
            _(
                "The confidentiality segment says the norms out loud: what stays between "
                "you, and the exceptions (a risk of serious harm, something illegal), which "
                "you tell your mentee about first. Every entry is shared or private, and "
                "private ones never leave this device."
            ),
        ),
        HelpTopic(
            _("Session goals: clear and measurable"),
            _(
                "Add a goal for this session ({goal}) with how you will both know it is met, "
                "tied to a long-term goal when there is one. Mark it achieved before the end.",
                goal=key("add('goal')"),
            ),
        ),
        HelpTopic(
            _("Listening: active listening"),
            _(
                "One prompt at a time, matched to the segment: open questions, paraphrase, "
                "reflect feelings, summarise, silence ({prompt} shows the next). When a "
                "thought comes while your mentee speaks, park it ({park}) instead of "
                "interrupting; the parking lot comes back at the wrap-up. Above the prompt, "
                "the segment's guidance says what to listen for; when a small screen cuts "
                "it off, Tab reaches it and ↑/↓ scroll the rest into view.",
                prompt=key("next_prompt"),
                park=key("add('parked')"),
            ),
        ),
        HelpTopic(
            _("Feedback: both ways"),
            _(
                "Mentor to mentee, mentee to mentor, or about the session ({feedback}). "
                "Describe the situation, the behaviour and its impact, then ask for the "
                "intent. Choose whether it is shared (it goes in the summary) or private.",
                feedback=key("add('feedback')"),
            ),
        ),
        HelpTopic(
            _("Action items: the plan and its follow-up"),
            _(
                "Each next step ({action}) has an owner, mentee or mentor, and a due date "
                "(YYYY-MM-DD, +3d, +2w). Open items come back at the start of the next "
                "session, to be marked done, kept or dropped.",
                action=key("add('action')"),
            ),
        ),
        HelpTopic(
            _("Finishing: the summary"),
            _(
                "{finish} ends the session (it asks first) and shows the email to your "
                "mentee: only shared entries, in the session's language. Edit it, then send "
                "it; the app says truthfully whether it reached the clipboard, the terminal "
                "or only a file.",
                finish=key("finish"),
            ),
        ),
    ]


def privacy_topics(data_folder: Path, settings: Path, scripts_folder: Path) -> list[HelpTopic]:
    """ "Sharing and privacy": shared and private, share mode, what stays, where data lives."""
    return [
        HelpTopic(
            _("Shared and private"),
            _(
                "Every note, feedback entry, goal and action item is shared or private, and "
                "its list says which. Your notes, parked thoughts and feedback from your "
                "mentee start private; action items, goals and the agreement start shared; "
                "for feedback to your mentee, you choose."
            ),
        ),
        HelpTopic(
            _("Share mode"),
            _(
                "Before you share this terminal on the call, turn on share mode: "
                "“Toggle share mode” in the command palette (its key is in the Keys tab), "
                "or start with sessiontui --share. Every private entry disappears from every "
                "screen and a banner says sharing is on. You can still add entries; a private "
                "one is confirmed without showing its text. Turning share mode off asks first."
            ),
        ),
        HelpTopic(
            _("What never leaves this device"),
            _(
                "Private entries never reach the summary, the clipboard, the summary file, "
                "show or export (unless you ask for --include-private), or a log. sessiontui "
                "never uses the network. A crash log holds places in the code, never your text."
            ),
        ),
        HelpTopic(
            _("Where your data lives"),
            _(
                "Data folder: {data} (readable by you only). It holds the history (mentees/), "
                "the draft of the session in progress and the summaries. To back it up, copy "
                "the folder while sessiontui is not running. Your settings: {settings}; your "
                "own scripts: {scripts}.",
                data=str(data_folder),
                settings=str(settings),
                scripts=str(scripts_folder),
            ),
        ),
    ]
