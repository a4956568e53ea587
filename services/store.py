"""Queries and conversions every service shares; the only place rows become records."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Table, insert, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session as DB
from sqlalchemy.orm import joinedload
from sqlalchemy.orm import sessionmaker

from services.changes import ChangeHub
from services.clock import Clock
from services.db import BUSY_TIMEOUT, BUSY_TIMEOUT_SECONDS, OWN_WRITES, WRITER
from services.errors import DatabaseBusy, NotFound
from services.expiry import status_at
from services.models import Action, BusyBlock, Mentee, Mentor, Session, Setting
from services.policy import PAID_MAX_MINUTES
from services.records import BusyRecord, SessionRecord, Status
from services.scope import mentor_of, own_row, refused_by_server
from services.timefmt import zone

# The zone times are shown in, when the mentor chose one (else their own zone).
TIMEZONE_SETTING = "timezone"
# The mentor's own zone, when they said where they live (else the platform export's).
HOME_TIMEZONE_SETTING = "home_timezone"
# No session lasts longer: a lower bound on start lets overlap queries use the start index
# instead of reading every earlier session (years of history).
LONGEST_SESSION = timedelta(minutes=PAID_MAX_MINUTES)
# Ids bound into one IN (...) at a time: well under the parameter limit of every SQLite build.
IDS_PER_QUERY = 500
# The row of `mentor_writes` taken by writers of a desk that has no mentor yet (a new
# database before its first import); every other writer takes its mentor's row.
NO_MENTOR = ""
# Every writing transaction starts here: it takes the mentor's row (on a server, a row lock held
# to its commit) and counts one more write on it, in one statement. The count is what other
# desks watch (services.other_desks); the versions a desk wrote itself are kept in its session
# factory's info under OWN_WRITES as (row, version) pairs, so that it does not take its own
# writes for another's.
CLAIM_WRITES = text(
    "INSERT INTO mentor_writes (mentor_id, version) VALUES (:mentor, 1) "
    "ON CONFLICT (mentor_id) DO UPDATE SET version = mentor_writes.version + 1 "
    "RETURNING version")
# PostgreSQL's "lock not available": lock_timeout ran out.
LOCK_NOT_AVAILABLE = "55P03"
T = TypeVar("T")


class ServiceBase:
    """What every service holds: the session factory, the clock and the change hub."""

    def __init__(self, factory: sessionmaker, clock: Clock, hub: ChangeHub) -> None:
        self._factory = factory
        self._clock = clock
        self._hub = hub

    def now(self) -> datetime:
        return self._clock.now()

    def _writing(self) -> Any:
        return writing(self._factory)

    def timezone(self) -> ZoneInfo:
        """The zone times are shown in: the mentor's own unless they chose another. Read once
        and remembered until a change of settings."""
        return self._hub.remembered(TIMEZONE_SETTING, lambda: self._read_zone(display_zone_name))

    def home_zone(self) -> ZoneInfo:
        """The mentor's own zone, which rules the calendar: weekly availability is wall-clock
        time there, days off are its days, the monthly intro limit counts its months."""
        return self._hub.remembered(HOME_TIMEZONE_SETTING,
                                    lambda: self._read_zone(home_zone_name))

    def _read_zone(self, name_of: Callable[[DB], str]) -> ZoneInfo:
        with self._factory() as db:
            return zone_or_utc(name_of(db))


@contextmanager
def writing(factory: sessionmaker) -> Iterator[DB]:
    """One unit of work that may write: it holds the write lock from its first read to its
    commit, so every check it makes still holds when it writes, and a second writer (another
    window, a command, an import) waits for it instead of deciding on what it read before.

    On SQLite the transaction begins IMMEDIATE: it holds the file's one write lock. On a
    database server (PostgreSQL) it first locks its mentor's row in `mentor_writes`
    (INSERT ... ON CONFLICT DO UPDATE takes the same row lock as SELECT ... FOR UPDATE, and
    counts the write, which other desks read to see that something changed): the mentor's
    writers queue there, one at a time, so that what one checked (no overlap, a session left in
    the bundle, the intro limit) still holds when it writes, under READ COMMITTED, without the
    retries SERIALIZABLE would need. Only that mentor's writers wait: another mentor's take
    another row, and readers never wait.

    A writer kept waiting longer than the busy timeout is told so (DatabaseBusy) with nothing
    changed.
    """
    with refused_by_server(), factory.begin() as db:
        try:
            # SQLite: BEGIN IMMEDIATE, here. A server: the row lock, in CLAIM_WRITES.
            db.connection(execution_options={WRITER: True})
            row = writer_row(db)
            version = db.execute(CLAIM_WRITES, {"mentor": row}).scalar_one()
        except OperationalError as exc:
            if not _busy(exc):
                raise
            engine = factory.kw["bind"]
            raise DatabaseBusy(engine.get_execution_options().get(
                BUSY_TIMEOUT, BUSY_TIMEOUT_SECONDS)) from None
        yield db
    own = factory.kw.get("info", {}).get(OWN_WRITES)
    if own is not None:
        own.add((row, version))


def writer_row(db: DB) -> str:
    """The row of `mentor_writes` a writer in `db` takes: its mentor's."""
    return mentor_of(db) or NO_MENTOR


