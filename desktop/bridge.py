"""How the window runs service calls and hears what they changed.

An operation is a service call, then what its caller does with the result, then the change it
made delivered to every listener as one `changed` signal, with the caller as the change's
initiator, so that the page that asked is not reloaded under its own feet (the shape of Anki's
`CollectionOp`). Long calls run on the thread pool and deliver when they are done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

from desktop.workers import Worker
from services.changes import ChangeHub
from services.records import Change


class ServiceBridge(QObject):
    # Every delivered Change, always in the GUI thread.
    changed = Signal(object)
    _woken = Signal()

    def __init__(self, hub: ChangeHub, parent: QObject | None = None,
                 pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._pool = pool or QThreadPool.globalInstance()
        self._operations = 0
        self._background = 0
        self._initiators: dict[QObject, object | None] = {}
        hub.subscribe(self._on_hub_change)
        # A change made outside any operation (a call no operation wraps) is still delivered,
        # on the next turn of the event loop, once that call has returned.
        self._woken.connect(self._on_woken, Qt.ConnectionType.QueuedConnection)
        hub.set_waker(self._woken.emit)

    @contextmanager
    def operation(self, initiator: object | None = None) -> Iterator[None]:
        """Run service calls, and whatever the caller does with their results, inside this
        block; what they changed is delivered when it ends (with `initiator`)."""
        self._operations += 1
        try:
            yield
        finally:
            self._operations -= 1
            if not self._operations:
                self._hub.deliver(initiator)

    def start(self, worker: Worker, initiator: object | None = None) -> None:
        """Run `worker` on the thread pool; its change is delivered after its outcome's slots
        (so connect those first)."""
        self._background += 1
        self._initiators[worker.signals] = initiator
        # A slot of this object, so that it runs in the GUI thread (a lambda would not).
        worker.signals.finished.connect(self._on_worker_finished)
        self._pool.start(worker)

    def busy(self) -> bool:
        """Whether an operation is running in the background."""
        return self._background > 0

    def _on_worker_finished(self) -> None:
        initiator = self._initiators.pop(self.sender(), None)
        self._background -= 1
        if not self._operations:
            self._hub.deliver(initiator)

    def _on_woken(self) -> None:
        if not self._operations and not self._background:
            self._hub.deliver()

    def _on_hub_change(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._hub.unsubscribe(self._on_hub_change)
        self._hub.set_waker(None)
