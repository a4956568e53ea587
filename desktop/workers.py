"""Long work off the GUI thread: a QRunnable reporting progress and outcome by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from services.errors import DomainError

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    refused = Signal(object)  # a DomainError, shown in the mentor's words
    crashed = Signal(str)
    # After whichever of the three above: the work is over.
    finished = Signal()


class Worker(QRunnable):
    """Runs `job(progress)`; `progress(done, total)` may be called from the job."""

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.signals = WorkerSignals()
        self._job = job

    def run(self) -> None:
        try:
            result = self._job(self.signals.progress.emit)
        except DomainError as exc:
            self.signals.refused.emit(exc)
        except Exception as exc:  # noqa: BLE001 - reported to the window, logged in full
            log.exception("background work failed")
            self.signals.crashed.emit(f"{exc.__class__.__name__}: {exc}")
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()
