"""A mentee, everything stored about the relationship with them, and their line in the index.

`MenteeRecord` is everything stored about one mentee: the mentee, every
agreement version, the long-term goals with their check-ins, the carried-over
items with their reviews, one row per stored session, and the next session.
Its file holds all but the rows, which are kept one file per year (see
store/layout.py) with a count per year in the record, so storing a session
rewrites one year's rows, never all of them. `MenteeEntry` is what the start
screen lists, kept in a small index so that listing mentees never opens a
mentee's file.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field, NonNegativeInt, StringConstraints

from sessiontui.model.common import SCHEMA_VERSION, CleanText, StrictModel, Visibility, new_id
from sessiontui.model.relationship import (
    AgreementVersion,
    CarriedItem,
    CarryKind,
    LongTermGoal,
    NextSession,
)
from sessiontui.text import one_line

# A name or an address: cleaned, on one line, with single spaces.
OneLine = Annotated[str, AfterValidator(one_line)]
# A year as the record counts its rows files ("2025"): it names a file.
Year = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}$")]


class Mentee(StrictModel):
    """A person the mentor works with; every stored session belongs to one.

    `name` is empty only for the one mentee that holds sessions stored without
    a name. `language` is the code of the language the mentee is written to.
    `private_notes` are the mentor's own: they never leave the machine.
    """

    id: str = Field(default_factory=new_id)
    created_at: AwareDatetime
    name: OneLine = ""
    email: OneLine = ""
    language: str = "en"
    private_notes: CleanText = ""


class SessionRow(StrictModel):
    """One stored session as a mentee's history lists it (the session is in its own file)."""

    id: str
    started_at: AwareDatetime
    finished_at: AwareDatetime | None = None
    script_title: CleanText = ""
    language: str = "en"


def row_year(row: SessionRow) -> int:
    """The year a row's file is (the year the session started, in its own offset)."""
    return row.started_at.year


def rows_per_year(rows: list[SessionRow]) -> dict[str, int]:
    """How many of `rows` started in each year ("2025": 7), by year."""
    counts: dict[int, int] = {}
    for row in rows:
        counts[row_year(row)] = counts.get(row_year(row), 0) + 1
    return {f"{year:04d}": counts[year] for year in sorted(counts)}


class MenteeRecord(StrictModel):
    """Everything stored about one mentee except the sessions' own content.

    `sessions` holds the rows of every year when read for the history, and of
    the years a store needs (the latest two and the session's own) when read
    for a store; `session_years` always counts every stored row, per year. The
    record's file holds neither the rows nor their order: only the counts.
    """

    schema_version: int = SCHEMA_VERSION
    mentee: Mentee
    agreements: list[AgreementVersion] = Field(default_factory=list)
    goals: list[LongTermGoal] = Field(default_factory=list)
    carried: list[CarriedItem] = Field(default_factory=list)
    sessions: list[SessionRow] = Field(default_factory=list)
    session_years: dict[Year, NonNegativeInt] = Field(default_factory=dict)
    next_session: NextSession | None = None

    def holding(self, rows: list[SessionRow], years: set[int]) -> MenteeRecord:
        """This record with `rows`, every row of the `years` read (oldest first); the
        counts of those years are taken from the rows, the others kept as stored."""
        counts = {k: n for k, n in self.session_years.items() if int(k) not in years}
        counts.update(rows_per_year(rows))
        return self.model_copy(
            update={
                "sessions": sorted(rows, key=lambda row: row.started_at),
                "session_years": dict(sorted(counts.items())),
            }
        )

    @property
    def session_count(self) -> int:
        """How many sessions are stored (every year, whichever rows are held)."""
        return sum(self.session_years.values())

    @property
    def agreement(self) -> AgreementVersion | None:
        """The agreement in force: the latest version."""
        return self.agreements[-1] if self.agreements else None

    def open_items(self, kind: CarryKind | None = None) -> list[CarriedItem]:
        """The carried-over items still open (of `kind`, or all), oldest first."""
        return [
            item for item in self.carried if item.is_open and (kind is None or item.kind is kind)
        ]

    @property
    def last_session_at(self) -> AwareDatetime | None:
        """When the latest stored session started."""
        return max((row.started_at for row in self.sessions), default=None)


MONTHS_KEPT = 12
"""How many months up to a mentee's latest session the index counts sessions in."""


def _month_number(moment: datetime) -> int:
    return moment.year * 12 + moment.month - 1


def _recent_months(starts: list[datetime], latest: datetime | None) -> dict[str, int]:
    """Sessions per month ("2025-03": 2) in the MONTHS_KEPT months up to `latest`, oldest
    first. Months are counted as numbers: formatting every start cost more than the rest
    of the index line for a mentee with years of sessions."""
    if latest is None:
        return {}
    first = _month_number(latest) - MONTHS_KEPT + 1
    counts: dict[int, int] = {}
    for start in starts:
        number = _month_number(start)
        if number >= first:
            counts[number] = counts.get(number, 0) + 1
    return {f"{n // 12:04d}-{n % 12 + 1:02d}": counts[n] for n in sorted(counts)}


class MenteeEntry(StrictModel):
    """A mentee's line in the index: what the start screen lists, without opening the file."""

    schema_version: int = SCHEMA_VERSION
    id: str
    name: CleanText = ""
    email: CleanText = ""
    language: str = "en"
    session_count: int = 0
    last_session_at: AwareDatetime | None = None
    open_actions: int = 0
    open_shared_actions: int = 0
    next_session_at: AwareDatetime | None = None
    sessions_per_month: dict[str, int] | None = None
    """Stored sessions per month ("2025-03": 2) in the MONTHS_KEPT months up to the latest
    session, for the start screen's picture (it draws the last 12 months, and today is
    never before the latest session); None in a line written before it was kept (the index
    is then rebuilt from the records). A line from before the window keeps every month:
    still valid, and rewritten small at the mentee's next store."""

    @classmethod
    def of(cls, record: MenteeRecord) -> MenteeEntry:
        """The index line for `record`."""
        actions = record.open_items(CarryKind.ACTION)
        following = record.next_session
        latest = record.last_session_at
        return cls(
            id=record.mentee.id,
            name=record.mentee.name,
            email=record.mentee.email,
            language=record.mentee.language,
            session_count=record.session_count,
            last_session_at=latest,
            open_actions=len(actions),
            open_shared_actions=sum(1 for a in actions if a.visibility is Visibility.SHARED),
            next_session_at=following.starts_at if following is not None else None,
            sessions_per_month=_recent_months([row.started_at for row in record.sessions], latest),
        )

    def in_window(self) -> MenteeEntry:
        """This line with only the months `of` keeps (a line written before the window
        kept every month): what `of` gives for the same record."""
        if not self.sessions_per_month or self.last_session_at is None:
            return self
        first = _month_number(self.last_session_at) - MONTHS_KEPT + 1
        kept = {
            key: count
            for key, count in self.sessions_per_month.items()
            if int(key[:4]) * 12 + int(key[5:7]) - 1 >= first
        }
        return self.model_copy(update={"sessions_per_month": kept})

    @property
    def outdated(self) -> bool:
        """True for a line written before the index kept sessions per month."""
        return self.sessions_per_month is None and self.session_count > 0
