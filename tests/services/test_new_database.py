"""A new database gets its schema from the models in one go: the very tables, columns, keys,
indexes and checks that running every migration builds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from services import db as storage


def schema(path: Path | str) -> dict[str, Any]:
    """What the database holds, table by table, as SQLAlchemy's inspector reads it."""
    engine = storage.make_engine(storage.resolve_db_url(str(path)))
    with engine.connect() as conn:
        found: dict[str, Any] = {}
        look = inspect(conn)
        for table in look.get_table_names():
            found[table] = {
                "columns": [(c["name"], str(c["type"]), c["nullable"], c.get("default"))
                            for c in look.get_columns(table)],
                "primary key": look.get_pk_constraint(table)["constrained_columns"],
                "foreign keys": sorted((tuple(f["constrained_columns"]), f["referred_table"],
                                        tuple(f["referred_columns"]))
                                       for f in look.get_foreign_keys(table)),
                "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]),
                                   # A partial index's condition (sqlite_where or
                                   # postgresql_where), as text.
                                   sorted((k, str(v)) for k, v in
                                          i.get("dialect_options", {}).items()))
                                  for i in look.get_indexes(table)),
                "unique": sorted((u["name"], tuple(u["column_names"]))
                                 for u in look.get_unique_constraints(table)),
                "checks": sorted((c["name"], " ".join(c["sqltext"].split()))
                                 for c in look.get_check_constraints(table)),
            }
        found["revision"] = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    return found


def test_a_new_database_has_the_schema_every_migration_builds(databases) -> None:  # noqa: ANN001
    from alembic import command

    migrated = databases("migrated", empty=True)
    engine = storage.make_engine(storage.resolve_db_url(migrated))
    with engine.begin() as conn:
        config = storage.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()

    created = databases("created", empty=True)
    engine = storage.make_engine(storage.resolve_db_url(created))
    assert storage.upgrade(engine) is None
    assert storage.current_revision(engine) == storage.SCHEMA_HEAD
    engine.dispose()
    assert schema(created) == schema(migrated)


def test_a_database_with_tables_but_no_revision_is_not_created_over(tmp_path: Path) -> None:
    path = tmp_path / "foreign.sqlite3"
    engine = storage.make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (body TEXT)"))
    assert storage.create_schema(engine) is False
    with engine.connect() as conn:
        assert inspect(conn).get_table_names() == ["notes"]
    engine.dispose()
