"""The loader: every kind of bad input becomes one clear line per problem."""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

import pytest

from sessiontui.errors import UserError
from sessiontui.model import SegmentKind
from sessiontui.scripts import loader
from sessiontui.scripts.loader import ScriptError, ScriptProblem, load_script_file, parse_script
from sessiontui.scripts.schema import Script

HEAD = 'id = "mine"\ntitle = "Mine"\nlanguage = "en"\n'
SEGMENT = '[[segments]]\nid = "{id}"\ntitle = "T"\nminutes = {minutes}\nkind = "{kind}"\n'


def seg(segment_id: str = "a", minutes: object = 5, kind: str = "goals") -> str:
    return SEGMENT.format(id=segment_id, minutes=minutes, kind=kind)


def problems(text: str) -> list[ScriptProblem]:
    with pytest.raises(ScriptError) as caught:
        parse_script(text, "my.toml")
    return caught.value.problems


def error_of(load: Callable[..., Script], *args: object) -> ScriptError:
    with pytest.raises(ScriptError) as caught:
        load(*args)
    return caught.value


def only_problem(text: str) -> ScriptProblem:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


def test_a_valid_script_parses() -> None:
    text = HEAD + seg("a", 5, "check-in") + 'prompts = ["How are you?"]\n' + seg("b", 10)
    parsed = parse_script(text, "my.toml")
    assert parsed.id == "mine"
    assert [s.id for s in parsed.segments] == ["a", "b"]
    assert parsed.segments[0].kind is SegmentKind.CHECK_IN
    assert parsed.segments[0].prompts == ["How are you?"]
    assert parsed.total_minutes == 15


def test_invalid_toml_names_line_and_column() -> None:
    problem = only_problem(HEAD + "[[segments]]\nid = \n")
    assert problem.file == "my.toml"
    assert problem.location == "line 5, column 6"
    assert problem.reason.startswith("invalid TOML: ")
    assert "(at line" not in problem.reason


def test_invalid_toml_at_end_of_document() -> None:
    problem = only_problem('id = "unterminated')
    assert problem.location == "end of file"
    assert problem.reason == "invalid TOML: Unterminated string"


DEEPER = "keys or lists nested more deeply than a script needs (at most 5 levels)"


@pytest.mark.parametrize(
    "text",
    [
        "a = " + "[" * 5000,
        "x = 1\na = {b = {c = {d = {e = {f = {g = 1}}}}}}",
        "a" + ".a" * 40_000 + " = 1",
        '"a"."b" . c.d.e.f = 1',
        "[a.b.c.d.e.f]",
    ],
    ids=["arrays", "inline-tables", "dotted-key-40000", "quoted-key-parts", "table-header"],
)
def test_nesting_deeper_than_the_format_needs_is_refused_before_parsing(text: str) -> None:
    problem = only_problem(text)
    assert problem.reason == DEEPER
    assert problem.location == ("line 2" if text.startswith("x = 1") else "line 1")


def test_dots_in_text_comments_and_numbers_are_not_nesting() -> None:
    text = (
        "# a. b. c. d. e. f. g.\n"
        + HEAD.replace('"Mine"', '"a. b. c. d. e. f. g."')
        + seg()
        + 'guidance = """One. Two.\nThree. Four. Five. Six."""\n'
        + "prompts = ['x.y.z.w.v.u', \"1.2.3.4.5.6\"]\n"
        + "warn_before_end_seconds = 1_0\n"
    )
    script = parse_script(text, "f.toml")
    assert script.title == "a. b. c. d. e. f. g."
    assert script.segments[0].prompts == ["x.y.z.w.v.u", "1.2.3.4.5.6"]


@pytest.mark.parametrize("field", ["id", "title", "language", "segments"])
def test_missing_top_level_field(field: str) -> None:
    lines = [line for line in HEAD.splitlines(keepends=True) if not line.startswith(field)]
    text = "".join(lines) + ("" if field == "segments" else seg())
    problem = only_problem(text)
    assert problem.location == field
    assert problem.reason == "required field is missing"


def test_missing_segment_field_names_the_segment() -> None:
    text = HEAD + seg("a") + '[[segments]]\nid = "b"\ntitle = "B"\nkind = "goals"\n'
    problem = only_problem(text)
    assert problem.location == "segments[2].minutes"
    assert problem.reason == "required field is missing"


@pytest.mark.parametrize(
    ("minutes", "reason"),
    [
        ('"5"', "must be a whole number, not text"),
        ("5.5", "must be a whole number, not a decimal number"),
        ("true", "must be a whole number, not true/false"),
        ("[5]", "must be a whole number, not a list"),
        ("2024-01-01", "must be a whole number, not a date"),
    ],
)
def test_wrong_type_for_minutes(minutes: str, reason: str) -> None:
    problem = only_problem(HEAD + seg("a", minutes))
    assert problem.location == "segments[1].minutes"
    assert problem.reason == reason


def test_wrong_type_for_text_and_lists() -> None:
    text = HEAD.replace('title = "Mine"', "title = 3") + seg() + 'prompts = "ask"\n'
    found = {p.location: p.reason for p in problems(text)}
    assert found == {
        "title": "must be text in quotes, not a whole number",
        "segments[1].prompts": "must be a list [ ... ], not text",
    }


def test_wrong_type_inside_a_list_is_counted_from_one() -> None:
    problem = only_problem(HEAD + seg() + 'prompts = ["ok", 3]\n')
    assert problem.location == "segments[1].prompts[2]"


