"""Backups of the SQLite database file: taken whole through SQLite's backup API under a
temporary name, then renamed; one a day kept for the last seven days; restored after a check.

They live in the `backups` folder beside the database (0700; each file 0600):
  NAME.YYYYMMDDTHHMMSSZ.bak                 the day's backup, or one asked for (`mentordesk backup`)
  NAME.before-REV-YYYYMMDDTHHMMSSZ.bak      before a schema migration from REV
  NAME.before-restore-YYYYMMDDTHHMMSSZ.bak  the database as it was before a restore
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

from services.errors import FileUnusable, NotFound
from services.paths import private_dir

BACKUP_FOLDER = "backups"
DAILY_KEPT = 7
SQLITE_MAGIC = b"SQLite format 3\x00"
STAMP = "%Y%m%dT%H%M%SZ"
_STAMP_RE = r"(\d{8}T\d{6}Z)"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_FOLDER


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime(STAMP)


def _daily_re(db_path: Path) -> re.Pattern[str]:
    return re.compile(re.escape(db_path.name) + r"\." + _STAMP_RE + r"\.bak")


def backups(db_path: Path) -> list[Path]:
    """Every backup of this database, oldest first (by the time in its name)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    stamped = re.compile(re.escape(db_path.name) + r"\..*?" + _STAMP_RE + r"\.bak")
    found = [(m.group(1), p) for p in folder.iterdir() if (m := stamped.fullmatch(p.name))]
    return [p for _, p in sorted(found)]


def latest_backup(db_path: Path) -> Path | None:
    found = backups(db_path)
    return found[-1] if found else None


def daily_backups(db_path: Path) -> list[Path]:
    pattern = _daily_re(db_path)
    return [p for p in backups(db_path) if pattern.fullmatch(p.name)]


def has_backup_on(db_path: Path, day: datetime) -> bool:
    prefix = f"{db_path.name}.{day.astimezone(UTC):%Y%m%d}T"
    return any(p.name.startswith(prefix) for p in daily_backups(db_path))


# -- reading a file as a database, without ever writing to it -------------------------------------

def is_sqlite_file(path: Path) -> bool:
    """Whether `path` starts as an SQLite database does (an empty file becomes a new one)."""
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    return head == SQLITE_MAGIC or head == b""


