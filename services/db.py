"""Where the database lives, how it is opened, and how its schema is kept current."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import sessionmaker

from services import backups
from services.errors import FileUnusable
from services.paths import DB_ENV  # noqa: F401 - where it was always found
from services.paths import (
    PRIVATE_FILE_MODE,
    chosen_database,
    default_db_path,
    private_dir,
    private_file,
)

# The newest migration in services/migrations/versions; a test keeps the two equal, so that
# start-up compares revisions without importing Alembic (which costs ~0.6 s).
SCHEMA_HEAD = "0010"
# How long a writer waits for another's transaction to end before the decision is reported as
# not taken (an import of a whole history holds the lock for some seconds).
BUSY_TIMEOUT_SECONDS = 15.0
# The execution option that makes a transaction a writer from its first statement.
WRITER = "mentordesk_writer"
# The engine's busy timeout, as an execution option, for the sentence that reports it.
BUSY_TIMEOUT = "mentordesk_busy_timeout"
# Where a session factory keeps the write counts its own writers took (services.store.writing).
OWN_WRITES = "mentordesk_own_writes"
# On a database server, desks that change the schema (a first start creating it, an upgrade)
# queue on this transaction-scoped advisory lock, as BEGIN IMMEDIATE makes them queue on SQLite.
SCHEMA_LOCK_KEY = 0x4D44_5752  # "MDWR"


def resolve_db_url(db: str | os.PathLike[str] | None) -> str:
    """`--db` wins, then MENTORDESK_DB, then the platform's user data directory.

    A value with '://' is taken as a SQLAlchemy URL (e.g. a PostgreSQL one), anything else as a
    SQLite file path.
    """
    chosen = chosen_database(db)
    if chosen and "://" in chosen:
        return chosen
    if chosen == ":memory:":
        return "sqlite://"
    path = Path(chosen).expanduser() if chosen else default_db_path()
    return f"sqlite:///{path.resolve()}"


def sqlite_path(url: str) -> Path | None:
    prefix = "sqlite:///"
    return Path(url[len(prefix):]) if url.startswith(prefix) and len(url) > len(prefix) else None


def make_engine(url: str, busy_timeout: float | None = None) -> Engine:
    """An engine whose messages never carry the values of a statement (names, e-mail, forms).

    On SQLite, a transaction begins as the services ask (see `services.store.writing`): a
    writer with BEGIN IMMEDIATE, so that its checks and its writes see one state of the file
    and a second writer waits for it; every other transaction with a deferred BEGIN, so that
    readers never queue behind a writer (WAL lets them read alongside).
    """
    if url.startswith("sqlite"):
        from sqlalchemy.pool import StaticPool

        memory = sqlite_path(url) is None
        timeout = BUSY_TIMEOUT_SECONDS if busy_timeout is None else busy_timeout
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": timeout},
            poolclass=StaticPool if memory else None,
            hide_parameters=True,
            execution_options={BUSY_TIMEOUT: timeout},
        )
        event.listen(engine, "connect", _sqlite_connected)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    timeout = BUSY_TIMEOUT_SECONDS if busy_timeout is None else busy_timeout
    try:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True,
                               execution_options={BUSY_TIMEOUT: timeout})
    except ImportError:
        if not url.startswith("postgresql"):
            raise
        # The driver is an optional extra: a desk on SQLite needs none of it.
        where = make_url(url).render_as_string()
        raise FileUnusable(f"cannot open {where}: the PostgreSQL driver (psycopg) is not "
                           "installed; install it with pip install 'mentordesk[postgresql]'",
                           where) from None
    if engine.dialect.name == "postgresql":
        from services.models import partial_on_servers

        partial_on_servers()
        # How long a statement waits for a lock (a writer for the mentor's row, which another
        # writer holds) before the server gives up: the busy timeout, as on SQLite.
        event.listen(engine, "connect", lambda dbapi_connection, _record: _server_connected(
            dbapi_connection, timeout))
    return engine


def _server_connected(dbapi_connection: Any, timeout: float) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = {int(timeout * 1000)}")
    dbapi_connection.commit()


def _sqlite_connected(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # The driver's own BEGIN comes only before a write, after the checks have read: it is
    # switched off, and `_sqlite_begin` opens every transaction itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITER)
                         else "BEGIN")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision(conn)


def _revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revision(revision: str | None) -> bool:
    """Whether this Mentor Desk can open a database at `revision` (revisions count up)."""
    return revision is None or (revision.isdigit() and int(revision) <= int(SCHEMA_HEAD))


def newer_message(where: object, revision: str) -> str:
    return (f"{where} was written by a newer Mentor Desk (schema {revision}; this one knows up "
            f"to {SCHEMA_HEAD}): open it with that version, or point --db at another file; "
            "nothing was changed")


def upgrade(engine: Engine, now: datetime | None = None) -> Path | None:
    """Bring the schema to the newest revision; returns the backup made, if any."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return None
    if not known_revision(revision):
        raise FileUnusable(newer_message(engine.url.render_as_string(), revision), engine.url)
    if revision is None and create_schema(engine):
        return None
    backup = None
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if revision is not None and path is not None and path.exists():
        raw = engine.raw_connection()
        try:
            backup = backups.backup_file(path, now or datetime.now(UTC), revision,
                                         source=raw.driver_connection)
        finally:
            raw.close()
    migrate(engine, "head", only_if_behind=True)
    return backup


