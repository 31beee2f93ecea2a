"""File modes, private folders and safe reads: the one set of helpers (POSIX).

Every folder sessiontui creates is 0700 and every file 0600, whatever the
umask. Data files are opened without following a link and read only when they
are regular files below a stated size, so a FIFO never hangs a read and a
link to /dev/zero never fills the memory. Anything else is refused with an
`UnsafeFileError` whose reason the user can act on.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sessiontui.i18n import _, ngettext
from sessiontui.store.errors import UnsafeFileError
from sessiontui.text import clean

DIR_MODE = 0o700
FILE_MODE = 0o600
_READ_CHUNK = 1 << 16


def size_text(size: int) -> str:
    """A limit as the user reads it: "10 MB", "512 KB", or exact bytes when not round."""
    if size and size % 1_000_000 == 0:
        return f"{size // 1_000_000} MB"
    if size and size % 1000 == 0:
        return f"{size // 1000} KB"
    return ngettext("{n} byte", "{n} bytes", size)


def not_regular_reason(mode: int, path: Path) -> str:
    """Why a path whose `lstat` mode is `mode` is not something we read or write."""
    if stat.S_ISLNK(mode):
        try:
            target = clean(os.readlink(path))  # a name from disk: shown, never obeyed
        except OSError:
            target = "?"
        return _("it is a symbolic link (to {target}); links are not followed here", target=target)
    if stat.S_ISDIR(mode):
        return _("it is a folder, not a file")
    if stat.S_ISFIFO(mode):
        return _("it is a FIFO (named pipe), not a regular file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("it is a device, not a regular file")
    if stat.S_ISSOCK(mode):
        return _("it is a socket, not a regular file")
    return _("it is not a regular file")


def _refuse_special(path: Path, exc: OSError) -> UnsafeFileError | None:
    """The refusal for an open that failed because `path` is a link or a folder."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return UnsafeFileError(path, not_regular_reason(mode, path), exc.errno)


def _open_regular(path: Path, flags: int, *, follow_symlinks: bool, mode: int = FILE_MODE) -> int:
    """Open `path` with `flags`; refuse (closing it) anything but a regular file.

    O_NONBLOCK makes opening a FIFO return at once instead of waiting for a
    writer; it changes nothing for a regular file.
    """
    flags |= os.O_NONBLOCK | os.O_CLOEXEC
    if not follow_symlinks:
        flags |= os.O_NOFOLLOW
    try:
        fd = os.open(path, flags, mode)
    except OSError as exc:
        refused = _refuse_special(path, exc)
        if refused is not None:
            raise refused from exc
        raise
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeFileError(path, not_regular_reason(st.st_mode, path))
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular_file(path: Path, limit: int, *, follow_symlinks: bool = False) -> bytes:
    """The bytes of `path`, which must be a regular file of at most `limit` bytes.

    Raises UnsafeFileError for a link (unless `follow_symlinks`), a folder, a
    FIFO, a device, a socket or a file over the limit; OSError otherwise.
    """
    fd = _open_regular(path, os.O_RDONLY, follow_symlinks=follow_symlinks)
    data = b""
    with os.fdopen(fd, "rb") as handle:
        too_large = os.fstat(fd).st_size > limit
        if not too_large:
            # One byte past the limit: a file that grows while we read is caught too.
            data = handle.read(limit + 1)
            too_large = len(data) > limit
    if too_large:
        raise UnsafeFileError(path, _("it is larger than {limit}", limit=size_text(limit)))
    return data


def open_own_file(path: Path) -> int:
    """Open (creating 0600 if needed) `path` for reading and writing, never through a link.

    It must be a regular file that belongs to this user and has no other
    name (a hard link could make a write land in someone else's file).
    """
    fd = _open_regular(path, os.O_RDWR | os.O_CREAT, follow_symlinks=False)
    st = os.fstat(fd)
    reason = None
    if st.st_uid != os.geteuid():
        reason = _("it belongs to another user")
    elif st.st_nlink != 1:
        reason = _("it has more than one name (hard links)")
    if reason is not None:
        os.close(fd)
        raise UnsafeFileError(path, reason)
    return fd


def create_private_file(path: Path) -> int:
    """Create `path` (it must not exist) 0600 and return a write-only descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(path, flags, FILE_MODE)
    try:
        # The umask may only remove bits; fchmod makes the mode exact.
        os.fchmod(fd, FILE_MODE)
    except BaseException:
        os.close(fd)
        path.unlink(missing_ok=True)
        raise
    return fd


def make_file_private(path: Path) -> None:
    """Set an existing regular file (never a link's target) to 0600."""
    fd = _open_regular(path, os.O_RDONLY, follow_symlinks=False)
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)


def make_private_dirs(path: Path) -> None:
    """Create `path` and any missing parents, each 0700 whatever the umask."""
    missing = [p for p in [path, *path.parents] if not p.exists()]
    for folder in reversed(missing):
        try:
            os.mkdir(folder, DIR_MODE)
        except FileExistsError:
            continue  # made meanwhile by someone else: not ours to change
        # The umask only removes bits, so 0700 is never loosened; this restores
        # owner bits an unusual umask (e.g. 0277) would have taken away.
        os.chmod(folder, DIR_MODE)


def ensure_private_dir(path: Path, *, follow_symlinks: bool, parents: bool = False) -> bool:
    """Make `path` a 0700 folder, creating it if missing; True if it was loose before.

    A link in its place is refused (UnsafeFileError naming the target) unless
    `follow_symlinks`; so is anything that is not a folder.
    """
    try:
        st = os.stat(path, follow_symlinks=follow_symlinks)
    except FileNotFoundError:
        if parents:
            make_private_dirs(path)
        else:
            os.mkdir(path, DIR_MODE)
            os.chmod(path, DIR_MODE)
        return False
    if not stat.S_ISDIR(st.st_mode):
        raise UnsafeFileError(path, not_regular_reason(st.st_mode, path))
    if stat.S_IMODE(st.st_mode) == DIR_MODE:
        return False
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC
    fd = os.open(path, flags if follow_symlinks else flags | os.O_NOFOLLOW)
    try:
        os.fchmod(fd, DIR_MODE)
    finally:
        os.close(fd)
    return bool(st.st_mode & 0o077)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new name in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
