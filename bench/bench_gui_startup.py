"""Mentor Desk on 100 000 sessions: the time from process start to the first painted main window
against a bare PySide6 QMainWindow measured the same way in the same run; and a keystroke in the
All sessions filter (count + first page) against a plain SELECT count(*) on the same database.

    python bench/bench_gui_startup.py [SESSIONS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from services import demo  # noqa: E402
from services.clock import FixedClock  # noqa: E402
from services.container import Services  # noqa: E402
from services.timefmt import parse_instant  # noqa: E402

NOW = "2026-03-02T09:00:00Z"
SESSIONS = 100_000
RUNS = 7
LAUNCHER = HERE / "first_paint.py"
# Prefixes as the mentor types them, a search that finds nothing, and one that finds a reason.
TYPED = ["s", "sa", "sam", "sam ", "sam l", "sam le", "sam lee", "xyzq", "java"]


def build_database(path: Path, sessions: int) -> float:
    started = time.perf_counter()
    services = Services.open(path, FixedClock(parse_instant(NOW)))
    services.importer.import_document(demo.build_export(parse_instant(NOW), sessions=sessions),
                                      "benchmark")
    services.close()
    return time.perf_counter() - started


def first_paint_ms(args: list[str], env: dict[str, str]) -> float:
    env = dict(env, BENCH_T0=repr(time.time()))
    done = subprocess.run([sys.executable, str(LAUNCHER), *args], env=env,
                          capture_output=True, text=True, timeout=120)
    for line in done.stdout.splitlines():
        if line.startswith("first_paint_ms "):
            return float(line.split()[1])
    sys.exit(f"{' '.join(args)} never painted (rc {done.returncode}): {done.stderr[-2000:]}")


def startup(db: Path, home: str) -> tuple[float, float]:
    # The children write their log and settings under `home`, never the user's folders.
    env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_STATE_HOME=home, XDG_DATA_HOME=home,
               XDG_CACHE_HOME=home, QT_QPA_PLATFORM=os.environ["QT_QPA_PLATFORM"])
    app = ["app", "--db", str(db), "--now", NOW]
    first_paint_ms(app, env)  # warm the file cache; not counted
    first_paint_ms(["bare"], env)
    apps, bares = [], []
    for _ in range(RUNS):  # interleaved, so that a slow moment hurts both alike
        apps.append(first_paint_ms(app, env))
        bares.append(first_paint_ms(["bare"], env))
    return statistics.median(apps), statistics.median(bares)


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def in_process(db: Path) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from desktop.bridge import ServiceBridge
    from desktop.context import DeskContext
    from desktop.models.sessions_table_model import Column, SessionsTableModel
    from desktop.settings import AppSettings
    from desktop.views.sessions_page import SessionsPage

    app = QApplication.instance() or QApplication([sys.argv[0]])
    services = Services.open(db, FixedClock(parse_instant(NOW)))
    model = SessionsTableModel(services.sessions, services.sessions.timezone)
    results: dict[str, float] = {}

    def keystroke(words: str) -> Callable[[], object]:
        def run() -> object:
            model.set_text("")
            started = time.perf_counter()
            model.set_text(words)
            model.index(0, 0).data()  # the first page, as the view paints it
            return time.perf_counter() - started
        return run

    per_text = []
    for words in TYPED:
        times = [keystroke(words)() * 1000 for _ in range(RUNS)]
        per_text.append(statistics.median(times))
    results["keystroke_median"] = statistics.median(per_text)
    results["keystroke_worst"] = max(per_text)
    with services.engine.connect() as conn:
        results["select_count"] = median_ms(
            lambda: conn.execute(text("SELECT count(*) FROM session")).scalar())

    model.set_text("")

    def sort_by_mentee() -> float:
        model.sort(Column.START, Qt.SortOrder.DescendingOrder)
        started = time.perf_counter()
        model.sort(Column.MENTEE, Qt.SortOrder.AscendingOrder)
        model.index(0, 0).data()
        return (time.perf_counter() - started) * 1000

    results["sort_click"] = statistics.median(sort_by_mentee() for _ in range(RUNS))
    model.sort(Column.START, Qt.SortOrder.DescendingOrder)

    def far_page() -> None:
        model.refresh()  # forget the cached pages
        model.index(model.rowCount() - 1, 0).data()

    results["scroll_to_end"] = median_ms(far_page)

    with tempfile.TemporaryDirectory() as tmp:
        ctx = DeskContext(services=services, bridge=ServiceBridge(services.hub),
                          settings=AppSettings(Path(tmp) / "settings.ini"))

        def page_shown() -> None:
            page = SessionsPage(ctx)
            page.resize(1000, 700)
            page.refresh()
            page.grab()  # painted, so the first page has been read
            page.deleteLater()

        results["page_built"] = median_ms(page_shown, 3)
        app.processEvents()
        ctx.bridge.detach()
    services.close()
    return results


def main(argv: list[str]) -> int:
    sessions = int(argv[0]) if argv else SESSIONS
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        took = build_database(db, sessions)
        print(f"database: {sessions:,} history sessions imported in {took:.1f} s "
              "(through the platform import, as a mentor's export would come)")
        app_ms, bare_ms = startup(db, tmp)
        print(f"first paint, median of {RUNS}: Mentor Desk {app_ms:.0f} ms, bare QMainWindow "
              f"{bare_ms:.0f} ms, ratio {app_ms / bare_ms:.1f}x")
        r = in_process(db)
        print(f"All sessions keystroke (set_text -> count + first page), median over "
              f"{len(TYPED)} searches: {r['keystroke_median']:.1f} ms (slowest search "
              f"{r['keystroke_worst']:.1f} ms); SELECT count(*) {r['select_count']:.2f} ms; "
              f"ratio {r['keystroke_median'] / r['select_count']:.0f}x")
        print(f"sort by mentee (count + first page): {r['sort_click']:.1f} ms; "
              f"jump to the last row: {r['scroll_to_end']:.1f} ms; "
              f"All sessions page built, refreshed and painted: {r['page_built']:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
