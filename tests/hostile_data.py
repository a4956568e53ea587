"""Sample data whose every name, id, answer, reason, note and calendar name is hostile text:
markup, an HTML entity, a right-to-left override, CR/LF and an ESC sequence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from services.container import Services
from services.demo import AVAILABILITY, build_export, day_off

RLO = "\u202e"
MARK = "<font size=7 color=red>PAID IN FULL</font>"
# Appended to every one-line value (names, e-mails, ids' owners, calendar names, notes).
LINE = f" {MARK} {RLO}<b>x</b> &amp;\r\nForged\x1b[2J\x1b]8;;http://evil\x07link"
MULTI_MARK = "<font size=7 color=red>REFUND ISSUED</font>"
# Appended to values that may run over several lines (form answers, reasons).
MULTI = f" {MULTI_MARK} {RLO}&amp;\nsecond line"
# Appended to every id: markup, an ampersand that Qt would take for a shortcut mark, and a
# token that shows whether the rest survived.
ID = "<i>&</i>-X9"
CALENDAR = f"<b>Work</b> {RLO}x"
EVENT = f"{MARK} {RLO}<b>x</b> &amp;"


def isolated(text: str) -> bool:
    """Every right-to-left override in `text` sits inside a bidi isolate (within its line)."""
    depth = 0
    for char in text:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == "\u2069":
            depth = max(0, depth - 1)
        elif char == "\n":
            depth = 0
        elif char == RLO and depth == 0:
            return False
    return True


def hostile_export(now: Any) -> dict[str, Any]:
    document = build_export(now)
    for mentee in document["mentees"]:
        mentee["id"] += ID
        mentee["name"] += LINE
        mentee["email"] = f"<b>{mentee['email']}</b>{ID}"
    for bundle in document["bundles"]:
        bundle["id"] += ID
        bundle["mentee_id"] += ID
    for session in document["sessions"]:
        session["id"] += ID
        session["mentee_id"] += ID
        if session.get("bundle_id"):
            session["bundle_id"] += ID
        if "form" in session:
            session["form"] = {f"<h1>{question}</h1>": answer + MULTI
                               for question, answer in session["form"].items()}
        for key in ("cancel_reason", "reject_reason"):
            if session.get(key):
                session[key] += MULTI
    return document


def ics(start: datetime, end: datetime) -> str:
    """A calendar with a hostile name and hostile event summaries: one event from `start` to
    `end`, one all day on the day of `start`."""
    summary = EVENT.replace(";", "\\;") + "\\nForged"
    day = start.date()
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//hostile//EN",
        f"X-WR-CALNAME:{CALENDAR}",
        "BEGIN:VEVENT", "UID:timed@hostile", "DTSTAMP:20260301T000000Z",
        f"DTSTART:{start:%Y%m%dT%H%M%SZ}", f"DTEND:{end:%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{summary}", "END:VEVENT",
        "BEGIN:VEVENT", "UID:allday@hostile", "DTSTAMP:20260301T000000Z",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{summary}", "END:VEVENT",
        "END:VCALENDAR", ""])


def install_hostile(services: Services, folder: Path) -> None:
    """The sample data with hostile text everywhere, a day off and an imported calendar."""
    now = services.clock.now()
    services.importer.import_document(hostile_export(now), f"<b>export</b>{RLO}.json")
    for kind, weekday, start, end in AVAILABILITY:
        services.availability.add_window(kind, weekday, start, end)
    services.availability.add_day_off(day_off(now), LINE.strip())
    calendar = folder / "hostile.ics"
    # Busy over the first open request, so accepting it is refused in the calendar's words.
    first = services.sessions.invitations()[0]
    calendar.write_text(ics(first.start.astimezone(UTC), first.end.astimezone(UTC)),
                        encoding="utf-8")
    services.calendar_import.import_file(calendar)
