"""`sessiontui scripts list|show|check`: output, streams and exit codes; the table."""

from __future__ import annotations

import io
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path

import pytest

from sessiontui.cli.output import Output
from sessiontui.cli.scripts import cmd_check, cmd_list, cmd_show
from sessiontui.cli.table import display_width, render_table
from sessiontui.scripts.library import ScriptLibrary

GOOD = (
    'id = "good"\ntitle = "Good one"\nlanguage = "es"\n'
    '[[segments]]\nid = "a"\ntitle = "A"\nminutes = 100\nkind = "goals"\n'
    '[[segments]]\nid = "b"\ntitle = "B"\nminutes = 25\nkind = "wrap-up"\n'
)
BAD = GOOD.replace("minutes = 25", "minutes = 0").replace('"wrap-up"', '"chat"')


def run(command: object, *args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = command(*args, Output(out, err))  # type: ignore[operator]
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "scripts"
    folder.mkdir()
    (folder / "good.toml").write_text(GOOD, encoding="utf-8")
    (folder / "bad.toml").write_text(BAD, encoding="utf-8")
    return folder


def test_list_shows_every_script_with_its_source(user_dir: Path) -> None:
    library = ScriptLibrary.load(user_dir)
    code, out, _ = run(cmd_list, library)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "LANGUAGE", "MIN", "TITLE", "SOURCE"]
    rows = {line.split()[0]: line for line in lines[1:]}
    assert set(rows) == {entry.script.id for entry in library.entries}
    assert rows["regular"].split()[:3] == ["regular", "en", "60"]
    assert rows["regular"].endswith("built-in")
    assert rows["good"].split()[:3] == ["good", "es", "125"]
    assert rows["good"].endswith(str(user_dir / "good.toml"))
    # The title column starts at the same place on every line.
    title_at = lines[0].index("TITLE")
    assert lines[1][title_at:].startswith("First mentoring session")
    assert rows["good"][title_at:].startswith("Good one")


def test_list_sends_warnings_to_the_error_stream(user_dir: Path) -> None:
    code, out, err = run(cmd_list, ScriptLibrary.load(user_dir))
    assert code == 0
    assert "bad.toml" not in out
    assert err.splitlines() == ScriptLibrary.load(user_dir).warnings
    assert str(user_dir / "bad.toml") in err


def test_show_prints_the_agenda_with_start_offsets() -> None:
    library = ScriptLibrary.load(None)
    regular = library.get("regular")
    code, out, err = run(cmd_show, library, "regular")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Regular mentoring session (regular)"
    assert lines[1] == f"Language: en · {len(regular.segments)} segments · 60 min"
    assert lines[2].startswith(regular.description[:20])
    table = lines[lines.index("") + 1 :]
    assert table[0].split() == ["#", "SEGMENT", "KIND", "MIN", "START"]
    starts = [row.split()[-1] for row in table[1:-1]]
    minutes = [segment.minutes for segment in regular.segments]
    assert starts == [f"{start:02d}:00" for start in accumulate(minutes[:-1], initial=0)]
    assert table[1].split()[0] == "1"
    assert regular.segments[0].title in table[1]
    assert regular.segments[1].kind.value in table[2]
    assert table[-1].split() == ["Total", "60"]


def test_show_long_scripts_and_paths(tmp_path: Path) -> None:
    path = tmp_path / "long.toml"
    path.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(cmd_show, ScriptLibrary.load(None), str(path))
    assert code == 0
    assert out.splitlines()[-2].split()[-1] == "100:00"


def test_show_in_spanish(ui_language: Callable[[str], None]) -> None:
    ui_language("es")
    code, out, _ = run(cmd_show, ScriptLibrary.load(None), "regular-es")
    assert code == 0
    assert out.splitlines()[1] == "Idioma: es · 7 segmentos · 60 min"
    assert "SEGMENTO" in out
    assert ScriptLibrary.load(None).get("regular-es").segments[1].title in out


def test_show_unknown_id_fails_with_one_line() -> None:
    code, out, err = run(cmd_show, ScriptLibrary.load(None), "weekly")
    assert (code, out) == (2, "")
    assert err.startswith("sessiontui: unknown script id 'weekly'; known: ")
    assert err.count("\n") == 1


