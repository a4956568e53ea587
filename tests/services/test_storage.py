"""Storage: where the database is, how it is opened, and that a migration backs it up first."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from services import db as storage
from services.container import Services
from services.models import Mentee


def test_the_database_runs_in_wal_mode_with_foreign_keys_on(tmp_path: Path) -> None:
    engine, _ = storage.open_database(tmp_path / "d.sqlite3")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_db_option_wins_over_the_variable_which_wins_over_the_user_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "default_db_path", lambda: tmp_path / "home" / "default.sqlite3")
    monkeypatch.delenv(storage.DB_ENV, raising=False)
    assert storage.resolve_db_url(None).endswith("/home/default.sqlite3")
    monkeypatch.setenv(storage.DB_ENV, str(tmp_path / "env.sqlite3"))
    assert storage.resolve_db_url(None).endswith("/env.sqlite3")
    assert storage.resolve_db_url(tmp_path / "option.sqlite3").endswith("/option.sqlite3")
    assert storage.resolve_db_url("postgresql://desk@localhost/desk") == \
        "postgresql://desk@localhost/desk"


def test_the_default_database_lives_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_dir",
                        lambda app, appauthor=None: str(tmp_path / app))
    assert storage.default_db_path() == tmp_path / "MentorDesk" / "mentordesk.sqlite3"


def _at_first_revision(path: Path) -> None:
    """A database as the first release of the schema left it, with a mentee in it."""
    from alembic import command

    engine = storage.make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = storage.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text("INSERT INTO mentee (id, name, email) VALUES ('u-1', 'Sam Lee', '')"))
    engine.dispose()


def test_an_upgrade_backs_the_file_up_first_and_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _at_first_revision(path)
    engine = storage.make_engine(f"sqlite:///{path}")
    assert storage.current_revision(engine) == "0001"
    backup = storage.upgrade(engine)
    assert storage.current_revision(engine) == storage.SCHEMA_HEAD
    assert backup is not None and backup.name.startswith("old.sqlite3.before-0001-")
    assert backup.parent == tmp_path / "backups"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM mentee").fetchall() == [("Sam Lee",)]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM mentee")).scalar() == "Sam Lee"
    assert storage.upgrade(engine) is None  # current: nothing to do, no second backup
    engine.dispose()
    assert len(list(tmp_path.rglob("*.bak"))) == 1


def test_a_new_database_needs_no_backup(tmp_path: Path) -> None:
    engine = storage.make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert storage.upgrade(engine) is None
    assert storage.current_revision(engine) == storage.SCHEMA_HEAD
    engine.dispose()
    assert not list(tmp_path.rglob("*.bak"))


def test_times_are_stored_as_utc_and_read_back_aware(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "t.sqlite3")
    berlin_noon = datetime.fromisoformat("2026-07-01T12:00:00+02:00")
    with services.factory.begin() as db:
        db.add(Mentee(id="u-1", name="Sam Lee", email="", exported_at=berlin_noon))
    with services.engine.connect() as conn:
        stored = conn.execute(text("SELECT exported_at FROM mentee")).scalar()
    assert stored.startswith("2026-07-01 10:00:00")
    with services.factory() as db:
        assert db.get(Mentee, "u-1").exported_at == datetime(2026, 7, 1, 10, tzinfo=UTC)
    with pytest.raises(Exception, match="naive"), services.factory.begin() as db:
        db.add(Mentee(id="u-2", name="X", email="", exported_at=datetime(2026, 7, 1, 12)))
    services.close()
