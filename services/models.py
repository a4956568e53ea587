"""SQLAlchemy ORM models: the mentor's local copy of the platform data and their own decisions."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The pieces of SQLite's text of a whole second ("2026-03-01", " 09:00:", "00.000000"): days as
# they are met (a history spans some thousands), every minute of a day, every second.
_DAYS: dict[int, str] = {}
_DAYS_KEPT = 100_000
_MINUTES = tuple(f" {h:02d}:{m:02d}:" for h in range(24) for m in range(60))
_SECONDS = tuple(f"{s:02d}.000000" for s in range(60))


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC (portable across SQLite and PostgreSQL), hands out aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; give a UTC-aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)

    def bind_processor(self, dialect: Any) -> Any:
        """On SQLite, the text SQLAlchemy's DATETIME stores, made in one step: an import binds
        hundreds of thousands of times, and the two-step way costs seconds there."""
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: datetime | None) -> str | None:
            if value is None:
                return None
            if value.tzinfo is not UTC:
                if value.tzinfo is None:
                    raise ValueError("naive datetimes are not stored; give a UTC-aware one")
                value = value.astimezone(UTC)
            if value.microsecond:
                # "2026-03-01 09:00:00.250000", as DATETIME's storage format writes it.
                return value.isoformat(" ", "microseconds")[:26]
            # The same text for a whole second, put together from its day's text and the
            # time's: a fifth of isoformat's cost.
            day = _DAYS.get(ordinal := value.toordinal())
            if day is None:
                if len(_DAYS) >= _DAYS_KEPT:
                    _DAYS.clear()
                day = _DAYS[ordinal] = value.date().isoformat()
            return day + _MINUTES[value.hour * 60 + value.minute] + _SECONDS[value.second]

        return process

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        """On SQLite, the stored text read in one step (a page of the history reads thousands
        of times per keystroke of a search)."""
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)

        def process(value: str | None) -> datetime | None:
            return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)

        return process


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Owned:
    """A table of one mentor's data: its rows carry `mentor_id`. Each table declares the
    column itself (`owner`), last, with the index it needs; this one stands for them all in
    the queries that keep to one mentor (services/scope.py)."""

    mentor_id: Mapped[str] = mapped_column(ForeignKey("mentor.id"))


def owner(index: bool = False, primary_key: bool = False) -> Any:
    """The mentor a row belongs to (services/scope.py keeps every query to one mentor; on a
    server, row-level security does too). Last in each table, where the migration that
    brought it put it."""
    return mapped_column(ForeignKey("mentor.id"), index=index, primary_key=primary_key)


class Mentor(Base):
    __tablename__ = "mentor"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    timezone: Mapped[str] = mapped_column(String(64))


class Mentee(Owned, Base):
    __tablename__ = "mentee"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    timezone: Mapped[str | None] = mapped_column(String(64))
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner(index=True)


class Bundle(Owned, Base):
    __tablename__ = "bundle"
    __table_args__ = (
        CheckConstraint("sessions_used >= 0 AND sessions_total >= 1", name="counts"),
    )

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    mentee_id: Mapped[str] = mapped_column(ForeignKey("mentee.id"), index=True)
    sessions_total: Mapped[int] = mapped_column(Integer)
    sessions_used: Mapped[int] = mapped_column(Integer)
    # The platform's count, kept apart so a newer export never double-counts a local confirmation.
    platform_sessions_used: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16))
    price_cents: Mapped[int | None] = mapped_column(Integer)
    currency: Mapped[str | None] = mapped_column(String(3))
    purchased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner()

    mentee: Mapped[Mentee] = relationship()


CLIENT_ID_INDEX = "ix_session_client_id"
LOCAL_CLIENT_IDS = text("client_id IS NOT NULL")


def partial_on_servers() -> None:
    """Give the indexes that are partial on SQLite their WHERE on PostgreSQL too."""
    for index in Session.__table__.indexes:
        if index.name == CLIENT_ID_INDEX:
            index.dialect_kwargs["postgresql_where"] = LOCAL_CLIENT_IDS


class Session(Owned, Base):
    """A mentoring session. `status` is stored; 'expired' and 'awaiting_confirmation' derive from now."""

    __tablename__ = "session"
    __table_args__ = (
        # Every query is one mentor's (services/scope.py): the indexes lead with the mentor.
        Index("ix_session_start_end", "mentor_id", "start_utc", "end_utc"),
        Index("ix_session_status_start", "mentor_id", "status", "start_utc"),
        Index("ix_session_mentee_start", "mentee_id", "start_utc"),
        # Covers the ids of the whole history in start order, so that a page deep into it (the
        # sessions table scrolled far down) is found without reading the sessions it skips.
        Index("ix_session_start_id", "mentor_id", "start_utc", "id"),
        # Only sessions booked here carry one, so the index costs nothing for the rest. On
        # PostgreSQL it is partial too: `partial_on_servers` says so once a server's engine
        # is made (named here, PostgreSQL's dialect would load at every start: ~150 ms).
        Index(CLIENT_ID_INDEX, "client_id", unique=True, sqlite_where=LOCAL_CLIENT_IDS),
    )

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    type: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    duration_minutes: Mapped[int] = mapped_column(Integer)
    mentee_id: Mapped[str] = mapped_column(ForeignKey("mentee.id"))
    bundle_id: Mapped[str | None] = mapped_column(ForeignKey("bundle.id"), index=True)
    form: Mapped[dict[str, str] | None] = mapped_column(JSON)
    requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    reject_reason: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(16))
    decision: Mapped[str | None] = mapped_column(String(8))
    # "local" while the session exists only here (booked or entered here, not yet in an export);
    # "platform" once an export brought it.
    origin: Mapped[str] = mapped_column(String(8), default="platform")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Raised on every change, for iCalendar SEQUENCE.
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # The id a session booked here was first given: kept when the platform's export re-ids it,
    # so that everything keyed on the session outside (calendar UIDs) stays the same.
    client_id: Mapped[str | None] = mapped_column(String(100))
    mentor_id: Mapped[str] = owner()

    mentee: Mapped[Mentee] = relationship()
    bundle: Mapped[Bundle | None] = relationship()


class AvailabilityWindow(Owned, Base):
    """A weekly window, in the mentor's wall-clock time, when sessions of one kind may be booked."""

    __tablename__ = "availability_window"
    __table_args__ = (
        CheckConstraint("start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute",
                        name="span"),
        CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    weekday: Mapped[int] = mapped_column(Integer)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    mentor_id: Mapped[str] = owner(index=True)


class DayOff(Owned, Base):
    __tablename__ = "day_off"

    __table_args__ = (UniqueConstraint("mentor_id", "day", name="uq_day_off_mentor_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")
    mentor_id: Mapped[str] = owner()


class BusyCalendar(Owned, Base):
    """A calendar busy time was read from, known by the file it comes from (`origin`), not by
    its name: Outlook calls every export "Calendar". `label` is its name here, unique."""

    __tablename__ = "busy_calendar"
    __table_args__ = (
        UniqueConstraint("mentor_id", "label", name="uq_busy_calendar_mentor_label"),
        UniqueConstraint("mentor_id", "origin", name="uq_busy_calendar_mentor_origin"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(300))
    name: Mapped[str] = mapped_column(String(300))
    origin: Mapped[str | None] = mapped_column(String(1000))
    imported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    window_start: Mapped[datetime | None] = mapped_column(UTCDateTime())
    window_end: Mapped[datetime | None] = mapped_column(UTCDateTime())
    next_event_utc: Mapped[datetime | None] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner()


class BusyBlock(Owned, Base):
    """Busy time read from one imported calendar."""

    __tablename__ = "busy_block"
    __table_args__ = (Index("ix_busy_block_start_end", "mentor_id", "start_utc", "end_utc"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    summary: Mapped[str] = mapped_column(String(300), default="")
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    # Last, where the migration that brought it put it.
    calendar_id: Mapped[int] = mapped_column(ForeignKey("busy_calendar.id", ondelete="CASCADE"),
                                             index=True)
    mentor_id: Mapped[str] = owner()

    calendar: Mapped[BusyCalendar] = relationship(lazy="joined")

    @property
    def source(self) -> str:
        """The name of the calendar it comes from."""
        return self.calendar.label


class ExportedFreeBlock(Owned, Base):
    """A free block as it was last exported under its UID (one per kind, day and place in the
    day), so that a reshaped block goes out with a higher SEQUENCE and a vanished one as
    cancelled: calendars that import files keep every event they once saw."""

    __tablename__ = "exported_free_block"

    uid: Mapped[str] = mapped_column(String(120), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))
    day: Mapped[date] = mapped_column(Date, index=True)
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner(primary_key=True)


class Action(Owned, Base):
    """A decision of the mentor. Feeds the outbox (until sent) and each session's history."""

    __tablename__ = "action"
    __table_args__ = (Index("ix_action_pending", "mentor_id", "sent_at", "undone", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    session_id: Mapped[str | None] = mapped_column(ForeignKey("session.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(16))
    decision: Mapped[str | None] = mapped_column(String(8))
    # The session (and bundle) as they were before, so the decision can be undone until sent.
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner()


class MentorWrites(Base):
    """The row a writing transaction on a database server locks first, one per mentor, and
    the count of that mentor's committed writing transactions (see services.store.writing)."""

    __tablename__ = "mentor_writes"

    mentor_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class Setting(Owned, Base):
    """Small key/value facts the services need (time zone override, last import, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    mentor_id: Mapped[str] = owner(primary_key=True)


class ServerEvent(Owned, Base):
    """An event of the calendar server's calendar as Mentor Desk last left it: where it is, its
    ETag then, and a fingerprint of what was sent, so that only what changed is sent again.

    `etag` is None for an event not on the server (deleted there, and the mentor kept it so).
    `conflict` ("edited" or "deleted") marks an event changed on the server since it was sent;
    it waits for the mentor's choice, with the server's version (`server_*`) to show.
    """

    __tablename__ = "server_event"

    uid: Mapped[str] = mapped_column(String(120), primary_key=True)
    href: Mapped[str] = mapped_column(String(1000))
    etag: Mapped[str | None] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64))
    summary: Mapped[str] = mapped_column(String(300), default="")
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    conflict: Mapped[str | None] = mapped_column(String(16))
    server_etag: Mapped[str | None] = mapped_column(String(200))
    server_summary: Mapped[str | None] = mapped_column(String(300))
    server_start_utc: Mapped[datetime | None] = mapped_column(UTCDateTime())
    server_end_utc: Mapped[datetime | None] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner(primary_key=True)


# -- the mentor's journal: private, never in the outbox or a calendar export --------------------

class MenteeJournal(Owned, Base):
    """What the mentor keeps about one mentee: the stage they chose (None follows the one the
    sessions suggest) and a free-form profile note."""

    __tablename__ = "mentee_journal"

    mentee_id: Mapped[str] = mapped_column(ForeignKey("mentee.id"), primary_key=True)
    stage: Mapped[str | None] = mapped_column(String(16))
    profile_note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner(index=True)


class SessionNote(Owned, Base):
    """The mentor's note on one session: what was discussed, the next steps agreed."""

    __tablename__ = "session_note"

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner(index=True)


class Goal(Owned, Base):
    """A SMART goal of a mentee, set at the kickoff; `due` makes it time-bound."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[str] = mapped_column(ForeignKey("mentee.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    due: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner(index=True)

    indicators: Mapped[list[GoalIndicator]] = relationship(
        order_by="GoalIndicator.position, GoalIndicator.id", cascade="all, delete-orphan",
        passive_deletes=True)


class GoalIndicator(Owned, Base):
    """An outcome indicator of a goal: what is measured, and the target it should reach."""

    __tablename__ = "goal_indicator"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    target: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(40), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    mentor_id: Mapped[str] = owner(index=True)

    progress: Mapped[list[IndicatorProgress]] = relationship(
        order_by="IndicatorProgress.recorded_at, IndicatorProgress.id",
        cascade="all, delete-orphan", passive_deletes=True)


class IndicatorProgress(Owned, Base):
    """Where an indicator stood, recorded at a session (or between sessions)."""

    __tablename__ = "indicator_progress"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("goal_indicator.id", ondelete="CASCADE"),
                                              index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("session.id"), index=True)
    value: Mapped[float] = mapped_column(Float)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner(index=True)


class Earning(Owned, Base):
    """What one held paid session earned the mentor, fixed when it was first counted: the
    bundle's share, the commission at the rate then in force, and what is left. Changing the
    rate later never rewrites it."""

    __tablename__ = "earning"

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id"), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(ForeignKey("bundle.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    gross_cents: Mapped[int] = mapped_column(Integer)
    # The platform's commission in force, in hundredths of a percent (12.5 % is 1250).
    commission_bp: Mapped[int] = mapped_column(Integer)
    commission_cents: Mapped[int] = mapped_column(Integer)
    net_cents: Mapped[int] = mapped_column(Integer)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    mentor_id: Mapped[str] = owner(index=True)
