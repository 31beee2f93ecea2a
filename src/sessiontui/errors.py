"""Errors that reach the user as one clear line and exit status 2."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix (bad file, bad path, busy data dir).

    The CLI prints its message on one line and exits with `exit_code`;
    it never shows a traceback.
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
