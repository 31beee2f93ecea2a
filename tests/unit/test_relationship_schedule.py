"""The next session's date, proposed from the agreed rhythm."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sessiontui.model import AgreementTerms, Frequency
from sessiontui.relationship.schedule import propose_next, round_to_quarter

UTC1 = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC1)
MADRID = ZoneInfo("Europe/Madrid")


def _terms(frequency: Frequency, every_weeks: int | None = None) -> AgreementTerms:
    return AgreementTerms(frequency=frequency, every_weeks=every_weeks)


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        (_terms(Frequency.WEEKLY), datetime(2026, 3, 9, 10, 0, tzinfo=UTC1)),
        (_terms(Frequency.FORTNIGHTLY), datetime(2026, 3, 16, 10, 0, tzinfo=UTC1)),
        (_terms(Frequency.CUSTOM, every_weeks=3), datetime(2026, 3, 23, 10, 0, tzinfo=UTC1)),
        # The first Monday of March -> the first Monday of April.
        (_terms(Frequency.MONTHLY), datetime(2026, 4, 6, 10, 0, tzinfo=UTC1)),
        # No rhythm agreed (yet): a week later.
        (None, datetime(2026, 3, 9, 10, 0, tzinfo=UTC1)),
        (AgreementTerms(), datetime(2026, 3, 9, 10, 0, tzinfo=UTC1)),
    ],
)
def test_the_rhythm_gives_the_same_weekday_and_time(
    terms: AgreementTerms | None, expected: datetime
) -> None:
    proposed = propose_next(terms, MONDAY, now=MONDAY, zone=UTC1)
    assert proposed == expected
    assert proposed.weekday() == MONDAY.weekday()
    assert (proposed.hour, proposed.minute) == (10, 0)


def test_monthly_keeps_the_week_of_the_month() -> None:
    second_tuesday = datetime(2026, 3, 10, 18, 30, tzinfo=UTC1)
    proposed = propose_next(_terms(Frequency.MONTHLY), second_tuesday, second_tuesday, UTC1)
    assert proposed == datetime(2026, 4, 14, 18, 30, tzinfo=UTC1)


def test_monthly_on_a_fifth_weekday_falls_back_to_the_last_one() -> None:
    fifth_tuesday = datetime(2026, 3, 31, 9, 0, tzinfo=UTC1)
    proposed = propose_next(_terms(Frequency.MONTHLY), fifth_tuesday, fifth_tuesday, UTC1)
    # April 2026 has four Tuesdays; the last is the 28th.
    assert proposed == datetime(2026, 4, 28, 9, 0, tzinfo=UTC1)


def test_monthly_goes_over_the_new_year() -> None:
    december = datetime(2026, 12, 3, 9, 0, tzinfo=UTC1)  # first Thursday
    proposed = propose_next(_terms(Frequency.MONTHLY), december, december, UTC1)
    assert proposed == datetime(2027, 1, 7, 9, 0, tzinfo=UTC1)


def test_the_time_is_rounded_to_the_quarter_hour() -> None:
    late = datetime(2026, 3, 2, 10, 8, 40, tzinfo=UTC1)
    proposed = propose_next(_terms(Frequency.WEEKLY), late, late, UTC1)
    assert proposed == datetime(2026, 3, 9, 10, 15, tzinfo=UTC1)
    assert round_to_quarter(datetime(2026, 3, 2, 23, 53, tzinfo=UTC1)) == datetime(
        2026, 3, 3, 0, 0, tzinfo=UTC1
    )
    assert round_to_quarter(datetime(2026, 3, 2, 10, 7, 29, tzinfo=UTC1)) == datetime(
        2026, 3, 2, 10, 0, tzinfo=UTC1
    )


def test_a_proposal_is_never_in_the_past() -> None:
    # Finished (or stored) weeks after it started: the next slot after today.
    now = MONDAY + timedelta(days=17)
    proposed = propose_next(_terms(Frequency.WEEKLY), MONDAY, now, UTC1)
    assert proposed == datetime(2026, 3, 23, 10, 0, tzinfo=UTC1)


def test_the_wall_clock_time_stays_across_a_daylight_saving_change() -> None:
    # Summer time starts in Madrid on Sunday 29 March 2026.
    before = datetime(2026, 3, 23, 10, 0, tzinfo=MADRID)
    proposed = propose_next(_terms(Frequency.WEEKLY), before, before, MADRID)
    assert proposed == datetime(2026, 3, 30, 10, 0, tzinfo=MADRID)
    assert proposed.utcoffset() == timedelta(hours=2)
    assert before.utcoffset() == timedelta(hours=1)


@given(
    start=st.datetimes(
        min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC1)
    ),
    frequency=st.sampled_from(list(Frequency)),
    every=st.integers(min_value=1, max_value=52),
)
def test_any_proposal_is_later_on_the_same_weekday(
    start: datetime, frequency: Frequency, every: int
) -> None:
    terms = _terms(frequency, every if frequency is Frequency.CUSTOM else None)
    proposed = propose_next(terms, start, start, UTC1)
    anchor = round_to_quarter(start)
    assert proposed > start
    assert proposed.weekday() == anchor.weekday()
    assert (proposed.hour, proposed.minute) == (anchor.hour, anchor.minute)
    assert proposed - anchor <= timedelta(days=7 * 52)
