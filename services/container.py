"""Builds the engine and every service around one clock and one change hub."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from services.availability import AvailabilityService
from services.caldav_sync import CalendarServer
from services.changes import ChangeHub
from services.clock import Clock, SystemClock
from services.db import open_database, sqlite_path
from services.earnings import EarningsService
from services.ical_export import CalendarExporter
from services.ical_import import CalendarImporter
from services.ical_sync import CalendarSync
from services.journal import JournalService
from services.mentees import MenteeService
from services.other_desks import OtherDesks
from services.outbox import OutboxService
from services.platform_import import PlatformImporter
from services.scope import scope_of_factory
from services.sessions import SessionService
from services.settings import SettingsService


@dataclass
class Services:
    engine: Engine
    factory: sessionmaker
    clock: Clock
    hub: ChangeHub
    sessions: SessionService
    availability: AvailabilityService
    importer: PlatformImporter
    outbox: OutboxService
    settings: SettingsService
    calendar_export: CalendarExporter
    calendar_import: CalendarImporter
    calendar_sync: CalendarSync
    calendar_server: CalendarServer
    mentees: MenteeService
    journal: JournalService
    earnings: EarningsService
    other_desks: OtherDesks

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None,
             clock: Clock | None = None, mentor: str | None = None) -> Services:
        """The services of the database `db`, for `mentor` (see services/scope.py)."""
        clock = clock or SystemClock()
        engine, factory = open_database(db, clock.now(), mentor)
        hub = ChangeHub()
        parts = (factory, clock, hub)
        availability = AvailabilityService(*parts)
        exporter = CalendarExporter(*parts, availability)
        # Who keeps the calendar file after a change is the face's to decide: the command line
        # rewrites it at once (sync.on_change), the window in the background.
        sync = CalendarSync(*parts, exporter)
        return cls(
            engine=engine, factory=factory, clock=clock, hub=hub,
            sessions=SessionService(*parts),
            availability=availability,
            importer=PlatformImporter(*parts),
            outbox=OutboxService(*parts),
            settings=SettingsService(*parts),
            calendar_export=exporter,
            calendar_import=CalendarImporter(*parts, availability),
            calendar_sync=sync,
            calendar_server=CalendarServer(*parts, exporter, availability),
            mentees=MenteeService(*parts),
            journal=JournalService(*parts),
            earnings=EarningsService(*parts),
            other_desks=OtherDesks(factory, hub),
        )

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
