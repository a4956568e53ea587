"""The mentor's own calendar server (CalDAV): sessions, and free time if chosen, sent as the .ics
export writes them, under the same UIDs; busy time read back from the chosen calendars as an
imported .ics file is read.

Nothing waits in memory. What is to be sent is worked out at each sync from the database (the
events the export holds) against what the server was last sent (`ServerEvent`), so a change
made offline, or left when the server went away mid-way, goes out at the next sync, also after
a restart. Every write names the copy it replaces (If-Match with the ETag last seen; a new event
If-None-Match): an event the mentor changed on the server is never overwritten silently, it
becomes a conflict that waits for the mentor's choice.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import sessionmaker

from services import policy
from services.availability import AvailabilityService
from services.caldav_client import Connection, Mismatch, ServerCalendar
from services.changes import ChangeHub
from services.clock import Clock
from services.errors import (
    CalendarServerError,
    CalendarServerOffline,
    PasswordNeeded,
    RuleViolation,
)
from services.ical_export import UID_DOMAIN, CalendarEvent, CalendarExporter, ExportOptions, render
from services.models import BusyBlock, BusyCalendar, ServerEvent
from services.records import BusyFound, Change
from services.scope import own_row
from services.store import ServiceBase, get_setting, home_zone_name, put_setting, zone_or_utc
from services.timefmt import local_midnight

SETUP_KEY = "calendar_server"
STATE_KEY = "calendar_server_state"
PASSWORD_ENV = "MENTORDESK_CALDAV_PASSWORD"
KEYRING_SERVICE = "Mentor Desk calendar server"
DEFAULT_CALENDAR = "Mentor Desk"
# A server calendar is named so beside its own name where an imported file has taken that name.
SERVER_MARK = "calendar server"
OURS = re.compile(rb"^UID:[^\r\n]*@" + UID_DOMAIN.encode() + rb"\r?$", re.MULTILINE)
KEEP = ("server", "mentordesk")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ServerSetup:
    url: str
    user: str
    calendar: ServerCalendar
    busy: tuple[ServerCalendar, ...] = ()
    free_time: bool = False
    auth_type: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "user": self.user,
                "calendar": {"url": self.calendar.url, "name": self.calendar.name},
                "busy": [{"url": c.url, "name": c.name} for c in self.busy],
                "free_time": self.free_time, "auth_type": self.auth_type}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ServerSetup:
        return cls(data["url"], data["user"], ServerCalendar(**data["calendar"]),
                   tuple(ServerCalendar(**c) for c in data.get("busy", [])),
                   bool(data.get("free_time")), data.get("auth_type"))


@dataclass(frozen=True)
class Step:
    """One write the server is due: `create`, `update` or `delete` of the event `uid`."""

    action: str
    uid: str
    event: CalendarEvent | None = None


@dataclass(frozen=True)
class SyncReport:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    read: int = 0
    calendars_read: int = 0
    busy_blocks: int = 0
    conflicts: int = 0
    requests: int = 0
    writes: int = 0
    seconds: float = 0.0
    dry_run: bool = False

    def summary(self) -> str:
        verb = "would send" if self.dry_run else "sent"
        read = (f"read {self.read} {'event' if self.read == 1 else 'events'} from "
                f"{self.calendars_read} busy {'calendar' if self.calendars_read == 1 else 'calendars'}"
                f" ({self.busy_blocks} busy {'block' if self.busy_blocks == 1 else 'blocks'})")
        text = (f"{verb}: {self.created} created, {self.updated} updated, {self.deleted} deleted;"
                f" {read}")
        if self.conflicts:
            text += (f"; {self.conflicts} changed on the server, waiting for your choice "
                     "(mentordesk caldav conflicts)")
        return text

    def to_json(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated, "deleted": self.deleted,
                "read": self.read, "calendars_read": self.calendars_read,
                "busy_blocks": self.busy_blocks, "conflicts": self.conflicts,
                "requests": self.requests, "writes": self.writes,
                "seconds": round(self.seconds, 3), "dry_run": self.dry_run}


@dataclass(frozen=True)
class ServerStatus:
    """What the status bar says: the last attempt's outcome, read without the network."""

    configured: bool
    waiting: int = 0
    conflicts: int = 0
    offline_since: datetime | None = None
    error: str | None = None
    last_sync: datetime | None = None
    # Whether the error is that the server could not be reached (else: it refused).
    offline: bool = False


