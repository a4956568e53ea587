"""Builds the engine and every service around one clock and one change hub."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import sessionmaker

from services.availability import AvailabilityService
from services.changes import ChangeHub
from services.clock import Clock, SystemClock
from services.db import open_database
from services.outbox import OutboxService
from services.platform_import import PlatformImporter
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

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None,
             clock: Clock | None = None) -> Services:
        engine, factory = open_database(db)
        clock = clock or SystemClock()
        hub = ChangeHub()
        parts = (factory, clock, hub)
        return cls(
            engine=engine, factory=factory, clock=clock, hub=hub,
            sessions=SessionService(*parts),
            availability=AvailabilityService(*parts),
            importer=PlatformImporter(*parts),
            outbox=OutboxService(*parts),
            settings=SettingsService(*parts),
        )

    def close(self) -> None:
        self.engine.dispose()
