"""A tiny publish/subscribe hub: after a mutation commits, its Change goes to every listener."""

from __future__ import annotations

import logging
from collections.abc import Callable

from services.records import Change

log = logging.getLogger(__name__)
Listener = Callable[[Change], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                # A listener (e.g. the calendar file sync) must never undo a committed decision.
                log.exception("change listener %r failed", listener)
