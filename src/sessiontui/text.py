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


def clean_data(data: Any) -> Any:
    """Parsed data (TOML, JSON) with every string cleaned, mapping keys included.

    Lists and mappings are rebuilt; other values are returned as they are.
    """
    if isinstance(data, str):
        return clean(data)
    if isinstance(data, Mapping):
        return {clean_data(key): clean_data(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [clean_data(item) for item in data]
    return data


def one_line(text: str) -> str:
    """`text` cleaned, on one line: runs of whitespace (newlines too) become one space."""
    return " ".join(clean(text).split())
