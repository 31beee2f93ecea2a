"""The live session never reads or rewrites the history: only storing the finished session does."""

from __future__ import annotations

from tests.history import stored_sessions

from sessiontui.tui.app import create_app
from sessiontui.tui.screens.summary import SummaryScreen

from .conftest import LaunchFactory, ManualClock
from .helpers import screen_text, session_screen, settle


async def test_a_whole_live_session_leaves_the_history_file_alone(
    make_launch: LaunchFactory, clock: ManualClock
) -> None:
    launch = make_launch()
    history = launch.archive.layout.index_path
    app = create_app(launch)
    async with app.run_test(size=(100, 30)) as pilot:
        # Once the session has started (starting reads the mentee list): made
        # unparseable on purpose, so any read during the live session would
        # move it aside and any write would replace it.
        history.parent.mkdir(mode=0o700, exist_ok=True)
        history.write_bytes(b'{"mentees": {"1": TRUNCATED')
        await pilot.press("ctrl+o", *"Book the mock interview", "enter")
        for _ in range(3):
            clock.advance(301)
            await pilot.press("ctrl+n")
            session_screen(app).autosave_tick()
            await settle(app)
        assert history.read_bytes() == b'{"mentees": {"1": TRUNCATED'
        assert launch.drafts.load().session is not None

        await pilot.press("f10", "f10")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("ctrl+s")
        await settle(app)
        await pilot.pause()
        # The mentor is told where the unreadable history went (the path may
        # wrap anywhere in the notice, so compare without any whitespace).
        assert ".corrupt-" in "".join(screen_text(app).split())

    # At finish the broken index is kept aside (never overwritten), rebuilt, and
    # the session stored.
    assert [s.mentee for s in stored_sessions(launch.data_dir)] == ["Ana"]
    kept = [p for p in history.parent.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1
    assert kept[0].read_bytes() == b'{"mentees": {"1": TRUNCATED'
