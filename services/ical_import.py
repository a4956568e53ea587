"""Busy time from a Google or Outlook .ics export, kept per calendar so a re-import replaces it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import sessionmaker

from services import policy
from services.availability import AvailabilityService
from services.changes import ChangeHub
from services.clock import Clock
from services.errors import InvalidInput, NotFound, Problem
from services.store import ServiceBase
from services.timefmt import local_midnight, zone

Block = tuple[datetime, datetime, str, bool]

DATE_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE")
TIME_PROPERTIES = (*DATE_PROPERTIES, "DURATION", "RRULE", "FREEBUSY")
FREE_STATUSES = ("FREE", "WORKINGELSEWHERE")
# Windows display names (Exchange 2010 / OWA write them as TZIDs) that name a region, not a city.
REGIONS = {
    "eastern time (us & canada)": "America/New_York",
    "central time (us & canada)": "America/Chicago",
    "mountain time (us & canada)": "America/Denver",
    "pacific time (us & canada)": "America/Los_Angeles",
    "atlantic time (canada)": "America/Halifax",
    "newfoundland": "America/St_Johns",
    "saskatchewan": "America/Regina",
    "arizona": "America/Phoenix",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "indiana (east)": "America/Indiana/Indianapolis",
    "central america": "America/Guatemala",
    "brasilia": "America/Sao_Paulo",
    "greenland": "America/Nuuk",
    "west central africa": "Africa/Lagos",
    "coordinated universal time": "UTC",
}
DISPLAY_NAME = re.compile(r"^\((?:UTC|GMT)(?:([+-])(\d{1,2}):?(\d{2}))?\)\s*(.*)$")
MAX_OFFSET = timedelta(hours=14)
# Display names carry the zone's base offset as Windows knows it today.
LABEL_YEAR = 2025
AREAS = ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian",
         "Pacific")


@dataclass(frozen=True)
class BusyImport:
    source: str
    path: Path
    blocks: int
    window_start: datetime
    window_end: datetime


@dataclass(frozen=True)
class BusyCalendar:
    name: str | None
    blocks: list[Block]


class CalendarImporter(ServiceBase):
    def __init__(self, factory: sessionmaker, clock: Clock, hub: ChangeHub,
                 availability: AvailabilityService) -> None:
        super().__init__(factory, clock, hub)
        self._availability = availability

    def import_file(self, path: str | Path, source: str | None = None) -> BusyImport:
        """Replace the busy blocks of the file's calendar with those it holds now.

        The calendar is `source`, else the file's X-WR-CALNAME, else its file name. Only the
        span a mentor plans in is read: recurring events are expanded from 30 days ago to a year
        ahead.
        """
        path = Path(path)
        try:
            data = path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise NotFound("file", path) from None
        now = self.now()
        start, end = now - policy.BUSY_EXPAND_PAST, now + policy.BUSY_EXPAND_AHEAD
        calendar = read_busy(data, self.timezone(), start, end, path.name)
        name = (source or "").strip() or calendar.name or path.name
        count = self._availability.replace_busy(name, calendar.blocks)
        return BusyImport(name, path, count, start, end)


def read_busy(data: bytes, mentor_tz: ZoneInfo, start: datetime, end: datetime,
              label: str = "calendar") -> BusyCalendar:
    """The busy blocks of an iCalendar file that overlap [start, end); InvalidInput if it cannot
    be read, since a busy time silently dropped would let a session be booked over it."""
    import icalendar

    text = _decode(data)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise InvalidInput(label, [Problem("line 1", "this is not an iCalendar file: "
                                                     "there is no BEGIN:VCALENDAR")])
    problems = _runaway_rules(text)
    if problems:
        raise InvalidInput(label, problems)
    try:
        parsed = icalendar.Calendar.from_ical(text, multiple=True)
    # What icalendar raises on malformed input, seen by feeding it damaged exports.
    except (ValueError, TypeError, AttributeError, AssertionError) as exc:
        raise InvalidInput(label, [Problem(_line_quoted(text, str(exc)), str(exc))]) from None
    calendars = [c for c in parsed if c.name == "VCALENDAR"]
    if not calendars:
        raise InvalidInput(label, [Problem("end of file", "the VCALENDAR is never closed "
                                                          "(no END:VCALENDAR)")])
    problems = _problems(calendars, text)
    if problems:
        raise InvalidInput(label, problems)
    name = None
    blocks: list[Block] = []
    for cal in calendars:
        name = name or str(cal.get("X-WR-CALNAME", "")).strip() or None
        try:
            blocks += _calendar_blocks(cal, mentor_tz, start, end)
        # A damaged rule, an event's or a VTIMEZONE's, fails only once times are computed.
        except (ValueError, TypeError, KeyError, IndexError, OverflowError) as exc:
            raise InvalidInput(label, [Problem("file", f"the times cannot be worked out: {exc}")]
                               ) from None
    # The same instance twice in a file (or in two VCALENDARs of it) is one busy time.
    return BusyCalendar(name, sorted(dict.fromkeys(blocks)))


@lru_cache(maxsize=256)
def resolve_tzid(tzid: str) -> tzinfo | None:
    """The zone a TZID without a VTIMEZONE means: an IANA name, a Windows zone name
    ("W. Europe Standard Time"), or a Windows display name ("(UTC-05:00) Eastern Time (US &
    Canada)"); None when it names none of them."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    name = tzid.strip().strip('"').strip()
    parts = name.strip("/").split("/")
    # "/vendor/Europe/Berlin" (libical, Lightning) ends in the IANA name.
    suffixes = ["/".join(parts[i:]) for i in range(len(parts))]
    for candidate in (*suffixes, WINDOWS_TO_OLSON.get(name)):
        if candidate and (found := _known(candidate)) is not None:
            return found
    match = DISPLAY_NAME.match(name)
    if match is None:
        return None
    sign, hours, minutes, label = match.groups()
    offset = timedelta(hours=int(hours or 0), minutes=int(minutes or 0))
    offset = -offset if sign == "-" else offset
    if abs(offset) > MAX_OFFSET:
        return None
    for key in _display_name_zones(label):
        found = zone(key)
        # A zone found by a city's name must have the label's offset, in winter or in summer.
        if offset in (found.utcoffset(datetime(LABEL_YEAR, 1, 15)),
                      found.utcoffset(datetime(LABEL_YEAR, 7, 15))):
            return found
    # Off by at most the daylight-saving hour, where floating time could be off by half a day.
    return timezone(offset)


