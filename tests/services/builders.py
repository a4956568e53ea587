"""Small platform exports built as dicts, and helpers to place them in a mentor's local time."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import inspect, text

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
ZONES = (BERLIN, NEW_YORK)


def local(zone_name: str, wall: str, fold: int = 0) -> datetime:
    """The UTC instant of wall-clock `wall` ('2026-03-29T03:00') in `zone_name`."""
    naive = datetime.fromisoformat(wall)
    return naive.replace(tzinfo=ZoneInfo(zone_name), fold=fold).astimezone(UTC)


def z(instant: datetime) -> str:
    """An instant as the platform writes it: UTC with a Z."""
    return instant.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def mentee(ident: str, name: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"id": ident, "name": name or f"Mentee {ident}", "email": f"{ident}@example.com",
            **extra}


def bundle(ident: str, mentee_id: str, total: int = 4, used: int = 0,
           status: str = "active", **extra: Any) -> dict[str, Any]:
    return {"id": ident, "mentee_id": mentee_id, "sessions_total": total,
            "sessions_used": used, "status": status, **extra}


def intro(ident: str, mentee_id: str, start: datetime | str, status: str = "requested",
          **extra: Any) -> dict[str, Any]:
    return {"id": ident, "type": "intro", "mentee_id": mentee_id,
            "start": start if isinstance(start, str) else z(start), "duration_minutes": 20,
            "status": status, **extra}


def paid(ident: str, mentee_id: str, bundle_id: str | None, start: datetime | str,
         status: str = "scheduled", minutes: int = 60, **extra: Any) -> dict[str, Any]:
    item = {"id": ident, "type": "paid", "mentee_id": mentee_id,
            "start": start if isinstance(start, str) else z(start),
            "duration_minutes": minutes, "status": status, **extra}
    if bundle_id is not None:
        item["bundle_id"] = bundle_id
    return item


def export(zone_name: str = BERLIN, *, exported_at: datetime | str = "2026-03-01T09:00:00Z",
           mentees: list[dict[str, Any]] | None = None,
           bundles: list[dict[str, Any]] | None = None,
           sessions: list[dict[str, Any]] | None = None,
           mentor_id: str = "m-1") -> dict[str, Any]:
    """A valid export; mentees u-1..u-3 unless given."""
    return {
        "format": "mentor-platform-export",
        "version": 1,
        "exported_at": exported_at if isinstance(exported_at, str) else z(exported_at),
        "mentor": {"id": mentor_id, "name": "Dana Okafor", "email": "dana@example.org",
                   "timezone": zone_name},
        "mentees": mentees if mentees is not None else [
            mentee("u-1", "Sam Lee"), mentee("u-2", "Priya Raman"), mentee("u-3", "Jonas Becker")],
        "bundles": bundles or [],
        "sessions": sessions or [],
    }


def write(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def open_all_week(services: Any, kind: str) -> None:
    """Availability of `kind` around the clock, for tests about other rules."""
    for weekday in range(7):
        services.availability.add_window(kind, weekday, 0, 24 * 60)


def dump(engine: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: two dumps are equal iff the database is unchanged
    (what it holds: `mentor_writes` counts every writer that committed, even one that found
    nothing to change)."""
    with engine.connect() as conn:
        tables = [t for t in inspect(conn).get_table_names() if t != "mentor_writes"]
        return {name: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
                for name in tables}


def minutes(n: int) -> timedelta:
    return timedelta(minutes=n)


def book_here(services: Any, minutes: int = 60) -> Any:
    """A paid session booked here in the first free paid time of the next two weeks, for the
    first mentee with a bundle to book on (sample data: over busy time, with consent)."""
    tz = services.sessions.timezone()
    first_day = services.sessions.now().astimezone(tz).date() + timedelta(days=1)
    mentee_id = next(b.mentee_id for b in services.sessions.bundles()
                     if b.status == "active" and b.sessions_left)
    start = next(s for s, e in services.availability.free_time("paid", first_day, 14)
                 if e - s >= timedelta(minutes=minutes))
    return services.sessions.book_paid(mentee_id, start, minutes, despite_busy=True)
