"""The script library: built-ins, the user's folder, warnings, lookup."""

from __future__ import annotations

import errno
import io
from collections.abc import Iterator
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

import pytest

from sessiontui.cli.output import Output
from sessiontui.cli.scripts import cmd_check
from sessiontui.errors import UserError
from sessiontui.model import SegmentKind
from sessiontui.scripts import library as library_module
from sessiontui.scripts.library import (
    BUILTIN_SOURCE,
    DEFAULT_SCRIPT_ID,
    ScriptLibrary,
    default_script_id,
)
from sessiontui.scripts.loader import ScriptError
from sessiontui.scripts.schema import Script

# In relationship order: the file names' number prefixes decide it.
BASE_IDS = [
    "first-session",
    "regular",
    "regular-45",
    "regular-30",
    "goal-setting",
    "feedback",
    "mid-point-review",
    "closing",
]
BUILTIN_IDS = BASE_IDS + [f"{base}-es" for base in BASE_IDS]


def user_script(script_id: str, title: str = "Mine", minutes: int = 5) -> str:
    return (
        f'id = "{script_id}"\ntitle = "{title}"\nlanguage = "en"\n'
        f'[[segments]]\nid = "a"\ntitle = "A"\nminutes = {minutes}\nkind = "goals"\n'
    )


@pytest.fixture
def builtin_files() -> Iterator[list[Path]]:
    """The built-in script files as real paths (also from a zipped install)."""
    folder = resources.files("sessiontui.scripts").joinpath("builtin")
    with ExitStack() as stack:
        yield [
            stack.enter_context(resources.as_file(item))
            for item in sorted(folder.iterdir(), key=lambda item: item.name)
            if item.name.endswith(".toml")
        ]


@pytest.fixture
def library() -> ScriptLibrary:
    return ScriptLibrary.load(None)


def test_every_builtin_is_listed_in_relationship_order(library: ScriptLibrary) -> None:
    assert [entry.script.id for entry in library.entries] == BUILTIN_IDS
    assert {entry.source for entry in library.entries} == {BUILTIN_SOURCE}
    assert library.warnings == []


def test_every_builtin_file_is_named_after_its_script_id(builtin_files: list[Path]) -> None:
    # The library finds a built-in script by its file name without reading the others.
    for path in builtin_files:
        number, file_id = path.stem.split("-", 1)
        assert number.isdigit()
        assert ScriptLibrary.load(None).get(file_id).id == file_id


def test_a_start_reads_only_the_script_it_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    parse = library_module.parse_script

    def counted(text: str, source: str) -> Script:
        read.append(source)
        return parse(text, source)

    monkeypatch.setattr(library_module, "parse_script", counted)
    (tmp_path / "mine.toml").write_text(user_script("regular"), encoding="utf-8")
    library = ScriptLibrary.load(tmp_path)  # a user file clashing with a built-in id
    assert read == []
    assert library.get("regular-45").id == "regular-45"
    assert library.get("regular-45").id == "regular-45"
    assert read == ["built-in:21-regular-45.toml"]
    # Still left out: the id is a built-in's, known from its file name.
    assert len(library.warnings) == 1
    assert "a built-in script" in library.warnings[0]


def test_every_builtin_passes_check(builtin_files: list[Path]) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert len(builtin_files) == len(BUILTIN_IDS)
    assert cmd_check([str(path) for path in builtin_files], Output(out, err)) == 0
    assert err.getvalue() == ""
    assert len(out.getvalue().splitlines()) == len(BUILTIN_IDS)


def test_regular_script_facts(library: ScriptLibrary) -> None:
    regular = library.get("regular")
    assert regular.title == "Regular mentoring session"
    assert regular.language == "en"
    assert regular.total_minutes == 60
    assert [segment.kind for segment in regular.segments] == [
        SegmentKind.CHECK_IN,
        SegmentKind.REVIEW_ACTIONS,
        SegmentKind.GOALS,
        SegmentKind.DISCUSSION,
        SegmentKind.ACTION_PLAN,
        SegmentKind.FEEDBACK,
        SegmentKind.WRAP_UP,
    ]


