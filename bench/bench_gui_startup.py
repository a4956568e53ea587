"""The window on a real history, each figure against its floor in the same run:

- first paint, from process start (exec) to the main window's first paint event, of Mentor Desk
  on an empty database and on the shared generator's 10 000 and 100 000 sessions, against a bare
  PySide6 QMainWindow started and timed the same way (rounds interleaved, medians);
- peak memory at that first paint, against the bare window's;
- one keystroke in the All sessions search (the query set, the row count known, the rows the
  view shows read), against Qt's stock QSortFilterProxyModel over a QStandardItemModel holding
  the same rows as the table shows them (every column searched, case-insensitive), timed the
  same way in the same process, alternating.

    python bench/bench_gui_startup.py [SESSIONS ...]      (default: 10000 100000)
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
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import history  # noqa: E402

SIZES = [10_000, 100_000]
RUNS = 7  # rounds of keystrokes
# Rounds of first paints: each start is short and moves with the machine (the bare window took
# 113 to 250 ms within one quiet hour), so more of them.
STARTS = 25
LAUNCHER = HERE / "first_paint.py"
# Prefixes as the mentor types a name, a search that finds nothing, and one in the forms.
TYPED = ["s", "sa", "sam", "sam ", "sam l", "sam le", "sam lee", "xyzq", "backend"]
SHOWN_ROWS = 30  # the rows a window of the usual size shows
FIRST_PAINT_EMPTY, FIRST_PAINT_HISTORY = 1.3, 3.0
MEMORY_MB = 100
KEYSTROKE_SPEEDUP, KEYSTROKE_MS = 10.0, 16.0


def first_paint(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(milliseconds from exec to the first paint, peak resident MB by then)."""
    env = dict(env, BENCH_T0=repr(time.time()))
    done = subprocess.run([sys.executable, str(LAUNCHER), *args], env=env,
                          capture_output=True, text=True, timeout=300)
    values = dict(line.split()[:2] for line in done.stdout.splitlines() if " " in line)
    if "first_paint_ms" not in values:
        sys.exit(f"{' '.join(args)} never painted (rc {done.returncode}): {done.stderr[-2000:]}")
    return float(values["first_paint_ms"]), float(values.get("peak_rss_kb", "nan")) / 1024


def startups(databases: dict[str, Path], home: str) -> dict[str, list[tuple[float, float]]]:
    """Every database's first paint and the bare window's, in interleaved rounds."""
    # The children write their log and settings under `home`, never the user's folders.
    env = dict(os.environ, XDG_CONFIG_HOME=home, XDG_STATE_HOME=home, XDG_DATA_HOME=home,
               XDG_CACHE_HOME=home, QT_QPA_PLATFORM=os.environ["QT_QPA_PLATFORM"])
    history.compile_sources()
    # Started as a mentor starts it: without --now, a testing option (whose parsing loads
    # services.timefmt, ~10 ms), which nothing before the first paint depends on.
    commands = {"bare": ["bare"], **{name: ["app", "--db", str(db)]
                                     for name, db in databases.items()}}
    for argv in commands.values():  # warm the file cache (and upgrade a kept database)
        first_paint(argv, env)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    order = list(commands)
    for round_ in range(STARTS):
        # Each round in turn starts with another of them: none is always the one after the
        # bare window, or after the largest database.
        for name in order[round_ % len(order):] + order[:round_ % len(order)]:
            times[name].append(first_paint(commands[name], env))
    return times


def table_rows(model: object, rows: int, columns: int) -> list[list[str]]:
    """What the table shows: every cell's text, as the view would ask for it."""
    return [[model.index(r, c).data() or "" for c in range(columns)] for r in range(rows)]


