"""The one sanitizing rule for text that crosses the program's edge.

Text comes in from script files, drafts and history on disk, pastes and the
command line, and goes out to the terminal, the clipboard and summary files.
None of it may carry something a terminal acts on instead of showing:

- C0 and C1 control characters (and DEL) other than tab and newline are
  shown as visible symbols (ESC becomes "␛", BEL "␇", ...), so a title
  that tried to set the window title reads "␛]0;…␇" instead;
- a carriage return ends a line: "\\r\\n" and a lone "\\r" become "\\n"
  (pastes arrive with "\\r" line ends);
- bidirectional embedding, override and isolate characters are removed,
  so text cannot show in an order other than the one it is stored in;
- a lone surrogate (from "\\ud800" in JSON) becomes "�": it cannot be
  written to a UTF-8 terminal or file at all.

Everything else, tab and newline included, passes unchanged, and cleaning
clean text changes nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

# C0 controls (U+0000..U+001F) have their own Control Pictures at U+2400 + code.
_CONTROL_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
_KEEP = {ord("\t"), ord("\n")}
_BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_DEL_PICTURE = "\u2421"  # ␡
# C1 controls (U+0080..U+009F) have no pictures of their own.
_C1_PICTURE = "\ufffd"  # �

_TABLE: dict[int, str | None] = {
    **{code: picture for code, picture in _CONTROL_PICTURES.items() if code not in _KEEP},
    0x7F: _DEL_PICTURE,
    **dict.fromkeys(range(0x80, 0xA0), _C1_PICTURE),
    **dict.fromkeys(map(ord, _BIDI_CONTROLS), None),
}
_LINE_ENDS = re.compile(r"\r\n?")
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def clean(text: str) -> str:
    """`text` safe to show on a terminal, keep in a file or put on the clipboard."""
    if not _UNSAFE.search(text):
        return text  # the common case, at the cost of one scan
    text = _LINE_ENDS.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", text)
    return text.translate(_TABLE)


def is_clean(text: str) -> bool:
    """True when `clean(text)` would change nothing."""
    return _UNSAFE.search(text) is None


# The encoder writes C0 control codes as escapes: a backslash, then "u001b" (or "r", "b",
# "f"); its tab and newline escapes are safe. A backslash typed before such a letter
# matches too, which only sends the data the slow way.
_ESCAPED_UNSAFE = re.compile(r"\\(?:u00[01][0-9a-fA-F]|[bfr])")


def _no_value(_: object) -> None:
    # Values that are not JSON (TOML's dates) hold no text to clean.
    return None


def _all_clean(data: Mapping[Any, Any] | list[Any] | tuple[Any, ...]) -> bool:
    """True when no string in `data` needs cleaning: one pass of the JSON encoder (C) and
    two scans, instead of a Python call per string (a stored index holds thousands)."""
    try:
        text = json.dumps(data, ensure_ascii=False, default=_no_value, check_circular=False)
    except (TypeError, ValueError, RecursionError):
        return False  # keys JSON cannot write: the slow way decides
    return _UNSAFE.search(text) is None and _ESCAPED_UNSAFE.search(text) is None


def clean_data(data: Any) -> Any:
    """Parsed data (TOML, JSON) with every string cleaned, mapping keys included.

    Data with nothing to clean is returned as it is; otherwise lists and mappings
    are rebuilt. Other values are returned as they are.
    """
    if isinstance(data, Mapping | list | tuple) and _all_clean(data):
        return data
    return _cleaned(data)


def _cleaned(data: Any) -> Any:
    if isinstance(data, str):
        return clean(data)
    if isinstance(data, Mapping):
        return {_cleaned(key): _cleaned(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [_cleaned(item) for item in data]
    return data


def one_line(text: str) -> str:
    """`text` cleaned, on one line: runs of whitespace (newlines too) become one space."""
    return " ".join(clean(text).split())
