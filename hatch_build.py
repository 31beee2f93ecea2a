"""Build hook: compile the gettext catalogs (.po -> .mo) into the package.

Runs for wheels and for editable installs, so `make run`, the tests and an
installed wheel all read the same compiled catalogs. The .mo files are build
products (ignored by git) and are listed as artifacts so the wheel carries them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LOCALE_DIR = Path("src") / "sessiontui" / "locale"


def compile_catalogs(root: Path) -> list[Path]:
    """Compile every `.po` under the package's locale folder; return the `.mo` paths."""
    compiled = []
    for po in sorted((root / LOCALE_DIR).glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as source:
            catalog = read_po(source, locale=po.parent.parent.name)
        mo = po.with_suffix(".mo")
        with mo.open("wb") as target:
            # Fuzzy (unreviewed) translations never ship: English shows instead,
            # and the catalog test fails on them.
            write_mo(target, catalog, use_fuzzy=False)
        compiled.append(mo)
    return compiled


class CatalogBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Compile the catalogs before the wheel (or the editable install) is built."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile, then list the .mo files as artifacts of the build."""
        root = Path(self.root)
        for mo in compile_catalogs(root):
            build_data["artifacts"].append(mo.relative_to(root).as_posix())
