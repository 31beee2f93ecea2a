"""The stylesheets: read from the top-level styles/ in a checkout, all listed, in order.

The installed wheel's side (its own copy inside the package) is proven by
tests/e2e/test_installed_app.py.
"""

from __future__ import annotations

from pathlib import Path

from sessiontui.tui.app import SessionTuiApp
from sessiontui.tui.stylesheets import STYLESHEETS, styles_dir, stylesheets

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_reads_the_top_level_styles_folder() -> None:
    assert styles_dir() == ROOT / "styles"


def test_every_stylesheet_in_the_folder_is_listed_and_every_listed_one_exists() -> None:
    on_disk = sorted(path.name for path in (ROOT / "styles").glob("*.tcss"))
    assert on_disk, "no stylesheets in styles/"
    assert sorted(STYLESHEETS) == on_disk
    assert len(set(STYLESHEETS)) == len(STYLESHEETS), "a stylesheet listed twice"


def test_the_app_loads_the_listed_stylesheets_in_cascade_order() -> None:
    assert [Path(path) for path in SessionTuiApp.CSS_PATH] == stylesheets()
    assert [Path(path).name for path in SessionTuiApp.CSS_PATH] == list(STYLESHEETS)
