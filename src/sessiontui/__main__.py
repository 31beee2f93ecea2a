"""Allow `python -m sessiontui`."""

from sessiontui.cli import run_command

raise SystemExit(run_command())
