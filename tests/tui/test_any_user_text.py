"""Any text a mentor types (pastes) round-trips unchanged and never breaks the screen.

Property test: arbitrary Unicode (accents, emoji, right-to-left, combining
marks, control codes, markup-looking brackets) goes in through the real
action-item and note fields, and comes out identical in the model, the
on-screen list, the draft file and the summary, as the one sanitizing rule
leaves it (`clean`: bidi embedding and override characters removed, control
codes shown as symbols) and trimmed. A text that is nothing once cleaned (say,
only a bidi override) adds no entry. Line breaks are left out: the fields are
single-line, like a terminal paste into one.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from textual import events
from textual.widgets import Input

from sessiontui.model import Visibility
from sessiontui.summary import render_summary
from sessiontui.text import clean
from sessiontui.tui.app import create_app

from .conftest import LaunchFactory
from .helpers import list_texts, screen_text, session_screen, settle

# What ends a line for str.splitlines (a single-line field keeps a paste's first line).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85"
USER_TEXT = st.text(
    alphabet=st.characters(exclude_categories=("Cs", "Zl", "Zp"), exclude_characters=LINE_BREAKS),
    min_size=1,
    max_size=40,
)
MARKUPISH = st.sampled_from(["[bold]x[/bold]", "[/]", "[red", "[@click=app.quit]q[/]", "\\[b]"])


async def _paste_into(app_input: Input, text: str) -> None:
    app_input.focus()
    app_input.post_message(events.Paste(text))


async def _round_trip(make_launch: LaunchFactory, texts: list[str]) -> None:
    launch = make_launch()
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = session_screen(app)
        for text in texts:
            await pilot.press("ctrl+o")
            await _paste_into(screen.query_one("#action-text", Input), text)
            await pilot.pause()
            await pilot.press("enter")
            await pilot.press("ctrl+g")
            await _paste_into(screen.query_one("#note-input", Input), text)
            await pilot.pause()
            await pilot.press("enter")
        await pilot.pause()
        expected = [kept for text in texts if (kept := clean(text).strip())]
        session = screen.live.session
        assert [item.text for item in session.action_items] == expected
        assert [note.text for note in session.notes] == expected

        shown = list_texts(app, "#actions-list")
        assert len(shown) == len(expected), shown
        for text, row in zip(expected, shown, strict=True):
            assert text in row
        # The screen still renders whole: no text breaks the layout.
        on_screen = screen_text(app)
        for title in ("Agenda", "Listening", "Feedback", "Action items"):
            assert title in on_screen, on_screen

        screen.autosave_tick()
        await settle(app)
        draft = launch.drafts.load().session
        assert draft is not None
        assert [item.text for item in draft.action_items] == expected
        assert [note.text for note in draft.notes] == expected

        summary = render_summary(session).body
        for text in expected:
            assert text in summary  # shared action items
        assert all(note.visibility is Visibility.PRIVATE for note in session.notes)


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(texts=st.lists(st.one_of(USER_TEXT, MARKUPISH), min_size=1, max_size=4))
# Found by a long run: a bidi override is removed, and a text of only one is no entry.
@example(texts=["\u202e", "Lu\u202ecía \u2066x\u2069", "\x1b]0;title\x07 \x9b31m"])
def test_any_user_text_round_trips_through_screen_draft_and_summary(
    make_launch: LaunchFactory, tmp_path: Path, texts: list[str]
) -> None:
    # Each example gets a fresh data folder: the draft of one must not leak into the next.
    for leftover in (tmp_path / "data").glob("*"):
        leftover.unlink()
    asyncio.run(_round_trip(make_launch, texts))
