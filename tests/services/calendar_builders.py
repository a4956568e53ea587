"""Small platform exports and .ics texts for the calendar tests."""

from __future__ import annotations

import textwrap
from datetime import datetime
from typing import Any

from services.container import Services
from services.timefmt import utc_z

MENTEES = [
    {"id": "u-sam", "name": "Sam Lee", "email": "sam.lee@example.com"},
    {"id": "u-priya", "name": "Priya Raman", "email": "priya.raman@example.com"},
]
BUNDLES = [{"id": "b-priya", "mentee_id": "u-priya", "sessions_total": 20, "sessions_used": 0,
            "status": "active"}]


def session(ident: str, start: datetime, status: str = "scheduled", kind: str = "paid",
            mentee: str | None = None, minutes: int | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": ident, "type": kind, "start": utc_z(start), "status": status,
        "mentee_id": mentee or ("u-priya" if kind == "paid" else "u-sam"),
        "duration_minutes": minutes or (60 if kind == "paid" else 20),
    }
    if kind == "paid":
        item["bundle_id"] = "b-priya"
    return item


def load(services: Services, sessions: list[dict[str, Any]], zone: str = "Europe/Berlin",
         mentees: list[dict[str, Any]] | None = None,
         exported_at: str = "2026-01-01T00:00:00Z") -> None:
    services.importer.import_document({
        "format": "mentor-platform-export", "version": 1, "exported_at": exported_at,
        "mentor": {"id": "m-1", "name": "Dana Okafor", "email": "dana@example.org",
                   "timezone": zone},
        "mentees": mentees or MENTEES, "bundles": BUNDLES, "sessions": sessions,
    }, "test export")


def ics(*events: str, head: str = "") -> bytes:
    """A VCALENDAR around `events` (each the lines inside one VEVENT), CRLF line ends."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Test//EN"]
    lines += textwrap.dedent(head).strip("\n").splitlines() if head.strip() else []
    for number, body in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:event-{number}@test", "DTSTAMP:20260101T000000Z"]
        lines += textwrap.dedent(body).strip("\n").splitlines()
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()
