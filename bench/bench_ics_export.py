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

import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import history  # noqa: E402

from services.clock import FixedClock  # noqa: E402
from services.container import Services  # noqa: E402
from services.ical_export import (  # noqa: E402
    CALENDAR_NAMES,
    PRODID,
    ExportOptions,
    event_component,
    vtimezone_ical,
)

NOW = history.NOW
DAYS = 365
ROUNDS = 7
TARGET = 1.5


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
    db = history.database(sessions)
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
    print(history.TABLE_HEAD)
    history.row(f"`export-ics` of {DAYS} days (sessions + free time), "
                f"{history.spaced(sessions)} sessions", f"{ours_s:.3f} s",
                f"icalendar `to_ical()` of the same events: {floor_s:.3f} s", f"{ratio:.2f}×",
                f"≤ {TARGET}×")
    return ratio if same else float("inf")


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [100_000]
    if history.generator() is None:
        print("skipped: the shared generator is not here")
        return 0
    ratios = [measure(n) for n in sizes]
    return 0 if all(r <= TARGET for r in ratios) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
