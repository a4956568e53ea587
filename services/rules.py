"""The platform's booking rules. Each check raises RuleViolation with the numbers involved."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, not_, select
from sqlalchemy.orm import Session as DB

from services import policy
from services.errors import RuleViolation
from services.expiry import expired_sql
from services.models import AvailabilityWindow, BusyBlock, Bundle, DayOff, Mentee, Session
from services.plaintext import one_line
from services.records import Status
from services.store import overlapping_busy, overlapping_scheduled
from services.timefmt import (
    WEEKDAY_NAMES,
    ago,
    busy_parts,
    describe_busy,
    describe_local,
    hhmm,
    month_bounds,
    overlaps,
    span,
)

T = TypeVar("T")


def check_intro_notice(start: datetime, now: datetime) -> None:
    """Intros start at least 48 real hours and at most 14 days after they are booked."""
    ahead = start - now
    if ahead < policy.INTRO_MIN_NOTICE:
        raise RuleViolation("intro_notice", min_hours=_hours(policy.INTRO_MIN_NOTICE),
                            starts_in=_signed_span(ahead), ahead=ahead)
    if ahead > policy.INTRO_MAX_AHEAD:
        raise RuleViolation("intro_too_far", max_days=policy.INTRO_MAX_AHEAD.days,
                            starts_in=span(ahead), ahead=ahead)


def check_not_past(start: datetime, now: datetime, tz: ZoneInfo) -> None:
    if start <= now:
        raise RuleViolation("in_the_past", when=describe_local(start, tz),
                            instant=start.astimezone(tz))


def check_cancel_notice(row: Session, now: datetime) -> None:
    ahead = row.start_utc - now
    if ahead <= timedelta(0):
        raise RuleViolation("cancel_started", session_id=row.id)
    if ahead < policy.CANCEL_MIN_NOTICE:
        raise RuleViolation("cancel_too_late", min_hours=_hours(policy.CANCEL_MIN_NOTICE),
                            starts_in=span(ahead), ahead=ahead)


def _counting_intros(db: DB, mentee_ids: Collection[str], first: datetime, following: datetime,
                     now: datetime) -> list[Session]:
    """The intros of `mentee_ids` starting in [first, following) that count against the monthly
    limit. A request whose start has passed has expired: it no longer holds one of the intros."""
    if not mentee_ids:
        return []
    return list(db.scalars(select(Session).where(
        Session.mentee_id.in_(sorted(mentee_ids)),
        Session.type == "intro",
        Session.status.in_(policy.INTRO_COUNTING_STATUSES),
        not_(expired_sql(now)),
        Session.start_utc >= first,
        Session.start_utc < following,
    )))


def count_intros(intros: Iterable[Session], mentee_id: str, start: datetime, tz: ZoneInfo,
                 exclude: str | None = None) -> int:
    """How many of `intros` are the mentee's in the local month holding `start`."""
    first, following = month_bounds(start, tz)
    return sum(1 for s in intros if s.mentee_id == mentee_id and s.id != exclude
               and first <= s.start_utc < following)


def intros_in_month(db: DB, mentee_id: str, start: datetime, tz: ZoneInfo, now: datetime,
                    exclude: str | None = None) -> int:
    """Intros of `mentee_id` that count against the limit in the local month holding `start`."""
    first, following = month_bounds(start, tz)
    intros = _counting_intros(db, {mentee_id}, first, following, now)
    return count_intros(intros, mentee_id, start, tz, exclude)


def intro_limit_refusal(count: int, mentee_name: str, start: datetime,
                        tz: ZoneInfo) -> RuleViolation | None:
    """The refusal of one more intro when the mentee already has `count` in that month."""
    if count < policy.INTROS_PER_MONTH:
        return None
    return RuleViolation("intro_monthly_limit", limit=policy.INTROS_PER_MONTH,
                         mentee=mentee_name, count=count,
                         month=f"{start.astimezone(tz):%B %Y}",
                         month_day=start.astimezone(tz).date().replace(day=1))


