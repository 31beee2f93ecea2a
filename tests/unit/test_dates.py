"""Due dates as typed: ISO dates, +Nd / +Nw (+Ns), blank, and clear refusals."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessiontui.dates import DueDateError, parse_due, parse_time_of_day

TODAY = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("   ", None),
        ("2025-04-01", date(2025, 4, 1)),
        (" 2024-02-29 ", date(2024, 2, 29)),
        ("+3d", date(2025, 3, 17)),
        ("+1w", date(2025, 3, 21)),
        ("+2W", date(2025, 3, 28)),
        ("+2s", date(2025, 3, 28)),
        ("+ 10 d", date(2025, 3, 24)),
        ("+0d", TODAY),
    ],
)
def test_accepted_forms(text: str, expected: date | None) -> None:
    assert parse_due(text, TODAY) == expected


@pytest.mark.parametrize(
    "text", ["tomorrow", "2025-02-30", "20250314", "2025-3-1", "+3", "3d", "-1d", "+1m", "+d"]
)
def test_refused_with_the_text_in_the_reason(text: str) -> None:
    with pytest.raises(DueDateError) as raised:
        parse_due(text, TODAY)
    assert text.strip() in str(raised.value)
    assert "YYYY-MM-DD" in str(raised.value)


@given(st.integers(min_value=0, max_value=9999))
def test_relative_days_add_exactly(days: int) -> None:
    assert parse_due(f"+{days}d", TODAY) == TODAY + timedelta(days=days)


@given(st.text(max_size=30))
def test_never_raises_anything_but_its_own_error(text: str) -> None:
    try:
        result = parse_due(text, TODAY)
    except DueDateError:
        return
    # None exactly for a blank text; a date otherwise.
    assert (result is None) == (text.strip() == ""), result
    assert result is None or isinstance(result, date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("10:00", time(10, 0)), (" 9:05 ", time(9, 5)), ("23:59", time(23, 59))],
)
def test_a_time_of_day(text: str, expected: time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize("text", ["", "24:00", "10:60", "10", "10.30", "ten", "1:2"])
def test_not_a_time_of_day(text: str) -> None:
    assert parse_time_of_day(text) is None
