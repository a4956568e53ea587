"""Busy time from a Google or Outlook .ics export, kept per calendar so a re-import replaces it.

A calendar is known by the file it is read from, not by its name (Outlook calls every export
"Calendar"). Reading one is bounded by what it produces: how often one event repeats, how many
occurrences all of them have, and how long it takes; a file past a bound is refused, naming
the event, and nothing is changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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
from services.deadline import TimeUp, time_limit
from services.errors import InvalidInput, NotFound, Problem
from services.records import Block, BusyFound, BusyStored
from services.store import ServiceBase
from services.timefmt import local_midnight, zone

DATE_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE")
TIME_PROPERTIES = (*DATE_PROPERTIES, "DURATION", "RRULE", "FREEBUSY")
FREE_STATUSES = ("FREE", "WORKINGELSEWHERE")
# No time zone's name is longer (Windows display names run to some 60 characters).
ZONE_NAME_MAX = 200
# Properties a component has at most once (RFC 5545): two starts leave an event's time unknown.
ONCE = ("DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "UID", "STATUS", "TRANSP",
        "TZID", "TZOFFSETFROM", "TZOFFSETTO")
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
    """What an import did: the calendar it filled, and whether it replaced earlier busy time."""

    stored: BusyStored
    path: Path

    @property
    def source(self) -> str:
        return self.stored.calendar.label

    @property
    def blocks(self) -> int:
        return self.stored.calendar.blocks

    @property
    def window_start(self) -> datetime:
        return self.stored.calendar.window_start

    @property
    def window_end(self) -> datetime:
        return self.stored.calendar.window_end


@dataclass(frozen=True)
class BusyCalendar:
    name: str | None
    blocks: list[Block]
    next_event: datetime | None = None


@dataclass
class Budget:
    """What reading one calendar may still cost, counted as its rules produce occurrences."""

    window_end: datetime
    per_event: dict[str, int] = field(default_factory=dict)
    in_span: int = 0
    # The event whose occurrences are being worked out, to name it if time runs out.
    current: Any = None

    def produced(self, uid: str, component: Any, in_span: bool) -> None:
        count = self.per_event[uid] = self.per_event.get(uid, 0) + 1
        if count > policy.BUSY_MAX_REPEATS:
            raise Runaway(component, f"repeats more than {policy.BUSY_MAX_REPEATS:,} times "
                                     f"up to {self.window_end:%Y-%m-%d}".replace(",", " "))
        if in_span:
            self.in_span += 1
            if self.in_span > policy.BUSY_MAX_OCCURRENCES:
                raise Runaway(component, "brings the calendar past "
                                         f"{policy.BUSY_MAX_OCCURRENCES:,} busy times in the span "
                                         "read".replace(",", " "))


class Runaway(Exception):
    """An event whose occurrences went past a bound of `Budget`."""

    def __init__(self, component: Any, what: str) -> None:
        super().__init__(what)
        self.component = component
        self.what = what


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
        # Times without a zone in the file are the mentor's own wall-clock time.
        calendar = read_busy(data, self.home_zone(), start, end, path.name, now)
        found = BusyFound(origin=str(path.expanduser().resolve()), file_name=path.name,
                          name=calendar.name or path.name, blocks=calendar.blocks,
                          window_start=start, window_end=end, next_event=calendar.next_event)
        label = (source or "").strip() or None
        return BusyImport(self._availability.store_busy(found, label), path)


def read_busy(data: bytes, mentor_tz: ZoneInfo, start: datetime, end: datetime,
              label: str = "calendar", now: datetime | None = None,
              seconds: float = policy.BUSY_READ_SECONDS) -> BusyCalendar:
    """The busy blocks of an iCalendar file that overlap [start, end), and when its next busy
    time after `now` begins; InvalidInput if it cannot be read, or not within the bounds (a busy
    time silently dropped would let a session be booked over it)."""
    text = _decode(data)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise InvalidInput(label, [Problem("line 1", "this is not an iCalendar file: "
                                                     "there is no BEGIN:VCALENDAR")])
    problems = _runaway_rules(text)
    if problems:
        raise InvalidInput(label, problems)
    budget = Budget(end)
    try:
        with time_limit(seconds):
            return _read(text, mentor_tz, start, end, label, now or start, budget)
    except TimeUp:
        where = f", at the event {_named(budget.current)}" if budget.current is not None else ""
        uid = str(budget.current.get("UID", "")) or None if budget.current is not None else None
        raise InvalidInput(label, [Problem(
            _event_line(text, uid) or "file",
            f"reading it took longer than {seconds:g} seconds{where}; a calendar this size or "
            "with such rules is not read", uid)]) from None
    except Runaway as exc:
        raise InvalidInput(label, [_runaway_problem(text, exc)]) from None
    except RecursionError:
        raise InvalidInput(label, [Problem("file", "its components are nested too deeply "
                                                   "to be read")]) from None


def _read(text: str, mentor_tz: ZoneInfo, start: datetime, end: datetime, label: str,
          now: datetime, budget: Budget) -> BusyCalendar:
    import icalendar

    try:
        parsed = icalendar.Calendar.from_ical(text, multiple=True)
    # What icalendar raises on malformed input, seen by feeding it damaged exports.
    except (ValueError, TypeError, AttributeError, AssertionError, KeyError,
            IndexError) as exc:
        raise InvalidInput(label, [Problem(_line_quoted(text, str(exc)), str(exc))]) from None
    calendars = [c for c in parsed if c.name == "VCALENDAR"]
    if not calendars:
        raise InvalidInput(label, [Problem("end of file", "the VCALENDAR is never closed "
                                                          "(no END:VCALENDAR)")])
    problems = _problems(calendars, text)
    if problems:
        raise InvalidInput(label, problems)
    for cal in calendars:
        zone_name = str(cal.get("X-WR-TIMEZONE", ""))
        if len(zone_name) > ZONE_NAME_MAX:
            raise InvalidInput(label, [Problem(
                _line_in(text, "VCALENDAR", 1, "X-WR-TIMEZONE") or "file",
                f"X-WR-TIMEZONE: a value of {len(zone_name)} characters is not the name of a "
                "time zone")])
    name = None
    blocks: list[Block] = []
    prepared = []
    for cal in calendars:
        name = name or str(cal.get("X-WR-CALNAME", "")).strip()[:300] or None
        try:
            prepared.append(_prepared(cal, mentor_tz))
            blocks += _calendar_blocks(prepared[-1], mentor_tz, start, end, budget)
        # A damaged rule, an event's or a VTIMEZONE's, fails only once times are computed.
        except (ValueError, TypeError, KeyError, IndexError, OverflowError,
                AttributeError) as exc:
            raise InvalidInput(label, [Problem("file", f"the times cannot be worked out: {exc}")]
                               ) from None
    # The same instance twice in a file (or in two VCALENDARs of it) is one busy time.
    blocks = sorted(dict.fromkeys(blocks))
    ahead = [block[0] for block in blocks if block[1] > now]
    next_event = min(ahead) if ahead else None
    if next_event is None and end < now + policy.BUSY_NEXT_EVENT_AHEAD:
        later = Budget(now + policy.BUSY_NEXT_EVENT_AHEAD)
        try:
            found = [b[0] for cal in prepared for b in _calendar_blocks(
                cal, mentor_tz, end, later.window_end, later)]
        except (ValueError, TypeError, KeyError, IndexError, OverflowError, AttributeError,
                Runaway):
            found = []  # only a hint: the busy time itself was read
        next_event = min(found, default=None)
    return BusyCalendar(name, blocks, next_event)


def _runaway_problem(text: str, exc: Runaway) -> Problem:
    uid = str(exc.component.get("UID", "")) or None
    return Problem(_event_line(text, uid) or "file",
                   f"the event {_named(exc.component)} {exc.what}; remove it or its rule from "
                   "the calendar and import it again", uid)


def _named(component: Any) -> str:
    summary = str(component.get("SUMMARY", "")).strip()
    return repr(summary[:80]) if summary else "without a title"


def _event_line(text: str, uid: str | None) -> str | None:
    """'line N' of the RRULE (else the BEGIN) of the event with `uid`."""
    if not uid:
        return None
    begin = rule = None
    for number, line in enumerate(text.splitlines(), 1):
        upper = line.strip().upper()
        if upper == "BEGIN:VEVENT":
            begin, rule = number, None
        elif upper.startswith(("RRULE:", "RRULE;")) and rule is None:
            rule = number
        elif line.strip() == f"UID:{uid}" and begin is not None:
            # The UID may come before the rule: read on to the end of the event.
            for later, rest in enumerate(text.splitlines()[number:], number + 1):
                rest_upper = rest.strip().upper()
                if rest_upper == "END:VEVENT":
                    break
                if rule is None and rest_upper.startswith(("RRULE:", "RRULE;")):
                    rule = later
            return f"line {rule or begin}"
    return None


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

def _prepared(cal: Any, mentor_tz: ZoneInfo) -> Any:
    """The calendar with every time zoned: its own VTIMEZONEs, known names, else the mentor's."""
    import x_wr_timezone

    cal = x_wr_timezone.to_standard(_known_x_wr_timezone(cal))
    zones = _file_zones(cal)
    # The zone the file's own series are written in: Exchange puts it first.
    home = next(iter(zones.values()), mentor_tz)
    for component in cal.walk():
        if component.name in ("VEVENT", "VFREEBUSY"):
            _localize(component, zones, mentor_tz)
            _all_day_until(component, home)
    return cal


