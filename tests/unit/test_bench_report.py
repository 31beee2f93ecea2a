"""The shape of `make bench`'s output (never its timings: those are only checked by the bench)."""

from __future__ import annotations

import json

import pytest
from bench.report import REQUIRED_KEYS, TARGETS, checks, json_line, parse_json_line, table


def _results(value: float) -> dict[str, float | int | str | None]:
    figures: dict[str, float | int | str | None] = dict.fromkeys(REQUIRED_KEYS, value)
    figures["cores"] = 2
    figures["date"] = "2026-11-29"
    return figures


def test_the_last_line_has_every_required_key_first_rounded() -> None:
    line = json_line(_results(1.23456))
    figures = json.loads(line)
    assert list(figures)[: len(REQUIRED_KEYS)] == list(REQUIRED_KEYS)
    assert figures["key_ratio"] == 1.23
    assert figures["cores"] == 2
    assert figures["date"] == "2026-11-29"


def test_a_missing_key_is_named() -> None:
    results = _results(1.0)
    del results["summary_ms"]
    with pytest.raises(KeyError, match="summary_ms"):
        json_line(results)


def test_the_figures_are_read_back_from_the_last_line_of_the_output() -> None:
    output = "a table\nok   something\n" + json_line(_results(0.5)) + "\n"
    assert parse_json_line(output)["idle_writes_per_min"] == 0.5


def test_every_target_is_checked_and_a_miss_shows() -> None:
    results: dict[str, float | None] = dict.fromkeys(REQUIRED_KEYS, 0.1)
    results["finish_ms_0"] = 10.0
    results["finish_ms_5000"] = 10.0
    assert all(checks(results).values())
    assert set(TARGETS) <= set(REQUIRED_KEYS)

    results["key_ratio"] = TARGETS["key_ratio"] + 0.01
    results["finish_ms_5000"] = 16.0
    results["change_saved_s"] = None  # no draft write came at all
    missed = [name for name, ok in checks(results).items() if not ok]
    assert missed == [
        "key_ratio <= 1.2",
        "change_saved_s <= 1",
        "finish_ms_5000 <= 1.5 x finish_ms_0",
    ]


def test_the_table_aligns_its_columns() -> None:
    text = table(
        [("start-up", "0.30 s", "0.40 s", "1.33x"), ("peak memory", "37 MiB", "48 MiB", "1.30x")]
    )
    lines = text.splitlines()
    assert len(lines) == 3
    assert len({len(line) for line in lines}) == 1
    assert lines[1].startswith("start-up ")
