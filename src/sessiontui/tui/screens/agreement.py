"""The agreement in force, to read in any session (F2), with its earlier versions.

E opens the form; saving makes this session's version of the agreement (the
stored versions are kept, each with its date). The mentor's private notes
are marked as every private entry is; while sharing, they (and a private
agreement) are not shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from sessiontui.i18n import _
from sessiontui.live import LiveSession
from sessiontui.model import AgreementTerms, AgreementVersion
from sessiontui.share import NOTHING_SHOWN, shown
from sessiontui.tui.actions import Scope, bind_actions
from sessiontui.tui.relationship_format import agreement_lines, day
from sessiontui.tui.screens.agreement_form import AgreementFormScreen
from sessiontui.tui.screens.relationship_help import show_help
from sessiontui.tui.widgets.key_footer import KeyFooter
from sessiontui.tui.widgets.rehearsal_banner import rehearsal_banner
from sessiontui.tui.widgets.sharing import ShareBanner, follow_share_mode, share_mode


def agreement_text(version: AgreementVersion | None, *, sharing: bool = False) -> Content:
    """The agreement's terms, one labelled line each (or that there is none yet);
    while `sharing`, without the private notes, and nothing of a private agreement."""
    if version is None:
        return Content(_("No agreement yet. Press e to fill it in together."))
    if not shown(version, sharing):
        return Content(_(NOTHING_SHOWN))
    rows = agreement_lines(version.terms(), private=not sharing)
    if not rows:
        return Content(_("The agreement is empty. Press e to fill it in together."))
    parts: list[str | tuple[str, str]] = []
    for label, value in rows:
        parts += [(f"{label}: ", "bold"), value, "\n"]
    return Content.assemble(*parts[:-1])


class AgreementScreen(Screen[None]):
    """Reads the agreement in force; E edits it in this session."""

    SCOPE: ClassVar[Scope] = Scope.AGREEMENT

    def __init__(
        self,
        live: LiveSession,
        today: Callable[[], date],
        earlier: Sequence[AgreementVersion] = (),
        edit_mentee: Callable[[], None] | None = None,
    ) -> None:
        """`earlier` are the stored versions before the one in force, oldest first;
        `edit_mentee` opens the mentee's form (m)."""
        super().__init__()
        bind_actions(self, self.SCOPE)
        self._live = live
        self._today = today
        self._edit_mentee = edit_mentee
        self._earlier = [
            v for v in earlier if v.id != getattr(live.relationship.agreement, "id", None)
        ]

    def compose(self) -> ComposeResult:
        """Heading, the terms, and the earlier versions."""
        yield ShareBanner()
        yield from rehearsal_banner(self)
        with VerticalScroll(classes="rel-body", id="agreement-box"):
            yield Static("", id="agreement-heading", classes="rel-title", markup=False)
            yield Static("", id="agreement-text", markup=False)
            yield Static("", id="agreement-earlier", classes="rel-muted", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        """Show the agreement, and again when sharing starts or stops."""
        follow_share_mode(self, lambda _sharing: self._show())

    def _show(self) -> None:
        relationship, sharing = self._live.relationship, share_mode(self)
        version = relationship.agreement
        mentee = self._live.session.mentee or _("(no name)")
        heading = _("Our agreement, {mentee}", mentee=mentee)
        if version is not None:
            when = day(version.created_at)
            heading += " · " + (
                _("changed today ({date})", date=when)
                if relationship.agreed_here
                else _("agreed {date}", date=when)
            )
        self.query_one("#agreement-heading", Static).update(Content(heading))
        self.query_one("#agreement-text", Static).update(agreement_text(version, sharing=sharing))
        lines: list[str | tuple[str, str] | Content] = []
        for old in reversed(self._earlier):
            lines += [
                "\n",
                (_("Earlier version of {date}", date=day(old.created_at)), "bold"),
                "\n",
                agreement_text(old, sharing=sharing),
                "\n",
            ]
        self.query_one("#agreement-earlier", Static).update(Content.assemble(*lines))

    def action_edit(self) -> None:
        """Open the form, filled with the agreement in force."""
        version = self._live.relationship.agreement
        terms = version.terms() if version is not None else None
        self.app.push_screen(AgreementFormScreen(self._today, terms), self._saved)

    def _saved(self, terms: AgreementTerms | None) -> None:
        if terms is None:
            return
        relationship = self._live.relationship
        before = relationship.agreement
        if before is not None and not relationship.agreed_here:
            # The version in force until now becomes an earlier one.
            self._earlier = [*self._earlier, before]
        relationship.set_agreement(terms)
        self._show()
        self.notify(_("Agreement saved; earlier versions are kept."))

    def action_edit_mentee(self) -> None:
        """The mentee's name, email, language and private notes."""
        if self._edit_mentee is not None:
            self._edit_mentee()

    def action_help(self) -> None:
        """Every key of this screen."""
        show_help(self, self.SCOPE)

    def action_close(self) -> None:
        """Back to the session."""
        self.dismiss(None)