def _calendar_blocks(cal: Any, mentor_tz: ZoneInfo, start: datetime, end: datetime,
                     budget: Budget) -> list[Block]:
    import recurring_ical_events
    from recurring_ical_events.selection.name import ComponentsWithName

    events = ComponentsWithName("VEVENT", series=_bounded_series(budget),
                                occurrence=_occurrence_class())
    blocks = []
    for event in recurring_ical_events.of(cal, components=[events]).between(start, end):
        block = _event_block(event, mentor_tz) if _is_busy(event.event) else None
        if block is not None:
            blocks.append(block)
    for freebusy in cal.walk("VFREEBUSY"):
        blocks += _freebusy_blocks(freebusy, mentor_tz, start, end)
    return blocks


@dataclass(frozen=True)
class Seen:
    """An occurrence of an event: the event as the file has it, and this occurrence's times."""

    event: Any
    start: date | datetime
    end: date | datetime


def _occurrence_class() -> type:
    from recurring_ical_events.occurrence import Occurrence

    class Light(Occurrence):
        """The library copies the whole event for every occurrence, which is most of the
        cost of a busy calendar; the times and the event it belongs to are all that is read."""

        def as_component(self, keep_recurrence_attributes: bool) -> Any:  # noqa: FBT001
            return Seen(self._adapter._component, self.start, self.end)  # noqa: SLF001

    return Light


