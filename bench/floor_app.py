"""The floor under `peak_mem_ratio_*`: the bare app, plus what any app that validates
its data with pydantic before its first frame holds (pydantic imported, one model of
two fields defined and validated once). Nothing of sessiontui's: the difference
between this app and the bare app is pydantic's alone (docs/performance.md, "Peak
memory")."""

from __future__ import annotations

from datetime import datetime

from bench.bare_app import BareApp
from pydantic import AwareDatetime, BaseModel


class Settings(BaseModel):
    """The smallest document a start could validate."""

    name: str
    since: AwareDatetime


class FloorApp(BareApp):
    """The bare app, started from one validated document."""

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings


def floor_app() -> FloorApp:
    """The app, after validating its settings as a start would."""
    document = {"name": "Sam Taylor", "since": datetime.now().astimezone().isoformat()}
    return FloorApp(Settings.model_validate(document))
