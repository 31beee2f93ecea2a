"""The one sanitizing rule: no control character or bidi override gets through."""

from __future__ import annotations

from hypothesis import given
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


def test_one_line_joins_lines_and_cleans() -> None:
    assert one_line(" a\n b\x1b \r\n c ") == "a b␛ c"
