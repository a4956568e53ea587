"""The files a mentor points Mentor Desk at: the database (`--db`) and every path written to.
Whatever is wrong with one gets one sentence naming it and what to do, exit 5, and nothing is
changed; the private ones (database, backups, log) are readable by their owner alone."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import stat
from pathlib import Path

import pytest

from services import cli
from services.clock import FixedClock
from services.container import Services
from services.db import SCHEMA_HEAD
from services.timefmt import parse_instant
from tests import ordinary_user
from tests.services.builders import dump, write
from tests.test_cli import NOW, platform_export, script


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.run(["--now", NOW, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.S_IMODE(path.stat().st_mode)


def loaded(db: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    export = write(db.parent / "export.json", platform_export())
    assert run("--db", str(db), "import", str(export), capsys=capsys)[0] == 0
    return db


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- the database file ---------------------------------------------------------------------------

def test_db_at_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run("--db", str(tmp_path), "upcoming", capsys=capsys)
    assert (code, out) == (5, "")
    assert err == (f"mentordesk: {tmp_path} is a folder, not a database file: give a file's path "
                   f"(a new one is created), e.g. {tmp_path / 'mentordesk.sqlite3'}\n")
    assert list(tmp_path.iterdir()) == []


def test_db_at_a_file_that_is_not_a_database(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Call Sam on Tuesday\n")
    notes.chmod(0o644)
    before = digest(notes)
    code, _, err = run("--db", str(notes), "accept", "r-1", capsys=capsys)
    assert code == 5
    assert err == (f"mentordesk: {notes} is not a Mentor Desk database (it is not an SQLite "
                   "file): point --db at your database, or at a new file name to start one\n")
    assert digest(notes) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # no backup, no journal


def test_db_of_another_program(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "places.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    before = digest(other)
    code, _, err = run("--db", str(other), "demo", capsys=capsys)
    assert code == 5
    assert err == (f"mentordesk: {other} is another program's SQLite database, not Mentor "
                   "Desk's: point --db at your database, or at a new file name to start one\n")
    assert digest(other) == before


def test_db_written_by_a_newer_mentor_desk_is_not_opened_nor_backed_up(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = loaded(tmp_path / "desk.sqlite3", capsys)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0042'")
    conn.close()
    before = digest(db)
    for day in ("2026-03-03", "2026-03-04", "2026-03-05"):
        capsys.readouterr()
        code = cli.run(["--db", str(db), "--now", f"{day}T09:00:00Z", "upcoming"])
        err = capsys.readouterr().err
        assert code == 5
        assert err == (f"mentordesk: {db} was written by a newer Mentor Desk (schema 0042; "
                       f"this one knows up to {SCHEMA_HEAD}): open it with that "
                       "version, or point --db at another file; nothing was changed\n")
    assert digest(db) == before
    assert not (tmp_path / "backups").exists()


def test_db_in_a_folder_you_cannot_write(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    db = loaded(locked / "desk.sqlite3", capsys)
    locked.chmod(0o555)
    env = dict(os.environ, MENTORDESK_NOW=NOW, XDG_STATE_HOME=str(tmp_path / "state"))
    try:
        for target in (db, locked / "new.sqlite3", locked / "sub" / "new.sqlite3"):
            done = ordinary_user.run([script(), "--db", str(target), "invitations"], env=env)
            assert done.returncode == 5, done.stderr
            assert done.stderr.count("\n") == 1 and str(target) in done.stderr
            assert str(locked) in done.stderr and "--db PATH" in done.stderr
        assert "is not writable" in ordinary_user.run(
            [script(), "--db", str(db), "upcoming"], env=env).stderr
    finally:
        locked.chmod(0o755)
    assert sorted(p.name for p in locked.iterdir()) == ["desk.sqlite3", "export.json"]


def test_a_read_only_database_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = loaded(tmp_path / "desk.sqlite3", capsys)
    db.chmod(0o400)
    env = dict(os.environ, MENTORDESK_NOW=NOW, XDG_STATE_HOME=str(tmp_path / "state"))
    done = ordinary_user.run([script(), "--db", str(db), "accept", "r-1"], env=env)
    assert done.returncode == 5
    assert done.stderr == (f"mentordesk: cannot use {db}: it is read-only for you; make it "
                           "writable, or point --db at another file\n")


def damage(path: Path) -> None:
    """Scribble over the session table's first page, as a failing disk might."""
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'session'").fetchone()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root[0] - 1) * size + 8)
        handle.write(b"\xff" * 200)