def test_show_broken_file_prints_its_problems(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(BAD, encoding="utf-8")
    code, out, err = run(cmd_show, ScriptLibrary.load(None), str(path))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"{path}: segments[2].minutes: must be at least 1, not 0",
        f'{path}: segments[2].kind: unknown value "chat"; allowed: check-in, expectations, '
        "confidentiality, review-actions, goals, long-term-goals, discussion, feedback, "
        "action-plan, wrap-up",
    ]


def test_check_good_files(tmp_path: Path) -> None:
    path = tmp_path / "good.toml"
    path.write_text(GOOD, encoding="utf-8")
    code, out, err = run(cmd_check, [str(path)])
    assert (code, err) == (0, "")
    assert out == f"ok: {path} (good, 2 segments, 125 min)\n"


ONE_SEGMENT = (
    'id = "one"\ntitle = "One"\nlanguage = "es"\n'
    '[[segments]]\nid = "a"\ntitle = "A"\nminutes = 100\nkind = "goals"\n'
)


def test_one_segment_is_singular_in_check_and_show(
    tmp_path: Path, ui_language: Callable[[str], None]
) -> None:
    path = tmp_path / "one.toml"
    path.write_text(ONE_SEGMENT, encoding="utf-8")
    assert run(cmd_check, [str(path)])[1] == f"ok: {path} (one, 1 segment, 100 min)\n"
    assert run(cmd_show, ScriptLibrary.load(None), str(path))[1].splitlines()[1] == (
        "Language: es · 1 segment · 100 min"
    )
    ui_language("es")
    assert run(cmd_check, [str(path)])[1] == f"ok: {path} (one, 1 segmento, 100 min)\n"
    assert run(cmd_show, ScriptLibrary.load(None), str(path))[1].splitlines()[1] == (
        "Idioma: es · 1 segmento · 100 min"
    )


def test_check_reports_every_bad_file_and_fails(tmp_path: Path) -> None:
    good, bad, missing = tmp_path / "good.toml", tmp_path / "bad.toml", tmp_path / "no.toml"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    code, out, err = run(cmd_check, [str(bad), str(good), str(missing), str(tmp_path)])
    assert code == 2
    assert out.splitlines() == [f"ok: {good} (good, 2 segments, 125 min)"]
    err_lines = err.splitlines()
    assert len(err_lines) == 4
    assert err_lines[0].startswith(f"{bad}: segments[2].minutes: ")
    assert err_lines[1].startswith(f"{bad}: segments[2].kind: ")
    assert err_lines[2] == f"{missing}: file: does not exist"
    assert err_lines[3] == f"{tmp_path}: file: it is a folder, not a file"


def test_check_needs_a_path() -> None:
    code, out, err = run(cmd_check, [])
    assert (code, out) == (2, "")
    assert err == "sessiontui: give at least one script file to check\n"


def test_table_aligns_wide_characters() -> None:
    assert display_width("abc") == 3
    assert display_width("会議") == 4
    assert display_width("e\u0301") == 1
    # One glyph: woman, zero-width joiner, laptop (a hand-made count said 5).
    assert display_width("👩‍💻") == 2
    assert display_width("✍️") == 2
    text = render_table(["A", "B"], [["会議", "x"], ["ab", "y"]])
    lines = text.splitlines()
    assert [
        display_width(line[: line.index(last)]) for line, last in zip(lines, "Bxy", strict=True)
    ] == [
        6,
        6,
        6,
    ]


def test_table_right_aligns_numbers() -> None:
    text = render_table(["N", "NAME"], [["5", "a"], ["120", "b"]], right=frozenset({0}))
    assert text.splitlines() == ["  N  NAME", "  5  a", "120  b"]


def test_table_keeps_each_cell_on_one_clean_line() -> None:
    text = render_table(["A", "B"], [["two\nlines", "x\x1b]0;t\x07"], ["👩‍💻", "y"]])
    assert text.splitlines() == ["A          B", "two lines  x␛]0;t␇", "👩‍💻         y"]
