"""The mentee's own record: name, email, preferred language and the mentor's private notes.

Reached from the mentee picker (on the highlighted mentee) and from the
session. Ctrl+S saves; Escape asks before throwing away what was typed
(`FormScreen`). The private notes are the mentor's alone: while the screen
is shared their field is not on screen at all (`share.private_text_shown`),
and what it holds is kept as it is.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Input, Label, Select, Static, TextArea

from sessiontui.i18n import _, available_languages, language_name
from sessiontui.model import Mentee
from sessiontui.share import private_text_shown
from sessiontui.tui.screens.form_screen import FormScreen
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.sharing import follow_share_mode
from sessiontui.tui.widgets.steady_field import SteadyField


class MenteeFormScreen(FormScreen[Mentee]):
    """Dismisses with the changed mentee, or None when cancelled."""

    FIRST_FIELD = "#mentee-name"

    def __init__(self, mentee: Mentee) -> None:
        super().__init__()
        self._mentee = mentee

    def compose(self) -> ComposeResult:
        """Name, email, language, private notes."""
        mentee = self._mentee
        languages = list(available_languages())
        if mentee.language not in languages:
            languages.append(mentee.language)  # kept as stored, even if not shipped
        with VerticalScroll(classes="rel-form"):
            yield Static(_("The mentee"), classes="rel-title", markup=False)
            yield Label(_("Name"), markup=False)
            yield SteadyField(mentee.name, id="mentee-name", compact=True)
            yield Label(_("Email (optional)"), markup=False)
            yield SteadyField(mentee.email, id="mentee-email", compact=True)
            yield Label(_("Preferred language (their summaries)"), markup=False)
            yield Select(
                [(language_name(code), code) for code in languages],
                value=mentee.language,
                allow_blank=False,
                compact=True,
                id="mentee-language",
            )
            yield Label(_("My private notes (never shared)"), markup=False)
            yield Static(
                _("Hidden while sharing the screen."),
                id="mentee-notes-hidden",
                classes="rel-muted",
                markup=False,
            )
            yield TextArea(mentee.private_notes, id="mentee-notes", soft_wrap=True)
            yield Static("", id="mentee-error", classes="rel-hint", markup=False)
            yield Static(_("Ctrl+S saves · Escape cancels"), classes="rel-muted", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        """Follow share mode (the notes' field only for the mentor alone), then remember
        what the fields hold."""
        follow_share_mode(self, self._share_mode_changed)
        super().on_mount()

    def _share_mode_changed(self, sharing: bool) -> None:
        notes = self.query_one("#mentee-notes", TextArea)
        shown = private_text_shown(sharing)
        if not shown and notes.has_focus:
            self.query_one("#mentee-name", Input).focus()
        notes.display = shown
        self.query_one("#mentee-notes-hidden").display = not shown

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        # Enter moves on to the next field; Ctrl+S saves the whole form.
        event.stop()
        self.focus_next()

    def action_save(self) -> None:
        """Save, or say what is missing (a name, unless the mentee never had one)."""
        name = " ".join(self.query_one("#mentee-name", Input).value.split())
        if not name and self._mentee.name:
            self.query_one("#mentee-error", Static).update(Content(_("Write the mentee's name.")))
            self.query_one("#mentee-name", Input).focus()
            return
        language = self.query_one("#mentee-language", Select).selection
        changed = {
            "name": name,
            "email": self.query_one("#mentee-email", Input).value.strip(),
            "language": language if isinstance(language, str) else self._mentee.language,
            "private_notes": self.query_one("#mentee-notes", TextArea).text.strip(),
        }
        # Validated again, so the text passes the one sanitizing rule.
        self.dismiss(Mentee.model_validate({**self._mentee.model_dump(), **changed}))