def migrate(engine: Engine, revision: str, only_if_behind: bool = False) -> None:
    """Run the migrations up to `revision` in one transaction, as a writer (two desks starting
    at once do not both migrate). On SQLite, with foreign keys off while they run (a migration
    that makes a table anew drops a table others refer to; SQLite cannot switch them off
    inside a transaction) and every reference checked before the commit."""
    from alembic import command

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.execution_options(**{WRITER: True}).begin():
                _lock_schema(conn)
                if only_if_behind and _revision(conn) == SCHEMA_HEAD:
                    return
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise FileUnusable(f"{engine.url.render_as_string()}: the upgrade would "
                                       "leave rows that refer to rows that are not there; "
                                       "nothing was changed")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


def create_schema(engine: Engine) -> bool:
    """Give a database without any table the newest schema in one go, from the models and the
    search index, stamped with SCHEMA_HEAD: the tables the migrations build (a test holds the
    two equal), without loading Alembic and running every migration. False for a database
    that holds tables."""
    from services import search_index
    from services.models import Base

    # A writer, so that of two desks starting at once on a new file only one creates it.
    with schema_writer(engine) as conn:
        if inspect(conn).get_table_names():
            return False
        Base.metadata.create_all(conn)
        search_index.install(conn)
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                          "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:head)"),
                     {"head": SCHEMA_HEAD})
    return True


@contextmanager
def schema_writer(engine: Engine) -> Iterator[Connection]:
    """A transaction that may change the schema, one desk at a time."""
    with engine.execution_options(**{WRITER: True}).begin() as conn:
        _lock_schema(conn)
        yield conn


def _lock_schema(conn: Connection) -> None:
    """On a database server, wait for any other desk changing the schema (SQLite's writer
    lock already does so)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})


def refresh_statistics(conn: Connection) -> None:
    """On SQLite, tell the query planner how many rows each index narrows to (ANALYZE, about
    0.15 s at 100 000 sessions), after writes that change that a lot (an import). Without
    these figures it takes an index that leads with `mentor_id` for a narrow one, and reads
    every session of the mentor to find a page of 50 by id. A server keeps its own figures
    (autovacuum)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("ANALYZE")


def alembic_config():  # noqa: ANN201 - alembic is imported lazily, so its type is too
    from alembic.config import Config

    here = Path(__file__).resolve().parent / "migrations"
    config = Config()
    config.set_main_option("script_location", str(here))
    return config


def open_database(db: str | os.PathLike[str] | None = None,
                  now: datetime | None = None,
                  mentor: str | None = None) -> tuple[Engine, sessionmaker]:
    """Open (creating or upgrading as needed) the database and return engine and session factory.

    A database file that cannot be used (a folder, not a database, in a folder that cannot be
    written, written by a newer Mentor Desk, damaged) is refused with FileUnusable before
    anything is written to it or a backup is taken. Given `now`, the first opening of a day
    checks the file (PRAGMA quick_check) and backs it up.

    The sessions the factory makes work for one mentor (services/scope.py): `mentor`, else
    MENTORDESK_MENTOR, else the only one the database shows this connection.
    """
    from services import scope

    url = resolve_db_url(db)
    path = sqlite_path(url)
    daily_due = path is not None and usable_sqlite_file(path, now)
    engine = make_engine(url)  # FileUnusable without the driver a server URL needs
    try:
        upgrade(engine, now)
        if daily_due:
            assert path is not None and now is not None
            raw = engine.raw_connection()
            try:
                backups.take_daily(path, now, source=raw.driver_connection)
            finally:
                raw.close()
        with engine.connect() as conn:
            chosen = scope.choose(conn, scope.chosen_mentor(mentor),
                                  path or engine.url.render_as_string())
    except FileUnusable:
        engine.dispose()
        raise
    except (DBAPIError, OSError) as exc:
        engine.dispose()
        where = path or engine.url.render_as_string()
        raise FileUnusable(f"cannot open {where}: {_reason(exc)}", where) from exc
    # The versions this desk's own writers counted (services.store.writing): shared by every
    # session the factory makes.
    factory = sessionmaker(engine, expire_on_commit=False, info={OWN_WRITES: set()})
    scope.install(factory, chosen)
    return engine, factory


