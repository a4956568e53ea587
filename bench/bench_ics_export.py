"""Times a year's .ics export (5 000 sessions, free time) against icalendar doing the same alone."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services import demo  # noqa: E402
from services.clock import FixedClock  # noqa: E402
from services.container import Services  # noqa: E402
from services.ical_export import (  # noqa: E402
    BOOKED,
    ExportOptions,
    compact_vtimezone,
    free_blocks,
)
from services.models import Session  # noqa: E402
from services.records import KINDS  # noqa: E402
from services.store import to_record  # noqa: E402
from services.timefmt import (  # noqa: E402
    local_wall,
    utc_z,
    zone,
)

NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
SESSIONS = 5_000
DAYS = 365
RUNS = 5


def build_database(path: Path) -> Services:
    """Demo data, plus SESSIONS booked sessions over the coming year on an hourly grid (intro 20
    minutes, paid 45), so that free gaps of both kinds are left between them."""
    app = Services.open(path, FixedClock(NOW))
    document = demo.build_export(NOW)
    tz = zone(demo.MENTOR["timezone"])
    today = NOW.astimezone(tz).date()
    for n in range(SESSIONS):
        day = today + timedelta(days=1 + n // 14)
        start = local_wall(day, (7 + n % 14) * 60, tz)
        bundle = n % 8
        item: dict[str, Any] = {"id": f"bench-{n}", "start": utc_z(start), "status": "scheduled"}
        if n % 3:
            item.update(type="paid", mentee_id=f"u-{100 + bundle}", bundle_id=f"b-{bundle + 1}",
                        duration_minutes=45)
        else:
            item.update(type="intro", mentee_id=f"u-{100 + n % 20}", duration_minutes=20)
        document["sessions"].append(item)
    app.importer.import_document(document, "benchmark")
    for kind, weekday, first, last in demo.AVAILABILITY:
        app.availability.add_window(kind, weekday, first, last)
    app.availability.replace_busy("Demo calendar", demo.busy_blocks(NOW))
    return app


def baseline(app: Services, first_day: date) -> bytes:
    """The same calendar built with icalendar's own API, as a program without us would."""
    from icalendar import Calendar, Event
    from sqlalchemy import select

    tz = app.availability.timezone()
    start = local_wall(first_day, 0, tz)
    end = local_wall(first_day + timedelta(days=DAYS), 0, tz)
    with app.factory() as db:
        rows = db.scalars(select(Session).where(Session.status.in_(BOOKED),
                                                Session.start_utc < end, Session.end_utc > start)
                          .order_by(Session.start_utc, Session.id))
        sessions = [to_record(row, NOW) for row in rows]
    free = [b for kind in KINDS
            for b in free_blocks(kind, app.availability.free_time(kind, first_day, DAYS))]
    stamp = NOW
    cal = Calendar()
    for name, value in (("prodid", "-//Mentor Desk//Mentor Desk//EN"), ("version", "2.0"),
                        ("calscale", "GREGORIAN"), ("method", "PUBLISH"),
                        ("x-wr-calname", "Mentor Desk")):
        cal.add(name, value)
    cal.add_component(compact_vtimezone(tz, first_day.year, end.year))
    items: list[tuple[datetime, Event]] = []
    for s in sessions:
        event = Event()
        event.add("uid", f"session-{s.id}@mentordesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", s.start.astimezone(tz))
        event.add("dtend", s.end.astimezone(tz))
        event.add("summary", f"{s.type.capitalize()} session with {s.mentee_name}")
        event.add("description", f"{s.type.capitalize()} session, {s.duration_minutes} minutes."
                  f"\nMentee: {s.mentee_name} <{s.mentee_email}>")
        event.add("sequence", s.revision)
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        event.add("x-microsoft-cdo-busystatus", "BUSY")
        items.append((s.start, event))
    for b in free:
        event = Event()
        event.add("uid", f"avail-{b.kind}-{b.start:%Y%m%dT%H%MZ}@mentordesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", b.start.astimezone(tz))
        event.add("dtend", b.end.astimezone(tz))
        event.add("summary", f"Available for {b.kind} sessions")
        event.add("sequence", 0)
        event.add("transp", "TRANSPARENT")
        event.add("x-microsoft-cdo-busystatus", "FREE")
        items.append((b.start, event))
    for _, event in sorted(items, key=lambda pair: pair[0]):
        cal.add_component(event)
    return cal


def median_seconds(run: Callable[[], Any]) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        began = time.perf_counter()
        app = build_database(Path(folder) / "bench.sqlite3")
        print(f"database: {app.sessions.counts()['all']} sessions, "
              f"{len(app.availability.windows())} weekly windows "
              f"(built in {time.perf_counter() - began:.1f} s)")
        try:
            first_day = NOW.astimezone(app.availability.timezone()).date()
            options = ExportOptions(first_day=first_day, days=DAYS)
            export = app.calendar_export.build(options)
            theirs = baseline(app, first_day)
            same = theirs.to_ical() == export.data
            ours_s = median_seconds(lambda: app.calendar_export.build(options))
            built_s = median_seconds(lambda: baseline(app, first_day).to_ical())
            serial_s = median_seconds(theirs.to_ical)
        finally:
            app.close()
    print(f"export of {DAYS} days: {export.sessions} sessions + {export.free} free blocks, "
          f"{len(export.data) / 1e6:.1f} MB; same bytes as the baseline: {same}")
    print(f"  ours: query + build + Calendar.to_ical()   median of {RUNS}: {ours_s:7.3f} s")
    print(f"  icalendar alone: build + Calendar.to_ical() median of {RUNS}: {built_s:7.3f} s "
          "(its queries included)")
    print(f"  icalendar Calendar.to_ical() only           median of {RUNS}: {serial_s:7.3f} s")
    print(f"  ratio ours / icalendar build+serialise: {ours_s / built_s:.2f}; "
          f"ours / to_ical only: {ours_s / serial_s:.2f}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