# -- reading ---------------------------------------------------------------------------------------

def _calendar_blocks(cal: Any, mentor_tz: ZoneInfo, start: datetime, end: datetime
                     ) -> list[Block]:
    import recurring_ical_events
    import x_wr_timezone

    cal = x_wr_timezone.to_standard(_known_x_wr_timezone(cal))
    zones = _file_zones(cal)
    # The zone the file's own series are written in: Exchange puts it first.
    home = next(iter(zones.values()), mentor_tz)
    for component in cal.walk():
        if component.name in ("VEVENT", "VFREEBUSY"):
            _localize(component, zones, mentor_tz)
            _all_day_until(component, home)
    blocks = []
    for event in recurring_ical_events.of(cal, components=["VEVENT"]).between(start, end):
        block = _event_block(event, mentor_tz) if _is_busy(event) else None
        if block is not None:
            blocks.append(block)
    for freebusy in cal.walk("VFREEBUSY"):
        blocks += _freebusy_blocks(freebusy, mentor_tz, start, end)
    return blocks


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Outlook versions write the Windows code page.
        return data.decode("cp1252", errors="replace")


def _runaway_rules(text: str) -> list[Problem]:
    """Rules that would not end: INTERVAL=0 hangs dateutil (already while icalendar parses a
    VTIMEZONE), and a rule repeating every second or minute is ~500 000 busy blocks a year."""
    problems = []
    number = 0
    for logical in re.split(r"\r?\n(?![ \t])", text):
        number += 1
        first = number
        number += logical.count("\n")
        line = re.sub(r"\r?\n[ \t]", "", logical)
        if not line.upper().startswith(("RRULE:", "RRULE;")):
            continue
        parts = dict(p.split("=", 1) for p in line.split(":", 1)[-1].upper().split(";")
                     if "=" in p)
        if parts.get("FREQ") in ("SECONDLY", "MINUTELY"):
            problems.append(Problem(f"line {first}", f"RRULE: FREQ={parts['FREQ']} is not "
                                                     "read; an event repeats hourly at most"))
        interval = parts.get("INTERVAL", "1").strip()
        if interval.isdigit() and int(interval) < 1:
            problems.append(Problem(f"line {first}", "RRULE: INTERVAL must be 1 or more"))
    return problems