def usable_sqlite_file(path: Path, now: datetime | None = None) -> bool:
    """Refuse (FileUnusable) a database path that cannot be used, saying what to do; make the
    file (0600) and its folder (0700) if missing. Returns whether the day's check and backup
    are due: they are for a database with data, the first time it is opened on `now`'s day."""
    if path.is_dir():
        raise FileUnusable(f"{path} is a folder, not a database file: give a file's path "
                           f"(a new one is created), e.g. {path / 'mentordesk.sqlite3'}", path)
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise FileUnusable(f"cannot use {path}: {folder} is a file, not a folder", path)
    try:
        if not folder.exists() or folder == default_db_path().parent:
            private_dir(folder)
    except OSError as exc:
        raise FileUnusable(f"cannot use {path}: the folder {folder} cannot be made "
                           f"({_reason(exc)}); choose another place with --db PATH",
                           path) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileUnusable(f"cannot use {path}: the folder {folder} is not writable (SQLite "
                           "keeps its journal beside the database); choose a folder you can "
                           "write to with --db PATH", path)
    if not path.exists():
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))
        except FileExistsError:
            pass  # another desk made it a moment ago
        except OSError as exc:
            raise FileUnusable(f"cannot make {path}: {_reason(exc)}", path) from None
        return False
    if not os.access(path, os.R_OK | os.W_OK):
        raise FileUnusable(f"cannot use {path}: it is read-only for you; make it writable, or "
                           "point --db at another file", path)
    try:
        sqlite_file = backups.is_sqlite_file(path)
        revision, has_tables = backups.stored_revision(path) if sqlite_file else (None, False)
    except (OSError, sqlite3.DatabaseError) as exc:
        raise FileUnusable(backups.damaged_message(path, _reason(exc)), path) from None
    if not sqlite_file:
        raise FileUnusable(f"{path} is not a Mentor Desk database (it is not an SQLite file): "
                           "point --db at your database, or at a new file name to start one",
                           path)
    if revision is None and has_tables:
        raise FileUnusable(f"{path} is another program's SQLite database, not Mentor Desk's: "
                           "point --db at your database, or at a new file name to start one",
                           path)
    if not known_revision(revision):
        raise FileUnusable(newer_message(path, revision), path)  # type: ignore[arg-type]
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        private_file(file)
    if revision is None or now is None or backups.has_backup_on(path, now):
        return False
    problem = backups.damage(path)
    if problem:
        raise FileUnusable(backups.damaged_message(path, problem), path)
    return True


def backup_now(engine: Engine, now: datetime) -> Path:
    """A backup of the database file now (after checking it), kept with the daily ones."""
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is None:
        raise FileUnusable("backups are taken of a database file; a database on a server is "
                           "backed up with the server's own tools (e.g. pg_dump)")
    problem = backups.damage(path)
    if problem:
        raise FileUnusable(backups.damaged_message(path, problem), path)
    raw = engine.raw_connection()
    try:
        return backups.take_daily(path, now, source=raw.driver_connection)
    finally:
        raw.close()


@dataclass(frozen=True)
class Restored:
    database: Path
    source: Path
    aside: Path | None
    revision: str
    upgraded_from: str | None


def restore_database(db: str | os.PathLike[str] | None, source: Path,
                     now: datetime) -> Restored:
    """Put the backup `source` in place of the database (keeping the current one aside), then
    open it as usual, which upgrades an older schema."""
    path = sqlite_path(resolve_db_url(db))
    if path is None:
        raise FileUnusable("only a database file can be restored from a backup file")
    if path.is_dir():
        raise FileUnusable(f"{path} is a folder, not a database file", path)
    revision = backups.check_restorable(source.expanduser().resolve(), int(SCHEMA_HEAD))
    aside = backups.restore(path, source.expanduser().resolve(), now, int(SCHEMA_HEAD))
    engine, _ = open_database(path, now)
    try:
        now_at = current_revision(engine)
    finally:
        engine.dispose()
    return Restored(path, source, aside, now_at or revision,
                    revision if revision != now_at else None)


def damaged_database(engine: Engine, exc: BaseException) -> FileUnusable | None:
    """A damaged database file met while working (the day's check passed before the damage):
    told as at start-up, with where the latest backup is."""
    orig = getattr(exc, "orig", None)
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if path is None or not isinstance(orig, sqlite3.DatabaseError):
        return None
    if "malformed" not in str(orig) and "not a database" not in str(orig):
        return None
    return FileUnusable(backups.damaged_message(path, str(orig)), path)


def _reason(exc: BaseException) -> str:
    """The driver's or the system's own words, without the statement (which may hold data),
    on one line (a server's answer comes as FATAL: and DETAIL: lines)."""
    orig = getattr(exc, "orig", None)
    if orig is not None:
        return "; ".join(" ".join(line.split()) for line in str(orig).splitlines()
                         if line.strip())
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower() if exc.strerror[:1].isupper() else exc.strerror
    return str(exc)
