"""The base of every page in the main window: a title, a badge count and a refresh."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.context import DeskContext


class Page(QWidget):
    """A page reloads from the services in `refresh()`; the window calls it after every change
    while the page is shown, and when it is shown again after changes made elsewhere."""

    badge_changed = Signal()
    # A session the mentor wants to see in full (the window opens its details).
    session_activated = Signal(str)
    # Set by subclasses: a stable key (settings, screenshots) and the shortcut digit.
    key = ""
    # Pages whose badge counts something are kept fresh even while hidden.
    counts_in_sidebar = False

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def badge(self) -> int:
        """A count worth the mentor's attention (0 shows none)."""
        return 0

    def refresh(self) -> None:
        raise NotImplementedError

    def tick(self) -> None:
        """The minute changed: relative times ("starts in 5 h") move on."""

    def save_state(self) -> None:
        """Store splitter and column layout in the settings."""

    def restore_state(self) -> None:
        """Restore what save_state stored."""
