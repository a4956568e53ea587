"""Two desks on one database at once: no double booking, no contradictory decision, no
"database is locked" reaching the mentor, whatever the timing."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from services import cli
from services import db as storage
from services.clock import FixedClock
from services.container import Services
from services.demo import build_export
from services.timefmt import utc_z
from tests.concurrency import races
from tests.services.builders import dump, write

RACES_PER_KIND = 200
# Real processes on two shared cores: generous bounds, so a busy machine is not a failure.
pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def desks() -> Iterator[races.Desks]:
    pool = races.Desks()
    yield pool
    pool.close()


@pytest.fixture
def race_url(databases) -> str:  # noqa: ANN001
    """An empty database for one race, on each engine (a SQLite file that two processes
    share; a PostgreSQL database that two processes connect to)."""
    return databases("race")


@pytest.mark.parametrize("kind", races.KINDS)
def test_two_desks_deciding_at_the_same_instant_never_both_win(desks, race_url, kind) -> None:
    figures = races.run(desks, kind, race_url, RACES_PER_KIND)
    print(figures.line())
    assert figures.double_bookings == 0
    assert figures.contradictions == []
    assert figures.wins == RACES_PER_KIND
    assert figures.refusals == {races.LOSER[kind]: RACES_PER_KIND}


# -- the real command line, as a mentor's script would race it ---------------------------------

NOW = utc_z(races.NOW)


def mentordesk() -> list[str]:
    script = Path(sys.executable).with_name("mentordesk.exe" if os.name == "nt" else "mentordesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]


def finished(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=600)
    return process.returncode, out, err


def cli_env(db: Path | str, tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, MENTORDESK_DB=str(db), MENTORDESK_NOW=NOW,
                XDG_STATE_HOME=str(tmp_path / "state"))


def test_the_command_line_in_parallel_decides_each_request_once(tmp_path: Path,
                                                                db_url: str) -> None:
    rounds = 4
    document = races._overlap_export(rounds)
    extra = races._accept_reject_export(rounds)
    document["mentees"] += extra["mentees"]
    # The accept-or-reject requests sit a day after the overlapping pairs.
    for item in extra["sessions"]:
        item["start"] = item["start"].replace("2026-03-05", "2026-03-06")
    document["sessions"] += extra["sessions"]
    db = db_url
    env = cli_env(db, tmp_path)
    loaded = subprocess.run([*mentordesk(), "import", str(write(tmp_path / "e.json", document))],
                            capture_output=True, text=True, env=env, timeout=120)
    assert loaded.returncode == 0, loaded.stderr

    for k in range(rounds):
        commands = {"pa": ["accept", f"pa-{k}"], "pb": ["accept", f"pb-{k}"],
                    "accept": ["accept", f"r-{k}"],
                    "reject": ["reject", f"r-{k}", "--reason", "Fully booked"]}
        running = {name: subprocess.Popen([*mentordesk(), *argv], stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE, text=True, env=env)
                   for name, argv in commands.items()}
        done = {name: finished(p) for name, p in running.items()}
        for code, out, err in done.values():
            assert code in (0, 3), err
            assert "locked" not in err and "unexpected" not in err
            assert (out if code == 0 else err).count("\n") == 1
        pair = sorted((done["pa"][0], done["pb"][0]))
        assert pair == [0, 3], done
        loser = "pb" if done["pa"][0] == 0 else "pa"
        assert done[loser][2].startswith("mentordesk: refused: this would overlap session "), done
        assert sorted((done["accept"][0], done["reject"][0])) == [0, 3], done
        lost = "reject" if done["accept"][0] == 0 else "accept"
        assert f"session r-{k} is " in done[lost][2] and "it cannot be" in done[lost][2]
        winner = "accept" if lost == "reject" else "reject"
        assert done[winner][1].startswith(f"r-{k} {winner}ed: intro with ")

    app = Services.open(db, FixedClock(races.NOW))
    try:
        with app.factory() as session:
            assert races._double_bookings(session) == 0
            assert races._stored_contradictions(session, "accept_reject", rounds) == []
        outbox = app.outbox.build()[0]["actions"]
    finally:
        app.close()
    # Each request goes to the platform once, with one decision; of each pair, one accept.
    sent = [a["session_id"] for a in outbox]
    assert len(sent) == len(set(sent)) == 2 * rounds
    for k in range(rounds):
        assert f"r-{k}" in sent and (f"pa-{k}" in sent) != (f"pb-{k}" in sent)


# -- decisions while a long import holds the database ------------------------------------------

def _holds_write_lock(db: Path) -> bool:
    probe = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        probe.close()


def test_decisions_during_a_long_import_wait_or_say_so_in_one_sentence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "desk.sqlite3"
    env = cli_env(db, tmp_path)
    small = write(tmp_path / "small.json", build_export(races.NOW))
    subprocess.run([*mentordesk(), "import", str(small)], env=env, check=True,
                   capture_output=True, timeout=120)
    app = Services.open(db, FixedClock(races.NOW))
    invitations = [r.id for r in app.sessions.invitations()]
    app.close()
    assert len(invitations) >= 3
    # A decision kept waiting longer than its patience: one sentence, exit 5, nothing done. The
    # other writer holds the lock for as long as this check needs it, however fast the machine.
    before = json.dumps(_session_rows(db, invitations[0]), default=str)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        monkeypatch.setattr(storage, "BUSY_TIMEOUT_SECONDS", 0.2)
        code = cli.run(["--db", str(db), "--now", NOW, "accept", invitations[0]])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    out, err = capsys.readouterr()
    assert (code, out) == (5, "")
    assert err.startswith("mentordesk: the database is busy: another Mentor Desk ")
    assert err.count("\n") == 1 and "autoflush" not in err
    # Decisions with the usual patience, started while an import holds the database, wait for
    # it and are then taken.
    big = write(tmp_path / "big.json", build_export(races.NOW, sessions=2000))
    importing = subprocess.Popen([*mentordesk(), "import", str(big)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 120
        while not _holds_write_lock(db):
            assert importing.poll() is None, importing.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        waiting = [subprocess.Popen([*mentordesk(), *argv], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True, env=env)
                   for argv in (["accept", invitations[1]],
                                ["reject", invitations[2], "--reason", "Not my field"],
                                ["availability", "day-off", "--date", "2026-03-20"])]
        results = [finished(p) for p in waiting]
    finally:
        imported = finished(importing)
    assert imported[0] == 0, imported[2]
    for code, _out, err in results:
        assert code == 0, err
        assert "locked" not in err
    assert json.dumps(_session_rows(db, invitations[0]), default=str) == before


def _session_rows(db: Path, session_id: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, reject_reason, revision FROM session WHERE id = ?",
                            (session_id,)).fetchall() + conn.execute(
            "SELECT action FROM action WHERE session_id = ?", (session_id,)).fetchall()


def test_a_writer_kept_waiting_changes_nothing_and_names_no_sql(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "desk.sqlite3"
    write(tmp_path / "e.json", races._accept_reject_export(2))
    assert cli.run(["--db", str(db), "--now", NOW, "import", str(tmp_path / "e.json")]) == 0
    app = Services.open(db)
    before = dump(app.engine)
    app.close()
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_SECONDS", 0.1)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        for argv in (["accept", "r-0"], ["reject", "r-1", "--reason", "No"], ["undo"],
                     ["availability", "add", "--kind", "intro", "--weekday", "mon",
                      "--from", "09:00", "--to", "10:00"],
                     ["import", str(tmp_path / "e.json")]):
            capsys.readouterr()
            assert cli.run(["--db", str(db), "--now", NOW, *argv]) == 5, argv
            err = capsys.readouterr().err
            assert err.startswith("mentordesk: the database is busy") and err.count("\n") == 1
        # Reading is never held up by a writer.
        assert cli.run(["--db", str(db), "--now", NOW, "invitations"]) == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    app = Services.open(db)
    assert dump(app.engine) == before
    app.close()


# -- on a database server: the mentor's row ----------------------------------------------------

def _holding_row(url: str, mentor: str):  # noqa: ANN202
    """Another desk's connection, in a transaction holding `mentor`'s writer row."""
    import psycopg
    from sqlalchemy import make_url

    where = make_url(url)
    holder = psycopg.connect(host=where.host, port=where.port, user=where.username,
                             dbname=where.database)
    holder.execute("INSERT INTO mentor_writes (mentor_id, version) VALUES (%s, 0) "
                   "ON CONFLICT DO NOTHING", (mentor,))
    holder.commit()
    holder.execute("SELECT version FROM mentor_writes WHERE mentor_id = %s FOR UPDATE",
                   (mentor,))
    return holder


@pytest.mark.parametrize("engine", ["postgresql"])
def test_on_a_server_a_writer_waits_for_its_mentors_row_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        db_url: str, engine: str) -> None:
    write(tmp_path / "e.json", races._accept_reject_export(3))
    assert cli.run(["--db", db_url, "--now", NOW, "import", str(tmp_path / "e.json")]) == 0
    app = Services.open(db_url)
    before = dump(app.engine)
    app.close()
    monkeypatch.setattr(storage, "BUSY_TIMEOUT_SECONDS", 0.1)
    exported = races._accept_reject_export(3)
    holder = _holding_row(db_url, exported["mentor"]["id"])
    try:
        for argv in (["accept", "r-0"], ["reject", "r-1", "--reason", "No"],
                     ["availability", "add", "--kind", "intro", "--weekday", "mon",
                      "--from", "09:00", "--to", "10:00"]):
            capsys.readouterr()
            assert cli.run(["--db", db_url, "--now", NOW, *argv]) == 5, argv
            err = capsys.readouterr().err
            assert err.startswith("mentordesk: the database is busy: another Mentor Desk ")
            assert err.count("\n") == 1
        # Reading is never held up by a writer.
        assert cli.run(["--db", db_url, "--now", NOW, "invitations"]) == 0
    finally:
        holder.rollback()
        holder.close()
    app = Services.open(db_url)
    assert dump(app.engine) == before
    app.close()
    # Another mentor's writer holds another row: this mentor's decisions do not wait for it.
    other = _holding_row(db_url, "another mentor")
    try:
        assert cli.run(["--db", db_url, "--now", NOW, "accept", "r-2"]) == 0
    finally:
        other.rollback()
        other.close()