@dataclass(frozen=True)
class ConflictRecord:
    uid: str
    # "edited" or "deleted" on the server while Mentor Desk has a newer version to send;
    # "withdrawn": edited on the server, while Mentor Desk would delete it.
    kind: str
    summary: str
    start: datetime
    end: datetime
    server_summary: str | None
    server_start: datetime | None
    server_end: datetime | None


class Passwords:
    """The server's password: MENTORDESK_CALDAV_PASSWORD, else the system keyring, else what was
    given during this run (kept in memory only, never written to disk)."""

    def __init__(self) -> None:
        self._memory: dict[tuple[str, str], str] = {}

    def get(self, url: str, user: str) -> str | None:
        if os.environ.get(PASSWORD_ENV):
            return os.environ[PASSWORD_ENV]
        if (url, user) in self._memory:
            return self._memory[(url, user)]
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, _account(url, user))
        except KeyringError:
            return None

    def put(self, url: str, user: str, password: str) -> bool:
        """Keep the password; True when the system keyring holds it, False for this run only."""
        self._memory[(url, user)] = password
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, _account(url, user), password)
        except KeyringError:
            return False
        return True

    def forget(self, url: str, user: str) -> None:
        self._memory.pop((url, user), None)
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(KEYRING_SERVICE, _account(url, user))
        except (KeyringError, PasswordDeleteError):
            pass