def test_segments_must_be_tables() -> None:
    problem = only_problem(HEAD + "segments = [1]\n")
    assert problem.location == "segments[1]"
    assert problem.reason == "must be a table, not a whole number"


@pytest.mark.parametrize("minutes", [0, -5])
def test_zero_or_negative_minutes(minutes: int) -> None:
    problem = only_problem(HEAD + seg("a", minutes))
    assert problem.location == "segments[1].minutes"
    assert problem.reason == f"must be at least 1, not {minutes}"


def test_unknown_kind_lists_every_allowed_kind() -> None:
    problem = only_problem(HEAD + seg("a", 5, "chat"))
    assert problem.location == "segments[1].kind"
    assert problem.reason.startswith('unknown value "chat"; allowed: ')
    allowed = problem.reason.split("allowed: ")[1].split(", ")
    assert allowed == [kind.value for kind in SegmentKind]


def test_duplicate_segment_ids() -> None:
    problem = only_problem(HEAD + seg("a") + seg("b") + seg("a"))
    assert problem.location == "segments"
    assert problem.reason == "segment id 'a' is used twice (segments 1 and 3)"


def test_empty_segment_list() -> None:
    problem = only_problem(HEAD + "segments = []\n")
    assert problem.location == "segments"
    assert problem.reason == "needs at least one entry"


def test_unknown_language() -> None:
    problem = only_problem(HEAD.replace('"en"', '"fr"') + seg())
    assert problem.location == "language"
    assert problem.reason == 'unknown value "fr"; allowed: en, es'


def test_unknown_field_is_reported() -> None:
    problem = only_problem(HEAD + 'author = "me"\n' + seg())
    assert problem.location == "author"
    assert problem.reason == "unknown field (check its spelling)"


def test_bad_ids_and_empty_titles() -> None:
    text = HEAD.replace('"mine"', '"My Script"') + '[[segments]]\nid = "a"\ntitle = " "\n'
    text += 'minutes = 5\nkind = "goals"\n'
    found = {p.location: p.reason for p in problems(text)}
    assert found["id"].startswith("must be an id of lowercase letters")
    assert '"My Script"' in found["id"]
    assert found["segments[1].title"] == "must not be empty"


def test_one_problem_line_per_error() -> None:
    text = HEAD.replace('"en"', '"fr"') + seg("a", 0, "chat") + seg("b", '"x"')
    error = error_of(parse_script, text, "my.toml")
    locations = [p.location for p in error.problems]
    assert locations == [
        "language",
        "segments[1].minutes",
        "segments[1].kind",
        "segments[2].minutes",
    ]
    assert error.message.splitlines() == [str(p) for p in error.problems]


def test_script_error_is_a_user_error_with_exit_status_two() -> None:
    error = error_of(parse_script, "x =", "f.toml")
    assert isinstance(error, UserError)
    assert error.exit_code == 2
    assert str(error) == error.message == str(error.problems[0])


def test_problem_line_format_is_one_line() -> None:
    problem = ScriptProblem("dir/odd\nname.toml", "segments[1].minutes", "must be\nat least 1")
    assert str(problem) == "dir/odd name.toml: segments[1].minutes: must be at least 1"


def test_long_values_are_cut_short() -> None:
    problem = only_problem(HEAD.replace('"en"', '"' + "x" * 500 + '"') + seg())
    assert len(str(problem)) < 200
    assert "…" in problem.reason


def test_reasons_follow_the_ui_language(ui_language: Callable[[str], None]) -> None:
    ui_language("es")
    problem = only_problem(HEAD + seg("a", 0))
    assert problem.reason == "debe ser al menos 1, no 0"
    problem = only_problem(HEAD + "[[segments]]\nid = \n")
    assert problem.location == "línea 5, columna 6"


# --- files ---


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_load_a_file(tmp_path: Path) -> None:
    path = write(tmp_path / "s.toml", HEAD + seg())
    assert load_script_file(path).id == "mine"


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + (HEAD + seg()).encode())
    assert load_script_file(path).id == "mine"


def test_problems_name_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.toml", HEAD + seg("a", 0))
    error = error_of(load_script_file, path)
    assert str(error) == f"{path}: segments[1].minutes: must be at least 1, not 0"


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes((HEAD + seg() + 'guidance = "Qué tal"\n').encode("latin-1"))
    error = error_of(load_script_file, path)
    assert [str(p) for p in error.problems] == [
        f"{path}: line 9: not UTF-8 text; save the file as UTF-8"
    ]


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    error = error_of(load_script_file, path)
    assert str(error) == f"{path}: file: does not exist"


def test_a_directory(tmp_path: Path) -> None:
    error = error_of(load_script_file, tmp_path)
    assert str(error) == f"{tmp_path}: file: it is a folder, not a file"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.toml", HEAD + seg())

    def refuse(path: Path, limit: int, *, follow_symlinks: bool) -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(loader, "read_regular_file", refuse)
    error = error_of(load_script_file, path)
    assert str(error) == f"{path}: file: permission denied: the file cannot be read"


def test_other_read_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "flaky.toml", HEAD + seg())

    def fail(path: Path, limit: int, *, follow_symlinks: bool) -> bytes:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(loader, "read_regular_file", fail)
    error = error_of(load_script_file, path)
    assert str(error) == f"{path}: file: cannot read the file: Input/output error"