def test_first_session_covers_the_agreement(library: ScriptLibrary) -> None:
    first = library.get("first-session")
    kinds = [segment.kind for segment in first.segments]
    for needed in (
        SegmentKind.EXPECTATIONS,
        SegmentKind.CONFIDENTIALITY,
        SegmentKind.LONG_TERM_GOALS,
        SegmentKind.ACTION_PLAN,
    ):
        assert needed in kinds
    expectations = next(s for s in first.segments if s.kind is SegmentKind.EXPECTATIONS)
    for topic in ("how often", "how long", "topics", "commit"):
        assert topic in expectations.guidance
    goals = next(s for s in first.segments if s.kind is SegmentKind.LONG_TERM_GOALS)
    assert "long-term" in goals.guidance


@pytest.mark.parametrize("script_id", BUILTIN_IDS)
def test_every_builtin_segment_has_guidance_and_prompts(
    library: ScriptLibrary, script_id: str
) -> None:
    script = library.get(script_id)
    assert script.description
    for segment in script.segments:
        assert len(segment.guidance) > 60, segment.id
        # A handful to page through with F5, not a questionnaire.
        assert 2 <= len(segment.prompts) <= 8, segment.id
    # The language field matches the id convention used by default_script_id.
    assert (script.language == "es") == script_id.endswith("-es")


def test_spanish_scripts_use_the_article_vocabulary(library: ScriptLibrary) -> None:
    spanish_text = " ".join(
        " ".join([s.title, s.guidance, *s.prompts])
        for entry in library.entries
        if entry.script.language == "es"
        for s in entry.script.segments
    ).lower()
    for term in (
        "expectativas",
        "confidencialidad",
        "objetivos a largo plazo",
        "escucha activa",
        "retroalimentación",
        "plan de acción",
        "específicas y medibles",
    ):
        assert term in spanish_text, term


def test_default_script_ids(library: ScriptLibrary) -> None:
    assert DEFAULT_SCRIPT_ID == "regular"
    assert default_script_id("en") == "regular"
    assert default_script_id("es") == "regular-es"
    assert library.get(default_script_id("es")).language == "es"


# --- the user's folder ---


def test_user_scripts_come_after_the_builtins(tmp_path: Path) -> None:
    (tmp_path / "zeta.toml").write_text(user_script("zeta"), encoding="utf-8")
    (tmp_path / "alpha.toml").write_text(user_script("alpha"), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a script", encoding="utf-8")
    loaded = ScriptLibrary.load(tmp_path)
    ids = [entry.script.id for entry in loaded.entries]
    assert ids == [*BUILTIN_IDS, "alpha", "zeta"]
    assert loaded.entries[-1].source == str(tmp_path / "zeta.toml")
    assert loaded.get("alpha").title == "Mine"
    assert loaded.warnings == []


def test_a_missing_user_folder_is_fine(tmp_path: Path) -> None:
    loaded = ScriptLibrary.load(tmp_path / "absent")
    assert [entry.script.id for entry in loaded.entries] == BUILTIN_IDS
    assert loaded.warnings == []


def test_dot_files_are_ignored(tmp_path: Path) -> None:
    (tmp_path / ".#draft.toml").write_text("broken =", encoding="utf-8")
    loaded = ScriptLibrary.load(tmp_path)
    assert loaded.warnings == []
    assert len(loaded.entries) == len(BUILTIN_IDS)


def test_a_broken_user_file_is_left_out_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "good.toml").write_text(user_script("good"), encoding="utf-8")
    broken = tmp_path / "broken.toml"
    broken.write_text(user_script("broken", minutes=0), encoding="utf-8")
    loaded = ScriptLibrary.load(tmp_path)
    assert "broken" not in [entry.script.id for entry in loaded.entries]
    assert loaded.get("good").id == "good"
    assert loaded.warnings == [
        f"script left out: {broken}: segments[1].minutes: must be at least 1, not 0"
    ]


