"""The line that says the draft cannot be saved (and goes away once a save works)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from sessiontui.i18n import _


class SaveWarning(Static):
    """Hidden while saves work; the reason and "retrying" when one fails."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)

    def show_reason(self, reason: str | None) -> None:
        """Show why the last save failed, or hide the line (`None`: it worked)."""
        if reason is None:
            # Every successful save lands here: only a warning on show needs a new layout.
            if self.has_class("-visible"):
                self.remove_class("-visible")
                self.update(Content(""))
            return
        self.add_class("-visible")
        self.update(
            Content(
                _(
                    "Cannot save the draft: {reason}. Your session is kept in memory; retrying.",
                    reason=reason,
                )
            )
        )
