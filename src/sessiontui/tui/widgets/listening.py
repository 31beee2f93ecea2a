"""The active-listening card: segment guidance and the prompt on show."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from sessiontui.i18n import _
from sessiontui.listening import PromptView


class GuidanceBox(VerticalScroll):
    """The segment's guidance, as high as its pane allows (styles/session.tcss).

    A guidance its box cuts takes the focus (Tab, or a click), and the arrows and
    Page keys scroll it: at 60x20 a keyboard user could not read past the cut. One
    that fits is no stop on the way through the pane."""

    def allow_focus(self) -> bool:
        """Focusable only while there is more to read than the box shows."""
        return self.max_scroll_y > 0


class PromptCard(Vertical):
    """Guidance for the current segment and one listening prompt at a time."""

    view: reactive[PromptView | None] = reactive(None, init=False)

    def compose(self) -> ComposeResult:
        """Guidance, the prompt and its caption (the deck's keys are in the footer and F1).

        A long guidance scrolls in its own box, so the prompt and the lists below
        keep their rows in a short pane (styles/session.tcss)."""
        with GuidanceBox(id="guidance-box"):
            yield Static(id="guidance", markup=False)
        yield Static(id="prompt-text", markup=False)
        yield Static(id="prompt-meta", markup=False)

    def watch_view(self, view: PromptView | None) -> None:
        """Show a new prompt or guidance."""
        if view is None:
            return
        guidance = self.query_one("#guidance", Static)
        guidance.update(Content(view.guidance))
        self.query_one("#guidance-box").display = bool(view.guidance)
        self.query_one("#prompt-text", Static).update(Content(view.text))
        index, total = view.position
        if view.filtered:
            meta = _(
                "Filter: {label} · {index}/{total}", label=view.label, index=index, total=total
            )
        else:
            meta = _("{label} · {index}/{total}", label=view.label, index=index, total=total)
        if view.used:
            meta += " · " + _("used")
        self.query_one("#prompt-meta", Static).update(Content(meta))
        self.set_class(view.used, "-used")