def test_a_file_with_several_problems_gets_one_warning_line(tmp_path: Path) -> None:
    broken = tmp_path / "many.toml"
    broken.write_text('id = "Bad Id"\nlanguage = "fr"\nsegments = []\n', encoding="utf-8")
    loaded = ScriptLibrary.load(tmp_path)
    assert len(loaded.warnings) == 1
    warning = loaded.warnings[0]
    assert "\n" not in warning
    assert warning.startswith(f"script left out: {broken}: ")
    assert warning.endswith(f"(and 3 more: sessiontui scripts check {broken})")


def test_an_id_taken_by_a_builtin_is_left_out(tmp_path: Path) -> None:
    clash = tmp_path / "regular.toml"
    clash.write_text(user_script("regular", title="My regular"), encoding="utf-8")
    loaded = ScriptLibrary.load(tmp_path)
    assert loaded.get("regular").title == "Regular mentoring session"
    assert loaded.warnings == [
        f"script left out: {clash}: id 'regular' is already used by a built-in script"
    ]


def test_an_id_taken_by_another_file_keeps_the_first(tmp_path: Path) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text(user_script("mine", title="First"), encoding="utf-8")
    second.write_text(user_script("mine", title="Second"), encoding="utf-8")
    loaded = ScriptLibrary.load(tmp_path)
    assert loaded.get("mine").title == "First"
    assert [entry.script.id for entry in loaded.entries].count("mine") == 1
    assert loaded.warnings == [f"script left out: {second}: id 'mine' is already used by {first}"]


def test_a_user_folder_that_is_a_file_is_a_warning(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "scripts"
    not_a_folder.write_text("", encoding="utf-8")
    loaded = ScriptLibrary.load(not_a_folder)
    assert len(loaded.entries) == len(BUILTIN_IDS)
    assert len(loaded.warnings) == 1
    assert loaded.warnings[0].startswith(f"cannot read the scripts folder {not_a_folder}: ")


def test_an_unreadable_user_folder_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_iterdir = Path.iterdir

    def refuse_user_folder(self: Path) -> Iterator[Path]:
        if self == tmp_path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refuse_user_folder)
    loaded = ScriptLibrary.load(tmp_path)
    assert len(loaded.entries) == len(BUILTIN_IDS)
    assert loaded.warnings == [f"cannot read the scripts folder {tmp_path}: Permission denied"]


# --- lookup ---


def test_unknown_id_names_the_known_ones(library: ScriptLibrary) -> None:
    with pytest.raises(UserError) as caught:
        library.get("weekly")
    assert caught.value.message.startswith("unknown script id 'weekly'; known: first-session, ")
    assert "closing-es" in caught.value.message
    assert caught.value.exit_code == 2


def test_resolve_by_id(library: ScriptLibrary) -> None:
    assert library.resolve("feedback-es").id == "feedback-es"


def test_resolve_by_path(library: ScriptLibrary, tmp_path: Path) -> None:
    path = tmp_path / "own.toml"
    path.write_text(user_script("own"), encoding="utf-8")
    assert library.resolve(str(path)).id == "own"


def test_resolve_an_existing_file_without_toml_suffix(
    library: ScriptLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "plan").write_text(user_script("plan-x"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert library.resolve("plan").id == "plan-x"


def test_a_folder_named_like_an_id_does_not_hide_the_id(
    library: ScriptLibrary, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "regular").mkdir()
    monkeypatch.chdir(tmp_path)
    assert library.resolve("regular").id == "regular"


def test_resolve_a_missing_path_is_a_script_error(library: ScriptLibrary, tmp_path: Path) -> None:
    with pytest.raises(ScriptError) as caught:
        library.resolve(str(tmp_path / "gone.toml"))
    assert caught.value.problems[0].reason == "does not exist"


def test_resolve_a_folder_path_is_a_script_error(library: ScriptLibrary, tmp_path: Path) -> None:
    with pytest.raises(ScriptError) as caught:
        library.resolve(str(tmp_path))
    assert caught.value.problems[0].reason == "it is a folder, not a file"


def test_resolve_unknown_id(library: ScriptLibrary) -> None:
    with pytest.raises(UserError, match="unknown script id 'nope'"):
        library.resolve("nope")
