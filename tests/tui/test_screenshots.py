"""`make screenshots`: the README's pictures come from the app, and the READMEs show them."""

from __future__ import annotations

import re
from pathlib import Path

from tools.screenshots import OUTPUT, ROOT, SCREENSHOTS, take

from sessiontui.i18n import available_languages


async def test_a_screenshot_is_the_app_with_the_rehearsal_mentee(tmp_path: Path) -> None:
    session = next(shot for shot in SCREENSHOTS if shot.name == "session")
    saved = await take(session, "es", tmp_path)
    assert saved == tmp_path / "session-es.svg"
    svg = saved.read_text(encoding="utf-8")
    assert svg.startswith("<svg")
    # SVG text keeps spaces as &#160;: compare words.
    text = svg.replace("&#160;", " ")
    for shown in ("Sam", "Rivera", "Agenda", "Escucha", "activa"):
        assert shown in text, shown


def test_every_screenshot_is_committed_and_both_readmes_show_them() -> None:
    expected = {
        f"{shot.name}-{language}.svg" for shot in SCREENSHOTS for language in available_languages()
    }
    assert expected <= {path.name for path in OUTPUT.glob("*.svg")}
    for readme, language in (("README.md", "en"), ("README.es.md", "es")):
        text = (ROOT / readme).read_text(encoding="utf-8")
        linked = set(re.findall(r"docs/screenshots/([\w.-]+\.svg)", text))
        assert linked == {f"{shot.name}-{language}.svg" for shot in SCREENSHOTS}, readme
