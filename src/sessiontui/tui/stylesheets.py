"""Where the app's stylesheets are, installed or in a checkout.

The TCSS lives in the project's top-level `styles/` folder. The wheel carries
it inside the package as `sessiontui/styles/` (`force-include` in
pyproject.toml). A checkout (the editable install `make` uses, and the tests)
has no such folder in the package, so it reads the top-level one directly:
an edited stylesheet shows without a reinstall.
"""

from __future__ import annotations

from pathlib import Path

# Cascade order: on equal specificity, a rule in a later sheet wins.
STYLESHEETS = (
    "banner.tcss",
    "dialogs.tcss",
    "resume.tcss",
    "session.tcss",
    "start.tcss",
    "summary.tcss",
)

_PACKAGE = Path(__file__).resolve().parent.parent
_INSTALLED = _PACKAGE / "styles"
# src/sessiontui -> the project root.
_CHECKOUT = _PACKAGE.parent.parent / "styles"


def styles_dir() -> Path:
    """The folder holding the stylesheets: the package's own copy when
    installed from a wheel, else the checkout's top-level `styles/`."""
    return _INSTALLED if _INSTALLED.is_dir() else _CHECKOUT


def stylesheet(name: str) -> Path:
    """One stylesheet by file name (e.g. `"start.tcss"`)."""
    return styles_dir() / name


def stylesheets() -> list[Path]:
    """Every stylesheet the app loads, in cascade order."""
    return [stylesheet(name) for name in STYLESHEETS]
