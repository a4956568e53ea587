"""Starts Mentor Desk (or, with `bare`, an empty QMainWindow) and quits right after the main
window's first paint, printing the milliseconds since BENCH_T0 (the parent's clock just before it
started this process), and the peak resident memory at that moment.

    BENCH_T0=$(date +%s.%N) python bench/first_paint.py app --db PATH [--now ISO]
    BENCH_T0=$(date +%s.%N) python bench/first_paint.py bare

The app is started through its real entry point (`desktop.__main__.main`, as `python -m desktop`
does); the first paint is caught by an event filter that `QMainWindow.show` puts on the window
being shown, so nothing in desktop/ knows it is being measured. (A filter on the whole
application, as this used before, is handed every event of every widget: Python wraps each
widget it is shown, and the first wrap of each widget class builds that class's enums, ~35 ms
for the window's few dozen widgets and a few for the bare one: the measuring cost more than
some of what it measured.)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    """Reports once the first QMainWindow has painted, then ends the event loop."""

    def __init__(self, started: float) -> None:
        super().__init__()
        self._started = started
        self._seen = False

    def watch(self) -> None:
        """Put the filter on each QMainWindow as it is shown."""
        watcher, show = self, QMainWindow.show

        def shown(window: QMainWindow) -> None:
            window.installEventFilter(watcher)
            show(window)

        QMainWindow.show = shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self._seen and event.type() == QEvent.Type.Paint \
                and isinstance(watched, QMainWindow):
            self._seen = True
            # Posted, so it runs after the whole window (children included) has painted.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first_paint_ms {1000 * (time.time() - self._started):.1f}", flush=True)
        try:
            import resource

            # The peak resident memory so far (kilobytes on Linux).
            print(f"peak_rss_kb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
        except ImportError:  # Windows
            pass
        # Ended here, before the app goes on after its paint (opening the database and filling
        # the window in: 1.7 s of CPU at 100 000 sessions), which is not measured and would
        # only weigh on the next start timed.
        os._exit(0)


def main(argv: list[str]) -> int:
    started = float(os.environ.get("BENCH_T0", time.time()))
    mode, rest = (argv[0], argv[1:]) if argv else ("app", [])
    watcher = FirstPaint(started)
    if mode == "bare":
        app = QApplication([sys.argv[0]])
        watcher.watch()
        window = QMainWindow()
        window.resize(1200, 760)
        window.show()
        return app.exec()
    from desktop.__main__ import main as desktop_main

    # The app makes its QApplication itself, as a start of `mentordesk` does (made here first,
    # the app would set its style sheet and icon a second time).
    watcher.watch()
    return desktop_main(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
