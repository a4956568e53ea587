"""The calendar file the mentor chose, rewritten after every change for calendars that follow it."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.orm import sessionmaker

from services.changes import ChangeHub
from services.clock import Clock
from services.ical_export import CalendarExporter, Export
from services.records import Change
from services.settings import ICS_SYNC_PATH
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

    @staticmethod
    def affected_by(change: Change) -> bool:
        """Whether the file's content can differ after `change`: it holds booked sessions and
        the free time that sessions, availability and busy time leave, in the mentor's zone."""
        return change.sessions or change.availability or change.busy or change.timezone

    def set_path(self, path: str | Path | None) -> Export | None:
        """Keep `path` up to date from now on (writing it at once), or stop with None.

        The file is written before the setting is stored, so a path that cannot be written is
        refused (OSError) and the previous setting stays.
        """
        if path is None:
            with self._writing() as db:
                put_setting(db, ICS_SYNC_PATH, None)
            self.last_error = None
            self._hub.emit(Change(settings=True, summary="calendar file no longer kept"))
            return None
        target = Path(path).expanduser().resolve()
        export = self._exporter.write(target)
        with self._writing() as db:
            put_setting(db, ICS_SYNC_PATH, str(target))
        self.last_error = None
        self._hub.emit(Change(settings=True, summary=f"calendar file {target}"))
        return export

    def refresh(self) -> Export | None:
        path = self.path()
        if path is None:
            return None
        try:
            export = self._exporter.write(path)
        except OSError as exc:
            # The decision that triggered this is committed; the file catches up next time.
            self.last_error = f"could not write {path}: {exc.strerror or exc}"
            log.warning(self.last_error)
            return None
        self.last_error = None
        return export

    def on_change(self, change: Change) -> None:
        """Rewrite the file at once when `change` can alter it (for a face without a thread of
        its own to spare, the command line; the window writes it in the background)."""
        if self.affected_by(change):
            self.refresh()
