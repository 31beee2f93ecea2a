"""The next session in the Listening pane: what is set (or proposed), and its form on demand.

Shown at wrap-up (and whenever its form is open): one line with the date and
time set for the next session and what to prepare, or the date the agreed
rhythm proposes. Enter on the line (the registry's Scope.NEXT_SESSION) asks
for the form (`NextSessionForm`), which is mounted the first time it opens,
filled from what is set or proposed; closed with Escape it keeps what was
typed for the next time, and after a save it is filled afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from sessiontui.i18n import _
from sessiontui.model import Visibility
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.widgets.next_session_form import NextSessionForm
from sessiontui.tui.widgets.read_list import ReadList, ReadRow


class NextSessionLine(ReadList):
    """The next session in one row; Enter asks for its form (`Edit`)."""

    class Edit(Message):
        """The mentor wants to set the next session."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(empty_text="", id=id)
        bind_actions(self, Scope.NEXT_SESSION, replace=True)

    def show(self, text: str, visibility: Visibility) -> None:
        """The line's text, and who may see it (share mode hides a private one)."""
        self.rows = (ReadRow("next-session", text, visibility),)

    def action_edit(self) -> None:
        """Ask for the form."""
        self.post_message(self.Edit())


class NextSessionSection(Vertical):
    """Heading, what is set or proposed, the form (under them, once opened)."""

    def __init__(self, today: Callable[[], date], *, id: str | None = None) -> None:
        super().__init__(id=id, classes="entry-section")
        self._today = today
        self._form: NextSessionForm | None = None
        self._refill = True

    def compose(self) -> ComposeResult:
        """The heading and the line (the form goes under them once opened)."""
        yield Static(Content(_("Next session")), classes="section-heading", markup=False)
        yield NextSessionLine(id="next-session-line")

    @property
    def line(self) -> NextSessionLine:
        """The line saying what is set or proposed."""
        return self.query_one(NextSessionLine)

    @property
    def form(self) -> NextSessionForm | None:
        """The form, once it was opened (None before)."""
        return self._form

    async def open_form(self, start: datetime, minutes: int, prepare: str) -> NextSessionForm:
        """Show the form (mounting it the first time), filled with these values unless it
        holds what the mentor typed and closed unsaved."""
        form = self._form
        if form is None:
            form = self._form = NextSessionForm(self._today, id="next-session-form")
            await self.mount(form)
        if self._refill:
            form.fill(start, minutes, prepare)
            self._refill = False
        form.display = True
        self.add_class("-open")
        return form

    def close_form(self, *, saved: bool = False) -> None:
        """Hide the form; after a save, fill it afresh when it opens again."""
        form = self._form
        if form is None or not form.display:
            return
        self._refill = self._refill or saved
        form.display = False
        self.remove_class("-open")

    @on(NextSessionForm.Closed)
    def _form_closed(self, event: NextSessionForm.Closed) -> None:
        event.stop()
        had_focus = self._form is not None and self._form.has_focus_within
        self.close_form()
        if had_focus:
            self.screen.set_focus(self.line)