def test_a_damaged_database_is_never_written_and_names_the_latest_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = loaded(tmp_path / "desk.sqlite3", capsys)
    code, out, _ = run("--db", str(db), "backup", capsys=capsys)
    latest = Path(out.split()[-1])
    assert code == 0 and latest.parent == tmp_path / "backups"
    damage(db)
    before = digest(db)
    tomorrow = "2026-03-03T09:00:00Z"  # the day's first start checks the file
    for argv in (["accept", "r-1"], ["upcoming"], ["backup"]):
        capsys.readouterr()
        assert cli.run(["--db", str(db), "--now", tomorrow, *argv]) == 5
        err = capsys.readouterr().err
        assert re.match(rf"mentordesk: {re.escape(str(db))} is damaged \((SQLite's check "
                        r"found: .+|database disk image is malformed)\)", err)
        assert err.endswith(f"); Mentor Desk will not write to it. The latest backup is {latest} "
                            f"(restore it with: mentordesk restore {latest})\n")
        assert err.count("\n") == 1
    assert digest(db) == before
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [latest.name]

    code, out, err = run("--db", str(db), "restore", str(latest), capsys=capsys)
    assert code == 0, err
    assert run("--db", str(db), "--now", tomorrow, "accept", "r-1", capsys=capsys)[0] == 0


