"""Where sessiontui keeps its data and finds the user's own scripts."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "sessiontui"
DATA_DIR_ENV = "SESSIONTUI_DATA_DIR"
CONFIG_DIR_ENV = "SESSIONTUI_CONFIG_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, else $SESSIONTUI_DATA_DIR, else platformdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path(APP_NAME)


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The config folder: override, else $SESSIONTUI_CONFIG_DIR, else platformdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(CONFIG_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return platformdirs.user_config_path(APP_NAME)


def user_scripts_dir(config: Path | None = None) -> Path:
    """The folder whose *.toml files appear beside the built-in scripts."""
    return (config or config_dir()) / "scripts"
