"""Fixtures for end-to-end tests: the app installed from a built wheel, Xvfb, tmux."""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.e2e.terminal import Terminal

ROOT = Path(__file__).resolve().parents[2]


def _require(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        # A missing tool is a broken set-up, not a reason to skip: fail loudly.
        pytest.fail(f"end-to-end tests need {', '.join(missing)} (`.ci/run` installs them)")


@contextlib.contextmanager
def _made_once(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[tuple[Path, bool]]:
    """A folder `name` shared by the whole run, held under a lock: yields it and whether
    it still has to be made. xdist's workers share the parent of their base temp
    folders, so the first worker to need it makes it and the others wait and reuse it."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent
    folder = base / name
    with (base / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = folder / ".made"
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # a worker stopped half-way
            folder.mkdir()
        yield folder, not done.exists()
        done.touch()


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built as a wheel, the way a user would install it (once per run)."""
    with _made_once(tmp_path_factory, "wheel") as (out, to_make):
        if to_make:
            subprocess.run(
                [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
                check=True,
                capture_output=True,
            )
    (built,) = out.glob("sessiontui-*.whl")
    return built


@pytest.fixture(scope="session")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with only the wheel installed (once per run, shared
    by the workers: the tests only run it); returns its bin/."""
    with _made_once(tmp_path_factory, "venv") as (env_dir, to_make):
        if to_make:
            venv.create(env_dir, with_pip=True)
            subprocess.run(
                [str(env_dir / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
                check=True,
                capture_output=True,
            )
    return env_dir / "bin"


@pytest.fixture(scope="session")
def display() -> Iterator[str]:
    """A private X server (Xvfb); yields its DISPLAY value."""
    _require("Xvfb", "xclip")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not report a display"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    """A real terminal (tmux) at 100x30."""
    _require("tmux")
    term = Terminal(100, 30)
    yield term
    term.close()


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """A clean environment for the app: own HOME, data and config folders, and the
    settings of a mentor who has used it before (their name is known)."""
    home = tmp_path / "home"
    settings = home / ".config" / "sessiontui"
    settings.mkdir(parents=True)
    (settings / "config.toml").write_text('mentor_name = "Sam Taylor"\n', encoding="utf-8")
    return {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "SESSIONTUI_DATA_DIR": str(tmp_path / "data"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
