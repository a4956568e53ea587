"""Where Mentor Desk keeps its files on this machine (platformdirs), without importing the database."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "MentorDesk"
DB_ENV = "MENTORDESK_DB"


def default_db_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "mentordesk.sqlite3"


def chosen_database(db: str | os.PathLike[str] | None) -> str | None:
    """The database asked for: `--db`, else MENTORDESK_DB; None means the default file."""
    return os.fspath(db) if db else os.environ.get(DB_ENV) or None


def database_identity(db: str | os.PathLike[str] | None) -> str:
    """One string per database, whichever way it was named (relative path, `~`, URL)."""
    chosen = chosen_database(db)
    if chosen and "://" in chosen:
        return chosen
    return str((Path(chosen).expanduser() if chosen else default_db_path()).resolve())


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
