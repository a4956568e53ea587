"""The calendar file the mentor keeps up to date, rewritten off the GUI thread.

Only a change that can alter the file's content starts a rewrite, and a burst of changes (ten
quick decisions) writes it once, a moment after the last. A file that cannot be written is said
(`failed`), never only logged; the next change tries again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from desktop.bridge import ServiceBridge
from desktop.workers import Worker
from services.records import Change

if TYPE_CHECKING:
    from services.ical_sync import CalendarSync

# Long enough to gather a burst of clicks, short enough that a calendar app polling the file
# sees the change at its next look.
DEBOUNCE_MS = 750


class CalendarFileKeeper(QObject):
    written = Signal(object)  # the Export written
    # Why the file could not be written (as the services word it), or "" once all is well.
    problem_changed = Signal(str)

    def __init__(self, sync: CalendarSync, bridge: ServiceBridge, parent: QObject | None = None,
                 delay_ms: int = DEBOUNCE_MS, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._pool = pool or QThreadPool.globalInstance()
        self._writing = False
        self._again = False
        self.error: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        bridge.changed.connect(self._on_bridge_changed)

    def pending(self) -> bool:
        """Whether a rewrite is waiting or under way."""
        return self._timer.isActive() or self._writing

    def finish(self) -> None:
        """Before the app quits: write now what is still waiting, and wait for it."""
        if self._timer.isActive():
            self._timer.stop()
            if not self._writing:
                self._sync.refresh()
                return
        self._pool.waitForDone()

    def _on_bridge_changed(self, change: Change) -> None:
        # A new file (or none) may have settled a problem: try again to know.
        if self._sync.affected_by(change) or (change.settings and self.error):
            self._timer.start()  # (re)started: the last change of a burst decides when

    def _on_timer_timeout(self) -> None:
        if self._writing:
            self._again = True
            return
        if self._sync.path() is None:
            self._done(None, None)
            return
        self._writing = True
        worker = Worker(lambda _progress: self._sync.refresh())
        worker.signals.succeeded.connect(self._on_worker_succeeded)
        worker.signals.crashed.connect(self._on_worker_crashed)
        self._pool.start(worker)

    def _on_worker_succeeded(self, export: object) -> None:
        self._done(self._sync.last_error, export)

    def _on_worker_crashed(self, message: str) -> None:
        self._done(message, None)

    def _done(self, error: str | None, export: object) -> None:
        self._writing = False
        if error != self.error:
            self.error = error
            self.problem_changed.emit(error or "")
        if export is not None and not error:
            self.written.emit(export)
        if self._again:
            self._again = False
            self._timer.start()