def check_intro_limit(db: DB, mentee: Mentee, start: datetime, tz: ZoneInfo, now: datetime,
                      exclude: str | None = None) -> None:
    refusal = intro_limit_refusal(intros_in_month(db, mentee.id, start, tz, now, exclude),
                                  mentee.name, start, tz)
    if refusal is not None:
        raise refusal


def overlapping(items: Iterable[T], start: datetime, end: datetime,
                exclude: str | None = None) -> list[T]:
    """Those of `items` (sessions or busy blocks) that overlap [start, end), in order;
    touching ends do not overlap."""
    return [i for i in items if overlaps(i.start_utc, i.end_utc, start, end)
            and getattr(i, "id", None) != exclude]


def double_booking_refusal(clashes: list[Session], tz: ZoneInfo) -> RuleViolation | None:
    """The refusal of a session that would overlap `clashes` (scheduled sessions)."""
    if not clashes:
        return None
    other = clashes[0]
    local_start = other.start_utc.astimezone(tz)
    local_end = other.end_utc.astimezone(tz)
    desc = (f"{one_line(other.mentee.name)}, {other.type}, "
            f"{local_start:%H:%M}–{local_end:%H:%M} "
            f"on {local_start:%a} {local_start.day} {local_start:%b}")
    return RuleViolation("double_booking", other_id=other.id, other_desc=desc,
                         other_mentee=other.mentee.name, other_type=other.type,
                         other_start=local_start, other_end=local_end)


def check_no_double_booking(db: DB, start: datetime, end: datetime, tz: ZoneInfo,
                            exclude: str | None = None) -> None:
    refusal = double_booking_refusal(
        overlapping(overlapping_scheduled(db, start, end, exclude), start, end), tz)
    if refusal is not None:
        raise refusal


def busy_refusal(clashes: list[BusyBlock], tz: ZoneInfo) -> RuleViolation | None:
    """The refusal of booking over `clashes` (busy blocks) without the mentor's consent."""
    if not clashes:
        return None
    block = clashes[0]
    return RuleViolation("busy_time", busy=describe_busy(
        block.summary, block.start_utc, block.end_utc, block.all_day, block.source, tz),
        block=busy_parts(block.summary, block.start_utc, block.end_utc, block.all_day,
                         block.source, tz))


def check_busy(db: DB, start: datetime, end: datetime, tz: ZoneInfo, despite_busy: bool) -> None:
    if despite_busy:
        return
    refusal = busy_refusal(overlapping(overlapping_busy(db, start, end), start, end), tz)
    if refusal is not None:
        raise refusal


@dataclass(frozen=True)
class Surroundings:
    """What the accept rules weigh around some requests, read at once: the intros that count in
    the requests' months, and the scheduled sessions and busy time over their span."""

    intros: list[Session]
    scheduled: list[Session]
    busy: list[BusyBlock]

    def busy_clashes(self, row: Session) -> list[BusyBlock]:
        return overlapping(self.busy, row.start_utc, row.end_utc)


def surroundings(db: DB, rows: Sequence[Session], tz: ZoneInfo, now: datetime) -> Surroundings:
    if not rows:
        return Surroundings([], [], [])
    start, end = min(r.start_utc for r in rows), max(r.end_utc for r in rows)
    first = month_bounds(start, tz)[0]
    following = month_bounds(max(r.start_utc for r in rows), tz)[1]
    intros = {r.mentee_id for r in rows if r.type == "intro"}
    return Surroundings(_counting_intros(db, intros, first, following, now),
                        overlapping_scheduled(db, start, end), overlapping_busy(db, start, end))


def accept_refusal(row: Session, around: Surroundings, home: ZoneInfo, shown: ZoneInfo,
                   despite_busy: bool = False) -> RuleViolation | None:
    """The rule accepting the request `row` would break now, if any: the mentee's monthly intro
    limit (months of the mentor's own zone, `home`), a double booking, busy time (unless the
    mentor consents), times worded in `shown`. The mentee booked it under the platform's notice,
    window and availability rules, so those are not weighed again."""
    if row.type == "intro":
        refusal = intro_limit_refusal(
            count_intros(around.intros, row.mentee_id, row.start_utc, home, exclude=row.id),
            row.mentee.name, row.start_utc, home)
        if refusal is not None:
            return refusal
    refusal = double_booking_refusal(
        overlapping(around.scheduled, row.start_utc, row.end_utc, exclude=row.id), shown)
    if refusal is not None or despite_busy:
        return refusal
    return busy_refusal(around.busy_clashes(row), shown)


