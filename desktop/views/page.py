"""The base of every page in the main window: a title, what it shows, and a refresh."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the window's frame paints before these are loaded
    from desktop.context import DeskContext
    from services.records import Change


class Page(QWidget):
    """A page reloads from the services in `refresh()`. The window calls it after a change to
    what the page shows (`watches`) while the page is on screen, or when it is shown again; never
    for a change the page made itself (it updates itself then, keeping the mentor's place)."""

    # A session the mentor wants to see in full (the window opens its details).
    session_activated = Signal(str)
    # A session whose note the mentor wants to write (the window opens the note).
    note_requested = Signal(str)
    # Set by subclasses: a stable key (settings, screenshots).
    key = ""
    # The entry of SessionService.counts() the sidebar shows as this page's badge, if any.
    count_key: str | None = None
    # The Change flags this page shows something of; every page shows times.
    watches: tuple[str, ...] = ("timezone",)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def affected_by(self, change: Change) -> bool:
        return any(getattr(change, flag) for flag in self.watches)

    def refresh(self) -> None:
        raise NotImplementedError

    def apply(self, change: Change) -> None:
        """Show what `change` changed while the page is on screen; a page that can redraw only
        the part a change touches does so here."""
        self.refresh()

    def offer_notes(self, table: QWidget) -> None:
        """A session table of this page offers "Note…" on its sessions."""
        table.note_requested.connect(self.note_requested)

    def tick(self) -> None:
        """The minute changed: relative times ("starts in 5 h") move on."""

    def pictures(self) -> Iterator[str]:
        """Put the page in each state worth a screenshot in turn, naming each."""
        yield self.key

    def save_state(self) -> None:
        """Store splitter and column layout in the settings."""

    def restore_state(self) -> None:
        """Restore what save_state stored."""
