"""Backups: whole or absent (never a cut-short .bak), one a day for the last seven days, and a
restore that checks the file first and keeps the current database aside."""

from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from services import backups
from services import db as storage
from services.clock import FixedClock
from services.container import Services
from services.errors import FileUnusable, NotFound
from services.timefmt import parse_instant
from tests.migrations import database_at, fill
from tests.services.builders import dump, export, intro, write

NOW = parse_instant("2026-03-02T09:00:00Z")


def desk(path: Path, days: int = 0) -> Services:
    return Services.open(path, FixedClock(NOW + timedelta(days=days)))


def filled(path: Path) -> Path:
    app = desk(path)
    app.importer.import_document(export(sessions=[intro("r-1", "u-1", "2026-03-05T10:00:00Z")]))
    app.close()
    return path


def test_the_first_opening_of_each_day_checks_and_backs_up_keeping_seven_days(
        tmp_path: Path) -> None:
    db = filled(tmp_path / "desk.sqlite3")
    for day in range(10):
        for _ in range(2):  # the second opening of a day takes none
            desk(db, day).close()
    kept = backups.daily_backups(db)
    assert [p.name for p in kept] == [f"desk.sqlite3.202603{d:02d}T090000Z.bak"
                                      for d in range(5, 12)]
    assert all(stat_mode(p) == 0o600 for p in kept) and stat_mode(kept[0].parent) == 0o700
    with sqlite3.connect(kept[-1]) as copy:
        assert copy.execute("SELECT id FROM session").fetchall() == [("r-1",)]
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "desk.sqlite3"]


def test_a_new_database_is_not_backed_up(tmp_path: Path) -> None:
    desk(tmp_path / "new.sqlite3").close()
    assert backups.backups(tmp_path / "new.sqlite3") == []


