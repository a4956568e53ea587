"""The calendar file the mentor chose, rewritten after every change for calendars that follow it."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.orm import sessionmaker

from services.changes import ChangeHub
from services.clock import Clock
from services.errors import FileUnusable, NotPermitted
from services.ical_export import CalendarExporter, Export, ExportOptions
from services.records import Change
from services.settings import ICS_SYNC_NAMES, ICS_SYNC_PATH
from services.store import ServiceBase, get_setting, put_setting

log = logging.getLogger(__name__)


class CalendarSync(ServiceBase):
    """Listens to the change hub; the file holds the default export (all, from today, 28 days)."""

    def __init__(self, factory: sessionmaker, clock: Clock, hub: ChangeHub,
                 exporter: CalendarExporter) -> None:
        super().__init__(factory, clock, hub)
        self._exporter = exporter
        self.last_error: str | None = None

    def path(self) -> Path | None:
        value = self._hub.remembered(ICS_SYNC_PATH, self._read_path)
        return Path(value) if value else None

    def _read_path(self) -> str | None:
        with self._factory() as db:
            return get_setting(db, ICS_SYNC_PATH)

    def names(self) -> bool:
        """Whether the kept file shows the type and the mentee's name (else "Mentoring
        session"): a file in a cloud-synced folder may be better without them."""
        return self._hub.remembered(ICS_SYNC_NAMES, self._read_names) != "hidden"

    def _read_names(self) -> str | None:
        with self._factory() as db:
            return get_setting(db, ICS_SYNC_NAMES)

    @staticmethod
    def affected_by(change: Change) -> bool:
        """Whether the file's content can differ after `change`: it holds booked sessions and
        the free time that sessions, availability and busy time leave, in the mentor's zone."""
        return change.sessions or change.availability or change.busy or change.timezone

    def set_path(self, path: str | Path | None, names: bool | None = None) -> Export | None:
        """Keep `path` up to date from now on (writing it at once), or stop with None; with
        `names`, show or hide the mentees' names in it (else as before).

        The file is written before the settings are stored, so a path that cannot be written is
        refused (FileUnusable) and the previous settings stay.
        """
        if path is None:
            with self._writing() as db:
                put_setting(db, ICS_SYNC_PATH, None)
            self.last_error = None
            self._hub.emit(Change(settings=True, summary="calendar file no longer kept"))
            return None
        target = Path(path).expanduser().resolve()
        shown = self.names() if names is None else names
        export = self._exporter.write(target, ExportOptions(names=shown))
        with self._writing() as db:
            put_setting(db, ICS_SYNC_PATH, str(target))
            put_setting(db, ICS_SYNC_NAMES, None if shown else "hidden")
        self.last_error = None
        self._hub.emit(Change(settings=True, summary=f"calendar file {target}"))
        return export

    def refresh(self) -> Export | None:
        path = self.path()
        if path is None:
            return None
        try:
            export = self._exporter.write(path, ExportOptions(names=self.names()))
        except NotPermitted:
            # An assistant's desk on a team's server may not write the mentor's calendar (the
            # free blocks it remembers): the mentor's desk keeps the file, on its own machine.
            return None
        except FileUnusable as exc:
            # The decision that triggered this is committed; the file catches up next time.
            self.last_error = exc.message
            log.warning(self.last_error)
            return None
        self.last_error = None
        return export

    def on_change(self, change: Change) -> None:
        """Rewrite the file at once when `change` can alter it (for a face without a thread of
        its own to spare, the command line; the window writes it in the background)."""
        if self.affected_by(change):
            self.refresh()
