"""iCalendar export of booked sessions and free availability, for Outlook and Google Calendar.

Every event is built on its own, under its UID and with its SEQUENCE, so that a file and a
calendar server can be given the same events; calendars that import files (rather than follow a
subscription) keep every event they once saw, so what was cancelled, moved or has vanished goes
out as an update too, for `policy.ICS_WITHDRAWN_KEPT` after the change.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session as DB
from sqlalchemy.orm import joinedload, sessionmaker

from services import policy
from services.availability import AvailabilityService, merge_intervals
from services.changes import ChangeHub
from services.clock import Clock
from services.files import writable_target, write_atomically
from services.models import ExportedFreeBlock, Session
from services.plaintext import one_line
from services.records import EXPORT_CONTENTS, KINDS, SessionRecord, Status
from services.store import ServiceBase, sessions_within, to_record
from services.timefmt import local_midnight, plural

WHAT = EXPORT_CONTENTS
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
# RFC 5545 folds content lines longer than this many octets.
FOLD_OCTETS = 75


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
class CalendarEvent:
    """One event as every reader gets it: a session (busy) or a free block, or either of them
    withdrawn (cancelled), under a UID that stays and a SEQUENCE that rises with each change."""

    uid: str
    sequence: int
    start: datetime
    end: datetime
    summary: str
    description: str = ""
    busy: bool = True
    cancelled: bool = False


@dataclass(frozen=True)
class Export:
    data: bytes
    sessions: int
    free: int
    first_day: date
    days: int
    zone: str
    path: Path | None = None
    cancelled: int = 0

    def summary(self) -> str:
        last = self.first_day + timedelta(days=self.days - 1)
        where = f" to {one_line(self.path)}" if self.path else ""
        withdrawn = f", and {plural(self.cancelled, 'cancelled event')}" if self.cancelled else ""
        return (f"wrote {plural(self.sessions, 'session')} and {plural(self.free, 'free block')}"
                f"{withdrawn} ({self.first_day:%a %Y-%m-%d} to {last:%a %Y-%m-%d}, {self.zone})"
                f"{where}")


@dataclass(frozen=True)
class FreeBlock:
    kind: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class EventSet:
    """The events of one export, and the span and zone they were chosen for."""

    events: list[CalendarEvent]
    first_day: date
    last_day: date
    zone: ZoneInfo
    stamp: datetime

    def count(self, busy: bool, cancelled: bool = False) -> int:
        return sum(e.busy == busy and e.cancelled == cancelled for e in self.events)


class CalendarExporter(ServiceBase):
    def __init__(self, factory: sessionmaker, clock: Clock, hub: ChangeHub,
                 availability: AvailabilityService) -> None:
        super().__init__(factory, clock, hub)
        self._availability = availability

    def events(self, options: ExportOptions = ExportOptions()) -> EventSet:
        """The events an export with `options` holds, each under its UID.

        Free blocks are remembered as they go out (their SEQUENCE and whether they were
        withdrawn), so this is a unit of work of its own.
        """
        now = self.now()
        # The file follows the mentor's own zone: its days are those free time is laid out on.
        tz = self.home_zone()
        first_day = options.first_day or now.astimezone(tz).date()
        last_day = first_day + timedelta(days=options.days)
        events: list[CalendarEvent] = []
        if options.what in ("all", "sessions"):
            with self._factory() as db:
                events += session_events(db, local_midnight(first_day, tz),
                                         local_midnight(last_day, tz), now, options.names)
        if options.what in ("all", "availability"):
            free = [block for kind in KINDS for block in free_blocks(
                kind, self._availability.bookable_free_time(kind, first_day, options.days))]
            with self._writing() as db:
                events += free_events(db, free, first_day, last_day, tz, now)
        events.sort(key=lambda e: e.start)
        return EventSet(events, first_day, last_day, tz, now.astimezone(UTC).replace(microsecond=0))

    def build(self, options: ExportOptions = ExportOptions()) -> Export:
        chosen = self.events(options)
        data = render(chosen.events, chosen.zone, chosen.stamp, CALENDAR_NAMES[options.what],
                      chosen.first_day, chosen.last_day)
        return Export(data, chosen.count(busy=True), chosen.count(busy=False), chosen.first_day,
                      options.days, chosen.zone.key,
                      cancelled=sum(e.cancelled for e in chosen.events))

    def write(self, path: str | Path, options: ExportOptions = ExportOptions()) -> Export:
        """Write the export atomically, so a calendar app never reads half a file."""
        path = writable_target(Path(path))
        export = self.build(options)
        write_atomically(path, export.data)
        return replace(export, path=path)


# -- the events ------------------------------------------------------------------------------------

def session_events(db: DB, start: datetime, end: datetime, now: datetime,
                   names: bool) -> list[CalendarEvent]:
    """Booked sessions overlapping [start, end); and, for a while after the change, sessions
    that were cancelled or rejected (as cancelled events) or moved out of the span (at their new
    time), so that a calendar which imported an earlier file drops or moves its copy."""
    rows = db.scalars(
        select(Session).options(joinedload(Session.mentee))
        .where(or_(
            and_(Session.status.in_(BOOKED), *sessions_within(start, end)),
            (Session.updated_at >= now - policy.ICS_WITHDRAWN_KEPT) & (Session.revision > 0)))
        .order_by(Session.start_utc, Session.id))
    return [session_event(to_record(row, now), names) for row in rows]


def session_event(record: SessionRecord, names: bool) -> CalendarEvent:
    booked = record.status in BOOKED or record.status == Status.AWAITING_CONFIRMATION
    # A session booked here keeps the UID of its first (local) id when the platform re-ids it.
    return CalendarEvent(session_uid(record.client_id or record.id), record.revision,
                         record.start, record.end,
                         session_summary(record, names), session_description(record, names),
                         busy=True, cancelled=not booked)


def free_blocks(kind: str, spans: list[tuple[datetime, datetime]]) -> list[FreeBlock]:
    """Adjacent free spans (back-to-back windows) joined, gaps too short to book dropped."""
    shortest = timedelta(minutes=SHORTEST[kind])
    return [FreeBlock(kind, s, e) for s, e in merge_intervals(spans) if e - s >= shortest]


def free_events(db: DB, blocks: list[FreeBlock], first_day: date, last_day: date, tz: ZoneInfo,
                now: datetime) -> list[CalendarEvent]:
    """The free blocks under their UIDs (a kind's n-th block of a day), with the SEQUENCE of the
    last export raised where a block changed; blocks of [first_day, last_day) exported before
    and gone now come back as cancelled events, and stay so for a while."""
    current: dict[str, tuple[FreeBlock, date]] = {}
    counted: dict[tuple[str, date], int] = {}
    for block in sorted(blocks, key=lambda b: (b.kind, b.start)):
        day = block.start.astimezone(tz).date()
        counted[block.kind, day] = counted.get((block.kind, day), 0) + 1
        current[free_uid(block.kind, day, counted[block.kind, day])] = (block, day)
    kept_since = now - policy.ICS_WITHDRAWN_KEPT
    # Withdrawn long enough ago, or in the past and never withdrawn: nothing more to say.
    db.execute(delete(ExportedFreeBlock).where(or_(
        ExportedFreeBlock.cancelled & (ExportedFreeBlock.changed_at < kept_since),
        ~ExportedFreeBlock.cancelled & (ExportedFreeBlock.end_utc <= now))))
    known = {row.uid: row for row in db.scalars(select(ExportedFreeBlock).where(or_(
        ExportedFreeBlock.day.between(first_day, last_day), ExportedFreeBlock.cancelled)))}
    for uid, (block, day) in current.items():
        row = known.get(uid)
        if row is None:
            db.add(ExportedFreeBlock(uid=uid, kind=block.kind, day=day, start_utc=block.start,
                                     end_utc=block.end, sequence=0, cancelled=False,
                                     changed_at=now))
        elif row.cancelled or (row.start_utc, row.end_utc) != (block.start, block.end):
            row.start_utc, row.end_utc, row.cancelled = block.start, block.end, False
            row.sequence += 1
            row.changed_at = now
    events = [CalendarEvent(uid, known[uid].sequence if uid in known else 0, block.start,
                            block.end, free_summary(block.kind), busy=False)
              for uid, (block, _) in current.items()]
    for uid, row in known.items():
        if uid in current:
            continue
        if not row.cancelled and first_day <= row.day < last_day:
            row.cancelled = True
            row.sequence += 1
            row.changed_at = now
        if row.cancelled:
            events.append(CalendarEvent(uid, row.sequence, row.start_utc, row.end_utc,
                                        free_summary(row.kind), busy=False, cancelled=True))
    return events


def session_uid(session_id: str) -> str:
    return f"session-{session_id}@{UID_DOMAIN}"


def free_uid(kind: str, day: date, number: int) -> str:
    """One UID per kind, day and place in that day: a block reshaped by a booking keeps it."""
    return f"avail-{kind}-{day:%Y%m%d}-{number}@{UID_DOMAIN}"


def free_summary(kind: str) -> str:
    return f"Available for {kind} sessions"


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


# -- writing ---------------------------------------------------------------------------------------

def render(events: list[CalendarEvent], tz: ZoneInfo, stamp: datetime, name: str,
           first_day: date, last_day: date) -> bytes:
    """The VCALENDAR: icalendar writes its head and time zone; the events, which are most of
    the file, are written line by line in the very bytes icalendar's `to_ical()` gives for them
    (a test holds the two equal), at a fraction of its cost.

    There is no METHOD: the file is a copy of a calendar, not an iTIP message (RFC 5546), which
    would need an ORGANIZER; without one, programs neither treat the mentor as the organizer of
    a meeting to notify nor need the mentor's address in a file shared with names hidden.
    """
    vtimezone = vtimezone_ical(tz, first_day.year, last_day.year)
    # Without a compact VTIMEZONE the times go out in UTC, which every reader gets right.
    shown_in: tzinfo = tz if vtimezone else UTC
    parts = [calendar_head(name), vtimezone]
    parts += [event_ical(event, shown_in, stamp) for event in events]
    parts.append(b"END:VCALENDAR\r\n")
    return b"".join(parts)


@lru_cache(maxsize=8)
def calendar_head(name: str) -> bytes:
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    return cal.to_ical().removesuffix(b"END:VCALENDAR\r\n")


@lru_cache(maxsize=64)
def vtimezone_ical(tz: ZoneInfo, first_year: int, last_year: int) -> bytes:
    vtimezone = compact_vtimezone(tz, first_year, last_year)
    return b"" if vtimezone is None else vtimezone.to_ical()


def event_ical(event: CalendarEvent, shown_in: tzinfo, stamp: datetime) -> bytes:
    """One VEVENT, folded, with CRLF line ends; the properties in icalendar's order."""
    if shown_in is UTC:
        start, end = f":{_utc(event.start)}", f":{_utc(event.end)}"
    else:
        zone_param = f";TZID={shown_in.key}:"  # type: ignore[attr-defined]
        start = zone_param + f"{event.start.astimezone(shown_in):%Y%m%dT%H%M%S}"
        end = zone_param + f"{event.end.astimezone(shown_in):%Y%m%dT%H%M%S}"
    busy = event.busy and not event.cancelled
    lines = [
        "BEGIN:VEVENT",
        f"SUMMARY:{_text(event.summary)}",
        f"DTSTART{start}",
        f"DTEND{end}",
        f"DTSTAMP:{_utc(stamp)}",
        f"UID:{_text(event.uid)}",
        f"SEQUENCE:{event.sequence}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{_text(event.description)}")
    lines += [
        f"STATUS:{'CANCELLED' if event.cancelled else 'CONFIRMED'}",
        f"TRANSP:{'OPAQUE' if busy else 'TRANSPARENT'}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{'BUSY' if busy else 'FREE'}",
        "END:VEVENT",
        "",
    ]
    return "\r\n".join(_fold(line) for line in lines).encode()


def event_component(event: CalendarEvent, shown_in: tzinfo, stamp: datetime) -> Any:
    """The same event as an icalendar component (what `event_ical` writes, for other uses)."""
    from icalendar import Event

    component = Event()
    component.add("uid", event.uid)
    component.add("dtstamp", stamp)
    component.add("dtstart", event.start.astimezone(shown_in))
    component.add("dtend", event.end.astimezone(shown_in))
    component.add("summary", event.summary)
    if event.description:
        component.add("description", event.description)
    busy = event.busy and not event.cancelled
    component.add("sequence", event.sequence)
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    component.add("transp", "OPAQUE" if busy else "TRANSPARENT")
    component.add("x-microsoft-cdo-busystatus", "BUSY" if busy else "FREE")
    return component


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


@lru_cache(maxsize=4096)
def _text(value: str) -> str:
    """A TEXT value escaped as icalendar escapes it (names repeat: each is escaped once)."""
    from icalendar import vText

    return vText(value).to_ical().decode()


def _fold(line: str) -> str:
    """`line` folded as icalendar folds it: segments under FOLD_OCTETS octets, a character or
    an escape never split."""
    if len(line) < FOLD_OCTETS and line.isascii():
        return line
    segments: list[str] = []
    current: list[str] = []
    octets = 0
    for char in line:
        size = len(char.encode())
        if current and octets + size >= FOLD_OCTETS:
            if len(current) > 1 and current[-1] in "\\^":
                carried = current.pop()
                segments.append("".join(current))
                current, octets = [carried], len(carried.encode())
            else:
                segments.append("".join(current))
                current, octets = [], 0
        current.append(char)
        octets += size
    segments.append("".join(current))
    return "\r\n ".join(segments)


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