def test_a_backup_asked_for_keeps_the_days_newest_and_the_pre_migration_ones(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from services import cli

    db = filled(tmp_path / "desk.sqlite3")
    migration = backups.backup_file(db, NOW - timedelta(days=30), "0001")
    assert cli.run(["--db", str(db), "--now", "2026-03-02T10:00:00Z", "backup"]) == 0
    made = tmp_path / "backups" / "desk.sqlite3.20260302T100000Z.bak"
    assert capsys.readouterr().out == f"backed up to {made}\n"
    assert backups.backups(db) == [migration, made]
    engine = storage.make_engine(f"sqlite:///{made}")
    assert dump(engine)["session"] == dump_of(db)["session"]
    engine.dispose()


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def dump_of(db: Path) -> dict:
    app = desk(db)
    try:
        return dump(app.engine)
    finally:
        app.close()


BACKUP_ONE = """
import sys
from datetime import datetime, UTC
from pathlib import Path
from services import backups
print("ready", flush=True)
backups.backup_file(Path(sys.argv[1]), datetime.now(UTC), "0001")
print("done", flush=True)
"""


def test_a_backup_killed_midway_leaves_no_bak_that_looks_whole(tmp_path: Path) -> None:
    db = tmp_path / "big.sqlite3"
    engine = database_at(db, "0002")
    fill(engine)
    engine.dispose()
    kills = 0
    for attempt in range(8):
        child = subprocess.Popen([sys.executable, "-c", BACKUP_ONE, str(db)],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline() == "ready\n"
        time.sleep(0.004 * attempt)
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        kills += child.returncode == -signal.SIGKILL
        for made in backups.backups(db):
            assert backups.damage(made, at_rest=True) is None
            made.unlink()
    assert kills >= 6  # most were cut short, not finished
    # What a cut-short backup leaves is a hidden temporary file, never taken for a backup,
    # and cleared by the next backup.
    whole = backups.backup_file(db, NOW)
    assert backups.backups(db) == [whole]
    assert [p.name for p in whole.parent.iterdir()] == [whole.name]


# -- restore -------------------------------------------------------------------------------------

def test_restore_checks_the_file_first_and_changes_nothing_when_it_is_unusable(
        tmp_path: Path) -> None:
    db = filled(tmp_path / "desk.sqlite3")
    before = dump_of(db)
    notes = tmp_path / "notes.bak"
    notes.write_text("not a database")
    newer = tmp_path / "newer.bak"
    backups.backup_file(db, NOW, "x").rename(newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.close()
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    for source, sentence in ((notes, "is not a Mentor Desk database (not an SQLite file)"),
                             (newer, "was written by a newer Mentor Desk (schema 0099)"),
                             (other, "is an SQLite file but not a Mentor Desk database")):
        with pytest.raises(FileUnusable, match=re.escape(sentence)):
            storage.restore_database(db, source, NOW)
    with pytest.raises(NotFound):
        storage.restore_database(db, tmp_path / "missing.bak", NOW)
    assert dump_of(db) == before
    assert not [p for p in backups.backups(db) if "restore" in p.name]


def test_restore_keeps_the_current_database_aside_and_an_open_desk_sees_the_backup(
        tmp_path: Path) -> None:
    db = filled(tmp_path / "desk.sqlite3")
    saved = backups.backup_file(db, NOW - timedelta(hours=1))
    other_desk = desk(db)  # a window with the database open meanwhile
    other_desk.sessions.accept("r-1")
    decided = dump_of(db)
    restored = storage.restore_database(db, saved, NOW)
    assert restored.aside is not None and "before-restore" in restored.aside.name
    assert restored.upgraded_from is None
    assert other_desk.sessions.get("r-1").status == "requested"
    other_desk.close()
    engine = storage.make_engine(f"sqlite:///{restored.aside}")
    assert dump(engine) == decided  # the database as it was, decision and all
    engine.dispose()


def test_restoring_an_older_schema_upgrades_it_and_a_damaged_database_is_replaced(
        tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    engine = database_at(old, "0002")
    fill(engine)
    with engine.connect() as conn:
        mentee = conn.exec_driver_sql("SELECT mentee.name FROM session JOIN mentee "
                                      "ON mentee.id = session.mentee_id WHERE session.id = 's-7'"
                                      ).scalar()
    engine.dispose()
    db = tmp_path / "desk.sqlite3"
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)  # a header and nothing sound after
    restored = storage.restore_database(db, old, NOW)
    assert (restored.upgraded_from, restored.revision) == ("0002", storage.SCHEMA_HEAD)
    assert restored.aside.read_bytes()[:16] == b"SQLite format 3\x00"
    app = desk(db)
    assert app.sessions.get("s-7").mentee_name == mentee
    app.close()


def test_restore_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from services import cli

    db = filled(tmp_path / "desk.sqlite3")
    saved = backups.backup_file(db, NOW - timedelta(hours=1))
    assert cli.run(["--db", str(db), "--now", "2026-03-02T09:00:00Z", "accept", "r-1"]) == 0
    capsys.readouterr()
    assert cli.run(["--db", str(db), "--now", "2026-03-02T09:00:00Z", "restore",
                    str(saved)]) == 0
    out = capsys.readouterr().out.splitlines()
    aside = tmp_path / "backups" / "desk.sqlite3.before-restore-20260302T090000Z.bak"
    assert out == [f"restored {db} from {saved}", f"the database as it was is kept in {aside}"]
    engine = storage.make_engine(f"sqlite:///{aside}")
    assert dump_of(db)["session"] != dump(engine)["session"]
    engine.dispose()
    capsys.readouterr()
    assert cli.run(["--db", str(db), "restore", str(tmp_path / "nothing.bak")]) == 4
    write(tmp_path / "e.json", {})
    assert cli.run(["--db", str(db), "restore", str(tmp_path / "e.json")]) == 5
    err = capsys.readouterr().err
    assert err.endswith("e.json is not a Mentor Desk database (not an SQLite file); nothing was "
                        "restored\n")
