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
from sessiontui.scripts.library import (
    BUILTIN_SOURCE,
    DEFAULT_SCRIPT_ID,
    ScriptLibrary,
    default_script_id,
)
from sessiontui.scripts.loader import ScriptError, parse_script
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


def test_a_start_parses_only_the_builtin_it_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing every built-in took 10-20 ms of every start (issue 13); one is used."""
    parsed: list[str] = []

    def counted(text: str, source: str) -> Script:
        parsed.append(source)
        return parse_script(text, source)

    monkeypatch.setattr("sessiontui.scripts.library.parse_script", counted)
    loaded = ScriptLibrary.load(None)
    assert loaded.get("regular-es").id == "regular-es"
    assert loaded.get("regular-es").id == "regular-es"
    assert loaded.copy_to_keep(loaded.get("regular-es")) is None
    assert parsed == [f"{BUILTIN_SOURCE}:20-regular-es.toml"]
    assert [entry.script.id for entry in loaded.entries] == BUILTIN_IDS
    assert len(parsed) == len(BUILTIN_IDS)


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
