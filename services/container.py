"""Builds the engine and, each on first use, every service around one clock and one change hub."""

from __future__ import annotations

import importlib
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


class _OnFirstUse:
    """A service of the container, made (and its module loaded) the first time it is asked
    for, then kept: a command uses one or two services, and loading every one cost ~20 ms of
    each command's start. It is made of the container's `parts` (the factory, the clock and
    the hub unless told otherwise), then the services named in `built_on`; under the
    container's lock, as a worker thread may ask first."""

    PARTS = ("factory", "clock", "hub")

    def __init__(self, where: str, *built_on: str, parts: tuple[str, ...] = PARTS) -> None:
        self._module, _, self._class = where.rpartition(".")
        self._built_on = (*parts, *built_on)

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, services: Services | None, owner: type | None = None) -> Any:
        if services is None:
            return self
        with services._lock:  # noqa: SLF001 - the container's own
            made = services.made(self._name)
            if made is None:
                kind = getattr(importlib.import_module(self._module), self._class)
                made = kind(*(getattr(services, name) for name in self._built_on))
                # Kept in the instance: later reads find it there without this descriptor.
                vars(services)[self._name] = made
        return made


class Services:
    """The engine and every service around one clock and one change hub."""

    sessions: SessionService = _OnFirstUse("services.sessions.SessionService")
    availability: AvailabilityService = _OnFirstUse(
        "services.availability.AvailabilityService")
    importer: PlatformImporter = _OnFirstUse("services.platform_import.PlatformImporter")
    outbox: OutboxService = _OnFirstUse("services.outbox.OutboxService")
    settings: SettingsService = _OnFirstUse("services.settings.SettingsService")
    calendar_export: CalendarExporter = _OnFirstUse("services.ical_export.CalendarExporter",
                                                    "availability")
    calendar_import: CalendarImporter = _OnFirstUse("services.ical_import.CalendarImporter",
                                                    "availability")
    # Who keeps the calendar file after a change is the face's to decide: the command line
    # rewrites it at once (its on_change), the window in the background.
    calendar_sync: CalendarSync = _OnFirstUse("services.ical_sync.CalendarSync",
                                              "calendar_export")
    calendar_server: CalendarServer = _OnFirstUse("services.caldav_sync.CalendarServer",
                                                  "calendar_export", "availability")
    mentees: MenteeService = _OnFirstUse("services.mentees.MenteeService")
    journal: JournalService = _OnFirstUse("services.journal.JournalService")
    earnings: EarningsService = _OnFirstUse("services.earnings.EarningsService")
    other_desks: OtherDesks = _OnFirstUse("services.other_desks.OtherDesks",
                                          parts=("factory", "hub"))

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
