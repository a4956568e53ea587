"""Time conversions and wording shared by rules, listings and exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from services.plaintext import one_line

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """The IANA zone `name`; raises ValueError for an unknown one."""
    try:
        return ZoneInfo(name)
    # A name too long for a file name makes the zone database raise OSError.
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ValueError(f"{name[:100]} is not a known time zone") from exc


def is_known_zone(name: str) -> bool:
    try:
        zone(name)
    except ValueError:
        return False
    return True


def parse_instant(text: str) -> datetime:
    """An ISO 8601 instant that carries an offset or Z, as aware UTC; ValueError otherwise."""
    value = datetime.fromisoformat(text.strip().replace("z", "Z"))
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{text} has no time zone offset")
    return value.astimezone(UTC)


def parse_local_or_instant(text: str, tz: ZoneInfo) -> datetime:
    """An ISO 8601 time; one without an offset is wall-clock time in `tz`. Returns aware UTC.

    A wall-clock time that the zone skips (clocks going forward) is refused with ValueError; one
    it repeats (clocks going back) is read as the first of the two.
    """
    value = datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        local = value.replace(tzinfo=tz)
        instant = local.astimezone(UTC)
        if instant.astimezone(tz).replace(tzinfo=None) != value:
            raise ValueError(f"{text} does not exist in {tz.key}: the clocks skip it")
        return instant
    return value.astimezone(UTC)


def iso(instant: datetime | None, tz: ZoneInfo) -> str | None:
    """ISO 8601 with the offset of `tz`, to the second."""
    if instant is None:
        return None
    return instant.astimezone(tz).isoformat(timespec="seconds")


def utc_z(instant: datetime) -> str:
    """An instant as the platform writes it: UTC, to the second, with a Z."""
    return instant.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """The instant (UTC) at which `day` starts in `tz`."""
    return datetime(day.year, day.month, day.day, tzinfo=tz).astimezone(UTC)


def local_wall(day: date, minute: int, tz: ZoneInfo) -> datetime:
    """The instant (UTC) of wall-clock `minute` after midnight on `day` in `tz` (24:00 allowed)."""
    base = datetime(day.year, day.month, day.day, tzinfo=tz)
    if minute >= 24 * 60:
        return local_midnight(day + timedelta(days=1), tz)
    return base.replace(hour=minute // 60, minute=minute % 60).astimezone(UTC)


def month_bounds(instant: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Start and end (UTC) of the calendar month in `tz` that holds `instant`."""
    local = instant.astimezone(tz)
    first = date(local.year, local.month, 1)
    following = date(local.year + local.month // 12, local.month % 12 + 1, 1)
    return local_midnight(first, tz), local_midnight(following, tz)


def span(delta: timedelta) -> str:
    """A duration in words, to the minute: '31 hours', '2 days 3 hours', '47 hours 59 minutes'."""
    minutes = int(abs(delta).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = []
    # Under four days, hours read better than days ("47 hours", as the rules are worded).
    if days >= 4:
        parts.append(plural(days, "day"))
    else:
        hours += days * 24
    if hours:
        parts.append(plural(hours, "hour"))
    if mins or not parts:
        parts.append(plural(mins, "minute"))
    return " ".join(parts)


def ago(delta: timedelta) -> str:
    """'31 minutes ago', '2 hours 5 minutes ago'; under a minute, 'just now'."""
    if abs(delta) < timedelta(minutes=1):
        return "just now"
    return f"{span(delta)} ago"


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """'1 action', '2 actions' (or the plural given)."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def parse_hhmm(text: str) -> int:
    """'09:30' -> 570; '24:00' is the end of the day. ValueError otherwise."""
    hours, _, minutes = text.strip().partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise ValueError(f"{text} is not a time of day (HH:MM)")
    value = int(hours) * 60 + int(minutes)
    if int(minutes) > 59 or value > 24 * 60:
        raise ValueError(f"{text} is not a time of day (HH:MM)")
    return value


def overlaps(start: datetime, end: datetime, other_start: datetime, other_end: datetime) -> bool:
    """Whether [start, end) and [other_start, other_end) share time (touching ends do not)."""
    return start < other_end and other_start < end


@dataclass(frozen=True)
class BusyParts:
    """A busy block's facts for a sentence: its summary, start and end in the zone shown, and
    the calendar it came from."""

    summary: str
    start: datetime
    end: datetime
    all_day: bool
    source: str


def busy_parts(summary: str, start: datetime, end: datetime, all_day: bool, source: str,
               tz: tzinfo) -> BusyParts:
    return BusyParts(summary, start.astimezone(tz), end.astimezone(tz), all_day, source)


def describe_busy(summary: str, start: datetime, end: datetime, all_day: bool, source: str,
                  tz: tzinfo) -> str:
    """A busy block as every message words it: '"Dentist", Thu 5 Mar 16:00–17:00 (from Work)'."""
    label = f'"{one_line(summary)}"' if summary else "a busy event"
    first, last = start.astimezone(tz), end.astimezone(tz)
    if all_day:
        when = f"all day on {first:%a} {first.day} {first:%b}"
    elif first.date() == last.date():
        when = f"{first:%a} {first.day} {first:%b} {first:%H:%M}–{last:%H:%M}"
    else:
        when = (f"{first:%a} {first.day} {first:%b} {first:%H:%M} to "
                f"{last:%a} {last.day} {last:%b} {last:%H:%M}")
    origin = f" (from {one_line(source)})" if source else ""
    return f"{label}, {when}{origin}"


def describe_local(instant: datetime, tz: ZoneInfo) -> str:
    """'Tue 3 Mar 2026 10:00' in `tz`."""
    local = instant.astimezone(tz)
    return f"{local:%a} {local.day} {local:%b %Y %H:%M}"
