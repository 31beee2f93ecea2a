"""Test-only: run sessiontui with a bug planted in a key's handler (F2).

The handler fails with the session's notes in a local variable and in the
error's message, the worst case for what a crash could leak. Nothing of this
is in the product: the test runs this file instead of the `sessiontui` script.
"""

from __future__ import annotations

import sys

from sessiontui.cli import main
from sessiontui.tui.screens.session import SessionScreen


def broken_agreement(self: SessionScreen) -> None:
    """F2 (the agreement) with a bug in it."""
    notes = [note.text for note in self.live.session.notes]
    raise RuntimeError(f"cannot open the agreement beside {notes}")


SessionScreen.action_agreement = broken_agreement  # type: ignore[method-assign,assignment]

if __name__ == "__main__":
    sys.exit(main())
