"""What the calendar shows for a run of days: sessions, free availability and busy time, placed
by the mentor's wall clock, and the marks of the month view."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from desktop.formatting import clock_text, status_text, type_text
from services.availability import AvailabilityService
from services.plaintext import one_line
from services.records import KINDS, SessionRecord, Status
from services.sessions import SessionService
from services.timefmt import local_midnight

DAY_MINUTES = 24 * 60
# Sessions that hold (or held) the mentor's time; cancelled, rejected and expired ones do not.
SHOWN_STATUSES = (Status.REQUESTED, Status.SCHEDULED, Status.AWAITING_CONFIRMATION,
                  Status.COMPLETED, Status.NO_SHOW, Status.MENTOR_NO_SHOW)


class BlockKind(StrEnum):
    FREE = "free"
    BUSY = "busy"
    SESSION = "session"


@dataclass(frozen=True)
class AgendaBlock:
    """One box in one day's column. Minutes are wall-clock minutes after local midnight, so a
    10:00 session sits at 600 on a 23-hour and a 25-hour day alike."""

    kind: BlockKind
    day: date
    start_minute: int
    end_minute: int
    start: datetime
    end: datetime
    title: str
    times: str
    note: str = ""
    session_id: str | None = None
    # intro or paid, for sessions and for free time; None for busy time.
    session_type: str | None = None
    status: str | None = None
    lane: int = 0
    lanes: int = 1

    @property
    def detail(self) -> str:
        return f"{self.times} · {self.note}" if self.note else self.times

    @property
    def tentative(self) -> bool:
        return self.status == Status.REQUESTED


@dataclass(frozen=True)
class AgendaDay:
    day: date
    hours: int
    is_today: bool
    day_off: str | None = None
    all_day: tuple[str, ...] = ()


@dataclass(frozen=True)
class Agenda:
    days: tuple[AgendaDay, ...]
    blocks: tuple[AgendaBlock, ...]
    zone: str
    now_day: date | None = None
    now_minute: int = 0

    def on(self, day: date) -> list[AgendaBlock]:
        return [b for b in self.blocks if b.day == day]

    def of_kind(self, kind: BlockKind) -> list[AgendaBlock]:
        return [b for b in self.blocks if b.kind == kind]

    def sessions(self) -> list[AgendaBlock]:
        return self.of_kind(BlockKind.SESSION)


@dataclass(frozen=True)
class DayMark:
    """How the month view marks one day."""

    session_types: frozenset[str] = frozenset()
    sessions: int = 0
    day_off: str | None = None


class AgendaSource(QObject):
    """Fetches from the services and shapes the result for the calendar page (a QObject for
    its translation context)."""

    def __init__(self, sessions: SessionService, availability: AvailabilityService,
                 tz: Callable[[], ZoneInfo], now: Callable[[], datetime]) -> None:
        super().__init__()
        self._sessions = sessions
        self._availability = availability
        self._tz = tz
        self._now = now

    def today(self) -> date:
        return self._now().astimezone(self._tz()).date()

    def agenda(self, first_day: date, days: int) -> Agenda:
        tz = self._tz()
        now = self._now()
        start = local_midnight(first_day, tz)
        end = local_midnight(first_day + timedelta(days=days), tz)
        wanted = [first_day + timedelta(days=i) for i in range(days)]

        blocks: list[AgendaBlock] = []
        for kind in KINDS:
            # Free time is laid out on the days of the mentor's own zone; a day more on either
            # side covers the shown days whatever zone they are shown in.
            for f_start, f_end in self._availability.free_time(
                    kind, first_day - timedelta(days=1), days + 2):
                blocks.extend(_place(f_start, f_end, tz, wanted, BlockKind.FREE,
                                     _free_title(kind), session_type=kind))
        all_day: dict[date, list[str]] = {}
        for busy in self._availability.busy(start, end):
            title = one_line(busy.summary) if busy.summary else self.tr("Busy")
            if busy.all_day:
                for day in _days_covered(busy.start, busy.end, tz, wanted):
                    all_day.setdefault(day, []).append(title)
                continue
            blocks.extend(_place(busy.start, busy.end, tz, wanted, BlockKind.BUSY, title,
                                 extra=one_line(busy.source)))
        for record in self._sessions.in_range(start, end, statuses=SHOWN_STATUSES):
            blocks.extend(_place(record.start, record.end, tz, wanted, BlockKind.SESSION,
                                 one_line(record.mentee_name), extra=_session_extra(record),
                                 session_id=record.id, session_type=record.type,
                                 status=record.status))

        off = {d.day: one_line(d.note) for d in self._availability.days_off(first_day)
               if d.day in set(wanted)}
        local_now = now.astimezone(tz)
        day_rows = tuple(
            AgendaDay(day=d, hours=_hours_in(d, tz), is_today=d == local_now.date(),
                      day_off=(off[d] or self.tr("Day off")) if d in off else None,
                      all_day=tuple(all_day.get(d, ())))
            for d in wanted)
        in_view = local_now.date() in set(wanted)
        return Agenda(days=day_rows, blocks=tuple(_with_lanes(blocks)), zone=tz.key,
                      now_day=local_now.date() if in_view else None,
                      now_minute=local_now.hour * 60 + local_now.minute if in_view else 0)

    def month_marks(self, first_day: date, last_day: date) -> dict[date, DayMark]:
        """Marks for every day from `first_day` to `last_day` inclusive that has any."""
        tz = self._tz()
        start = local_midnight(first_day, tz)
        end = local_midnight(last_day + timedelta(days=1), tz)
        types: dict[date, set[str]] = {}
        counts: dict[date, int] = {}
        for record in self._sessions.in_range(start, end, statuses=SHOWN_STATUSES):
            day = record.start.astimezone(tz).date()
            types.setdefault(day, set()).add(record.type)
            counts[day] = counts.get(day, 0) + 1
        marks = {day: DayMark(frozenset(types[day]), counts[day]) for day in types}
        for off in self._availability.days_off(first_day):
            if off.day > last_day:
                break
            mark = marks.get(off.day, DayMark())
            marks[off.day] = replace(mark, day_off=one_line(off.note) or self.tr("Day off"))
        return marks


def week_start(day: date) -> date:
    """The Monday of the week holding `day` (weeks run Monday to Sunday, as windows do)."""
    return day - timedelta(days=day.weekday())


def _free_title(kind: str) -> str:
    return AgendaSource.tr("Free for intro") if kind == "intro" \
        else AgendaSource.tr("Free for paid")


def _session_extra(record: SessionRecord) -> str:
    text = type_text(record.type)
    if record.status != Status.SCHEDULED:
        text += " · " + status_text(record.status)
    return text


def _hours_in(day: date, tz: ZoneInfo) -> int:
    """23, 24 or 25: how long the day lasts on the clock that the mentor lives by."""
    length = local_midnight(day + timedelta(days=1), tz) - local_midnight(day, tz)
    return round(length.total_seconds() / 3600)


def _wall_minute(local: datetime) -> int:
    return local.hour * 60 + local.minute


def _place(start: datetime, end: datetime, tz: ZoneInfo, days: Iterable[date],
           kind: BlockKind, title: str, extra: str = "", **fields: object) -> list[AgendaBlock]:
    """The interval cut into one block per local day it touches, in wall-clock minutes."""
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    placed = []
    for day in days:
        if local_start.date() > day or local_end.date() < day:
            continue
        first = _wall_minute(local_start) if local_start.date() == day else 0
        last = _wall_minute(local_end) if local_end.date() == day else DAY_MINUTES
        if local_end.date() == day and last == 0 and local_start.date() < day:
            continue  # ends at this day's midnight: nothing of it falls on this day
        if last <= first:
            # Inside the hour the clocks repeat, wall-clock time runs backwards: keep the real
            # length so the block stays visible.
            real = int((min(end, local_midnight(day + timedelta(days=1), tz))
                        - max(start, local_midnight(day, tz))).total_seconds() // 60)
            last = min(DAY_MINUTES, first + max(real, 1))
        placed.append(AgendaBlock(kind=kind, day=day, start_minute=first, end_minute=last,
                                  start=start, end=end, title=title,
                                  times=f"{clock_text(local_start)}–{clock_text(local_end)}",
                                  note=extra,
                                  **fields))  # type: ignore[arg-type]
    return placed


def _days_covered(start: datetime, end: datetime, tz: ZoneInfo,
                  days: Iterable[date]) -> list[date]:
    """Days whose local noon the interval covers: right for all-day events stored from local
    midnight and from UTC midnight alike."""
    covered = []
    for day in days:
        noon = local_midnight(day, tz) + timedelta(hours=12)
        if start <= noon < end:
            covered.append(day)
    return covered


def _with_lanes(blocks: list[AgendaBlock]) -> list[AgendaBlock]:
    """Side-by-side lanes for blocks that overlap on one day, so none hides another."""
    laid: list[AgendaBlock] = []
    by_day: dict[date, list[AgendaBlock]] = {}
    for block in blocks:
        by_day.setdefault(block.day, []).append(block)
    order = {BlockKind.FREE: 0, BlockKind.BUSY: 1, BlockKind.SESSION: 2}
    for day in sorted(by_day):
        cluster: list[tuple[AgendaBlock, int]] = []
        lane_ends: list[int] = []
        cluster_end = -1
        for block in sorted(by_day[day], key=lambda b: (b.start_minute, order[b.kind],
                                                        -b.end_minute)):
            if block.start_minute >= cluster_end and cluster:
                laid.extend(replace(b, lane=lane, lanes=len(lane_ends)) for b, lane in cluster)
                cluster, lane_ends = [], []
            lane = next((i for i, e in enumerate(lane_ends) if e <= block.start_minute),
                        len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(block.end_minute)
            else:
                lane_ends[lane] = block.end_minute
            cluster.append((block, lane))
            cluster_end = max(cluster_end, block.end_minute)
        laid.extend(replace(b, lane=lane, lanes=len(lane_ends)) for b, lane in cluster)
    return laid
