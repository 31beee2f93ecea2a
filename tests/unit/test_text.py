"""The one sanitizing rule: no control character or bidi override gets through."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.unit.text_checks import unsafe

from sessiontui.text import clean, clean_data, is_clean, one_line


def test_escape_sequences_are_shown_not_obeyed() -> None:
    title = "Plan\x1b]0;pwned\x07 \x1b[2J\x1b]52;c;aGk=\x1b\\ done"
    assert clean(title) == "Plan␛]0;pwned␇ ␛[2J␛]52;c;aGk=␛\\ done"


def test_c1_controls_and_del_are_visible() -> None:
    assert clean("a\x9b31mb\x7fc\x85") == "a\ufffd31mb␡c\ufffd"


def test_tab_and_newline_stay_and_carriage_returns_end_lines() -> None:
    assert clean("a\tb\nc") == "a\tb\nc"
    assert clean("one\r\ntwo\rthree") == "one\ntwo\nthree"


def test_bidi_overrides_are_removed() -> None:
    assert clean("invoice\u202egnp.exe") == "invoicegnp.exe"
    assert clean("\u2067x\u2069") == "x"


def test_lone_surrogates_become_replacement_characters() -> None:
    assert clean("a\ud800b") == "a\ufffdb"
    clean("a\ud800b").encode("utf-8")  # writable now


def test_ordinary_text_is_untouched() -> None:
    text = "Ana Núñez ✍️ 会議 [bold]x[/bold] 👩‍💻 ¡sí!"
    assert clean(text) is text


@given(st.text())
def test_nothing_unsafe_survives(text: str) -> None:
    cleaned = clean(text)
    assert unsafe(cleaned) == []
    assert is_clean(cleaned)
    assert clean(cleaned) == cleaned


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Cf"))))
def test_text_without_controls_passes_unchanged(text: str) -> None:
    assert clean(text) == text


def test_clean_data_reaches_keys_and_nested_values() -> None:
    data = {"ti\x1btle": ["a\x07", {"k": "v\x1b"}], "n": 3, "ok": True}
    assert clean_data(data) == {"ti␛tle": ["a␇", {"k": "v␛"}], "n": 3, "ok": True}


# Strings that reach the quick check: every unsafe kind, raw, and what looks like a
# JSON escape when typed (a backslash before "r" or "u001b").
_NASTY = "\x00\x07\x1b\r\t\n\x7f\x85\x9b\u202e\u2066\ud800\\"
_strings = st.text(alphabet=st.sampled_from(_NASTY + "abru01é👍")) | st.text()
_json_data = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _strings,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_strings, inner, max_size=4),
    max_leaves=20,
)


def _each_string_cleaned(data: object) -> object:
    """The rule stated plainly: every string cleaned, keys too, at any depth."""
    if isinstance(data, str):
        return clean(data)
    if isinstance(data, dict):
        return {_each_string_cleaned(k): _each_string_cleaned(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_each_string_cleaned(item) for item in data]
    return data


@settings(max_examples=300)
@given(_json_data)
def test_clean_data_cleans_every_string_whatever_the_quick_check_says(data: object) -> None:
    assert clean_data(data) == _each_string_cleaned(data)


@pytest.mark.parametrize(
    "text", ["\x1b]0;x\x07", "a\rb", "\x08", "\x0c", "\u202e", "\ud800", "\x85", "\x7f"]
)
def test_one_unsafe_string_deep_in_clean_data_is_cleaned(text: str) -> None:
    data = {"sessions_per_month": {f"2025-{m:02}": m for m in range(1, 13)}, "x": [[{"k": text}]]}
    assert clean_data(data)["x"][0][0]["k"] == clean(text) != text


def test_clean_data_leaves_clean_data_as_it_is() -> None:
    data = {"name": "Ana Núñez ✍️", "path": "C:\\new\\docs", "n": [1, 2.5, None, True]}
    assert clean_data(data) is data


def test_one_line_joins_lines_and_cleans() -> None:
    assert one_line(" a\n b\x1b \r\n c ") == "a b␛ c"