def check_availability(db: DB, kind: str, start: datetime, end: datetime, tz: ZoneInfo) -> None:
    """The session lies inside one weekly window of its kind (wall-clock time), not on a day off."""
    local_start = start.astimezone(tz)
    local_end = end.astimezone(tz)
    last_day = (local_end - timedelta(microseconds=1)).date()
    day = local_start.date()
    off = db.scalars(select(DayOff).where(DayOff.day >= day, DayOff.day <= last_day)).first()
    if off is not None:
        raise RuleViolation("day_off", day=f"{off.day:%A} {off.day.day} {off.day:%B %Y}",
                            date=off.day)
    start_minute = local_start.hour * 60 + local_start.minute
    # Wall-clock minutes after the start day's midnight: a session ending at midnight ends at 24:00.
    end_minute = ((local_end.date() - day).days * 24 * 60
                  + local_end.hour * 60 + local_end.minute)
    windows = list(db.scalars(
        select(AvailabilityWindow)
        .where(AvailabilityWindow.kind == kind, AvailabilityWindow.weekday == day.weekday())
        .order_by(AvailabilityWindow.start_minute)
    ))
    if any(w.start_minute <= start_minute and end_minute <= w.end_minute for w in windows):
        return
    when = (f"{local_start:%H:%M}–{local_end:%H:%M} on {WEEKDAY_NAMES[day.weekday()]} "
            f"{day.day} {day:%B %Y}")
    if windows:
        listed = ", ".join(f"{hhmm(w.start_minute)}–{hhmm(w.end_minute)}" for w in windows)
        suffix = f" ({WEEKDAY_NAMES[day.weekday()]}s: {listed})"
    else:
        suffix = f" (none on {WEEKDAY_NAMES[day.weekday()]}s)"
    raise RuleViolation("outside_availability", when=when, kind=kind, windows=suffix,
                        start=local_start, end=local_end, weekday=day.weekday(),
                        spans=[(w.start_minute, w.end_minute) for w in windows])


def bundle_booked(db: DB, bundle_id: str) -> int:
    """Paid sessions scheduled on the bundle and not yet confirmed: they hold its remainder."""
    return db.scalar(select(func.count()).select_from(Session).where(
        Session.bundle_id == bundle_id, Session.status == Status.SCHEDULED
    )) or 0


def bookable_bundle(db: DB, mentee: Mentee) -> Bundle:
    """The mentee's oldest active bundle with a session left to book."""
    bundles = list(db.scalars(
        select(Bundle).where(Bundle.mentee_id == mentee.id)
        .order_by(Bundle.purchased_at, Bundle.id)
    ))
    for bundle in bundles:
        if bundle.status == "active":
            left = bundle.sessions_total - bundle.sessions_used - bundle_booked(db, bundle.id)
            if left > 0:
                return bundle
    active = [b for b in bundles if b.status == "active"]
    counts = [(b.id, b.status, b.sessions_used, b.sessions_total, bundle_booked(db, b.id))
              for b in bundles]
    if active:
        detail = "; ".join(f"bundle {ident}: {used} of {total} used, {booked} booked"
                           for ident, status, used, total, booked in counts
                           if status == "active")
    elif bundles:
        detail = "no active bundle (" + ", ".join(f"{b.id} is {b.status}" for b in bundles) + ")"
    else:
        detail = "no bundle"
    raise RuleViolation("no_active_bundle", mentee=mentee.name, detail=detail, bundles=counts)


def check_reason(reason: str | None, action: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise RuleViolation("reason_required", action=action)
    if len(text) > policy.REASON_MAX_CHARS:
        raise RuleViolation("reason_too_long", max_chars=policy.REASON_MAX_CHARS, chars=len(text))
    return text


def _hours(delta: timedelta) -> int:
    return int(delta.total_seconds() // 3600)


def _signed_span(delta: timedelta) -> str:
    return span(delta) if delta >= timedelta(0) else f"the past ({ago(delta)})"
