"""Settings the services themselves need, kept in the database beside the data they govern."""

from __future__ import annotations

from services.errors import RuleViolation
from services.records import Change
from services.store import (
    TIMEZONE_SETTING,
    ServiceBase,
    export_zone_name,
    get_setting,
    mentor_zone_name,
    put_setting,
)
from services.timefmt import is_known_zone

LAST_IMPORT_AT = "last_import_at"
LAST_EXPORT_AT = "last_export_at"
LAST_OUTBOX_AT = "last_outbox_at"
ICS_SYNC_PATH = "ics_sync_path"
# "hidden" when the kept calendar file shows "Mentoring session" instead of mentees' names.
ICS_SYNC_NAMES = "ics_sync_names"


class SettingsService(ServiceBase):
    def get(self, key: str) -> str | None:
        with self._factory() as db:
            return get_setting(db, key)

    def put(self, key: str, value: str | None) -> None:
        with self._writing() as db:
            put_setting(db, key, value)
        self._hub.emit(Change(settings=True, summary=f"setting {key}"))

    def timezone_name(self) -> str:
        with self._factory() as db:
            return mentor_zone_name(db)

    def export_timezone_name(self) -> str:
        """The zone the platform export gave for the mentor (UTC before any import)."""
        with self._factory() as db:
            return export_zone_name(db)

    def set_timezone(self, name: str | None) -> None:
        """Show times in `name` instead of the export's zone; None goes back to the export's."""
        if name is not None and not is_known_zone(name):
            raise RuleViolation("unknown_timezone", zone=name)
        with self._factory.begin() as db:
            put_setting(db, TIMEZONE_SETTING, name)
        self._hub.emit(Change(timezone=True, summary=f"time zone {name or 'from export'}"))
