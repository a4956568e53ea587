"""Each migration keeps every row: a database at the revision before it is filled with the sample
data (every table of that revision), upgraded, and read back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from services import db as storage
from services import demo
from services.clock import FixedClock
from services.container import Services
from services.models import Base
from services.timefmt import parse_instant

NOW = parse_instant("2026-03-02T09:00:00Z")


def sample_rows(tmp_path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of the sample data with a decision or two taken, table by table."""
    app = Services.open(tmp_path / "sample.sqlite3", FixedClock(NOW))
    demo.install(app)
    app.sessions.cancel(app.sessions.upcoming()[-1].id, "Travelling")
    app.sessions.reject(app.sessions.invitations()[0].id, "Not a fit")
    app.calendar_export.build()
    with app.engine.connect() as conn:
        tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        rows = {t: [dict(r) for r in conn.execute(text(f'SELECT * FROM "{t}"')).mappings()]
                for t in tables}
    app.close()
    return rows


def at_revision(path: Path, revision: str, rows: dict[str, list[dict[str, Any]]]) -> list[str]:
    """A database at `revision` holding `rows` in each of its tables; returns those tables."""
    from alembic import command

    engine = storage.make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = storage.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        present = set(inspect(conn).get_table_names())
        # Parents before children, for the foreign keys.
        tables = [t.name for t in Base.metadata.sorted_tables if t.name in present]
        for table in tables:
            columns = [c["name"] for c in inspect(conn).get_columns(table)]
            for row in rows[table]:
                values = {c: row[c] for c in columns}
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join(f":{c}" for c in columns)
                conn.execute(text(f'INSERT INTO "{table}" ({names}) VALUES ({marks})'), values)
    engine.dispose()
    return tables


def columns_of(path: Path, tables: list[str]) -> dict[str, list[str]]:
    engine = storage.make_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        found = {table: [c["name"] for c in inspect(conn).get_columns(table)] for table in tables}
    engine.dispose()
    return found


def read_back(path: Path, tables: list[str],
              only: dict[str, list[str]] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of `tables`; with `only`, of those columns (the ones a revision had: later
    migrations may add columns)."""
    engine = storage.make_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        found = {}
        for table in tables:
            columns = only[table] if only else [c["name"] for c in inspect(conn).get_columns(table)]
            found[table] = sorted(
                (tuple(r) for r in conn.execute(text(
                    f'SELECT {", ".join(chr(34) + c + chr(34) for c in columns)} FROM "{table}"'))),
                key=repr)
    engine.dispose()
    return found


def test_0003_keeps_every_row_and_adds_the_exported_free_blocks(tmp_path: Path) -> None:
    rows = sample_rows(tmp_path)
    path = tmp_path / "old.sqlite3"
    tables = at_revision(path, "0002", rows)
    assert {"session", "mentee", "bundle", "action", "busy_block"} <= set(tables)
    assert all(rows[t] for t in ("session", "mentee", "bundle", "action", "busy_block",
                                 "availability_window", "day_off"))
    columns = columns_of(path, tables)
    before = read_back(path, tables, columns)
    engine = storage.make_engine(f"sqlite:///{path}")
    assert storage.upgrade(engine) is not None
    engine.dispose()
    assert read_back(path, tables, columns) == before
    app = Services.open(path, FixedClock(NOW))
    try:
        export = app.calendar_export.build()
        assert export.free and export.cancelled  # the free blocks are remembered from here on
    finally:
        app.close()