def _bounded_series(budget: Budget) -> type:
    """recurring-ical-events' Series, its rules run lazily and every occurrence counted.

    The library asks dateutil for all of a rule's occurrences in the span at once; a rule that
    repeats every minute in disguise (FREQ=HOURLY;BYMINUTE=0,1,...,59) would fill the memory
    before anything could count them. Here each occurrence, also those before the span, is
    counted as it comes; the rule is ended at the span's end, so that one that never matches
    cannot run on to the year 9999.
    """
    import warnings

    from dateutil.rrule import rrule
    from recurring_ical_events.series import Series
    from recurring_ical_events.util import compare_greater, convert_to_datetime

    class Rules(Series.RecurrenceRules):
        def rrule_between(self, span_start: Any, span_stop: Any) -> Any:
            first = convert_to_datetime(span_start, self.tzinfo)
            last = convert_to_datetime(span_stop, self.tzinfo)
            component = budget.current = self.core._component  # noqa: SLF001 - to name it
            uid = str(component.get("UID", ""))
            counted_start = False
            for rule in self.rrules:
                stated_until = rule.until  # the rule's own UNTIL, as the library read it
                run = rule
                if isinstance(rule, rrule) and (rule._until is None  # noqa: SLF001
                                                or rule._until > last):  # noqa: SLF001
                    with warnings.catch_warnings():
                        # dateutil frowns on COUNT with UNTIL; both end the rule here.
                        warnings.simplefilter("ignore", DeprecationWarning)
                        run = rule.replace(until=last, cache=False)
                for moment in run:
                    if moment > last:
                        break
                    # The start comes from the RDATE set and again from a rule it matches.
                    if moment != self.start or not counted_start:
                        budget.produced(uid, component, moment >= first)
                        counted_start = counted_start or moment == self.start
                    if moment >= first and (stated_until is None
                                            or not compare_greater(moment, stated_until)):
                        yield moment

    class BoundedSeries(Series):
        RecurrenceRules = Rules

    return BoundedSeries


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older Outlook versions write the Windows code page.
        return data.decode("cp1252", errors="replace")


def _runaway_rules(text: str) -> list[Problem]:
    """Rules dateutil cannot even start: INTERVAL=0 hangs it (already while icalendar parses a
    VTIMEZONE), before any occurrence could be counted."""
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
            for prop in ONCE:
                if isinstance(component.get(prop), list):
                    line = _line_in(text, component.name, counts[component.name], prop)
                    problems.append(Problem(line or where, f"{prop} is given "
                                            f"{len(component[prop])} times; it may be given "
                                            "once", uid))
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


def _event_block(seen: Seen, tz: ZoneInfo) -> Block | None:
    start, end = seen.start, seen.end
    summary = str(seen.event.get("SUMMARY", "")).strip()
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
