"""The live draft: atomic, independent of the archive, survives kill -9."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import stat
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackDirection,
    Note,
    Owner,
    Session,
    Visibility,
)
from sessiontui.store import atomic
from sessiontui.store.datadir import DataDir
from sessiontui.store.draft import DraftLoad, DraftStore
from sessiontui.text import clean

MARKUP = "[bold]Núñez[/bold] ¡bien! 🎉"
AT = datetime(2025, 1, 20, 10, 0, tzinfo=timezone(timedelta(hours=1)))


def _session() -> Session:
    return Session(
        script_id="regular",
        script_title="Sesión regular",
        mentee="María José Núñez 🎉",
        started_at=AT,
        feedback=[Feedback(text=MARKUP, visibility=Visibility.PRIVATE, created_at=AT)],
        action_items=[ActionItem(text="Leer «El arte» ☕", due=date(2025, 1, 31), created_at=AT)],
        notes=[Note(text="[red]ojo[/red]", created_at=AT)],
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir.open(tmp_path / "data")


def test_round_trip_non_ascii_unescaped(data_dir: DataDir) -> None:
    store = DraftStore(data_dir)
    session = _session()
    store.save(session)
    assert data_dir.draft_path.exists()
    assert store.load() == DraftLoad(session=session, moved_aside=None)
    raw = data_dir.draft_path.read_text(encoding="utf-8")
    assert MARKUP in raw
    assert "María José Núñez 🎉" in raw
    assert "\\u" not in raw
    assert stat.S_IMODE(data_dir.draft_path.stat().st_mode) == 0o600


def test_missing_draft(data_dir: DataDir) -> None:
    store = DraftStore(data_dir)
    assert not data_dir.draft_path.exists()
    assert store.load() == DraftLoad(session=None, moved_aside=None)


def test_discard(data_dir: DataDir) -> None:
    store = DraftStore(data_dir)
    store.save(_session())
    store.discard()
    assert not data_dir.draft_path.exists()
    store.discard()  # discarding twice is harmless
    assert store.load().session is None


@pytest.mark.parametrize(
    "content",
    [b"", b'{"id": "abc", "mentee": "tru', b"\xff\xfe\x00", b'{"id": 1}', b"[1, 2]"],
    ids=["empty", "truncated", "not-utf8", "invalid-session", "not-an-object"],
)
def test_unreadable_draft_is_moved_aside(data_dir: DataDir, content: bytes) -> None:
    data_dir.draft_path.write_bytes(content)
    loaded = DraftStore(data_dir).load()
    assert loaded.session is None
    assert loaded.moved_aside is not None
    assert loaded.moved_aside.name.startswith("draft.json.corrupt-")
    assert loaded.moved_aside.read_bytes() == content
    assert not data_dir.draft_path.exists()


def test_truncated_real_draft_is_moved_aside(data_dir: DataDir) -> None:
    store = DraftStore(data_dir)
    store.save(_session())
    whole = data_dir.draft_path.read_bytes()
    data_dir.draft_path.write_bytes(whole[:-10])
    loaded = store.load()
    assert loaded.session is None
    assert loaded.moved_aside is not None
    assert loaded.moved_aside.read_bytes() == whole[:-10]


def test_draft_never_touches_the_archive(data_dir: DataDir) -> None:
    # An unreadable archive would raise if the draft opened TinyDB.
    data_dir.db_path.write_bytes(b"{not json")
    store = DraftStore(data_dir)
    session = _session()
    store.save(session)
    assert store.load().session == session
    assert data_dir.db_path.read_bytes() == b"{not json"
    assert sorted(p.name for p in data_dir.path.iterdir()) == ["draft.json", "sessions.json"]


def test_disk_trouble_is_raised_and_old_draft_kept(
    data_dir: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DraftStore(data_dir)
    first = _session()
    store.save(first)

    def disk_full(src: Path, dst: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        store.save(first.model_copy(update={"mentee": "otra"}))
    assert store.load().session == first


# --- arbitrary sequences of session operations survive save -> load ---

_texts = st.one_of(
    st.sampled_from(["[bold]negrita[/bold]", "Ñandú, pingüino y acción 🎉", "línea\nsegunda"]),
    # Text the model accepts: not blank once cleaned (only bidi controls is blank).
    st.text(min_size=1, max_size=40).filter(lambda s: clean(s).strip() != ""),
)
_visibility = st.sampled_from(list(Visibility))
_kinds = st.sampled_from(["feedback", "action_items", "notes"])

_operations = st.one_of(
    st.tuples(st.just("feedback"), _texts, st.sampled_from(list(FeedbackDirection)), _visibility),
    st.tuples(
        st.just("action"), _texts, st.sampled_from(list(Owner)), st.none() | st.dates(), _visibility
    ),
    st.tuples(st.just("note"), _texts, _visibility),
    st.tuples(st.just("toggle_done"), st.integers(min_value=0, max_value=20)),
    st.tuples(st.just("delete"), _kinds, st.integers(min_value=0, max_value=20)),
    st.tuples(st.just("visibility"), _kinds, st.integers(min_value=0, max_value=20), _visibility),
    st.tuples(st.just("mentee"), st.text(max_size=30)),
)


def _apply(session: Session, op: tuple[object, ...]) -> None:
    """Apply one operation as the live session would (lists edited in place)."""
    match op:
        case ("feedback", str(text), FeedbackDirection() as direction, Visibility() as vis):
            session.feedback.append(
                Feedback(text=text, direction=direction, visibility=vis, created_at=AT)
            )
        case ("action", str(text), Owner() as owner, due, Visibility() as vis):
            item = ActionItem(text=text, owner=owner, visibility=vis, created_at=AT)
            item.due = due if isinstance(due, date) else None
            session.action_items.append(item)
        case ("note", str(text), Visibility() as vis):
            session.notes.append(Note(text=text, visibility=vis, created_at=AT))
        case ("toggle_done", int(index)) if session.action_items:
            item = session.action_items[index % len(session.action_items)]
            item.done = not item.done
        case ("delete", str(kind), int(index)):
            entries: list[Any] = getattr(session, kind)
            if entries:
                del entries[index % len(entries)]
        case ("visibility", str(kind), int(index), Visibility() as vis):
            entries = getattr(session, kind)
            if entries:
                entries[index % len(entries)].visibility = vis
        case ("mentee", str(name)):
            session.mentee = name


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations=st.lists(_operations, max_size=15))
def test_operations_survive_save_and_load(
    tmp_path_factory: pytest.TempPathFactory, operations: list[tuple[object, ...]]
) -> None:
    data_dir = DataDir.open(tmp_path_factory.mktemp("draft"))
    store = DraftStore(data_dir)
    session = Session(script_id="regular", script_title="Regular", started_at=AT)
    store.save(session)
    for op in operations:
        _apply(session, op)
        store.save(session)
        loaded = store.load()
        assert loaded.moved_aside is None
        assert loaded.session == session
    assert json.loads(data_dir.draft_path.read_text(encoding="utf-8")) == session.to_json_dict()


# --- kill -9 during saves never leaves a torn draft ---

_VERSION_SOURCE = '''
def version(i):
    """The i-th draft: its size varies so a torn write could not pass for another."""
    from sessiontui.model import Note, Session
    stamp = "2025-01-01T10:00:00+00:00"
    notes = [
        Note(id=f"n{k}", created_at=stamp, text=f"nota {k} de {i}: ñ 🎉 " * (1 + k % 7))
        for k in range(i % 40)
    ]
    return Session(
        id="crash", script_id="regular", script_title="Sesión", started_at=stamp,
        mentee=f"Núñez {i}", notes=notes,
    )
'''

_CHILD = (
    _VERSION_SOURCE
    + """
