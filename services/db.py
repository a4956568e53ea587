"""Where the database lives, how it is opened, and how its schema is kept current."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.orm import sessionmaker

from services.paths import DB_ENV  # noqa: F401 - where it was always found
from services.paths import chosen_database, default_db_path

# The newest migration in services/migrations/versions; a test keeps the two equal, so that
# start-up compares revisions without importing Alembic (which costs ~0.6 s).
SCHEMA_HEAD = "0005"
# How long a writer waits for another's transaction to end before the decision is reported as
# not taken (an import of a whole history holds the lock for some seconds).
BUSY_TIMEOUT_SECONDS = 15.0
# The execution option that makes a transaction a writer from its first statement.
WRITER = "mentordesk_writer"
# The engine's busy timeout, as an execution option, for the sentence that reports it.
BUSY_TIMEOUT = "mentordesk_busy_timeout"


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
    path.parent.mkdir(parents=True, exist_ok=True)
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
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


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
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(engine: Engine, path: Path, revision: str) -> Path:
    """A consistent copy of the live database beside it, before a migration touches it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    raw = engine.raw_connection()
    try:
        with sqlite3.connect(target) as copy:
            raw.driver_connection.backup(copy)
    finally:
        raw.close()
    return target


def upgrade(engine: Engine) -> Path | None:
    """Bring the schema to the newest revision; returns the backup made, if any."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return None
    if revision is None and create_schema(engine):
        return None
    backup = None
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if revision is not None and path is not None and path.exists():
        backup = backup_sqlite(engine, path, revision)
    from alembic import command

    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup


def create_schema(engine: Engine) -> bool:
    """Give a database without any table the newest schema in one go, from the models, stamped
    with SCHEMA_HEAD: the tables the migrations build (a test holds the two equal), without
    loading Alembic and running every migration. False for a database that holds tables."""
    from services.models import Base

    with engine.begin() as conn:
        if inspect(conn).get_table_names():
            return False
        Base.metadata.create_all(conn)
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                          "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:head)"),
                     {"head": SCHEMA_HEAD})
    return True


def alembic_config():  # noqa: ANN201 - alembic is imported lazily, so its type is too
    from alembic.config import Config

    here = Path(__file__).resolve().parent / "migrations"
    config = Config()
    config.set_main_option("script_location", str(here))
    return config


def open_database(db: str | os.PathLike[str] | None = None) -> tuple[Engine, sessionmaker]:
    """Open (creating or upgrading as needed) the database and return engine and session factory."""
    engine = make_engine(resolve_db_url(db))
    upgrade(engine)
    return engine, sessionmaker(engine, expire_on_commit=False)

