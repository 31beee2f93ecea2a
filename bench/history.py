"""The history's flat cost (issue 13): storing a finished session, the start screen's
list of mentees, one mentee's history and everyone's, with 0 and 5,000 stored sessions
across 50 mentees. Medians of several runs, each on a fresh `SessionArchive` (nothing
cached between runs, as in a new process)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import timedelta

from tinydb import TinyDB

from sessiontui.model import Session
from sessiontui.service.start import mentee_named, new_mentee
from sessiontui.store import AtomicJSONStorage, DataDir, SessionArchive
from sessiontui.store.legacy import LEGACY_TABLE, import_legacy

MENTEES = 50
STORED = 5_000
REPEAT = 7
FINISH_REPEAT = 15


def build_history(folder: DataDir, template: Session, size: int) -> None:
    """`size` stored sessions across MENTEES mentees, as the first start lays them out."""
    if size == 0:
        return
    document = template.to_json_dict()
    items = [item.model_dump(mode="json") for item in template.action_items]
    documents = [
        {
            **document,
            "id": f"{n:032x}",
            "mentee": f"Mentee {n % MENTEES}",
            "mentee_id": None,
            "started_at": (template.started_at - timedelta(days=n)).isoformat(),
            "action_items": [{**item, "id": f"{n:028x}{i:04x}"} for i, item in enumerate(items)],
        }
        for n in range(size)
    ]
    db = TinyDB(folder.db_path, storage=AtomicJSONStorage, backup_path=folder.backup_path)
    db.table(LEGACY_TABLE).insert_multiple(documents)
    db.close()
    import_legacy(SessionArchive(folder))


def _median_ms(action: Callable[[], object], repeat: int = REPEAT) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def _finish_timer(folder: DataDir, template: Session, mentee: str) -> Callable[[int], float]:
    """Storing the `n`th new finished session of `mentee` on a fresh archive, as the
    app's Send does, in milliseconds. The session starts as the app starts one (the
    mentee's id and relationship loaded): that reading is the start's, not timed here."""
    archive = SessionArchive(folder)
    mentee_id = mentee_named(archive, mentee)
    if mentee_id is None:
        mentee_id = new_mentee(archive, mentee, "en", template.started_at).id

    def store(n: int) -> float:
        session = template.model_copy(
            update={
                "id": f"{n:031x}f",
                "mentee": mentee,
                "mentee_id": mentee_id,
                "relationship": SessionArchive(folder).relationship_for(mentee_id),
            }
        )
        archive = SessionArchive(folder)
        start = time.perf_counter()
        archive.add(session)
        return (time.perf_counter() - start) * 1000

    return store


def _finish_ms(timers: dict[str, Callable[[int], float]]) -> dict[str, float]:
    """The median of each timer, run in turns: most of a store is fsync, whose cost
    swings with the disk's other traffic, so both sizes must see the same moments."""
    timings: dict[str, list[float]] = {key: [] for key in timers}
    for n in range(FINISH_REPEAT):
        for key, timer in timers.items():
            timings[key].append(timer(n))
    return {key: statistics.median(values) for key, values in timings.items()}


def measure_history(template: Session, full: DataDir, empty: DataDir) -> dict[str, float]:
    """The figures, in milliseconds, keyed as `make bench` reports them. `full` holds
    the 5,000 stored sessions (`build_history`), `empty` nothing yet."""
    results = _finish_ms(
        {
            "finish_ms_0": _finish_timer(empty, template, "Ana"),
            "finish_ms_5000": _finish_timer(full, template, "Mentee 7"),
        }
    )
    one = next(e.id for e in SessionArchive(full).mentees() if e.name == "Mentee 3")
    results["start_screen_ms_5000"] = _median_ms(lambda: SessionArchive(full).mentees())
    results["history_one_ms_5000"] = _median_ms(lambda: SessionArchive(full).record(one).sessions)

    def everyone() -> None:
        archive = SessionArchive(full)
        for entry in archive.mentees():
            archive.record(entry.id)

    results["history_all_ms_5000"] = _median_ms(everyone)
    return results
