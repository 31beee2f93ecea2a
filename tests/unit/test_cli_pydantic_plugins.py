"""A pydantic plugin installed beside sessiontui (an observability tool's, say) sees
every model pydantic validates: mentees' private notes included. The command's
process turns pydantic's plugins off, so nothing it stores or reads reaches one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BIN = Path(sys.executable).parent

_PLUGIN = """
from pathlib import Path

class _Watch:
    def new_schema_validator(self, schema, schema_type, *args, **kwargs):
        with Path({seen!r}).open("a", encoding="utf-8") as seen:
            seen.write(f"{{schema_type}}\\n")
        return None, None, None

plugin = _Watch()
"""


def _install_plugin(site: Path, seen: Path) -> None:
    """A plugin on the path, found through its entry point as pydantic finds one."""
    (site / "watch_plugin.py").write_text(_PLUGIN.format(seen=str(seen)), encoding="utf-8")
    info = site / "watch_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: watch-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[pydantic]\nwatch = watch_plugin:plugin\n")


def _run(args: list[str], site: Path, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*args, "--data-dir", str(data), "mentees"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(site), "SESSIONTUI_LANG": "en"},
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_the_plugin_is_live_where_pydantic_runs_plainly(tmp_path: Path) -> None:
    # The control: the same plugin, in a process that is not the command, sees our models.
    site, seen = tmp_path / "site", tmp_path / "seen.txt"
    site.mkdir()
    _install_plugin(site, seen)
    probe = "import sessiontui.model"
    result = _run([sys.executable, "-c", probe, "--"], site, tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert "Session" in seen.read_text(encoding="utf-8")


def test_the_command_lets_no_pydantic_plugin_see_its_models(tmp_path: Path) -> None:
    site, seen = tmp_path / "site", tmp_path / "seen.txt"
    site.mkdir()
    _install_plugin(site, seen)
    for command in ([str(BIN / "sessiontui")], [sys.executable, "-m", "sessiontui"]):
        result = _run(command, site, tmp_path / "data")
        assert result.returncode == 0, result.stderr
        assert not seen.exists(), seen.read_text(encoding="utf-8")