def _busy(exc: OperationalError) -> bool:
    """Whether the writer gave up waiting for another's lock (SQLite: the file; a server: the
    mentor's row)."""
    if getattr(exc.orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
        return True
    return "locked" in str(exc.orig) or "busy" in str(exc.orig)


def chunks(items: Sequence[T], size: int = IDS_PER_QUERY) -> Iterator[Sequence[T]]:
    """`items` in slices of `size`, e.g. for IN (...) lists of any length."""
    for first in range(0, len(items), size):
        yield items[first:first + size]


def insert_many(db: DB, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT `rows` (dicts with the same keys) in one executemany.

    SQLAlchemy's own statement and its columns' own bind processors (so every dialect gets
    what it expects), applied a column at a time: `execute(insert(table), rows)` does the same
    work row by row, which at 100 000 rows costs more than the insert itself.
    """
    conn = db.connection()
    names = list(rows[0])
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=names)
    order = list(compiled.positiontup) if compiled.positional else names
    columns = []
    for name in order:
        values = [row[name] for row in rows]
        # The dialect's own type (psycopg wraps JSON in its Json, SQLite dumps it itself).
        process = table.c[name].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        if process is not None:
            # A column of one value (when the rows were made, say) is processed once, and so
            # is None in a column that is mostly None (a JSON column's None is a dump).
            if values.count(values[0]) == len(values):
                values = [process(values[0])] * len(values)
            elif None in values:
                none = process(None)
                values = [none if value is None else process(value) for value in values]
            else:
                values = list(map(process, values))
        columns.append(values)
    params: list[Any] = list(zip(*columns))
    if not compiled.positional:
        params = [dict(zip(order, values)) for values in params]
    conn.exec_driver_sql(compiled.string, params)


def get_setting(db: DB, key: str) -> str | None:
    row = own_row(db, Setting, key=key)
    return None if row is None else row.value


def put_setting(db: DB, key: str, value: str | None) -> None:
    row = own_row(db, Setting, key=key)
    if value is None:
        if row is not None:
            db.delete(row)
    elif row is None:
        db.add(Setting(key=key, value=value))
    else:
        row.value = value


def export_zone_name(db: DB) -> str:
    """The zone the platform export gave for the mentor (UTC before any import)."""
    mentor = db.scalars(select(Mentor).limit(1)).first()
    return mentor.timezone if mentor else "UTC"


def home_zone_name(db: DB) -> str:
    """The mentor's own zone: the one they said they live in, else the export's."""
    return get_setting(db, HOME_TIMEZONE_SETTING) or export_zone_name(db)


def display_zone_name(db: DB) -> str:
    """The zone times are shown in: the one chosen, else the mentor's own."""
    return get_setting(db, TIMEZONE_SETTING) or home_zone_name(db)


def zone_or_utc(name: str) -> ZoneInfo:
    try:
        return zone(name)
    except ValueError:
        return zone("UTC")


# The columns of a session its record is made of, in the order `_record` reads them.
RECORD_COLUMNS = ("id", "type", "status", "mentee_id", "start_utc", "end_utc", "duration_minutes",
                  "bundle_id", "form", "requested_at", "reject_reason", "cancel_reason", "outcome",
                  "decision", "origin", "revision", "updated_at", "client_id")


def to_record(row: Session, now: datetime) -> SessionRecord:
    mentee = row.mentee
    return _record([*(getattr(row, name) for name in RECORD_COLUMNS), mentee.name,
                    mentee.email, mentee.timezone], now)


def records_of(db: DB, ids: Sequence[str], now: datetime) -> list[SessionRecord]:
    """The sessions of `ids`, in that order, read as plain rows: no ORM object is made, which
    keeps a page of the history (read on every keystroke of a search) cheap."""
    sessions, mentees = Session.__table__, Mentee.__table__
    columns = [sessions.c[name] for name in RECORD_COLUMNS]
    found: dict[str, SessionRecord] = {}
    mentor = mentor_of(db)
    for some in chunks(ids):
        stmt = (select(*columns, mentees.c.name, mentees.c.email, mentees.c.timezone)
                .join(mentees, mentees.c.id == sessions.c.mentee_id)
                .where(sessions.c.id.in_(some), sessions.c.mentor_id == mentor))
        found.update((row[0], _record(row, now)) for row in db.execute(stmt).all())
    return [found[i] for i in ids if i in found]


def _record(values: Sequence[Any], now: datetime) -> SessionRecord:
    """A session's record from its RECORD_COLUMNS and its mentee's name, e-mail and zone."""
    (ident, kind, status, mentee_id, start, end, minutes, bundle_id, form, requested_at,
     reject_reason, cancel_reason, outcome, decision, origin, revision, updated_at, client_id,
     name, email, timezone) = values
    return SessionRecord(
        id=ident, type=kind, status=status_at(status, start, end, now), mentee_id=mentee_id,
        mentee_name=name, mentee_email=email, mentee_timezone=timezone, start=start, end=end,
        duration_minutes=minutes, bundle_id=bundle_id, form=dict(form or {}),
        requested_at=requested_at, reason=reject_reason or cancel_reason, outcome=outcome,
        decision=decision, origin=origin, revision=revision, updated_at=updated_at,
        client_id=client_id,
    )


def load(db: DB, model: type[T], key: Any, what: str) -> T:
    """The row of `model` whose primary key is `key`; NotFound naming it as `what` if none."""
    row = db.get(model, key)
    if row is None:
        raise NotFound(what, key)
    return row


def load_mentee(db: DB, mentee_id: str) -> Mentee:
    return load(db, Mentee, mentee_id, "mentee")


def load_session(db: DB, session_id: str) -> Session:
    # With its mentee: every record names the mentee, and a second statement for it is waste.
    row = db.get(Session, session_id, options=(joinedload(Session.mentee),))
    if row is None:
        raise NotFound("session", session_id)
    return row


def sessions_within(start: datetime, end: datetime) -> tuple[Any, ...]:
    """SQL conditions for sessions overlapping [start, end), bounded so the start index serves
    them instead of every earlier session being read."""
    return (Session.start_utc < end, Session.end_utc > start,
            Session.start_utc >= start - LONGEST_SESSION)


def overlapping_scheduled(db: DB, start: datetime, end: datetime,
                          exclude: str | None = None) -> list[Session]:
    stmt = select(Session).where(Session.status == Status.SCHEDULED,
                                 *sessions_within(start, end))
    if exclude is not None:
        stmt = stmt.where(Session.id != exclude)
    return list(db.scalars(stmt.order_by(Session.start_utc)))


def busy_record(block: BusyBlock) -> BusyRecord:
    return BusyRecord(block.id, block.source, block.start_utc, block.end_utc, block.summary,
                      block.all_day)


def overlapping_busy(db: DB, start: datetime, end: datetime) -> list[BusyBlock]:
    stmt = select(BusyBlock).where(BusyBlock.start_utc < end, BusyBlock.end_utc > start)
    return list(db.scalars(stmt.order_by(BusyBlock.start_utc)))


def log_action(db: DB, at: datetime, action: str, session_id: str | None = None,
               before: dict[str, Any] | None = None, **fields: Any) -> Action:
    """Record one of the mentor's actions; decisions among them feed the outbox."""
    row = Action(uid=uuid.uuid4().hex, at=at, session_id=session_id, action=action,
                 before=before or {}, undone=False, **fields)
    db.add(row)
    return row
