"""Installing like a real tool: one version, a changelog, shell completion from the parser."""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from sessiontui import __version__

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _sessiontui(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "sessiontui"), *args],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=True,
    )


def _shell(shell: str, script: str, cwd: Path) -> str:
    """Run `script` in a clean, non-interactive `shell` (no user rc files)."""
    path = shutil.which(shell)
    assert path is not None, f"{shell} is not installed (.ci/run installs it)"
    flags = ["--norc", "--noprofile", "-c"] if shell == "bash" else ["-f", "-c"]
    result = subprocess.run(
        [path, *flags, script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        env={"PATH": os.environ["PATH"], "HOME": str(cwd)},
        check=False,
    )
    assert result.returncode == 0, result
    return result.stdout


def test_the_version_is_written_once_and_the_installed_metadata_agrees() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project
    assert project["dynamic"] == ["version"]
    literals = re.findall(
        r'^__version__ = "([^"]+)"$',
        (ROOT / "src" / "sessiontui" / "__init__.py").read_text(encoding="utf-8"),
        re.MULTILINE,
    )
    assert literals == [__version__]
    assert importlib.metadata.version("sessiontui") == __version__


def test_changelog_keeps_a_changelog() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert "https://keepachangelog.com/en/1.1.0/" in text
    releases = re.findall(r"^## \[([^\]]+)\]", text, re.MULTILINE)
    assert releases[0] == "Unreleased"
    # Only Keep a Changelog's own kinds of change, each under a release.
    kinds = set(re.findall(r"^### (.+)$", text, re.MULTILINE))
    assert kinds <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}
    assert "Added" in kinds
    # The Unreleased section says what this release brings, not an empty heading.
    unreleased = text.split("## [Unreleased]", 1)[1].split("\n## [", 1)[0]
    assert len(re.findall(r"^- ", unreleased, re.MULTILINE)) >= 5


def test_bash_completion_sources_and_completes_commands_and_options(tmp_path: Path) -> None:
    script = tmp_path / "sessiontui.bash"
    script.write_text(_sessiontui("completion", "bash").stdout, encoding="utf-8")
    shown = _shell(
        "bash",
        f"""
        source {script}
        complete -p sessiontui
        ask() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=();
                 _shtab_sessiontui; echo "${{COMPREPLY[*]}}"; }}
        ask sessiontui scr
        ask sessiontui scripts ''
        ask sessiontui --la
        ask sessiontui completion ''
        """,
        tmp_path,
    ).splitlines()
    assert shown[0].endswith(" sessiontui")
    assert shown[1:] == ["scripts", "list show check", "--lang", "bash zsh"]


@pytest.mark.parametrize("how", ["fpath", "eval"])
def test_zsh_completion_registers_from_fpath_or_eval(tmp_path: Path, how: str) -> None:
    functions = tmp_path / "functions"
    functions.mkdir()
    (functions / "_sessiontui").write_text(
        _sessiontui("completion", "zsh").stdout, encoding="utf-8"
    )
    load = (
        f"fpath=({functions} $fpath); autoload -U compinit && compinit -u -D"
        if how == "fpath"
        else f'autoload -U compinit && compinit -u -D && eval "$(cat {functions}/_sessiontui)"'
    )
    registered = _shell("zsh", f"{load} && print ${{_comps[sessiontui]}}", tmp_path).strip()
    assert registered == ("_sessiontui" if how == "fpath" else "_shtab_sessiontui")
    assert _shell("zsh", f"zsh -n {functions}/_sessiontui && print ok", tmp_path).strip() == "ok"
