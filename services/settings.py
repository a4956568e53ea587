"""Settings the services themselves need, kept in the database beside the data they govern."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from services.errors import RuleViolation
from services.models import AvailabilityWindow, DayOff
from services.records import Change, WindowRecord
from services.store import (
    HOME_TIMEZONE_SETTING,
    TIMEZONE_SETTING,
    ServiceBase,
    display_zone_name,
    export_zone_name,
    get_setting,
    home_zone_name,
    put_setting,
)
from services.timefmt import hhmm, is_known_zone, local_wall, zone

LAST_IMPORT_AT = "last_import_at"
LAST_EXPORT_AT = "last_export_at"
LAST_OUTBOX_AT = "last_outbox_at"
ICS_SYNC_PATH = "ics_sync_path"
# "hidden" when the kept calendar file shows "Mentoring session" instead of mentees' names.
ICS_SYNC_NAMES = "ics_sync_names"


@dataclass(frozen=True)
class HomeMove:
    """What saying "I now live in ..." moved: the mentor's own zone, from `before` to `after`."""

    before: str
    after: str
    windows: tuple[WindowRecord, ...]
    days_off: int  # days off from today on, now days of the new zone
    shown_in: str  # the zone times are shown in from now on
    # One weekly window on its next day, as wall-clock time of the new zone and of the old one.
    example: tuple[str, str, str] | None = None

    def summary(self) -> str:
        if self.before == self.after:
            return f"your own time zone stays {self.after}; nothing moved"
        parts = [f"your own time zone is now {self.after} (it was {self.before})"]
        if self.windows:
            count = len(self.windows)
            noun = "weekly window keeps its" if count == 1 else "weekly windows keep their"
            text = f"your {count} {noun} wall-clock times, now in {self.after}"
            if self.example is not None:
                window, here, there = self.example
                text += f" ({window} now means {here} there, {there} in {self.before})"
            parts.append(text)
        parts.append(f"days off are {self.after} days and the monthly intro limit counts "
                     f"{self.after} months")
        if self.days_off:
            parts.append(f"your {self.days_off} coming day{'s' if self.days_off != 1 else ''}"
                         f" off stay on {'their dates' if self.days_off != 1 else 'its date'}")
        parts.append("sessions already booked keep their times")
        parts.append(f"times are shown in {self.shown_in}")
        return "; ".join(parts)


class SettingsService(ServiceBase):
    def get(self, key: str) -> str | None:
        with self._factory() as db:
            return get_setting(db, key)

    def put(self, key: str, value: str | None) -> None:
        with self._writing() as db:
            put_setting(db, key, value)
        self._hub.emit(Change(settings=True, summary=f"setting {key}"))

    def timezone_name(self) -> str:
        """The zone times are shown in (the mentor's own unless they chose another)."""
        with self._factory() as db:
            return display_zone_name(db)

    def home_timezone_name(self) -> str:
        """The mentor's own zone: the one they said they live in, else the export's."""
        with self._factory() as db:
            return home_zone_name(db)

    def export_timezone_name(self) -> str:
        """The zone the platform export gave for the mentor (UTC before any import)."""
        with self._factory() as db:
            return export_zone_name(db)

    def chosen(self) -> tuple[str | None, str | None]:
        """The zones the mentor chose (None where they follow the default): their own zone, and
        the one times are shown in."""
        with self._factory() as db:
            return get_setting(db, HOME_TIMEZONE_SETTING), get_setting(db, TIMEZONE_SETTING)

    def set_timezone(self, name: str | None) -> None:
        """Show times in `name`; None shows them in the mentor's own zone again. Nothing the
        rules count moves: availability, days off and months stay the mentor's own."""
        _check_zone(name)
        with self._writing() as db:
            put_setting(db, TIMEZONE_SETTING, name)
        self._hub.emit(Change(timezone=True, summary=f"times shown in {name or 'your own zone'}"))

    def move_home(self, name: str | None) -> HomeMove:
        """"I now live in `name`": the mentor's own zone (None: the export's again). Weekly
        windows keep their wall-clock times in the new zone, days off their dates, the monthly
        intro limit counts the new zone's months; booked sessions do not move."""
        _check_zone(name)
        now = self.now()
        with self._writing() as db:
            before = home_zone_name(db)
            put_setting(db, HOME_TIMEZONE_SETTING, name)
            db.flush()
            after = home_zone_name(db)
            windows = tuple(WindowRecord(w.id, w.kind, w.weekday, w.start_minute, w.end_minute)
                            for w in db.scalars(select(AvailabilityWindow).order_by(
                                AvailabilityWindow.kind.desc(), AvailabilityWindow.weekday,
                                AvailabilityWindow.start_minute)))
            today = now.astimezone(zone(after)).date()
            days_off = len(db.scalars(select(DayOff.id).where(DayOff.day >= today)).all())
            shown_in = display_zone_name(db)
        self._hub.emit(Change(timezone=True, availability=True,
                              summary=f"your own zone {before} -> {after}"))
        return HomeMove(before, after, windows, days_off, shown_in,
                        _example(windows[0], today, before, after) if windows else None)


def _example(window: WindowRecord, today, before: str, after: str) -> tuple[str, str, str]:  # noqa: ANN001
    """'paid Mon 14:00–18:00' on its next day, read in the new zone and in the old one."""
    day = today + timedelta(days=(window.weekday - today.weekday()) % 7)
    start = local_wall(day, window.start_minute, zone(after))
    end = local_wall(day, window.end_minute, zone(after))
    old = zone(before)
    return (f"{window.kind} {window.label()}",
            f"{hhmm(window.start_minute)}–{hhmm(window.end_minute)}",
            f"{start.astimezone(old):%H:%M}–{end.astimezone(old):%H:%M}")


def _check_zone(name: str | None) -> None:
    if name is not None and not is_known_zone(name):
        raise RuleViolation("unknown_timezone", zone=name)
