"""The peer every ratio of `make bench` is measured against: a bare Textual app.

It composes the same widget types as the session screen (a header line, a
footer with bindings, Static text, an Input, a TextArea, a DataTable) and
updates a clock four times a second (the peer issue 13 defines).
No styles of its own, no app logic: what Textual itself costs.
"""

from __future__ import annotations

import time

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Input, Static, TextArea

CLOCK_INTERVAL = 0.25


class BareApp(App[None]):
    """Header, footer, a 4x/s clock, an Input, a TextArea and a DataTable."""

    BINDINGS = [  # noqa: RUF012 (Textual declares it as a plain list)
        Binding("ctrl+n", "noop", "Next"),
        Binding("ctrl+b", "noop", "Back"),
        Binding("ctrl+o", "focus_input", "Type"),
        Binding("f10", "noop", "Finish"),
    ]

    def compose(self) -> ComposeResult:
        """The widget types the session screen uses."""
        yield Header()
        yield Static(id="clock")
        yield Static("A listening prompt: what would make this hour worth it?")
        yield Input(id="input")
        yield TextArea(id="text")
        table: DataTable[str] = DataTable(id="table")
        table.add_columns("segment", "minutes")
        for n in range(7):
            table.add_row(f"Segment {n}", str(5 + n))
        yield table
        yield Footer()

    def on_mount(self) -> None:
        """Start the clock."""
        self._tick()
        self.set_interval(CLOCK_INTERVAL, self._tick)

    def _tick(self) -> None:
        self.query_one("#clock", Static).update(time.strftime("%H:%M:%S"))

    def action_noop(self) -> None:
        """A key that does nothing (the session's navigation keys, for the same burst)."""

    def action_focus_input(self) -> None:
        """Focus the Input, as the session's form key focuses its field."""
        self.query_one("#input", Input).focus()
