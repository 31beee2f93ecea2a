"""The app's notices (Textual's toasts): few, brief, and never over the help.

At 80x24 three stacked toasts covered most of the Action items pane. A new
notice replaces the ones of its severity still shown, so there is at most one
of each (an error is not swept away by a later "Saved."). They never lie over a
form: on the session screen they show beside its forms (styles/session.tcss); a
full-screen form keeps those shown before it until it closes
(screens/form_screen.py); the F1 help hides them, on every screen, until it
closes (styles/dialogs.tcss).
"""

from __future__ import annotations

from textual.notifications import SeverityLevel

from sessiontui.tui.textual_compat import QuietCrashApp, drop_notices


class NoticeApp(QuietCrashApp[None]):
    """An app whose newer notice replaces an older one of the same severity."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a notice in place of the shown ones of its severity (on the app's thread;
        from a worker thread, through `call_from_thread`)."""
        drop_notices(self, severity)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)
