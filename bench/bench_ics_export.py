"""`export-ics` of 365 days (sessions and free time) on the shared 100 000-session history,
against icalendar's own `to_ical()` of the same events, measured in the same run.

    python3 tasks.py bench ics_export [SESSIONS ...]      (default: 100000)

The history comes from ../shared/bench-data/gen_export.py (--now 2026-03-01T09:00:00Z) and is
imported with `mentordesk import`, as a mentor would; the sample data's weekly availability is
added, so that there is free time to export. The imported database is kept in the temporary
folder between runs (keyed by the generator's bytes). Rounds interleave the two, medians are
compared; the row printed is: figure, Mentor Desk, floor, ratio, target.
"""

from __future__ import annotations

import hashlib
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from services import demo  # noqa: E402
from services.clock import FixedClock  # noqa: E402
from services.container import Services  # noqa: E402
from services.ical_export import (  # noqa: E402
    CALENDAR_NAMES,
    PRODID,
    ExportOptions,
    event_component,
    vtimezone_ical,
)
from services.timefmt import WEEKDAYS, hhmm  # noqa: E402

GENERATOR = ROOT.parent / "shared" / "bench-data" / "gen_export.py"
NOW = "2026-03-01T09:00:00Z"
DAYS = 365
ROUNDS = 7
TARGET = 1.5


def history(sessions: int) -> Path:
    """The database of the generated history, imported with the command line (kept between
    runs: importing 100 000 sessions takes minutes)."""
    key = hashlib.sha256(GENERATOR.read_bytes() + str(sessions).encode()).hexdigest()[:12]
    folder = Path(tempfile.gettempdir()) / "mentordesk-bench"
    folder.mkdir(exist_ok=True)
    db = folder / f"history-{sessions}-{key}.sqlite3"
    if db.exists():
        return db
    export = folder / f"export-{sessions}.json"
    with export.open("wb") as out:
        subprocess.run([sys.executable, str(GENERATOR), str(sessions), "--now", NOW],
                       stdout=out, check=True)
    partial = db.with_suffix(".partial")
    for leftover in folder.glob(f"{partial.name}*"):
        leftover.unlink()
    cli = [sys.executable, "-m", "desktop", "--db", str(partial), "--now", NOW]
    began = time.perf_counter()
    subprocess.run([*cli, "import", str(export)], check=True, stdout=subprocess.DEVNULL)
    for kind, weekday, first, last in demo.AVAILABILITY:
        subprocess.run([*cli, "availability", "add", "--kind", kind, "--weekday",
                        WEEKDAYS[weekday], "--from", hhmm(first), "--to", hhmm(last)],
                       check=True, stdout=subprocess.DEVNULL)
    print(f"imported {sessions} sessions with mentordesk import in "
          f"{time.perf_counter() - began:.0f} s", flush=True)
    partial.rename(db)
    return db


def floor_calendar(app: Services, options: ExportOptions) -> object:
    """The same events, as icalendar components in an icalendar Calendar (built untimed)."""
    from icalendar import Calendar

    chosen = app.calendar_export.events(options)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", CALENDAR_NAMES[options.what])
    vtimezone = vtimezone_ical(chosen.zone, chosen.first_day.year, chosen.last_day.year)
    shown_in = chosen.zone if vtimezone else UTC
    if vtimezone:
        cal.add_component(Calendar.from_ical(vtimezone))
    for event in chosen.events:
        cal.add_component(event_component(event, shown_in, chosen.stamp))
    return cal


def measure(sessions: int) -> float:
    db = history(sessions)
    app = Services.open(db, FixedClock(datetime.fromisoformat(NOW.replace("Z", "+00:00"))))
    options = ExportOptions(first_day=date(2026, 3, 1), days=DAYS)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "mentor.ics"
        try:
            # The first export remembers the free blocks; every later one finds them known,
            # as the calendar file kept up to date does.
            export = app.calendar_export.write(out, options)
            cal = floor_calendar(app, options)
            same = cal.to_ical() == out.read_bytes()
            ours, floor = [], []
            for _ in range(ROUNDS):
                began = time.perf_counter()
                app.calendar_export.write(out, options)
                ours.append(time.perf_counter() - began)
                began = time.perf_counter()
                cal.to_ical()
                floor.append(time.perf_counter() - began)
        finally:
            app.close()
    ours_s, floor_s = statistics.median(ours), statistics.median(floor)
    ratio = ours_s / floor_s
    print(f"{sessions} sessions: {export.sessions} sessions, {export.free} free blocks, "
          f"{export.cancelled} cancelled events, {len(export.data) / 1e3:.0f} kB; same bytes "
          f"as icalendar: {same}; {ROUNDS} interleaved rounds, medians")
    print("| figure | Mentor Desk | floor, same run | ratio | target |")
    print("|---|---|---|---|---|")
    count = f"{sessions:,}".replace(",", " ")
    print(f"| `export-ics` of {DAYS} days (sessions + free time), {count} sessions "
          f"| {ours_s:.3f} s | icalendar `to_ical()` of the same events: {floor_s:.3f} s "
          f"| {ratio:.2f}× | ≤ {TARGET}× |")
    return ratio if same else float("inf")


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [100_000]
    if not GENERATOR.exists():
        print(f"the shared generator is not here: {GENERATOR}")
        return 1
    ratios = [measure(n) for n in sizes]
    return 0 if all(r <= TARGET for r in ratios) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
