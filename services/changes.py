"""Where committed mutations report what they changed, and who hears of it when.

A service emits its Change once its transaction has committed; the hub only queues it. The face
that made the call (the command line's `execute`, the window's operation runner) delivers the
queue to the listeners once the call has returned to it, so no listener ever runs inside a
service call. Several changes waiting together are delivered as one.

The hub also remembers values the services read from their settings (the time zones, say) until
a change of settings is emitted, so they are not read again on every call.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from services.records import Change

log = logging.getLogger(__name__)
Listener = Callable[[Change], None]
T = TypeVar("T")


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._pending: list[Change] = []
        self._lock = threading.Lock()
        self._waker: Callable[[], None] | None = None
        self._memo: dict[str, Any] = {}
        self._generation = 0

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def set_waker(self, waker: Callable[[], None] | None) -> None:
        """`waker()` is called (from whichever thread emits) when a change starts waiting, so a
        face can deliver changes that no operation of its own will (e.g. on its event loop)."""
        self._waker = waker

    def emit(self, change: Change) -> None:
        """Queue a committed change for the next delivery."""
        with self._lock:
            self._pending.append(change)
            if change.settings:
                self._forget_locked()
        waker = self._waker
        if waker is not None:
            waker()

    def pending(self) -> bool:
        with self._lock:
            return bool(self._pending)

    def deliver(self, initiator: object | None = None) -> Change | None:
        """Hand what changed since the last delivery, as one Change, to every listener."""
        with self._lock:
            changes, self._pending = self._pending, []
        if not changes:
            return None
        change = Change.merged(changes, initiator)
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                # A listener (e.g. the calendar file) must never undo a committed decision.
                log.exception("change listener %r failed", listener)
        return change

    # -- remembered settings ---------------------------------------------------------------------

    def remembered(self, key: str, read: Callable[[], T]) -> T:
        """The value last read for `key`, or `read()` now (kept until settings change)."""
        with self._lock:
            if key in self._memo:
                return self._memo[key]
            generation = self._generation
        value = read()
        with self._lock:
            # A change of settings while reading means the value may already be stale.
            if generation == self._generation:
                self._memo[key] = value
        return value

    def forget(self) -> None:
        """Read settings afresh next time (another process may have changed them)."""
        with self._lock:
            self._forget_locked()

    def _forget_locked(self) -> None:
        self._memo.clear()
        self._generation += 1
