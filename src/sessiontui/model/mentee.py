"""A mentee, everything stored about the relationship with them, and their line in the index.

`MenteeRecord` is the content of one mentee's file: the mentee, every
agreement version, the long-term goals with their check-ins, the carried-over
items with their reviews, one row per stored session, and the next session.
`MenteeEntry` is what the start screen lists, kept in a small index so that
listing mentees never opens a mentee's file.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, Field

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


class MenteeRecord(StrictModel):
    """Everything stored about one mentee except the sessions' own content."""

    schema_version: int = SCHEMA_VERSION
    mentee: Mentee
    agreements: list[AgreementVersion] = Field(default_factory=list)
    goals: list[LongTermGoal] = Field(default_factory=list)
    carried: list[CarriedItem] = Field(default_factory=list)
    sessions: list[SessionRow] = Field(default_factory=list)
    next_session: NextSession | None = None

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
            session_count=len(record.sessions),
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