def keystrokes(db: Path) -> tuple[float, float, float, float]:
    """(ours, floor) medians over TYPED, and the slowest word of each, in milliseconds."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    from desktop.models.sessions_table_model import Column, SessionsTableModel
    from services.clock import FixedClock
    from services.container import Services
    from services.timefmt import parse_instant

    QApplication.instance() or QApplication([sys.argv[0]])
    services = Services.open(db, FixedClock(parse_instant(history.NOW)))
    try:
        ours = SessionsTableModel(services.sessions, services.sessions.timezone)
        whole = SessionsTableModel(services.sessions, services.sessions.timezone,
                                   page_size=ours.rowCount() or 1)
        stock = QStandardItemModel(0, len(Column))
        for texts in table_rows(whole, whole.rowCount(), len(Column)):
            stock.appendRow([QStandardItem(text) for text in texts])
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(stock)
        proxy.setFilterKeyColumn(-1)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        def timed(model: object, set_text: Callable[[str], None], words: str) -> float:
            set_text("")
            model.rowCount()
            began = time.perf_counter()
            set_text(words)
            table_rows(model, min(SHOWN_ROWS, model.rowCount()), len(Column))
            return (time.perf_counter() - began) * 1000

        per_word: dict[str, tuple[list[float], list[float]]] = {w: ([], []) for w in TYPED}
        for _ in range(RUNS):
            for words in TYPED:
                per_word[words][0].append(timed(ours, ours.set_text, words))
                per_word[words][1].append(timed(proxy, proxy.setFilterFixedString, words))
        mine = [statistics.median(a) for a, _ in per_word.values()]
        floor = [statistics.median(b) for _, b in per_word.values()]
        return statistics.median(mine), statistics.median(floor), max(mine), max(floor)
    finally:
        services.close()


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or SIZES
    if history.generator() is None:
        print("skipped: the shared generator is not here")
        return 0
    databases = {history.spaced(n): history.database(n) for n in sizes}
    held = True
    with tempfile.TemporaryDirectory() as tmp:
        empty = history.empty_database(Path(tmp))
        times = startups({"empty": empty, **databases}, tmp)
    bare_ms = statistics.median(t for t, _ in times["bare"])
    bare_mb = statistics.median(m for _, m in times["bare"])
    print(f"first paint: {STARTS} interleaved rounds, medians; bare QMainWindow "
          f"{bare_ms:.0f} ms, {bare_mb:.0f} MB")
    print(history.TABLE_HEAD)
    for name in times:
        if name == "bare":
            continue
        ms = statistics.median(t for t, _ in times[name])
        target = FIRST_PAINT_EMPTY if name == "empty" else FIRST_PAINT_HISTORY
        held &= ms / bare_ms <= target
        what = "empty database" if name == "empty" else f"{name} sessions"
        history.row(f"process start → first painted window, {what}", f"{ms:.0f} ms",
                    f"bare PySide6 `QMainWindow`: {bare_ms:.0f} ms", f"{ms / bare_ms:.2f}×",
                    f"≤ {target:g}×")
    for name in times:
        if name in ("bare", "empty"):
            continue
        mb = statistics.median(m for _, m in times[name])
        held &= mb - bare_mb <= MEMORY_MB
        history.row(f"peak memory at first paint, {name} sessions",
                    f"+{mb - bare_mb:.0f} MB over the bare window ({mb:.0f} MB)",
                    f"bare window: {bare_mb:.0f} MB", "—", f"≤ +{MEMORY_MB} MB")
    for sessions, db in zip(sizes, databases.values()):
        ours, floor, worst, floor_worst = keystrokes(db)
        held &= floor / ours >= KEYSTROKE_SPEEDUP and ours <= KEYSTROKE_MS
        history.row(f"one keystroke in the All sessions search, {history.spaced(sessions)} "
                    f"sessions (median of {len(TYPED)} searches; slowest)",
                    f"{ours:.1f} ms ({worst:.1f} ms)",
                    f"stock `QSortFilterProxyModel` over a `QStandardItemModel` of the same "
                    f"rows: {floor:.0f} ms ({floor_worst:.0f} ms)",
                    f"{floor / ours:.0f}× faster",
                    f"≥ {KEYSTROKE_SPEEDUP:g}× faster, ≤ {KEYSTROKE_MS:g} ms")
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
