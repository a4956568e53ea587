"""The desktop's own preferences (reminders, folders, window state), in the user config folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from services.paths import APP_NAME, DEFAULT_DB_NAME, chosen_database

DEFAULT_REMINDER_MINUTES = 15


def user_folder(kind: str) -> Path:
    """Mentor Desk's folder of the user's `kind` ('config' or 'data'): the one platformdirs
    names (`user_config_dir`, `user_data_dir`; services/paths.py), asked of Qt, which names the
    same folders ($XDG_CONFIG_HOME or ~/.config, $XDG_DATA_HOME or ~/.local/share;
    %LOCALAPPDATA%; ~/Library/Application Support; a test holds the two equal). The window
    reads these before it paints, and importing platformdirs would cost 6–8 ms of that."""
    where = QStandardPaths.StandardLocation.GenericConfigLocation \
        if kind == "config" and sys.platform != "darwin" \
        else QStandardPaths.StandardLocation.GenericDataLocation
    return Path(QStandardPaths.writableLocation(where)) / APP_NAME


def settings_path() -> Path:
    return user_folder("config") / "mentordesk.ini"


def database_named(db: str | os.PathLike[str] | None) -> str:
    """The database `db` names as `--db` does, the default file spelt out
    (services.paths.chosen_database, default_db_path)."""
    return chosen_database(db) or str(user_folder("data") / DEFAULT_DB_NAME)


class AppSettings:
    """Typed access to an INI file; a path can be given so tests keep their own."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object) -> object:
        value = self._qs.value(key, default)
        return default if value is None else value

    @property
    def reminder_minutes(self) -> int:
        try:
            return int(self._get("reminders/lead_minutes", DEFAULT_REMINDER_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_REMINDER_MINUTES

    @reminder_minutes.setter
    def reminder_minutes(self, value: int) -> None:
        self._qs.setValue("reminders/lead_minutes", int(value))

    @property
    def reminders_enabled(self) -> bool:
        return str(self._get("reminders/enabled", "true")).lower() == "true"

    @reminders_enabled.setter
    def reminders_enabled(self, value: bool) -> None:
        self._qs.setValue("reminders/enabled", "true" if value else "false")

    @property
    def language(self) -> str:
        """'system' (the default), or a language code: 'en', 'de', 'ar'."""
        return str(self._get("ui/language", "system"))

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    @property
    def last_nudge_day(self) -> str:
        return str(self._get("reminders/last_nudge_day", ""))

    @last_nudge_day.setter
    def last_nudge_day(self, value: str) -> None:
        self._qs.setValue("reminders/last_nudge_day", value)

    def folder(self, kind: str) -> str:
        """The last folder used for `kind` ('import', 'outbox', 'calendar'), else home."""
        return str(self._get(f"folders/{kind}", str(Path.home())))

    def set_folder(self, kind: str, folder: str) -> None:
        self._qs.setValue(f"folders/{kind}", folder)

    def state(self, key: str) -> QByteArray | None:
        value = self._qs.value(f"state/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self._qs.sync()
