"""A look every few seconds at what other desks wrote (services.other_desks), off the GUI thread
(on a database server the look goes over the network): what they changed is delivered like any
change, and the pages redraw it without a restart."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, QTimer

from desktop.workers import Worker
from services.other_desks import OtherDesks

# Often enough that a decision taken at another desk shows before the mentor acts on the old
# state; one indexed row read per look.
POLL_MS = 3000


class OtherDesksWatch(QObject):
    def __init__(self, other_desks: OtherDesks, parent: QObject | None = None,
                 interval_ms: int = POLL_MS, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._other_desks = other_desks
        self._pool = pool or QThreadPool.globalInstance()
        self._looking = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        """Take the mark now (what the window shows is what the database held), then look."""
        self._on_timer_timeout()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        if self._looking:  # a slow server: one look at a time
            return
        self._looking = True
        worker = Worker(lambda _progress: self._other_desks.look())
        # A slot of this object, so that it runs in the GUI thread.
        worker.signals.finished.connect(self._on_look_finished)
        self._pool.start(worker)

    def _on_look_finished(self) -> None:
        self._looking = False
