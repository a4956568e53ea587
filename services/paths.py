"""Where Mentor Desk keeps its files on this machine (platformdirs), without importing the database."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "MentorDesk"
DB_ENV = "MENTORDESK_DB"
DEFAULT_DB_NAME = "mentordesk.sqlite3"
# The database, its backups and the log hold mentees' names, e-mail and forms: only the user
# may read them, whatever the umask.
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def default_db_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_DB_NAME


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


def private_dir(path: Path) -> Path:
    """`path` made if missing, readable by the user alone (0700); so is every folder between
    it and the application's own folder (`…/MentorDesk/log`), when it lies in one."""
    path.mkdir(parents=True, exist_ok=True)
    inside_ours = APP_NAME in path.parts
    for folder in (path, *path.parents):
        _tighten(folder, PRIVATE_DIR_MODE)
        if not inside_ours or folder.name == APP_NAME:
            break
    return path


def private_file(path: Path) -> None:
    """Tighten an existing file of ours to 0600 (one made under an earlier, looser umask)."""
    _tighten(path, PRIVATE_FILE_MODE)


def _tighten(path: Path, mode: int) -> None:
    try:
        info = path.stat()
        if info.st_mode & 0o777 & ~mode and (os.name == "nt" or info.st_uid == os.getuid()):
            os.chmod(path, mode)
    except OSError:
        pass  # not ours to change, or gone: reading and writing it will say what is wrong
