"""iCalendar export of booked sessions and free availability, for Outlook and Google Calendar."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import joinedload, sessionmaker

from services import policy
from services.availability import AvailabilityService, merge_intervals
from services.changes import ChangeHub
from services.clock import Clock
from services.files import write_atomically
from services.models import Session
from services.records import KINDS, SessionRecord, Status
from services.store import ServiceBase, mentor_zone, sessions_within, to_record
from services.timefmt import local_midnight

WHAT = ("all", "sessions", "availability")
PRODID = "-//Mentor Desk//Mentor Desk//EN"
UID_DOMAIN = "mentordesk"
CALENDAR_NAMES = {"all": "Mentor Desk", "sessions": "Mentor Desk sessions",
                  "availability": "Mentor Desk availability"}
# Booked sessions, including those already held: a confirmation must not make a session vanish
# from the mentor's calendar. Cancelled, rejected, expired and requested ones are left out.
BOOKED = (Status.SCHEDULED, Status.COMPLETED, Status.NO_SHOW, Status.MENTOR_NO_SHOW)
# A free gap shorter than the shortest session of its kind cannot be booked, so it is not offered.
SHORTEST = {"intro": policy.INTRO_MINUTES, "paid": policy.PAID_MIN_MINUTES}
# The VTIMEZONE rule is checked against this many years from the export's first one, so that a
# rule that only happens to fit one year (e.g. 4SU for "last Sunday") is not chosen.
RULE_CHECK_YEARS = 6


@dataclass(frozen=True)
class ExportOptions:
    what: str = "all"
    first_day: date | None = None
    days: int = 28
    names: bool = True

    def __post_init__(self) -> None:
        if self.what not in WHAT:
            raise ValueError(f"what must be one of {', '.join(WHAT)}")
        if self.days <= 0:
            raise ValueError("days must be positive")


@dataclass(frozen=True)
class Export:
    data: bytes
    sessions: int
    free: int
    first_day: date
    days: int
    zone: str
    path: Path | None = None

    def summary(self) -> str:
        last = self.first_day + timedelta(days=self.days - 1)
        where = f" to {self.path}" if self.path else ""
        return (f"wrote {_count(self.sessions, 'session')} and {_count(self.free, 'free block')} "
                f"({self.first_day:%a %Y-%m-%d} to {last:%a %Y-%m-%d}, {self.zone}){where}")


@dataclass(frozen=True)
class FreeBlock:
    kind: str
    start: datetime
    end: datetime


class CalendarExporter(ServiceBase):
    def __init__(self, factory: sessionmaker, clock: Clock, hub: ChangeHub,
                 availability: AvailabilityService) -> None:
        super().__init__(factory, clock, hub)
        self._availability = availability

    def build(self, options: ExportOptions = ExportOptions()) -> Export:
        now = self.now()
        with self._factory() as db:
            tz = mentor_zone(db)
            first_day = options.first_day or now.astimezone(tz).date()
            start = local_midnight(first_day, tz)
            end = local_midnight(first_day + timedelta(days=options.days), tz)
            sessions: list[SessionRecord] = []
            if options.what in ("all", "sessions"):
                rows = db.scalars(
                    select(Session).options(joinedload(Session.mentee))
                    .where(Session.status.in_(BOOKED), *sessions_within(start, end))
                    .order_by(Session.start_utc, Session.id))
                sessions = [to_record(row, now) for row in rows]
        free: list[FreeBlock] = []
        if options.what in ("all", "availability"):
            for kind in KINDS:
                free += free_blocks(kind, self._availability.free_time(kind, first_day,
                                                                       options.days))
        data = render(sessions, free, tz, now, options, first_day)
        return Export(data, len(sessions), len(free), first_day, options.days, tz.key)

    def write(self, path: str | Path, options: ExportOptions = ExportOptions()) -> Export:
        """Write the export atomically, so a calendar app never reads half a file."""
        path = Path(path)
        export = self.build(options)
        write_atomically(path, export.data)
        return replace(export, path=path)


def free_blocks(kind: str, spans: list[tuple[datetime, datetime]]) -> list[FreeBlock]:
    """Adjacent free spans (back-to-back windows) joined, gaps too short to book dropped."""
    shortest = timedelta(minutes=SHORTEST[kind])
    return [FreeBlock(kind, s, e) for s, e in merge_intervals(spans) if e - s >= shortest]


def render(sessions: list[SessionRecord], free: list[FreeBlock], tz: ZoneInfo, now: datetime,
           options: ExportOptions, first_day: date) -> bytes:
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CALENDAR_NAMES[options.what])
    last_day = first_day + timedelta(days=options.days)
    vtimezone = compact_vtimezone(tz, first_day.year, last_day.year)
    # Without a compact VTIMEZONE the times go out in UTC, which every reader gets right.
    shown_in: tzinfo = tz if vtimezone is not None else UTC
    if vtimezone is not None:
        cal.add_component(vtimezone)
    stamp = now.astimezone(UTC).replace(microsecond=0)
    events = [(s.start, session_event(s, shown_in, stamp, options.names)) for s in sessions]
    events += [(b.start, free_event(b, shown_in, stamp)) for b in free]
    for _, event in sorted(events, key=lambda pair: pair[0]):
        cal.add_component(event)
    return cal.to_ical()


def session_uid(session_id: str) -> str:
    return f"session-{session_id}@{UID_DOMAIN}"


def free_uid(kind: str, start: datetime) -> str:
    return f"avail-{kind}-{start.astimezone(UTC):%Y%m%dT%H%MZ}@{UID_DOMAIN}"


def session_summary(record: SessionRecord, names: bool) -> str:
    if not names:
        return "Mentoring session"
    return f"{record.type.capitalize()} session with {record.mentee_name}"


def session_description(record: SessionRecord, names: bool) -> str:
    length = f"{record.type.capitalize()} session, {record.duration_minutes} minutes."
    if not names:
        return length
    contact = f" <{record.mentee_email}>" if record.mentee_email else ""
    return f"{length}\nMentee: {record.mentee_name}{contact}"


def session_event(record: SessionRecord, shown_in: tzinfo, stamp: datetime,
                  names: bool) -> Any:
    from icalendar import Event

    event = Event()
    event.add("uid", session_uid(record.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", record.start.astimezone(shown_in))
    event.add("dtend", record.end.astimezone(shown_in))
    event.add("summary", session_summary(record, names))
    event.add("description", session_description(record, names))
    event.add("sequence", record.revision)
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    event.add("x-microsoft-cdo-busystatus", "BUSY")
    return event


def free_event(block: FreeBlock, shown_in: tzinfo, stamp: datetime) -> Any:
    from icalendar import Event

    event = Event()
    event.add("uid", free_uid(block.kind, block.start))
    event.add("dtstamp", stamp)
    event.add("dtstart", block.start.astimezone(shown_in))
    event.add("dtend", block.end.astimezone(shown_in))
    event.add("summary", f"Available for {block.kind} sessions")
    # A free block's end moves as sessions are booked; at an equal SEQUENCE the newer DTSTAMP
    # wins (RFC 5546), so the block needs no revision of its own.
    event.add("sequence", 0)
    event.add("transp", "TRANSPARENT")
    event.add("x-microsoft-cdo-busystatus", "FREE")
    return event


# -- the compact VTIMEZONE -------------------------------------------------------------------------

@dataclass(frozen=True)
class Transition:
    at: datetime
    before: timedelta
    after: timedelta

    @property
    def wall(self) -> datetime:
        """The local time at which the clocks change, read on the clock before the change."""
        return (self.at + self.before).replace(tzinfo=None)


@dataclass(frozen=True)
class YearlyRule:
    month: int
    nth: int
    weekday: int
    time: timedelta

    def wall(self, year: int) -> datetime:
        if self.nth > 0:
            first = date(year, self.month, 1)
            day = first + timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * (self.nth - 1))
        else:
            last = date(year, self.month, calendar.monthrange(year, self.month)[1])
            day = last - timedelta(days=(last.weekday() - self.weekday) % 7)
        return datetime(day.year, day.month, day.day) + self.time

    def byday(self) -> str:
        return f"{self.nth}{('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')[self.weekday]}"


@lru_cache(maxsize=256)
def transitions(tz: ZoneInfo, year: int) -> tuple[Transition, ...]:
    """Every change of UTC offset in `year`, to the second."""
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    offset = moment.astimezone(tz).utcoffset()
    while moment < end:
        following = min(moment + timedelta(days=1), end)
        next_offset = following.astimezone(tz).utcoffset()
        if next_offset != offset:
            lo, hi = moment, following
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(tz).utcoffset() == offset:
                    lo = mid
                else:
                    hi = mid
            found.append(Transition(hi.replace(microsecond=0), offset, next_offset))
            offset = next_offset
        moment = following
    return tuple(found)


def candidate_rules(change: Transition) -> list[YearlyRule]:
    wall = change.wall
    time = wall - wall.replace(hour=0, minute=0, second=0)
    rules = []
    if wall.day + 7 > calendar.monthrange(wall.year, wall.month)[1]:
        rules.append(YearlyRule(wall.month, -1, wall.weekday(), time))
    if wall.day <= 28:
        rules.append(YearlyRule(wall.month, (wall.day - 1) // 7 + 1, wall.weekday(), time))
    return rules


def yearly_rules(tz: ZoneInfo, first_year: int, last_year: int
                 ) -> tuple[tuple[Transition, YearlyRule], tuple[Transition, YearlyRule]] | None:
    """(daylight, standard) rules that reproduce every transition of the years checked, or None
    when the zone has no daylight saving time or rules that BYMONTH/BYDAY cannot express."""
    changes = transitions(tz, first_year)
    if len(changes) != 2 or changes[0].after == changes[1].after:
        return None
    years = range(first_year, max(last_year, first_year + RULE_CHECK_YEARS - 1) + 1)
    chosen = []
    for change in changes:
        for rule in candidate_rules(change):
            if all(_reproduces(tz, year, change, rule) for year in years):
                chosen.append((change, rule))
                break
        else:
            return None
    chosen.sort(key=lambda pair: pair[0].after, reverse=True)
    return chosen[0], chosen[1]


def _reproduces(tz: ZoneInfo, year: int, change: Transition, rule: YearlyRule) -> bool:
    actual = transitions(tz, year)
    if len(actual) != 2:
        return False
    expected = Transition(
        (rule.wall(year) - change.before).replace(tzinfo=UTC), change.before, change.after)
    return expected in actual


def compact_vtimezone(tz: ZoneInfo, first_year: int, last_year: int) -> Any | None:
    """One DAYLIGHT and one STANDARD block with yearly RRULEs, as Google writes them.

    icalendar's `Timezone.from_tzinfo` lists every transition as RDATEs, which Outlook, vobject
    and ical.js misread; this form is the one they all handle.
    """
    rules = yearly_rules(tz, first_year, last_year)
    if rules is None:
        return None
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    vtimezone = Timezone()
    vtimezone.add("tzid", tz.key)
    vtimezone.add("x-lic-location", tz.key)
    for (change, rule), part in zip(rules, (TimezoneDaylight(), TimezoneStandard()), strict=True):
        part.add("tzoffsetfrom", change.before)
        part.add("tzoffsetto", change.after)
        part.add("tzname", change.at.astimezone(tz).tzname())
        part.add("dtstart", rule.wall(1970))
        part.add("rrule", {"freq": "yearly", "bymonth": rule.month, "byday": rule.byday()})
        vtimezone.add_component(part)
    return vtimezone


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