class CalendarServer(ServiceBase):
    def __init__(self, factory: sessionmaker, clock: Clock, hub: ChangeHub,
                 exporter: CalendarExporter, availability: AvailabilityService,
                 passwords: Passwords | None = None) -> None:
        super().__init__(factory, clock, hub)
        self._exporter = exporter
        self._availability = availability
        self.passwords = passwords or Passwords()

    # -- setting up ----------------------------------------------------------------------------

    def setup(self) -> ServerSetup | None:
        # Remembered until a change of settings: the window asks after every change.
        value = self._hub.remembered(SETUP_KEY, self._read_setup)
        return ServerSetup.from_json(json.loads(value)) if value else None

    def _read_setup(self) -> str | None:
        with self._factory() as db:
            return get_setting(db, SETUP_KEY)

    def connect(self, url: str, user: str, password: str) -> list[ServerCalendar]:
        """The calendars `user` has on the server at `url` (Test connection)."""
        connection = Connection(url.strip(), user.strip(), password)
        try:
            return connection.calendars()
        finally:
            connection.close()

    def configure(self, url: str, user: str, password: str, calendar: str | None = None,
                  new_calendar: str | None = None, busy: Iterable[str] = (),
                  free_time: bool = False) -> tuple[ServerSetup, bool]:
        """Use the server at `url` from now on: sessions go to `calendar` (a calendar's name or
        URL), or to a new one called `new_calendar` (by default to "Mentor Desk", made if
        missing); the events of the calendars in `busy` count as busy time. Returns the setup
        and whether the system keyring keeps the password (else it is kept for this run only).
        """
        url, user = url.strip(), user.strip()
        connection = Connection(url, user, password)
        try:
            found = connection.calendars()
            if new_calendar or calendar is None:
                name = (new_calendar or DEFAULT_CALENDAR).strip()
                existing = _calendar_called(found, name) if not new_calendar else None
                target = existing or connection.make_calendar(name)
                found = [*found, target] if existing is None else found
            else:
                target = _chosen(found, calendar)
            chosen_busy = tuple(dict.fromkeys(_chosen(found, name) for name in busy))
            auth_type = connection.auth_type
        finally:
            connection.close()
        setup = ServerSetup(url, user, target, chosen_busy, free_time, auth_type)
        before = self.setup()
        with self._writing() as db:
            put_setting(db, SETUP_KEY, json.dumps(setup.to_json()))
            put_setting(db, STATE_KEY, None)
            if before is None or (before.url, before.user, before.calendar.url) != (
                    url, user, target.url):
                # What was sent before went to another calendar: it is not this one's.
                db.execute(delete(ServerEvent))
        kept = self.passwords.put(url, user, password)
        for gone in set(before.busy if before else ()) - set(setup.busy):
            self._drop_busy(gone)
        self._hub.emit(Change(settings=True, summary=f"calendar server {url}"))
        return setup, kept

    def forget(self) -> ServerSetup | None:
        """Stop using the server: its settings, password and busy time are forgotten here; the
        events already on it stay there."""
        setup = self.setup()
        if setup is None:
            return None
        with self._writing() as db:
            put_setting(db, SETUP_KEY, None)
            put_setting(db, STATE_KEY, None)
            db.execute(delete(ServerEvent))
        self.passwords.forget(setup.url, setup.user)
        for calendar in setup.busy:
            self._drop_busy(calendar)
        self._hub.emit(Change(settings=True, summary="calendar server off"))
        return setup

    def calendars(self, password: str | None = None) -> list[ServerCalendar]:
        setup = self._required()
        connection = self._connection(setup, password)
        try:
            return connection.calendars()
        finally:
            connection.close()

    # -- what waits ----------------------------------------------------------------------------

    def status(self) -> ServerStatus:
        setup = self.setup()
        if setup is None:
            return ServerStatus(configured=False)
        with self._factory() as db:
            state = json.loads(get_setting(db, STATE_KEY) or "{}")
            conflicts = db.scalar(select(func.count()).select_from(ServerEvent)
                                  .where(ServerEvent.conflict.is_not(None))) or 0
        return ServerStatus(True, state.get("waiting", 0), conflicts,
                            _instant(state.get("offline_since")), state.get("error"),
                            _instant(state.get("last_sync")), bool(state.get("offline")))

    def plan(self, setup: ServerSetup | None = None) -> list[Step]:
        """The writes the server is due, worked out from the database alone."""
        setup = setup or self._required()
        now = self.now()
        events = self._exporter.events(ExportOptions(what="sessions",
                                                      days=policy.CALDAV_SESSION_DAYS)).events
        if setup.free_time:
            events += self._exporter.events(ExportOptions(what="availability",
                                                          days=policy.CALDAV_FREE_DAYS)).events
        with self._factory() as db:
            tz = zone_or_utc(home_zone_name(db))
            sent = {row.uid: row for row in db.scalars(select(ServerEvent))}
        window_start = local_midnight(now.astimezone(tz).date(), tz)
        steps: list[Step] = []
        wanted: set[str] = set()
        for event in events:
            wanted.add(event.uid)
            row = sent.get(event.uid)
            if row is not None and row.conflict:
                continue
            if event.cancelled:
                if row is not None and row.etag is not None:
                    steps.append(Step("delete", event.uid, event))
            elif row is None or (row.etag is None and row.fingerprint != fingerprint(event)):
                steps.append(Step("create", event.uid, event))
            elif row.fingerprint != fingerprint(event):
                steps.append(Step("update", event.uid, event))
        for uid, row in sent.items():
            # Sent once, and neither booked nor withdrawn now: gone from here (a free block
            # taken, a withdrawal older than the export remembers). A past one stays.
            if (uid not in wanted and not row.conflict and row.etag is not None
                    and row.end_utc > window_start):
                steps.append(Step("delete", uid))
        return steps

    # -- syncing -------------------------------------------------------------------------------

    def sync(self, progress: Progress | None = None, dry_run: bool = False, push: bool = True,
             pull: bool = True, password: str | None = None) -> SyncReport:
        """Send what waits, then read the busy calendars. A failure (offline, refused) is
        remembered for the status and raised; what was sent before it stays sent."""
        setup = self._required()
        started = time.monotonic()
        steps = self.plan(setup) if push else []
        if not dry_run:
            self._note(waiting=len(steps))
        counts = {"create": 0, "update": 0, "delete": 0}
        read = blocks = conflicts = 0
        connection = None
        try:
            connection = self._connection(setup, password)
            total = (0 if dry_run else len(steps)) + (len(setup.busy) if pull else 0)
            done = 0
            if dry_run:
                for step in steps:
                    counts[step.action] += 1
            else:
                for step in steps:
                    outcome = self._apply(connection, setup, step)
                    if outcome == "conflict":
                        conflicts += 1
                    elif outcome:
                        counts[outcome] += 1
                    done += 1
                    self._note(waiting=len(steps) - done)
                    if progress:
                        progress(done, total)
            if pull:
                for calendar in setup.busy:
                    events, found = self._read_calendar(connection, calendar, store=not dry_run)
                    read += events
                    blocks += found
                    done += 1
                    if progress:
                        progress(done, total)
        except CalendarServerError as exc:
            if not dry_run:
                self._failed(exc)
            raise
        finally:
            if connection is not None:
                connection.close()
        if not dry_run:
            self._succeeded(connection.auth_type if connection else None, setup)
        return SyncReport(counts["create"], counts["update"], counts["delete"], read,
                          len(setup.busy) if pull else 0, blocks, conflicts,
                          connection.requests if connection else 0,
                          connection.writes if connection else 0,
                          time.monotonic() - started, dry_run)

    def _apply(self, connection: Connection, setup: ServerSetup, step: Step) -> str | None:
        """Send one step; the outcome is kept at once, so a failure later loses none of it."""
        with self._factory() as db:
            row = own_row(db, ServerEvent, uid=step.uid)
            href = row.href if row else connection.href(setup.calendar.url, step.uid)
            etag = row.etag if row else None
            sent_before = row.fingerprint if row else None
        event = step.event
        if step.action == "delete":
            try:
                connection.delete(href, etag)
            except Mismatch:
                server = connection.get(href)
                if server is not None:
                    self._conflict(step.uid, "withdrawn", server)
                    return "conflict"
            self._forget_sent(step.uid)
            return "delete"
        assert event is not None
        data = self._ical(event)
        try:
            new_etag = connection.put(href, data, etag if step.action == "update" else None)
        except Mismatch:
            server = connection.get(href)
            if server is None:
                self._conflict(step.uid, "deleted", None, event, href)
                return "conflict"
            theirs = server_fingerprint(server[0], step.uid)
            if theirs == fingerprint(event):
                new_etag = server[1]  # the server already holds this very event
            elif theirs is not None and theirs == sent_before and server[1]:
                # Only the ETag moved (the server rewrote what it was sent): send on it.
                try:
                    new_etag = connection.put(href, data, server[1])
                except Mismatch:
                    self._conflict(step.uid, "edited", connection.get(href), event, href)
                    return "conflict"
            else:
                self._conflict(step.uid, "edited", server, event, href)
                return "conflict"
        if new_etag is None:
            got = connection.get(href)
            new_etag = got[1] if got else None
        self._keep_sent(step.uid, href, new_etag, event)
        return step.action

    def _read_calendar(self, connection: Connection, calendar: ServerCalendar,
                       store: bool) -> tuple[int, int]:
        """Busy time of `calendar` over the span .ics import reads: the server picks the
        events by time range, they are expanded here as an imported file's are."""
        from services.ical_import import read_busy

        now = self.now()
        start, end = now - policy.BUSY_EXPAND_PAST, now + policy.BUSY_EXPAND_AHEAD
        # Mentor Desk's own events, should that calendar also count as busy, are not busy time.
        texts = [data for data in connection.events_between(calendar.url, start, end)
                 if not OURS.search(data)]
        found = read_busy(b"".join(texts), self.timezone(), start, end, calendar.name,
                          now) if texts else None
        blocks = found.blocks if found else []
        if store:
            self._store_busy(calendar, blocks, start, end, found.next_event if found else None)
        return len(texts), len(blocks)

    # -- conflicts -----------------------------------------------------------------------------

    def conflicts(self) -> list[ConflictRecord]:
        with self._factory() as db:
            rows = db.scalars(select(ServerEvent).where(ServerEvent.conflict.is_not(None))
                              .order_by(ServerEvent.start_utc))
            return [ConflictRecord(row.uid, row.conflict or "", row.summary, row.start_utc,
                                   row.end_utc, row.server_summary, row.server_start_utc,
                                   row.server_end_utc) for row in rows]

    def resolve(self, uid: str, keep: str) -> ConflictRecord:
        """Apply the mentor's choice: keep the server's version (left alone until the event
        changes here again; a withdrawn one is left to the server for good), or Mentor Desk's
        (sent, or deleted, at the next sync)."""
        if keep not in KEEP:
            raise ValueError(f"keep must be one of {', '.join(KEEP)}")
        chosen = next((c for c in self.conflicts() if c.uid == uid), None)
        if chosen is None:
            raise RuleViolation("no_server_conflict", uid=uid)
        with self._writing() as db:
            row = own_row(db, ServerEvent, uid=uid)
            assert row is not None
            if row.conflict == "withdrawn" and keep == "server":
                # The mentor keeps the event withdrawn here: it is the server's alone from now.
                db.delete(row)
            else:
                row.etag = row.server_etag
                if keep == "mentordesk":
                    row.fingerprint = ""  # differs from every event: sent again
                row.conflict = None
                row.server_etag = row.server_summary = None
                row.server_start_utc = row.server_end_utc = None
        self._hub.emit(Change(settings=True, summary=f"kept the {keep} version of {uid}"))
        return chosen

    # -- state kept in the database ------------------------------------------------------------

    def _keep_sent(self, uid: str, href: str, etag: str | None, event: CalendarEvent) -> None:
        with self._writing() as db:
            row = own_row(db, ServerEvent, uid=uid)
            if row is None:
                row = ServerEvent(uid=uid)
                db.add(row)
            row.href, row.etag, row.fingerprint = href, etag, fingerprint(event)
            row.start_utc, row.end_utc, row.sent_at = event.start, event.end, self.now()
            row.summary = event.summary[:300]
            row.conflict = None

    def _forget_sent(self, uid: str) -> None:
        with self._writing() as db:
            db.execute(delete(ServerEvent).where(ServerEvent.uid == uid))

    def _conflict(self, uid: str, kind: str, server: tuple[bytes, str | None] | None,
                  event: CalendarEvent | None = None, href: str | None = None) -> None:
        details = server_details(server[0], uid) if server else None
        with self._writing() as db:
            row = own_row(db, ServerEvent, uid=uid)
            if row is None:
                assert event is not None and href is not None
                row = ServerEvent(uid=uid, href=href, etag=None, fingerprint="",
                                  sent_at=self.now())
                db.add(row)
            if event is not None:
                row.start_utc, row.end_utc = event.start, event.end
                row.summary = event.summary[:300]
                # What would be sent now: kept, should the mentor keep the server's version.
                row.fingerprint = fingerprint(event)
            row.conflict = kind
            row.server_etag = server[1] if server else None
            row.server_summary, row.server_start_utc, row.server_end_utc = details or (
                None, None, None)

    def _store_busy(self, calendar: ServerCalendar, blocks: list[Any], start: datetime,
                    end: datetime, next_event: datetime | None) -> None:
        """One more busy calendar, known by its address on the server as a file is by its
        path; left alone when nothing changed (no write, no change for every page to reload)."""
        with self._factory() as db:
            row = db.scalars(select(BusyCalendar).where(BusyCalendar.origin == calendar.url)
                             ).first()
            stored = None if row is None else sorted(
                (b.start_utc, b.end_utc, b.summary, b.all_day) for b in db.scalars(
                    select(BusyBlock).where(BusyBlock.calendar_id == row.id)))
        if stored == sorted((s, e, summary[:300], all_day) for s, e, summary, all_day in blocks):
            return
        self._availability.store_busy(BusyFound(
            origin=calendar.url, file_name=SERVER_MARK, name=calendar.name, blocks=blocks,
            window_start=start, window_end=end, next_event=next_event))

    def _drop_busy(self, calendar: ServerCalendar) -> None:
        with self._factory() as db:
            label = db.scalars(select(BusyCalendar.label)
                               .where(BusyCalendar.origin == calendar.url)).first()
        if label is not None:
            self._availability.remove_busy_calendar(label)

    def _note(self, **values: Any) -> None:
        with self._writing() as db:
            state = json.loads(get_setting(db, STATE_KEY) or "{}")
            state.update(values)
            put_setting(db, STATE_KEY, json.dumps(state))

    def _failed(self, exc: CalendarServerError) -> None:
        status = self.status()
        since = status.offline_since or self.now()
        self._note(offline_since=since.isoformat(), error=exc.message,
                   offline=isinstance(exc, CalendarServerOffline))
        self._hub.emit(Change(settings=True, summary=f"calendar server: {exc.message}"))

    def _succeeded(self, auth_type: str | None, setup: ServerSetup) -> None:
        self._note(offline_since=None, error=None, offline=False,
                   last_sync=self.now().isoformat())
        if auth_type and auth_type != setup.auth_type:
            remembered = ServerSetup(setup.url, setup.user, setup.calendar, setup.busy,
                                     setup.free_time, auth_type)
            with self._writing() as db:
                put_setting(db, SETUP_KEY, json.dumps(remembered.to_json()))
        self._hub.emit(Change(settings=True, summary="calendar server synced"))

    # -- helpers -------------------------------------------------------------------------------

    def _required(self) -> ServerSetup:
        setup = self.setup()
        if setup is None:
            raise RuleViolation("no_calendar_server")
        return setup

    def _connection(self, setup: ServerSetup, password: str | None) -> Connection:
        password = password or self.passwords.get(setup.url, setup.user)
        if not password:
            raise PasswordNeeded(
                f"the password of {setup.user} on {setup.url} is not kept on this computer "
                f"(no system keyring): give it when asked, or set {PASSWORD_ENV}",
                reason="password_needed", host=setup.url, why=setup.user)
        return Connection(setup.url, setup.user, password, setup.auth_type)

    def remember_password(self, password: str) -> None:
        """A password given when asked: kept for this run (and in the keyring where one is)."""
        setup = self._required()
        self.passwords.put(setup.url, setup.user, password)

    def _ical(self, event: CalendarEvent) -> bytes:
        tz = self.timezone()
        day = event.start.astimezone(tz).date()
        stamp = self.now().astimezone(UTC).replace(microsecond=0)
        return render([event], tz, stamp, DEFAULT_CALENDAR, day, day)


