"""What the window needs to know before the database layer is loaded (which takes a good part
of a second): whether the database holds any session, so that a new one shows its welcome page
at once. Plain sqlite3, read-only: nothing is created or changed."""

from __future__ import annotations

import os
from pathlib import Path

from services.paths import chosen_database, default_db_path


def has_sessions(db: str | os.PathLike[str] | None) -> bool | None:
    """Whether the database `db` names (as `--db` does) holds a session; None when that cannot
    be told this way (a server database, a file that cannot be read as SQLite)."""
    chosen = chosen_database(db)
    if chosen == ":memory:":
        return False
    if chosen and "://" in chosen:
        return None
    path = Path(chosen).expanduser() if chosen else default_db_path()
    if not path.is_file():
        return False  # a first start: nothing to read, nothing loaded
    sqlite3 = _sqlite3()
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        table = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                             "AND name = 'session'").fetchone()
        return table is not None and \
            conn.execute("SELECT EXISTS (SELECT 1 FROM session)").fetchone()[0] == 1
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _sqlite3():  # noqa: ANN202 - the module
    """sqlite3's own C module, which the sqlite3 package re-exports: the package adds the
    date and time adapters, and with them loads `datetime` (~3 ms, before the window can
    paint; the window needs no date until it is filled in). The package where the module
    is not on its own (another Python)."""
    try:
        import _sqlite3
    except ImportError:
        import sqlite3 as _sqlite3
    return _sqlite3
