"""Turns the services' change hub into one Qt signal every page refreshes from."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from services.changes import ChangeHub
from services.records import Change


class ServiceBridge(QObject):
    # Emitted in the GUI thread even when the change came from a worker (queued connection).
    changed = Signal(object)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        hub.subscribe(self._on_hub_change)

    def _on_hub_change(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._hub.unsubscribe(self._on_hub_change)
