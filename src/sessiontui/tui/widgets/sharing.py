"""Share mode on the screen: the banner, how a widget follows the app's `share_mode`,
and the forms' fields masked while a private entry is typed.

`share_mode` is one reactive attribute of the app; a widget that shows
entries reads it through `follow_share_mode` and redraws when it changes
(attributes down). What is shown is decided by `sessiontui.share`.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Static

from sessiontui.i18n import _
from sessiontui.model import Visibility
from sessiontui.share import shown
from sessiontui.tui.actions import Scope, actions_for

TOGGLE = "app.toggle_share"


def share_mode(widget: Widget) -> bool:
    """Whether the app is in share mode now (False for an app without one)."""
    return bool(getattr(widget.app, "share_mode", False))


def follow_share_mode(widget: Widget, redraw: Callable[[bool], None]) -> None:
    """Call `redraw(share_mode)` now and whenever the app's share mode changes
    (from the widget's on_mount; the watch ends with the widget)."""
    if hasattr(widget.app, "share_mode"):
        widget.watch(widget.app, "share_mode", redraw, init=True)
    else:
        redraw(False)


def confirm_private(widget: Widget, entry: object) -> None:
    """After `entry` was added (None: nothing was): while sharing, a private one is
    confirmed with a discreet "Saved privately." (neither it nor its text shows)."""
    sharing = share_mode(widget)
    if entry is not None and sharing and not shown(entry, sharing):
        widget.notify(_("Saved privately."), timeout=3)


def mask_private_typing(form: Widget, visibility: Widget | None) -> None:
    """While sharing, show the form's fields as dots unless what is typed will be shared.

    `form` is the form (every field in it) or one field (a private field of a
    shared form); `visibility` is the form's VisibilitySwitch (None: always
    private); not chosen yet counts as private, as it may become so. Call from
    the form's on_mount.
    """
    fields = [form] if isinstance(form, Input) else list(form.query(Input))

    def update(*_changed: object) -> None:
        shared = visibility is not None and getattr(visibility, "value", None) is Visibility.SHARED
        private = not shared
        masked = share_mode(form) and private
        for field in fields:
            field.password = masked

    follow_share_mode(form, update)
    if visibility is not None:
        form.watch(visibility, "value", update, init=False)


class ShareBanner(Static):
    """A line across the top saying that sharing is on (hidden otherwise)."""

    def __init__(self) -> None:
        super().__init__(classes="share-banner")

    def on_mount(self) -> None:
        """Show while sharing."""
        follow_share_mode(self, self._show)

    def _show(self, sharing: bool) -> None:
        self.display = sharing
        if sharing:
            spec = next(spec for spec in actions_for(Scope.APP) if spec.action == TOGGLE)
            key = self.app.get_key_display(Binding(spec.first_key, ""))
            self.update(Content(_("SHARING: private entries are hidden ({key} to stop)", key=key)))