def _problems(calendars: list[Any], text: str) -> list[Problem]:
    """Unreadable times, and events without a start: any of them could hide a busy time."""
    problems = []
    counts: dict[str, int] = {}
    for cal in calendars:
        for component in cal.walk():
            if component.name not in ("VEVENT", "VFREEBUSY", "STANDARD", "DAYLIGHT"):
                continue
            counts[component.name] = counts.get(component.name, 0) + 1
            where = f"{component.name} {counts[component.name]}"
            uid = str(component.get("UID", "")) or None
            for prop, message in getattr(component, "errors", []):
                if prop in TIME_PROPERTIES:
                    line = _line_in(text, component.name, counts[component.name], prop)
                    problems.append(Problem(line or where, f"{prop}: {message}", uid))
            if component.name == "VEVENT" and "DTSTART" not in component:
                problems.append(Problem(where, "the event has no start (DTSTART)", uid))
    return problems


def _line_quoted(text: str, message: str) -> str:
    """'line N' of the line a parser message quotes, else 'file'."""
    quoted = re.search(r"'(.+?)'", message)
    if quoted:
        for number, line in enumerate(text.splitlines(), 1):
            if quoted.group(1).strip() in line:
                return f"line {number}"
    return "file"


def _line_in(text: str, component: str, index: int, prop: str) -> str | None:
    """'line N' of property `prop` in the index-th `component` of the file."""
    seen = 0
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip().upper() == f"BEGIN:{component}":
            seen += 1
        elif seen == index and line.upper().startswith((f"{prop};", f"{prop}:")):
            return f"line {number}"
    return None


def _known_x_wr_timezone(cal: Any) -> Any:
    """The calendar with an X-WR-TIMEZONE x-wr-timezone can read: a Windows or vendor name as
    its IANA zone, one that names no zone removed (its times are then the mentor's)."""
    name = str(cal.get("X-WR-TIMEZONE", "")).strip()
    if "X-WR-TIMEZONE" in cal:
        found = resolve_tzid(name) if name else None
        del cal["X-WR-TIMEZONE"]
        if isinstance(found, ZoneInfo):
            cal.add("X-WR-TIMEZONE", found.key)
    return cal


def _file_zones(cal: Any) -> dict[str, tzinfo]:
    """Each VTIMEZONE of this file as a zone of its own.

    icalendar caches VTIMEZONEs process-wide by TZID, first file wins; two Outlook files with a
    different "Customized Time Zone" must not share one.
    """
    zones: dict[str, tzinfo] = {}
    for vtimezone in cal.walk("VTIMEZONE"):
        tzid = _unescape(str(vtimezone.get("TZID", "")))
        found: tzinfo | None = _known(tzid)
        if found is None:
            try:
                found = vtimezone.to_tz(lookup_tzid=False)
            except (ValueError, KeyError, TypeError, AssertionError):
                found = resolve_tzid(tzid)
        if found is not None:
            zones[tzid] = found
    return zones


