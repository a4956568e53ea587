"""Builds the engine and, each on first use, every service around one clock and one change hub."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from services.changes import ChangeHub
from services.clock import Clock, SystemClock
from services.db import open_database, sqlite_path
from services.scope import scope_of_factory

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import sessionmaker

    from services.availability import AvailabilityService
    from services.caldav_sync import CalendarServer
    from services.earnings import EarningsService
    from services.ical_export import CalendarExporter
    from services.ical_import import CalendarImporter
    from services.ical_sync import CalendarSync
    from services.journal import JournalService
    from services.mentees import MenteeService
    from services.other_desks import OtherDesks
    from services.outbox import OutboxService
    from services.platform_import import PlatformImporter
    from services.sessions import SessionService
    from services.settings import SettingsService

T = TypeVar("T")


class _OnFirstUse(Generic[T]):
    """A service of the container, made (and its module loaded) the first time it is asked
    for, then kept: a command uses one or two services, and loading every one cost ~20 ms of
    each command's start. Made under the container's lock, as a worker thread may ask first."""

    def __init__(self, make: Callable[[Services], T]) -> None:
        self._make = make
        self._name = make.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, services: Services | None, owner: type | None = None) -> Any:
        if services is None:
            return self
        with services._lock:  # noqa: SLF001 - the container's own
            made = services.__dict__.get(self._name)
            if made is None:
                # Kept in the instance: later reads find it there without this descriptor.
                made = services.__dict__[self._name] = self._make(services)
        return made


class Services:
    """The engine and every service around one clock and one change hub."""

    def __init__(self, engine: Engine, factory: sessionmaker, clock: Clock,
                 hub: ChangeHub) -> None:
        self.engine = engine
        self.factory = factory
        self.clock = clock
        self.hub = hub
        self._lock = threading.RLock()  # a service may make the ones it is built on

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None,
             clock: Clock | None = None, mentor: str | None = None) -> Services:
        """The services of the database `db`, for `mentor` (see services/scope.py)."""
        clock = clock or SystemClock()
        engine, factory = open_database(db, clock.now(), mentor)
        return cls(engine, factory, clock, ChangeHub())

    def made(self, name: str) -> Any | None:
        """The service `name` if something has asked for it, else None (without making it)."""
        return vars(self).get(name)

    def _parts(self) -> tuple[sessionmaker, Clock, ChangeHub]:
        return self.factory, self.clock, self.hub

    @_OnFirstUse
    def sessions(self) -> SessionService:
        from services.sessions import SessionService

        return SessionService(*self._parts())

    @_OnFirstUse
    def availability(self) -> AvailabilityService:
        from services.availability import AvailabilityService

        return AvailabilityService(*self._parts())

    @_OnFirstUse
    def importer(self) -> PlatformImporter:
        from services.platform_import import PlatformImporter

        return PlatformImporter(*self._parts())

    @_OnFirstUse
    def outbox(self) -> OutboxService:
        from services.outbox import OutboxService

        return OutboxService(*self._parts())

    @_OnFirstUse
    def settings(self) -> SettingsService:
        from services.settings import SettingsService

        return SettingsService(*self._parts())

    @_OnFirstUse
    def calendar_export(self) -> CalendarExporter:
        from services.ical_export import CalendarExporter

        return CalendarExporter(*self._parts(), self.availability)

    @_OnFirstUse
    def calendar_import(self) -> CalendarImporter:
        from services.ical_import import CalendarImporter

        return CalendarImporter(*self._parts(), self.availability)

    @_OnFirstUse
    def calendar_sync(self) -> CalendarSync:
        """Who keeps the calendar file after a change is the face's to decide: the command
        line rewrites it at once (its on_change), the window in the background."""
        from services.ical_sync import CalendarSync

        return CalendarSync(*self._parts(), self.calendar_export)

    @_OnFirstUse
    def calendar_server(self) -> CalendarServer:
        from services.caldav_sync import CalendarServer

        return CalendarServer(*self._parts(), self.calendar_export, self.availability)

    @_OnFirstUse
    def mentees(self) -> MenteeService:
        from services.mentees import MenteeService

        return MenteeService(*self._parts())

    @_OnFirstUse
    def journal(self) -> JournalService:
        from services.journal import JournalService

        return JournalService(*self._parts())

    @_OnFirstUse
    def earnings(self) -> EarningsService:
        from services.earnings import EarningsService

        return EarningsService(*self._parts())

    @_OnFirstUse
    def other_desks(self) -> OtherDesks:
        from services.other_desks import OtherDesks

        return OtherDesks(self.factory, self.hub)

    def mentor_id(self) -> str | None:
        """The mentor this desk works for (None before a new database's first import)."""
        return scope_of_factory(self.factory).mentor_id

    def database_file(self) -> Path | None:
        """The SQLite file holding the data; None for a database server or one in memory."""
        return sqlite_path(self.engine.url.render_as_string(hide_password=False))

    def database_name(self) -> str:
        """Where the data lives, for people: the file, or the server's URL without a password."""
        path = self.database_file()
        return str(path) if path is not None else self.engine.url.render_as_string()

    def close(self) -> None:
        self.engine.dispose()
