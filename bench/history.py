"""The history's flat cost (issue 13): storing a finished session, the start screen's
list of mentees, one mentee's history and everyone's, with 0 and 5,000 stored sessions
across 50 mentees. Medians of several runs, each on a fresh `SessionArchive` (nothing
cached between runs, as in a new process)."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from tinydb import TinyDB

from sessiontui.model import Session
from sessiontui.service.start import mentee_named, new_mentee
from sessiontui.store import AtomicJSONStorage, DataDir, SessionArchive
from sessiontui.store.legacy import LEGACY_TABLE, import_legacy

MENTEES = 50
STORED = 5_000
REPEAT = 7


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


def _finish_ms(folder: DataDir, template: Session, mentee: str) -> float:
    """Storing a new finished session of `mentee`, started as the app starts one (with the
    mentee's id and relationship loaded), on a fresh archive each time."""
    archive = SessionArchive(folder)
    mentee_id = mentee_named(archive, mentee)
    if mentee_id is None:
        mentee_id = new_mentee(archive, mentee, "en", template.started_at).id
    counter = iter(range(10**6))

    def store() -> None:
        archive = SessionArchive(folder)
        session = template.model_copy(
            update={
                "id": f"{next(counter):031x}f",
                "mentee": mentee,
                "mentee_id": mentee_id,
                "relationship": archive.relationship_for(mentee_id),
            }
        )
        archive.add(session)

    return _median_ms(store)


def measure_history(template: Session) -> dict[str, float]:
    """The figures, in milliseconds, keyed as `make bench` reports them."""
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        empty = DataDir.open(Path(tmp) / "empty")
        results["finish_ms_0"] = _finish_ms(empty, template, "Ana")
        full = DataDir.open(Path(tmp) / "full")
        build_history(full, template, STORED)
        results["finish_ms_5000"] = _finish_ms(full, template, "Mentee 7")
        one = next(e.id for e in SessionArchive(full).mentees() if e.name == "Mentee 3")
        results["start_screen_ms_5000"] = _median_ms(lambda: SessionArchive(full).mentees())
        results["history_one_ms_5000"] = _median_ms(
            lambda: SessionArchive(full).record(one).sessions
        )

        def everyone() -> None:
            archive = SessionArchive(full)
            for entry in archive.mentees():
                archive.record(entry.id)

        results["history_all_ms_5000"] = _median_ms(everyone)
    return results


TARGETS = {
    "finish_ms_5000": 50.0,
    "start_screen_ms_5000": 100.0,
    "history_one_ms_5000": 50.0,
    "history_all_ms_5000": 500.0,
}


def history_checks(results: dict[str, float]) -> dict[str, bool]:
    """Each target of issue 13 for the history, met or not."""
    checks = {f"{key} <= {target:g} ms": results[key] <= target for key, target in TARGETS.items()}
    checks["finish_ms_5000 <= 1.5 x finish_ms_0"] = (
        results["finish_ms_5000"] <= 1.5 * results["finish_ms_0"]
    )
    return checks


def print_history(results: dict[str, float]) -> None:
    """The figures as a table, then one line of JSON."""
    for key, value in results.items():
        print(f"{key:>22} {value:8.1f} ms")
    print(json.dumps({key: round(value, 2) for key, value in results.items()}))
