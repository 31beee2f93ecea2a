"""Allow `python -m sessiontui`."""

from sessiontui.command import run_command

raise SystemExit(run_command())
