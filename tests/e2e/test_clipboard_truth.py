"""The send report tells the truth about a real xclip: with no display it says so,
instead of asking for a tool that is already installed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

# Delivers one text with the real pyperclip (no fakes) and writes down the report.
DELIVER = """
import json, sys
from pathlib import Path
from sessiontui.clipboard import deliver
report = deliver("Hola, Ana", summaries_dir=Path(sys.argv[1]), file_stem="s")
Path(sys.argv[2]).write_text(json.dumps({"detail": report.steps[0].detail,
    "copied": report.copied, "message": report.message()}))
"""


def deliver_with(env: dict[str, str], folder: Path) -> dict[str, object]:
    out = folder / "report.json"
    # No pipes: xclip stays behind as the selection's owner, holding any pipe open.
    subprocess.run(
        [sys.executable, "-c", DELIVER, str(folder / "summaries"), str(out)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        timeout=60,
        check=True,
    )
    report = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(report, dict)
    return report


def base_env() -> dict[str, str]:
    assert shutil.which("xclip"), "xclip must be installed (`.ci/run` installs it)"
    keep = ("PATH", "HOME", "LANG", "LC_ALL")
    return {key: os.environ[key] for key in keep if key in os.environ} | {"SESSIONTUI_LANG": "en"}


def test_with_xclip_but_no_display_the_report_says_no_display(tmp_path: Path) -> None:
    report = deliver_with(base_env(), tmp_path)
    assert report["copied"] is False
    assert report["detail"] == "no display (DISPLAY unset)"
    assert "install" not in str(report["message"])


def test_with_a_display_the_same_xclip_copies(tmp_path: Path, display: str) -> None:
    report = deliver_with(base_env() | {"DISPLAY": display}, tmp_path)
    assert report["copied"] is True, report
