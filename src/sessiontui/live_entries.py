"""What the mentor writes during a session: add, correct, delete (with undo), share or not.

`EntryOperations` is the part of `LiveSession` that handles entries. Every
change bumps `revision` (the autosave writes what changed). An entry keeps its
id, time and segment through every correction; a correction is checked whole
before anything changes, so a refused one leaves the entry as it was. Deleted
entries can be brought back (`undo_delete`), latest first, for the rest of the
session (they are not stored in the draft).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sessiontui.clock import WallClock
from sessiontui.entries import EDITABLE, Entry, EntryKind, default_visibility, entries_of
from sessiontui.model import (
    ActionItem,
    Feedback,
    FeedbackContent,
    Note,
    Owner,
    ParkingLotItem,
    Session,
    SessionGoal,
    Visibility,
)

_E = TypeVar("_E", Note, ParkingLotItem, Feedback, ActionItem, SessionGoal)


class VisibilityNeeded(ValueError):
    """An entry whose kind has no default visibility was added without one."""


@dataclass(frozen=True)
class Deleted:
    """A deleted entry, where it was, for undo."""

    kind: EntryKind
    index: int
    entry: Entry


class EntryOperations:
    """Entry operations on `session` (a mixin of LiveSession, which sets the fields)."""

    session: Session
    revision: int
    _wall_clock: WallClock
    _deleted: list[Deleted]

    def _changed(self, result: bool = True) -> bool:
        """Count a change to what is stored (when `result`), and pass `result` on."""
        if result:
            self.revision += 1
        return result

    def _segment_id(self) -> str:
        return self.session.segments[self.session.clock.current_index].segment_id

    def _visibility(self, kind: EntryKind, given: Visibility | None, **case: Any) -> Visibility:
        visibility = given or default_visibility(kind, **case)
        if visibility is None:
            raise VisibilityNeeded(f"a {kind} of this kind needs a visibility")
        return visibility

    def _add(self, kind: EntryKind, entry: _E) -> _E:
        entries_of(self.session, kind).append(entry)
        self._changed()
        return entry

    # --- adding ---------------------------------------------------------------------

    def add_feedback(
        self, content: FeedbackContent, visibility: Visibility | None = None
    ) -> Feedback:
        """Add a feedback entry. Refuses an empty one (ValueError), and mentor→mentee
        feedback without a visibility (VisibilityNeeded: the mentor chooses)."""
        if content.is_empty():
            raise ValueError("empty feedback")
        chosen = self._visibility(EntryKind.FEEDBACK, visibility, direction=content.direction)
        entry = Feedback(
            **content.model_dump(),
            visibility=chosen,
            created_at=self._wall_clock(),
            segment_id=self._segment_id(),
        )
        return self._add(EntryKind.FEEDBACK, entry)

    def add_action_item(
        self,
        text: str,
        owner: Owner = Owner.MENTEE,
        due: date | None = None,
        visibility: Visibility | None = None,
    ) -> ActionItem:
        """Add an action item (shared unless said otherwise); blank text raises
        pydantic's ValidationError."""
        item = ActionItem(
            text=text,
            owner=owner,
            due=due,
            visibility=self._visibility(EntryKind.ACTION, visibility),
            created_at=self._wall_clock(),
            segment_id=self._segment_id(),
        )
        return self._add(EntryKind.ACTION, item)

    def add_goal(
        self, text: str, measure: str = "", visibility: Visibility | None = None
    ) -> SessionGoal:
        """Add a session goal (shared unless said otherwise); blank text raises
        pydantic's ValidationError."""
        goal = SessionGoal(
            text=text,
            measure=measure.strip(),
            visibility=self._visibility(EntryKind.GOAL, visibility),
            created_at=self._wall_clock(),
            segment_id=self._segment_id(),
        )
        return self._add(EntryKind.GOAL, goal)

    def add_note(
        self, text: str, visibility: Visibility | None = None, *, agreement: bool = False
    ) -> Note:
        """Add a note: private unless said otherwise, shared when written for the
        mentoring `agreement`."""
        note = Note(
            text=text,
            visibility=self._visibility(EntryKind.NOTE, visibility, agreement=agreement),
            created_at=self._wall_clock(),
            segment_id=self._segment_id(),
        )
        return self._add(EntryKind.NOTE, note)

    def park(self, text: str, visibility: Visibility | None = None) -> ParkingLotItem:
        """Note a thought for later instead of interrupting (private unless said otherwise)."""
        item = ParkingLotItem(
            text=text,
            visibility=self._visibility(EntryKind.PARKED, visibility),
            created_at=self._wall_clock(),
            segment_id=self._segment_id(),
        )
        return self._add(EntryKind.PARKED, item)

    def add_entry(self, kind: EntryKind, **fields: Any) -> Entry:
        """Add an entry of `kind` from its fields (as `entries.EDITABLE` names them)."""
        if kind is EntryKind.FEEDBACK:
            visibility = fields.pop("visibility", None)
            return self.add_feedback(FeedbackContent(**fields), visibility)
        adders: dict[EntryKind, Callable[..., Entry]] = {
            EntryKind.NOTE: self.add_note,
            EntryKind.PARKED: self.park,
            EntryKind.ACTION: self.add_action_item,
            EntryKind.GOAL: self.add_goal,
        }
        return adders[kind](**fields)

    # --- correcting -------------------------------------------------------------------

    def find_entry(self, kind: EntryKind, entry_id: str) -> Entry:
        """The entry of `kind` with `entry_id` (KeyError if there is none)."""
        for entry in entries_of(self.session, kind):
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

    def edit_entry(self, kind: EntryKind, entry_id: str, **changes: object) -> Entry:
        """Correct what the mentor typed or chose (see `entries.EDITABLE`).

        The corrected entry is checked as a whole: blank text or empty feedback
        raises ValueError (pydantic's ValidationError for a bad field) and the
        entry stays as it was. Returns the entry as it is now.
        """
        unknown = set(changes) - EDITABLE[kind]
        if unknown:
            raise ValueError(f"a {kind} has no editable {', '.join(sorted(unknown))}")
        entries = entries_of(self.session, kind)
        entry = self.find_entry(kind, entry_id)
        corrected = type(entry).model_validate({**entry.model_dump(), **changes})
        if isinstance(corrected, Feedback) and corrected.is_empty():
            raise ValueError("empty feedback")
        if corrected == entry:
            return entry
        entries[entries.index(entry)] = corrected
        self._changed()
        return corrected

    def set_visibility(self, kind: EntryKind, entry_id: str, visibility: Visibility) -> bool:
        """Share an entry or keep it private; True if that changed it."""
        entry = self.find_entry(kind, entry_id)
        if entry.visibility is visibility:
            return False
        self.edit_entry(kind, entry_id, visibility=visibility)
        return True

    def toggle_visibility(self, kind: EntryKind, entry_id: str) -> Visibility:
        """Make a shared entry private or a private one shared; its new visibility."""
        entry = self.find_entry(kind, entry_id)
        flipped = Visibility.PRIVATE if entry.visibility is Visibility.SHARED else Visibility.SHARED
        self.set_visibility(kind, entry_id, flipped)
        return flipped

    def toggle_done(self, kind: EntryKind, entry_id: str) -> bool:
        """Tick an action item done, a goal achieved or a parked thought reviewed (or
        untick it); False for a kind with nothing to tick."""
        entry = self.find_entry(kind, entry_id)
        if isinstance(entry, ActionItem):
            entry.done = not entry.done
        elif isinstance(entry, SessionGoal):
            entry.achieved = not entry.achieved
        elif isinstance(entry, ParkingLotItem):
            entry.reviewed = not entry.reviewed
        else:
            return False
        return self._changed()

    # --- deleting ------------------------------------------------------------------------

    def delete_entry(self, kind: EntryKind, entry_id: str) -> Entry:
        """Remove an entry (KeyError if there is none); `undo_delete` brings it back."""
        entries = entries_of(self.session, kind)
        entry = self.find_entry(kind, entry_id)
        index = entries.index(entry)
        del entries[index]
        self._deleted.append(Deleted(kind, index, entry))
        self._changed()
        return entry

    @property
    def can_undo(self) -> bool:
        """True while a deleted entry can be brought back."""
        return bool(self._deleted)

    def undo_delete(self) -> Deleted | None:
        """Put the latest deleted entry back where it was; None if nothing was deleted."""
        if not self._deleted:
            return None
        deleted = self._deleted.pop()
        entries = entries_of(self.session, deleted.kind)
        entries.insert(min(deleted.index, len(entries)), deleted.entry)
        self._changed()
        return deleted
