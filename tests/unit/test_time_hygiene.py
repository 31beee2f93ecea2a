"""One wall clock, injected: no module reads the system time or parses a stored time itself.

Timestamps are aware datetimes in the model, stamped from the injected wall
clock (`Launch.wall_clock`, `LiveSession(wall_clock=...)`); the system clock
is read in exactly one place, `clock.local_now`, the default injected at
start-up. Times are parsed from text only where text is what arrives: a due
date the mentor types (dates.py) and times stored by older releases
(store/migrations.py).
"""

from __future__ import annotations

import ast
from pathlib import Path

import sessiontui
from sessiontui.clock import local_now

PACKAGE = Path(sessiontui.__file__).parent

# (module, call) pairs allowed, each for the reason in the docstring above.
ALLOWED = {
    ("clock.py", "now"),
    ("dates.py", "fromisoformat"),
    ("store/migrations.py", "fromisoformat"),
}
CLOCK_READS = {"now", "today", "utcnow", "time", "fromisoformat", "strptime", "fromtimestamp"}
TIME_OWNERS = {"datetime", "date", "time"}


def _time_calls(path: Path) -> list[tuple[str, int]]:
    """`datetime.now()`, `date.today()`, `time.time()`, ... calls in `path`, with lines."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner = node.func.value
        if (
            node.func.attr in CLOCK_READS
            and isinstance(owner, ast.Name)
            and owner.id in TIME_OWNERS
        ):
            found.append((node.func.attr, node.lineno))
    return found


def test_the_check_sees_the_one_allowed_clock_read() -> None:
    assert [call for call, _ in _time_calls(PACKAGE / "clock.py")] == ["now"]


def test_no_module_reads_the_clock_or_parses_a_time_on_its_own() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}: {call}()"
        for path in sorted(PACKAGE.rglob("*.py"))
        for call, line in _time_calls(path)
        if (path.relative_to(PACKAGE).as_posix(), call) not in ALLOWED
    ]
    assert offenders == []


def test_the_real_wall_clock_is_aware_and_in_whole_seconds() -> None:
    now = local_now()
    assert now.tzinfo is not None
    assert now.microsecond == 0
