"""Where Mentor Desk keeps its files on this machine (platformdirs), without importing the database."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "MentorDesk"


def default_db_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "mentordesk.sqlite3"


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