def _localize(component: Any, zones: dict[str, tzinfo], default: tzinfo) -> None:
    """Give every wall-clock time its zone: its TZID as this file defines it, else as a known
    name, else (floating time) the mentor's zone."""
    for name in DATE_PROPERTIES:
        values = component.get(name)
        for prop in values if isinstance(values, list) else [values] if values else []:
            tzid = prop.params.get("TZID")
            tz = default
            if tzid:
                tz = zones.get(_unescape(tzid)) or resolve_tzid(tzid) or default
            for value in getattr(prop, "dts", [prop]):
                value.dt = _zoned(value.dt, tz, bool(tzid))


def _zoned(value: Any, tz: tzinfo, has_tzid: bool) -> Any:
    if isinstance(value, tuple):
        return tuple(_zoned(v, tz, has_tzid) for v in value)
    if not isinstance(value, datetime) or (value.tzinfo is not None and not has_tzid):
        return value
    return value.replace(tzinfo=tz)


def _all_day_until(event: Any, tz: tzinfo) -> None:
    """Exchange ends an all-day series with an instant, local midnight of its last day, where
    RFC 5545 wants that day's date; read as a UTC date, the last day would be lost."""
    start = event.get("DTSTART")
    rules = event.get("RRULE")
    if start is None or isinstance(start.dt, datetime) or not rules:
        return
    for rule in rules if isinstance(rules, list) else [rules]:
        until = rule.get("UNTIL")
        if until and isinstance(until[0], datetime) and until[0].tzinfo is not None:
            rule["UNTIL"] = [until[0].astimezone(tz).date()]


def _is_busy(event: Any) -> bool:
    if str(event.get("STATUS", "")).upper() == "CANCELLED":
        return False
    if str(event.get("TRANSP", "OPAQUE")).upper() == "TRANSPARENT":
        return False
    return str(event.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper() not in FREE_STATUSES


def _event_block(event: Any, tz: ZoneInfo) -> Block | None:
    start = event["DTSTART"].dt
    end = event["DTEND"].dt if "DTEND" in event else start
    summary = str(event.get("SUMMARY", "")).strip()
    if not isinstance(start, datetime):
        last = end if isinstance(end, date) and not isinstance(end, datetime) else start
        last = max(last, start + timedelta(days=1))
        return local_midnight(start, tz), local_midnight(last, tz), summary, True
    if not isinstance(end, datetime) or end <= start:
        return None
    return start.astimezone(UTC), end.astimezone(UTC), summary, False


def _freebusy_blocks(component: Any, tz: tzinfo, start: datetime, end: datetime) -> list[Block]:
    values = component.get("FREEBUSY")
    blocks: list[Block] = []
    for period in values if isinstance(values, list) else [values] if values else []:
        if str(period.params.get("FBTYPE", "BUSY")).upper() == "FREE":
            continue
        first, second = period.dt
        first = first if first.tzinfo else first.replace(tzinfo=tz)
        last = first + second if isinstance(second, timedelta) else second
        last = last if last.tzinfo else last.replace(tzinfo=tz)
        if first < end and last > start and last > first:
            blocks.append((first.astimezone(UTC), last.astimezone(UTC), "Busy", False))
    return blocks


def _unescape(text: str) -> str:
    return text.replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\").strip('"')


def _known(name: str) -> ZoneInfo | None:
    try:
        return zone(name)
    except ValueError:
        return None


def _display_name_zones(label: str) -> list[str]:
    """IANA zones a Windows display name's label names: its region, else its cities."""
    region = REGIONS.get(label.strip().lower())
    if region:
        return [region]
    cities = _cities()
    keys = []
    for part in re.split(r"[,:&/]", re.sub(r"\(.*?\)", "", label)):
        key = re.sub(r"\s+", "_", part.strip().removeprefix("City of ").replace("St. ", "St_"))
        if key.lower() in cities:
            keys.append(cities[key.lower()])
    return keys


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    from zoneinfo import available_timezones

    cities: dict[str, str] = {}
    for key in sorted(available_timezones()):
        if key.split("/")[0] in AREAS:
            cities.setdefault(key.rsplit("/", 1)[-1].lower(), key)
    return cities
