"""A new database gets its schema from the models in one go: the very tables, columns, keys,
indexes and checks that running every migration builds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from services import db as storage


def schema(path: Path) -> dict[str, Any]:
    """What the database holds, table by table, as SQLAlchemy's inspector reads it."""
    engine = storage.make_engine(f"sqlite:///{path}")
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
                                   str(i.get("dialect_options", {}).get("sqlite_where")))
                                  for i in look.get_indexes(table)),
                "unique": sorted((u["name"], tuple(u["column_names"]))
                                 for u in look.get_unique_constraints(table)),
                "checks": sorted((c["name"], " ".join(c["sqltext"].split()))
                                 for c in look.get_check_constraints(table)),
            }
        found["revision"] = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    return found


def test_a_new_database_has_the_schema_every_migration_builds(tmp_path: Path) -> None:
    from alembic import command

    migrated = tmp_path / "migrated.sqlite3"
    engine = storage.make_engine(f"sqlite:///{migrated}")
    with engine.begin() as conn:
        config = storage.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()

    created = tmp_path / "created.sqlite3"
    engine = storage.make_engine(f"sqlite:///{created}")
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