def test_damage_met_after_the_days_check_is_told_the_same_way(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = loaded(tmp_path / "desk.sqlite3", capsys)
    assert run("--db", str(db), "upcoming", capsys=capsys)[0] == 0  # today's check and backup
    damage(db)
    code, _, err = run("--db", str(db), "sessions", capsys=capsys)
    assert code == 5 and err.startswith(f"mentordesk: {db} is damaged (")
    assert "The latest backup is" in err and err.count("\n") == 1


# -- paths the mentor names for writing ----------------------------------------------------------

WRITERS = {"export-ics": ["export-ics"], "outbox": ["outbox"], "calendar-file": ["calendar-file"]}


def _decided(db: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    loaded(db, capsys)
    assert run("--db", str(db), "accept", "r-1", capsys=capsys)[0] == 0
    return db


@pytest.mark.parametrize("command", WRITERS)
@pytest.mark.parametrize("case", ["missing folder", "a folder", "under a file"])
def test_a_path_that_cannot_be_written_gets_one_sentence_and_exit_5(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, case: str) -> None:
    db = _decided(tmp_path / "desk.sqlite3", capsys)
    (tmp_path / "blocker").write_text("a file")
    (tmp_path / "out.ics").mkdir()
    target, problem = {
        "missing folder": (tmp_path / "nowhere" / "out.ics",
                           f"the folder {tmp_path / 'nowhere'} does not exist"),
        "a folder": (tmp_path / "out.ics", "it is a folder; give a file name"),
        "under a file": (tmp_path / "blocker" / "out.ics",
                         f"{tmp_path / 'blocker'} is a file, not a folder"),
    }[case]
    before = dump_of(db)
    code, out, err = run("--db", str(db), *WRITERS[command], str(target), capsys=capsys)
    assert (code, out) == (5, "")
    assert err == f"mentordesk: cannot write {target}: {problem}; nothing was written\n"
    assert dump_of(db) == before
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("command", WRITERS)
def test_a_folder_you_cannot_write_gets_one_sentence_and_exit_5(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    db = _decided(tmp_path / "desk.sqlite3", capsys)
    locked = tmp_path / "shared"
    locked.mkdir(mode=0o555)
    before = dump_of(db)
    env = dict(os.environ, MENTORDESK_NOW=NOW, XDG_STATE_HOME=str(tmp_path / "state"))
    done = ordinary_user.run([script(), "--db", str(db), *WRITERS[command],
                              str(locked / "out.ics")], env=env)
    assert (done.returncode, done.stdout) == (5, "")
    assert done.stderr == (f"mentordesk: cannot write {locked / 'out.ics'}: the folder {locked} "
                           "is not writable; nothing was written\n")
    assert dump_of(db) == before and list(locked.iterdir()) == []


def dump_of(db: Path) -> dict:
    app = Services.open(db)
    try:
        return dump(app.engine)
    finally:
        app.close()


# -- private files -------------------------------------------------------------------------------

@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's folders under tmp_path, the usual umask 022, no --db."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("MENTORDESK_DB", raising=False)
    previous = os.umask(0o022)
    yield tmp_path
    os.umask(previous)


def test_database_backups_and_log_are_the_users_alone(home: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    export = write(home / "export.json", platform_export())
    assert run("import", str(export), capsys=capsys)[0] == 0
    assert run("backup", capsys=capsys)[0] == 0
    data = home / "data" / "MentorDesk"
    db = data / "mentordesk.sqlite3"
    # Holds the database open: its -wal and -shm exist meanwhile.
    app = Services.open(None, FixedClock(parse_instant(NOW)))
    try:
        app.sessions.accept("r-1")
        files = [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                 *(data / "backups").iterdir()]
        assert len(files) == 4
        assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}
    finally:
        app.close()
    assert mode(data) == mode(data / "backups") == 0o700
    provoke_a_failure(db, capsys)
    log = home / "state" / "MentorDesk" / "log" / "mentordesk.log"
    assert mode(log) == 0o600
    assert mode(log.parent) == mode(log.parent.parent) == 0o700


def test_files_made_under_an_earlier_looser_umask_are_tightened(
        home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = home / "data" / "MentorDesk"
    data.mkdir(parents=True, mode=0o755)
    os.chmod(data, 0o755)
    db = data / "mentordesk.sqlite3"
    loaded(db, capsys)
    db.chmod(0o644)
    assert run("upcoming", capsys=capsys)[0] == 0
    assert (mode(data), mode(db)) == (0o700, 0o600)


def provoke_a_failure(db: Path, capsys: pytest.CaptureFixture[str],
                      table: str = "session") -> str:
    """An import that fails inside the database (a trigger refuses the rows of `table`), on a
    statement holding names, e-mail addresses or form answers: exit 1, logged."""
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER IF EXISTS refuse")
        conn.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON {table} "
                     "BEGIN SELECT RAISE(ABORT, 'provoked by the test'); END")
    conn.close()
    document = platform_export()
    document["mentees"].append({"id": "u-secret", "name": "Zelda Quistgaard",
                                "email": "zelda.q@hidden.example"})
    document["sessions"].append({
        "id": "r-secret", "type": "intro", "mentee_id": "u-secret",
        "start": "2026-03-09T10:00:00Z", "duration_minutes": 20, "status": "requested",
        "form": {"What do you want to achieve?": "Leave my employer XYZZY-Corp quietly"}})
    code, out, err = run("import", str(write(db.parent.parent / "secret.json", document)),
                         capsys=capsys)
    assert code == 1 and err.startswith("mentordesk: unexpected error: IntegrityError")
    return err


def test_the_log_never_holds_names_e_mail_or_form_text(home: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    export = write(home / "export.json", platform_export())
    assert run("import", str(export), capsys=capsys)[0] == 0
    db = home / "data" / "MentorDesk" / "mentordesk.sqlite3"
    err = provoke_a_failure(db, capsys, "mentee") + provoke_a_failure(db, capsys, "session")
    log = (home / "state" / "MentorDesk" / "log" / "mentordesk.log").read_text(encoding="utf-8")
    assert log.count("ERROR mentordesk: unexpected error") == 2
    assert log.count("provoked by the test") >= 2
    assert "INSERT INTO mentee" in log and "INSERT INTO session" in log
    for private in ("Zelda", "zelda.q@hidden.example", "XYZZY", "Quistgaard"):
        assert private not in log and private not in err
    assert "[SQL parameters hidden" in log
