"""describe_process: a real process's command line (printable, short) and whether it is stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from sessiontui.process_info import COMMAND_LIMIT, describe_process

pytestmark = pytest.mark.slow

SLEEPER = "import time; print('up', flush=True); time.sleep(60)"


@pytest.fixture
def spawn() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Start processes for a test; they are killed afterwards."""
    children: list[subprocess.Popen[bytes]] = []
    yield children
    for child in children:
        child.kill()
        child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()


def _sleeper(spawn: list[subprocess.Popen[bytes]], *args: str) -> subprocess.Popen[bytes]:
    child = subprocess.Popen([sys.executable, "-c", SLEEPER, *args], stdout=subprocess.PIPE)
    spawn.append(child)
    assert child.stdout is not None
    assert child.stdout.readline() == b"up\n"  # running its own command line by now
    return child


def test_a_running_process_by_its_command_line(spawn: list[subprocess.Popen[bytes]]) -> None:
    child = _sleeper(spawn, "--mentee", "Ana Núñez")
    process = describe_process(child.pid)
    assert process.pid == child.pid
    assert process.command == f"{sys.executable} -c {SLEEPER} --mentee Ana Núñez"
    assert not process.stopped


def test_control_characters_never_reach_the_terminal(
    spawn: list[subprocess.Popen[bytes]],
) -> None:
    # Short, so a long interpreter path (a fresh clone in /tmp) does not shorten it away.
    child = _sleeper(spawn, "\x1b[1m\x07\nx")
    command = describe_process(child.pid).command
    assert command.endswith("␛[1m␇ x")
    assert "\x1b" not in command
    assert "\x07" not in command


def test_a_long_command_line_is_shortened(spawn: list[subprocess.Popen[bytes]]) -> None:
    child = _sleeper(spawn, "x" * 500)
    command = describe_process(child.pid).command
    assert len(command) == COMMAND_LIMIT
    assert command.endswith("x…")


def test_a_stopped_process_is_said_to_be_stopped(spawn: list[subprocess.Popen[bytes]]) -> None:
    child = _sleeper(spawn)
    os.kill(child.pid, signal.SIGSTOP)
    deadline = time.monotonic() + 10
    while not describe_process(child.pid).stopped:  # the stop takes effect soon after
        assert time.monotonic() < deadline, "never seen stopped"
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGCONT)
    while describe_process(child.pid).stopped:
        assert time.monotonic() < deadline, "never seen running again"
        time.sleep(0.01)


def test_a_process_that_is_gone_has_no_command(spawn: list[subprocess.Popen[bytes]]) -> None:
    child = _sleeper(spawn)
    child.kill()
    child.wait(timeout=10)
    process = describe_process(child.pid)
    assert process.command == ""
    assert not process.stopped
