"""sessiontui runs on POSIX systems (Linux, macOS, the BSDs); elsewhere it says so.

The store's promises rest on what POSIX gives: an flock that the kernel drops
when the process dies (one instance per data folder, even after kill -9),
owner-only modes (folders 0700, files 0600) for confidential notes, and
O_NOFOLLOW / O_DIRECTORY / fsync of a folder for safe, durable writes. A
portable lock library would not bring the privacy or the durability along,
so other platforms get one clear line instead of a half-private store.
"""

from __future__ import annotations

import os
import sys

from sessiontui.errors import UserError
from sessiontui.i18n import _


def require_posix() -> None:
    """Raise UserError (one line, exit 2) unless running on a POSIX system."""
    if os.name != "posix":
        raise UserError(
            _(
                "sessiontui runs on Linux, macOS and other POSIX systems; "
                "this system ({platform}) is not supported",
                platform=sys.platform,
            )
        )
