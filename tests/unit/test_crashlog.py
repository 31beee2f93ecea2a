"""The crash log: frames and exception types, never values or messages."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sessiontui.crashlog import crash_text, write_crash_log

NOW = datetime(2025, 3, 14, 10, 0, tzinfo=timezone(timedelta(hours=1)))
SECRET = "PRIVATE-90b2"


def _failing(note: str) -> None:
    secret_local = note
    raise KeyError(secret_local)


def _chained(note: str) -> BaseException:
    """KeyError, the direct cause of a ValueError, during whose handling a RuntimeError."""
    try:
        try:
            _failing(note)
        except KeyError as inner:
            raise ValueError(f"no note {note}") from inner
    except ValueError:
        try:
            raise RuntimeError(note)
        except RuntimeError as last:
            caught: BaseException = last
    return caught


def test_the_text_has_every_frame_and_type_and_no_value() -> None:
    text = crash_text(_chained(SECRET))
    assert SECRET not in text
    assert "KeyError (message left out)" in text
    assert "ValueError (message left out)" in text
    assert "RuntimeError (message left out)" in text
    assert "in _failing" in text
    assert "direct cause" in text
    assert "During handling" in text
    # Oldest first, as Python prints a chain.
    assert text.index("KeyError") < text.index("ValueError") < text.index("RuntimeError")


def test_an_exception_defined_elsewhere_is_named_with_its_module() -> None:
    class Odd(Exception):
        pass

    try:
        raise Odd(SECRET)
    except Odd as error:
        text = crash_text(error)
    assert f"{Odd.__module__}.{Odd.__qualname__} (message left out)" in text
    assert SECRET not in text


def test_the_log_is_private_and_never_overwrites_another(tmp_path: Path) -> None:
    error = _chained(SECRET)
    first = write_crash_log(tmp_path / "data", error, NOW)
    second = write_crash_log(tmp_path / "data", error, NOW)
    assert first is not None
    assert second is not None
    assert first != second
    assert first.name.startswith("crash-20250314-100000-")
    for path in (first, second):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert SECRET not in path.read_text(encoding="utf-8")
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700


def test_a_log_that_cannot_be_written_is_no_second_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert write_crash_log(blocker / "data", ValueError(SECRET), NOW) is None