# -- events compared ---------------------------------------------------------------------------

def fingerprint(event: CalendarEvent) -> str:
    """What makes an event the same event for a calendar: not when it was written (DTSTAMP)."""
    return _digest(event.uid, event.sequence, event.start, event.end, event.summary,
                   event.description, event.busy and not event.cancelled, event.cancelled)


def server_fingerprint(data: bytes, uid: str) -> str | None:
    """The same fingerprint of the server's copy of `uid`; None if it holds no such event."""
    event = _server_event(data, uid)
    if event is None:
        return None
    busy = str(event.get("TRANSP", "OPAQUE")).upper() == "OPAQUE"
    cancelled = str(event.get("STATUS", "")).upper() == "CANCELLED"
    start, end = _utc(event.get("DTSTART")), _utc(event.get("DTEND"))
    return _digest(uid, int(event.get("SEQUENCE", 0)), start, end,
                   str(event.get("SUMMARY", "")), str(event.get("DESCRIPTION", "")),
                   busy and not cancelled, cancelled)


def server_details(data: bytes, uid: str) -> tuple[str, datetime | None, datetime | None] | None:
    event = _server_event(data, uid)
    if event is None:
        return None
    return (str(event.get("SUMMARY", ""))[:300], _utc(event.get("DTSTART")),
            _utc(event.get("DTEND")))


def _server_event(data: bytes, uid: str) -> Any:
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, TypeError, KeyError, IndexError):
        return None
    for event in calendar.walk("VEVENT"):
        if str(event.get("UID", "")) == uid and "RECURRENCE-ID" not in event:
            return event
    return None


def _utc(prop: Any) -> datetime | None:
    value = getattr(prop, "dt", None)
    if not isinstance(value, datetime):
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)


def _digest(*parts: Any) -> str:
    text = "\x1f".join(p.astimezone(UTC).isoformat() if isinstance(p, datetime) else str(p)
                       for p in parts)
    return hashlib.sha256(text.encode()).hexdigest()


def _account(url: str, user: str) -> str:
    return f"{user}@{url}"


def _instant(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _calendar_called(found: list[ServerCalendar], name: str) -> ServerCalendar | None:
    for calendar in found:
        if name in (calendar.url, calendar.name) or calendar.name.lower() == name.lower():
            return calendar
    return None


def _chosen(found: list[ServerCalendar], name: str) -> ServerCalendar:
    calendar = _calendar_called(found, name.strip())
    if calendar is None:
        raise RuleViolation("no_server_calendar", name=name,
                            names=", ".join(c.name for c in found) or "none")
    return calendar