@contextmanager
def read_only(path: Path, at_rest: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection that cannot change the file; `at_rest` for a file no one else has open (a
    backup), which is then read without locks or a -shm file made beside it."""
    options = "mode=ro&immutable=1" if at_rest else "mode=ro"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True, timeout=5)
    try:
        yield conn
    finally:
        conn.close()


def damage(path: Path, at_rest: bool = False) -> str | None:
    """What SQLite's quick check finds wrong with the file, or None if nothing."""
    try:
        with read_only(path, at_rest) as conn:
            found = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if found == ["ok"]:
        return None
    lines = [line for row in found for line in str(row).splitlines()
             if line.strip() and not line.startswith("***")]
    return f"SQLite's check found: {lines[0] if lines else 'faults'}"


def stored_revision(path: Path, at_rest: bool = False) -> tuple[str | None, bool]:
    """The schema revision stored in the file, and whether it holds tables of any kind."""
    with read_only(path, at_rest) as conn:
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            return None, bool(tables)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return (row[0] if row else None), True


def damaged_message(path: Path, problem: str) -> str:
    latest = latest_backup(path)
    where = (f"the latest backup is {latest} (restore it with: mentordesk restore {latest})"
             if latest else "there is no backup of it")
    return (f"{path} is damaged ({problem}); Mentor Desk will not write to it. {where[0].upper()}"
            f"{where[1:]}")


# -- writing backups -----------------------------------------------------------------------------

def write_copy(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the database behind `source` to `target`: under a temporary name first, through
    SQLite's backup API (consistent even while others write), flushed, then renamed. A copy cut
    short leaves only the temporary file, never a `.bak` that looks whole."""
    folder = private_dir(target.parent)
    _clear_abandoned(folder)
    tmp = folder / f".{target.name}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        with closing(sqlite3.connect(tmp)) as copy:
            source.backup(copy)
            # A backup is one file: reading it later makes no -wal or -shm beside it.
            copy.execute("PRAGMA journal_mode=DELETE")
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _sync_folder(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def backup_file(db_path: Path, now: datetime, label: str | None = None,
                source: sqlite3.Connection | None = None) -> Path:
    """A backup of the database at `db_path` (through `source` when given), named for `now`."""
    middle = f"before-{label}-" if label else ""
    target = backup_dir(db_path) / f"{db_path.name}.{middle}{_stamp(now)}.bak"
    if source is not None:
        return write_copy(source, target)
    with closing(sqlite3.connect(db_path, timeout=15)) as conn:
        return write_copy(conn, target)


def take_daily(db_path: Path, now: datetime, source: sqlite3.Connection | None = None) -> Path:
    """Today's backup, then the daily ones pruned to the newest of each of the last 7 days."""
    made = backup_file(db_path, now, source=source)
    prune(db_path)
    return made


def prune(db_path: Path, keep_days: int = DAILY_KEPT) -> list[Path]:
    by_day: dict[str, list[Path]] = {}
    for path in daily_backups(db_path):
        day = _daily_re(db_path).fullmatch(path.name).group(1)[:8]  # type: ignore[union-attr]
        by_day.setdefault(day, []).append(path)
    removed = []
    days = sorted(by_day, reverse=True)
    for rank, day in enumerate(days):
        doomed = by_day[day] if rank >= keep_days else by_day[day][:-1]
        for path in doomed:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


# -- restoring -----------------------------------------------------------------------------------

def check_restorable(source: Path, newest_revision: int) -> str:
    """Why `source` cannot be restored, as FileUnusable; else its schema revision."""
    if not source.is_file():
        raise NotFound("file", source)
    if not is_sqlite_file(source) or source.stat().st_size == 0:
        raise FileUnusable(f"{source} is not a Mentor Desk database (not an SQLite file); "
                           "nothing was restored", source)
    problem = damage(source, at_rest=True)
    if problem:
        raise FileUnusable(f"{source} is damaged ({problem}); nothing was restored", source)
    revision, _ = stored_revision(source, at_rest=True)
    if revision is None:
        raise FileUnusable(f"{source} is an SQLite file but not a Mentor Desk database; "
                           "nothing was restored", source)
    if not revision.isdigit() or int(revision) > newest_revision:
        raise FileUnusable(f"{source} was written by a newer Mentor Desk (schema {revision}); "
                           "restore it with that version; nothing was restored", source)
    return revision


def restore(db_path: Path, source: Path, now: datetime, newest_revision: int) -> Path:
    """Put `source` in place of the database at `db_path`; returns where the database as it
    was is kept. A working database is overwritten through the backup API (a window that has
    it open sees the restored data); a damaged one is replaced as a file."""
    check_restorable(source, newest_revision)
    aside_name = f"{db_path.name}.before-restore-{_stamp(now)}.bak"
    aside = backup_dir(db_path) / aside_name
    healthy = db_path.exists() and is_sqlite_file(db_path) and damage(db_path) is None
    if not db_path.exists():
        aside = None
    elif healthy:
        backup_file(db_path, now, "restore")
    else:
        private_dir(aside.parent)
        shutil.copyfile(db_path, aside)
        os.chmod(aside, 0o600)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            kept = aside.with_name(aside.name + "-wal")
            shutil.copyfile(wal, kept)
            os.chmod(kept, 0o600)
    if healthy:
        with closing(sqlite3.connect(source)) as src, \
                closing(sqlite3.connect(db_path, timeout=15)) as live:
            try:
                src.backup(live)
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    from services.errors import DatabaseBusy

                    raise DatabaseBusy(15) from None
                raise
    else:
        tmp = db_path.with_name(f".{db_path.name}.restoring")
        shutil.copyfile(source, tmp)
        os.chmod(tmp, 0o600)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, db_path)
        _sync_folder(db_path.parent)
    return aside  # type: ignore[return-value]


def _clear_abandoned(folder: Path) -> None:
    """Remove what backups cut short (a killed process) left: temporary files of processes
    that no longer run."""
    for leftover in folder.glob(".*.tmp*"):
        match = re.search(r"\.(\d+)\.tmp", leftover.name)
        if match and int(match.group(1)) != os.getpid() and not _running(int(match.group(1))):
            leftover.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    if os.name == "nt":
        return True  # no cheap check there: a leftover stays, and is never taken for a backup
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _sync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
