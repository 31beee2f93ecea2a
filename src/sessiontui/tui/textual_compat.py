"""Every use of Textual's private API, wrapped in one place.

Textual is pinned exactly (pyproject.toml); tests/tui/test_textual_compat.py
fails, naming this module, when an upgrade breaks one of these.
"""

from __future__ import annotations

from textual.dom import DOMNode


def bind_key(
    node: DOMNode,
    keys: str,
    action: str,
    description: str = "",
    *,
    show: bool = True,
    priority: bool = False,
) -> None:
    """Bind `keys` (comma-separated) to `action` on this one `node`, after it was built.

    Class-level BINDINGS are built when the module is imported, before the UI
    language is chosen; binding here, in the node's `__init__`, lets the
    footer show `description` in that language. Textual has no public way to
    bind on a screen (`App.bind` exists for the app only), so this uses the
    node's private bindings map.
    """
    node._bindings.bind(keys, action, description, show=show, priority=priority)