import sys
from pathlib import Path
from sessiontui.store import DataDir, DraftStore
store = DraftStore(DataDir.open(Path(sys.argv[1])))
i = 0
while True:
    store.save(version(i))
    if i == 0:
        print("ready", flush=True)
    i += 1
"""
)


def _version(i: int) -> Session:
    namespace: dict[str, object] = {}
    exec(_VERSION_SOURCE, namespace)
    built = namespace["version"](i)  # type: ignore[operator]
    assert isinstance(built, Session)
    return built


@pytest.mark.slow
def test_kill_9_while_saving_leaves_a_whole_draft(tmp_path: Path) -> None:
    data = DataDir.open(tmp_path / "data")
    rng = random.Random(20250304)
    seen: set[int] = set()
    for _ in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(data.path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        try:
            # Let it run a random while so the kill lands at arbitrary points of a save.
            child.wait(timeout=rng.uniform(0.05, 0.4))
        except subprocess.TimeoutExpired:
            os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
        child.stdout.close()
        loaded = DraftStore(data).load()
        assert loaded.moved_aside is None
        assert loaded.session is not None
        index = int(loaded.session.mentee.rsplit(" ", 1)[1])
        assert loaded.session == _version(index)
        seen.add(index)
    assert len(seen) > 1  # the kills really landed at different moments
