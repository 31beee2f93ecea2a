"""The shared/private choice every entry form carries."""

from __future__ import annotations

from textual.widgets import Select

from sessiontui.i18n import _
from sessiontui.model import Visibility
from sessiontui.tui.formatting import VISIBILITY_LABELS


class VisibilitySelect(Select[Visibility]):
    """A compact shared/private select that always has a value."""

    def __init__(self, value: Visibility, *, id: str) -> None:
        super().__init__(
            [(_(VISIBILITY_LABELS[choice]), choice) for choice in Visibility],
            value=value,
            allow_blank=False,
            compact=True,
            id=id,
        )
        self._default = value

    @property
    def visibility(self) -> Visibility:
        """The chosen visibility (the initial one if nothing is selected)."""
        return self.selection or self._default
