"""Weekly availability, days off, imported busy time, and the free slots they leave."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as DB

from services import policy
from services.errors import NotFound, RuleViolation
from services.expiry import open_request_sql
from services.models import AvailabilityWindow, BusyBlock, BusyCalendar, DayOff, Session
from services.records import (
    KINDS,
    Block,
    BusyCalendarRecord,
    BusyFound,
    BusyRecord,
    BusyStored,
    Change,
    DayOffRecord,
    DayOffSet,
    Slot,
    Status,
    WindowRecord,
)
from services.store import (
    ServiceBase,
    busy_record,
    log_action,
    overlapping_busy,
    sessions_within,
)
from services.timefmt import hhmm, local_wall


def merge_intervals(intervals: list[tuple[datetime, datetime]]
                    ) -> list[tuple[datetime, datetime]]:
    """Overlapping or touching intervals joined into one, in order."""
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def may_start(kind: str, start: datetime, now: datetime) -> bool:
    """Whether a booking of `kind` made now may start at `start`, as the rules judge it: an
    intro within its notice and window, anything else not in the past."""
    if kind == "intro":
        return now + policy.INTRO_MIN_NOTICE <= start <= now + policy.INTRO_MAX_AHEAD
    return start > now


def bookable_span(kind: str, now: datetime) -> tuple[datetime, datetime | None]:
    """The time bookings of `kind` made now may take: from the earliest start `may_start`
    allows to the end of a shortest session at its latest start (None: no latest)."""
    if kind == "intro":
        return (now + policy.INTRO_MIN_NOTICE,
                now + policy.INTRO_MAX_AHEAD + timedelta(minutes=policy.INTRO_MINUTES))
    return now, None


class AvailabilityService(ServiceBase):
    # -- weekly windows ------------------------------------------------------------------------

    def windows(self, kind: str | None = None) -> list[WindowRecord]:
        with self._factory() as db:
            stmt = select(AvailabilityWindow)
            if kind is not None:
                stmt = stmt.where(AvailabilityWindow.kind == kind)
            rows = db.scalars(stmt.order_by(AvailabilityWindow.kind, AvailabilityWindow.weekday,
                                            AvailabilityWindow.start_minute))
            return [_window_record(w) for w in rows]

    def add_window(self, kind: str, weekday: int, start_minute: int,
                   end_minute: int) -> WindowRecord:
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        if not 0 <= weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")
        if not 0 <= start_minute < end_minute <= 24 * 60:
            raise RuleViolation("bad_window", start=hhmm(start_minute), end=hhmm(end_minute))
        with self._writing() as db:
            clash = db.scalars(select(AvailabilityWindow).where(
                AvailabilityWindow.kind == kind, AvailabilityWindow.weekday == weekday,
                AvailabilityWindow.start_minute < end_minute,
                AvailabilityWindow.end_minute > start_minute,
            )).first()
            if clash is not None:
                raise RuleViolation("window_overlap", kind=kind,
                                    other=_window_record(clash).label(), weekday=clash.weekday,
                                    span=(clash.start_minute, clash.end_minute))
            row = AvailabilityWindow(kind=kind, weekday=weekday, start_minute=start_minute,
                                     end_minute=end_minute)
            db.add(row)
            db.flush()
            record = _window_record(row)
            log_action(db, self.now(), "availability_add", reason=f"{kind} {record.label()}")
        self._hub.emit(Change(availability=True, summary=f"added {kind} window {record.label()}"))
        return record

    def remove_window(self, window_id: int) -> WindowRecord:
        with self._writing() as db:
            row = db.get(AvailabilityWindow, window_id)
            if row is None:
                raise NotFound("availability window", window_id)
            record = _window_record(row)
            db.delete(row)
            log_action(db, self.now(), "availability_remove", reason=f"{record.kind} {record.label()}")
        self._hub.emit(Change(availability=True, summary=f"removed window {record.label()}"))
        return record

    # -- days off ------------------------------------------------------------------------------

    def days_off(self, start: date | None = None) -> list[DayOffRecord]:
        with self._factory() as db:
            stmt = select(DayOff)
            if start is not None:
                stmt = stmt.where(DayOff.day >= start)
            return [DayOffRecord(d.id, d.day, d.note) for d in db.scalars(stmt.order_by(DayOff.day))]

    def add_day_off(self, day: date, note: str = "") -> DayOffSet:
        """Mark `day` off. On a day off already, a note given replaces its note; without one,
        or with the same, nothing changes (and the outcome says so)."""
        text = note.strip()
        with self._writing() as db:
            row = db.scalars(select(DayOff).where(DayOff.day == day)).first()
            if row is None:
                row = DayOff(day=day, note=text)
                db.add(row)
                db.flush()
                log_action(db, self.now(), "day_off_add", reason=day.isoformat())
                outcome = "added"
            elif text and text != row.note:
                row.note = text
                log_action(db, self.now(), "day_off_note", reason=day.isoformat())
                outcome = "note_changed"
            else:
                outcome = "unchanged"
            record = DayOffRecord(row.id, row.day, row.note)
        if outcome != "unchanged":
            self._hub.emit(Change(availability=True, summary=f"day off {day.isoformat()}"))
        return DayOffSet(record, outcome)

    def remove_day_off(self, day: date) -> None:
        with self._writing() as db:
            row = db.scalars(select(DayOff).where(DayOff.day == day)).first()
            if row is None:
                raise NotFound("day off on", day.isoformat())
            db.delete(row)
            log_action(db, self.now(), "day_off_remove", reason=day.isoformat())
        self._hub.emit(Change(availability=True, summary=f"day off {day.isoformat()} removed"))

    # -- busy time -----------------------------------------------------------------------------

    def busy(self, start: datetime, end: datetime) -> list[BusyRecord]:
        with self._factory() as db:
            return [busy_record(b) for b in overlapping_busy(db, start, end)]

    def busy_calendars(self) -> list[BusyCalendarRecord]:
        """Every calendar busy time was read from (also those holding none now), by name, with
        its next event: its first busy time not yet over, else the one found beyond the span
        read when it was imported."""
        now = self.now()
        with self._factory() as db:
            counts = dict(db.execute(select(BusyBlock.calendar_id, func.count())
                                     .group_by(BusyBlock.calendar_id)).all())
            ahead = dict(db.execute(select(BusyBlock.calendar_id, func.min(BusyBlock.start_utc))
                                    .where(BusyBlock.end_utc > now)
                                    .group_by(BusyBlock.calendar_id)).all())
            rows = db.scalars(select(BusyCalendar).order_by(func.lower(BusyCalendar.label)))
            return [_calendar_record(row, counts.get(row.id, 0), ahead.get(row.id), now)
                    for row in rows]

    def busy_calendar(self, label: str) -> BusyCalendarRecord:
        """The imported calendar called `label` (letter case aside); NotFound if none is."""
        with self._factory() as db:
            row = _calendar_called(db, label)
            return _calendar_record(row, _block_count(db, row.id))

    def store_busy(self, found: BusyFound, label: str | None = None) -> BusyStored:
        """Replace the busy blocks of the calendar `found` comes from with its blocks.

        The calendar is the one called `label` when given (a new one of that name otherwise);
        else the one read from the same file before, else a new one, named as the file names
        itself, with the file name added when another calendar already has that name.
        """
        now = self.now()
        with self._writing() as db:
            row = _calendar_called(db, label, missing_ok=True) if label else None
            if row is None and label is None:
                row = db.scalars(select(BusyCalendar)
                                 .where(BusyCalendar.origin == found.origin)).first()
                row = row or _unclaimed(db, found.name)
            replaced = None if row is None else _block_count(db, row.id)
            holder = db.scalars(select(BusyCalendar.id)
                                .where(BusyCalendar.origin == found.origin)).first()
            if row is None:
                row = BusyCalendar(label=label or _free_label(db, found.name, found.file_name))
                db.add(row)
            # A file is one calendar's: a second calendar named after it keeps no file.
            if holder is None or holder == row.id:
                row.origin = found.origin
            row.name = found.name[:300]
            row.imported_at = now
            row.window_start, row.window_end = found.window_start, found.window_end
            row.next_event_utc = found.next_event
            db.flush()
            db.execute(delete(BusyBlock).where(BusyBlock.calendar_id == row.id))
            _add_blocks(db, row.id, found.blocks)
            namesakes = [other.label for other in db.scalars(select(BusyCalendar).where(
                BusyCalendar.id != row.id, func.lower(BusyCalendar.name) == row.name.lower()))]
            record = _calendar_record(row, len(found.blocks))
        self._hub.emit(Change(busy=True, summary=f"{len(found.blocks)} busy blocks from "
                                                 f"{record.label}"))
        return BusyStored(record, replaced, sorted(namesakes))

    def replace_busy(self, label: str, blocks: list[Block]) -> int:
        """Replace every busy block of the calendar called `label` (made if missing)."""
        with self._writing() as db:
            row = _calendar_called(db, label, missing_ok=True)
            if row is None:
                row = BusyCalendar(label=label, name=label, imported_at=self.now())
                db.add(row)
                db.flush()
            db.execute(delete(BusyBlock).where(BusyBlock.calendar_id == row.id))
            _add_blocks(db, row.id, blocks)
        self._hub.emit(Change(busy=True, summary=f"{len(blocks)} busy blocks from {label}"))
        return len(blocks)

    def rename_busy_calendar(self, label: str, new_label: str) -> BusyCalendarRecord:
        new_label = new_label.strip()
        if not new_label:
            raise RuleViolation("calendar_name_empty")
        with self._writing() as db:
            row = _calendar_called(db, label)
            other = _calendar_called(db, new_label, missing_ok=True)
            if other is not None and other.id != row.id:
                raise RuleViolation("calendar_name_taken", name=other.label)
            old, row.label = row.label, new_label[:300]
            record = _calendar_record(row, _block_count(db, row.id))
        self._hub.emit(Change(busy=True, summary=f"calendar {old} renamed {record.label}"))
        return record

    def remove_busy_calendar(self, label: str) -> BusyCalendarRecord:
        """Forget the calendar called `label` and its busy blocks; returns it as it was."""
        with self._writing() as db:
            row = _calendar_called(db, label)
            record = _calendar_record(row, _block_count(db, row.id))
            db.execute(delete(BusyBlock).where(BusyBlock.calendar_id == row.id))
            db.delete(row)
        self._hub.emit(Change(busy=True, summary=f"removed calendar {record.label}"))
        return record

    # -- free slots ----------------------------------------------------------------------------

    def open_windows(self, kind: str, first_day: date, days: int) -> list[tuple[datetime, datetime]]:
        """The weekly windows of `kind` laid out on real days (UTC), days off left out: both are
        the mentor's own, wall-clock time and days of their own zone."""
        tz = self.home_zone()
        with self._factory() as db:
            windows = list(db.scalars(select(AvailabilityWindow)
                                      .where(AvailabilityWindow.kind == kind)))
            last_day = first_day + timedelta(days=days)
            off = set(db.scalars(select(DayOff.day).where(DayOff.day >= first_day,
                                                          DayOff.day < last_day)))
        spans = []
        for offset in range(days):
            day = first_day + timedelta(days=offset)
            if day in off:
                continue
            for w in windows:
                if w.weekday == day.weekday():
                    spans.append((local_wall(day, w.start_minute, tz),
                                  local_wall(day, w.end_minute, tz)))
        return sorted(spans)

    def free_time(self, kind: str, first_day: date, days: int
                  ) -> list[tuple[datetime, datetime]]:
        """Open windows minus scheduled sessions, open requests and busy time (UTC intervals)."""
        spans = self.open_windows(kind, first_day, days)
        if not spans:
            return []
        lo, hi = spans[0][0], max(end for _, end in spans)
        blocked = self._blocked(lo, hi)
        free: list[tuple[datetime, datetime]] = []
        for start, end in spans:
            cursor = start
            for b_start, b_end in blocked:
                if b_end <= cursor or b_start >= end:
                    continue
                if b_start > cursor:
                    free.append((cursor, b_start))
                cursor = max(cursor, b_end)
            if cursor < end:
                free.append((cursor, end))
        return free

    def bookable_free_time(self, kind: str, first_day: date, days: int
                           ) -> list[tuple[datetime, datetime]]:
        """Free time a booking of `kind` could take now (what the Availability page offers):
        `free_time` within `bookable_span`, so never in the past."""
        earliest, latest = bookable_span(kind, self.now())
        # A span starting now is shown from the next whole minute, as times are booked.
        earliest = _next_minute(earliest)
        spans = []
        for start, end in self.free_time(kind, first_day, days):
            start, end = max(start, earliest), end if latest is None else min(end, latest)
            if start < end:
                spans.append((start, end))
        return spans

    def free_slots(self, kind: str, first_day: date | None = None, days: int = 14) -> list[Slot]:
        """Bookable slots of the kind's length, stepping by that length from each window's start.

        Intro slots are only those that could be booked now (48 hours to 14 days ahead); paid
        slots only those that have not started.
        """
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        now = self.now()
        first_day = first_day or now.astimezone(self.home_zone()).date()
        length = timedelta(minutes=policy.SLOT_MINUTES[kind])
        spans = self.open_windows(kind, first_day, days)
        blocked = self._blocked(spans[0][0], max(e for _, e in spans)) if spans else []
        slots = []
        for w_start, w_end in spans:
            start = w_start
            while start + length <= w_end:
                end = start + length
                if may_start(kind, start, now) and not any(b_start < end and b_end > start
                                               for b_start, b_end in blocked):
                    slots.append(Slot(start, end, kind))
                start = end
        return slots

    def _blocked(self, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
        now = self.now()
        with self._factory() as db:
            sessions = db.execute(select(Session.start_utc, Session.end_utc).where(
                *sessions_within(start, end),
                (Session.status == Status.SCHEDULED) | open_request_sql(now),
            )).all()
            busy = [(b.start_utc, b.end_utc) for b in overlapping_busy(db, start, end)]
        return merge_intervals([(s, e) for s, e in sessions] + busy)


def _calendar_called(db: DB, label: str, missing_ok: bool = False) -> BusyCalendar | None:
    """The calendar called `label`: exactly, else letter case aside (names are unique so)."""
    rows = list(db.scalars(select(BusyCalendar)
                           .where(func.lower(BusyCalendar.label) == label.strip().lower())))
    exact = [row for row in rows if row.label == label.strip()]
    found = (exact or rows or [None])[0]
    if found is None and not missing_ok:
        raise NotFound("imported calendar", label)
    return found


def _unclaimed(db: DB, name: str) -> BusyCalendar | None:
    """A calendar of that name from before calendars were told apart by their file: a file of
    that name takes it over (the calendar was this file's, or a namesake's it had replaced)."""
    return db.scalars(select(BusyCalendar).where(
        BusyCalendar.origin.is_(None), BusyCalendar.imported_at.is_(None),
        func.lower(BusyCalendar.label) == name.lower())).first()


def _free_label(db: DB, name: str, file_name: str) -> str:
    """`name`, or when a calendar is already called so, `name (file name)`, numbered if need be."""
    taken = {label.lower() for label in db.scalars(select(BusyCalendar.label))}
    candidates = [name, f"{name} ({file_name})" if file_name != name else name]
    for candidate in candidates:
        if candidate.lower() not in taken:
            return candidate
    number = 2
    while f"{candidates[-1]} {number}".lower() in taken:
        number += 1
    return f"{candidates[-1]} {number}"


def _block_count(db: DB, calendar_id: int) -> int:
    return db.scalar(select(func.count()).select_from(BusyBlock)
                     .where(BusyBlock.calendar_id == calendar_id)) or 0


def _add_blocks(db: DB, calendar_id: int, blocks: list[Block]) -> None:
    db.add_all(BusyBlock(calendar_id=calendar_id, start_utc=start, end_utc=end,
                         summary=summary[:300], all_day=all_day)
               for start, end, summary, all_day in blocks)


def _calendar_record(row: BusyCalendar, blocks: int, ahead: datetime | None = None,
                     now: datetime | None = None) -> BusyCalendarRecord:
    later = row.next_event_utc
    if now is not None and later is not None and later <= now:
        later = None
    return BusyCalendarRecord(row.id, row.label, row.name, row.origin, blocks, row.imported_at,
                              row.window_start, row.window_end, ahead or later)


def _next_minute(moment: datetime) -> datetime:
    whole = moment.replace(second=0, microsecond=0)
    return whole if whole == moment else whole + timedelta(minutes=1)


def _window_record(w: AvailabilityWindow) -> WindowRecord:
    return WindowRecord(w.id, w.kind, w.weekday, w.start_minute, w.end_minute)
