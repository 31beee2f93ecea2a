"""PasteGuard: whatever a bracketed paste holds, the parser reads it as text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from sessiontui.tui.paste import END, MAX_HOLD, QUIET, START, PasteGuard, paste_text

ESC = "\x1b"
# Text that leans towards escape sequences and markers, so they are tried often.
PASTED = st.lists(
    st.sampled_from([ESC, "[", "2", "0", "1", "~", "a", "\x0f", "\r", END, START, "ü"])
    | st.text(max_size=5),
    max_size=30,
).map("".join)


def chunks(stream: str, cuts: list[int]) -> list[str]:
    points = sorted({min(cut, len(stream)) for cut in cuts})
    edges = [0, *points, len(stream)]
    return [stream[a:b] for a, b in pairwise(edges) if b > a]


def fed(guard: PasteGuard, pieces: list[str], now: float) -> str:
    return "".join(guard.feed(piece, now) for piece in pieces)


@given(PASTED, st.lists(st.integers(min_value=0, max_value=200), max_size=8))
def test_a_paste_arrives_whole_with_no_escape_but_its_markers(pasted: str, cuts: list[int]) -> None:
    guard = PasteGuard()
    out = fed(guard, chunks(START + pasted + END, cuts), now=10.0)
    out += guard.release(10.0 + QUIET)
    assert out == START + pasted.replace(ESC, "␛") + END


@given(PASTED, st.text(alphabet="abc\x0f\x12", max_size=10))
def test_keys_typed_after_a_paste_are_keys_again(pasted: str, keys: str) -> None:
    guard = PasteGuard()
    out = guard.feed(START + pasted + END, now=1.0)
    out += guard.release(1.0 + QUIET)
    out += guard.feed(keys, now=2.0)
    assert out == START + pasted.replace(ESC, "␛") + END + keys


def test_an_end_marker_inside_the_pasted_text_does_not_end_it() -> None:
    # What tmux 3.3a passes on for a pasted text holding an end marker.
    attack = START + "private note" + END + "\x0fshared!" + END
    guard = PasteGuard()
    assert guard.feed(attack, now=0.0) == START + "private note␛[201~\x0fshared!"
    assert guard.release(QUIET / 2) == ""  # not quiet yet: the end is held
    assert guard.release(QUIET) == END


def test_an_end_marker_split_from_the_rest_of_the_paste_does_not_end_it() -> None:
    guard = PasteGuard()
    assert guard.feed(START + "note" + END + "\x0f", now=0.0) == START + "note"
    assert guard.feed("more" + END, now=0.01) == "␛[201~\x0fmore"
    assert guard.release(0.01 + QUIET) == END


def test_the_end_is_handed_on_after_max_hold_even_while_keys_keep_coming() -> None:
    guard = PasteGuard()
    assert guard.feed(START + "x" + END, now=0.0) == START + "x"
    now = 0.0
    released = ""
    while now < MAX_HOLD:
        now += QUIET / 2
        released += guard.feed("k", now)
        released += guard.release(now)
    assert released.startswith(END)
    assert released == END + "k" * released.count("k")


def test_keys_are_never_held() -> None:
    guard = PasteGuard()
    assert guard.feed("\x1b", 0.0) == "\x1b"
    assert guard.feed("[2", 0.0) == "[2"
    assert guard.feed("abc\x0f", 0.0) == "abc\x0f"


def test_the_end_of_input_hands_on_what_is_held() -> None:
    guard = PasteGuard()
    assert guard.feed(START + "a\x1b[20", 0.0) == START + "a"
    assert guard.flush() == "␛[20"


def test_a_one_line_field_gets_every_line_joined_visibly() -> None:
    assert paste_text("first\r\nsecond\r\rthird  \n", multiline=False) == ("first ⏎ second ⏎ third")
    assert paste_text("a\x1b[31mb\tc", multiline=False) == "a␛[31mb c"


def test_a_multi_line_field_keeps_the_lines() -> None:
    assert paste_text("one\rtwo\x07", multiline=True) == "one\ntwo␇"
