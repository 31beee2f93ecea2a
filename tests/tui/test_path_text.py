"""PathText's line breaks: only at a space or just after a "/", and every line fits
unless one name alone is longer than the line (widths in terminal cells: a wide
character takes two, a combining mark none)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from sessiontui.tui.widgets.path_text import break_offsets

_TEXT = st.text(alphabet="ab /\n-.中\u0301🎉", max_size=120)


@given(_TEXT, st.integers(min_value=1, max_value=40))
def test_breaks_only_at_spaces_or_after_a_separator_and_lines_fit(text: str, width: int) -> None:
    offsets = break_offsets(text, width)
    assert offsets == sorted(set(offsets))
    for offset in offsets:
        assert 0 < offset < len(text)
        assert text[offset - 1] in " /", (text, offset)
    starts = [0, *offsets]
    ends = [*offsets, len(text)]
    for start, end in zip(starts, ends, strict=True):
        for line in text[start:end].rstrip(" ").split("\n"):
            pieces = line.replace("/", "/ ").split(" ")
            longest_piece = max((cell_len(p) for p in pieces), default=0)
            assert cell_len(line.rstrip(" ")) <= width or longest_piece > width, (line, width)


def test_a_long_path_breaks_after_a_separator() -> None:
    text = "Saved to /tmp/sessiontui-demo-x/data/summaries/2026-11-29-sam-rivera-93112826.txt."
    offsets = break_offsets(text, 40)
    lines = [text[a:b] for a, b in zip([0, *offsets], [*offsets, len(text)], strict=True)]
    assert lines == [
        "Saved to /tmp/sessiontui-demo-x/data/",
        "summaries/",
        "2026-11-29-sam-rivera-93112826.txt.",
    ]
