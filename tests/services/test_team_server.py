"""A team on a real PostgreSQL server (tests/postgres.py): `init_server`, a role per desk, and
row-level security that keeps each role to its mentors' rows, whatever SQL it sends.

One team database is set up for the module: mentors A and B, each with a row in every table of
their data written through their own desks, and an assistant granted A only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from services import team_server
from services.clock import FixedClock
from services.container import Services
from services.errors import FileUnusable, InvalidInput, NotFound, NotPermitted
from services.timefmt import parse_instant
from tests.services.builders import export, mentee
from tests.services.team_builders import (
    A,
    B,
    OWNED,
    mentor_export,
    remember_server_event,
    rows_of,
    work,
)
from tests.services.test_mentor_scope import sees_only

NOW = parse_instant("2026-03-02T09:00:00Z")
# Every table a desk's role may reach: a mentor's data, the mentors, the grants.
TABLES = [*OWNED, "mentor"]
EVENT_UID = "session-1@mentordesk"


@pytest.fixture(scope="module")
def team(postgres: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("team")
    admin = postgres.create_database("team_rls")
    assert set(team_server.init_server(admin)) == {*TABLES, "team_grant"}
    a = team_server.add_mentor(admin, A, "Dana Okafor", "Europe/Berlin")
    b = team_server.add_mentor(admin, B, "Eli Moreau", "Europe/Paris", role="eli")
    assistant = team_server.grant(admin, "kim", A)
    owner = create_engine(admin)
    a_before: dict[str, Any] = {}
    for desk, prefix in ((a, "a-"), (b, "b-")):
        if desk is b:
            a_before = rows_of(owner, A)
        app = Services.open(desk.url, FixedClock(NOW))
        try:
            assert app.mentor_id() == desk.mentor_id
            app.importer.import_document(mentor_export(desk.mentor_id, prefix))
            work(app, prefix, folder)
            remember_server_event(app.engine, EVENT_UID, desk.mentor_id)
        finally:
            app.close()
    yield {"admin": admin, "a": a.url, "b": b.url, "assistant": assistant.url,
           "owner": owner, "folder": folder, "a_before": a_before}
    owner.dispose()
    postgres.drop_database("team_rls")
    # Roles are the server's, not the database's: the next test's team may name them again.
    postgres.execute("DROP ROLE IF EXISTS desk_m_1, eli, kim")


@pytest.fixture
def as_a(team: dict[str, Any]) -> Iterator[Engine]:
    engine = create_engine(team["a"])
    yield engine
    engine.dispose()


def test_the_owner_sees_both_mentors_rows_in_every_table(team: dict[str, Any]) -> None:
    for mentor in (A, B):
        found = rows_of(team["owner"], mentor)
        assert all(found[table] for table in TABLES), [t for t in TABLES if not found[t]]


def test_bs_import_and_work_left_as_rows_as_they_were(team: dict[str, Any]) -> None:
    assert rows_of(team["owner"], A) == team["a_before"]


def test_each_desk_sees_and_serves_its_own_mentor_only(team: dict[str, Any]) -> None:
    for url, prefix in ((team["a"], "a-"), (team["b"], "b-")):
        app = Services.open(url, FixedClock(NOW))
        try:
            sees_only(app, prefix, team["folder"])
            with pytest.raises(NotFound):
                app.sessions.get(("b-" if prefix == "a-" else "a-") + "s-1")
        finally:
            app.close()


def test_no_sql_on_mentor_as_connection_reads_mentor_bs_rows(team: dict[str, Any],
                                                             as_a: Engine) -> None:
    with as_a.connect() as conn:
        for table in TABLES:
            column = "id" if table == "mentor" else "mentor_id"
            shown = conn.execute(text(f'SELECT {column} FROM "{table}"')).scalars().all()
            assert shown and set(shown) == {A}, table
            assert conn.execute(text(f'SELECT count(*) FROM "{table}" WHERE {column} = :b'),
                                {"b": B}).scalar() == 0
        assert conn.execute(text("SELECT role_name, mentor_id FROM team_grant")).all() == [
            ("desk_m_1", A)]
        # Joins and subqueries see no more than the tables do.
        assert conn.execute(text(
            "SELECT count(*) FROM session s JOIN mentee m ON m.id = s.mentee_id "
            "WHERE s.id LIKE 'b-%' OR m.id LIKE 'b-%'")).scalar() == 0
    owner_sees = rows_of(team["owner"], B)
    assert all(owner_sees[t] for t in TABLES)


def test_no_sql_on_mentor_as_connection_changes_mentor_bs_rows(team: dict[str, Any],
                                                               as_a: Engine) -> None:
    before = rows_of(team["owner"], B)
    mine = rows_of(team["owner"], A)
    for table in TABLES:
        column = "id" if table == "mentor" else "mentor_id"
        kept = "name" if table == "mentor" else "mentor_id"  # a mentor's id is not changed
        with as_a.begin() as conn:
            assert conn.execute(text(f'UPDATE "{table}" SET {kept} = {kept} '
                                     f"WHERE {column} = :b"), {"b": B}).rowcount == 0
            if table != "mentor":
                assert conn.execute(text(f'DELETE FROM "{table}" WHERE mentor_id = :b'),
                                    {"b": B}).rowcount == 0
        # A's own row given to B, and a copy of A's row as B's: refused by the server.
        refusals = [f'UPDATE "{table}" SET {column} = :b WHERE {column} = :a']
        if table != "mentor":
            refusals.append(_copied_as(as_a, table))
        for statement in refusals:
            with pytest.raises(Exception) as refused, as_a.begin() as conn:
                conn.execute(text(statement), {"a": A, "b": B})
            assert _sqlstate(refused.value) == "42501", (table, refused.value)
    with pytest.raises(Exception) as refused, as_a.begin() as conn:
        conn.execute(text("INSERT INTO mentor (id, name, email, timezone) "
                          "VALUES ('m-9', 'x', '', 'UTC')"))
    assert _sqlstate(refused.value) == "42501"
    with pytest.raises(Exception) as refused, as_a.begin() as conn:
        conn.execute(text("INSERT INTO team_grant VALUES ('desk_m_1', :b, 'mentor')"),
                     {"b": B})
    assert _sqlstate(refused.value) == "42501"
    assert rows_of(team["owner"], B) == before
    assert rows_of(team["owner"], A) == mine


def _copied_as(engine: Engine, table: str) -> str:
    """INSERT of one of A's rows of `table` again, as B's (its key made new where the key is
    a number the database hands out)."""
    with engine.connect() as conn:
        row = dict(conn.execute(text(f'SELECT * FROM "{table}" LIMIT 1')).mappings().one())
    row["mentor_id"] = B
    if isinstance(row.get("id"), int):
        row["id"] = row["id"] + 100_000

    def literal(value: Any) -> str:
        if value is None:
            return "NULL"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (int, float)):
            return str(value)
        if isinstance(value, dict):
            import json

            value = json.dumps(value)
        return "'" + str(value).replace("'", "''") + "'"

    columns = ", ".join(f'"{c}"' for c in row)
    return f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join(map(literal, row.values()))})'


def _sqlstate(exc: BaseException) -> str | None:
    return getattr(getattr(exc, "orig", None), "sqlstate", None)


def test_an_import_of_a_mentors_export_with_the_others_ids_is_refused_in_one_sentence(
        team: dict[str, Any]) -> None:
    before = rows_of(team["owner"], A)
    app = Services.open(team["b"], FixedClock(NOW))
    try:
        with pytest.raises(InvalidInput) as refused:
            app.importer.import_document(export(mentor_id=B, mentees=[mentee("a-u-1")]),
                                         "b.json")
        assert [p.message for p in refused.value.problems] == [
            "it holds ids (of mentees, bundles or sessions) that another mentor of this "
            "database already has; an export brings one mentor's own records, so nothing of "
            "it was applied"]
        with pytest.raises(InvalidInput, match="1 problem"):
            app.importer.import_document(mentor_export(A, "a-"), "a.json")
    finally:
        app.close()
    assert rows_of(team["owner"], A) == before


def test_a_role_opens_only_the_mentors_it_is_granted(team: dict[str, Any]) -> None:
    with pytest.raises(FileUnusable, match="mentor m-2 is not in"):
        Services.open(team["a"], FixedClock(NOW), mentor=B)
    with pytest.raises(FileUnusable, match="mentor m-2 is not in"):
        Services.open(team["assistant"], FixedClock(NOW), mentor=B)


def test_an_assistant_reads_and_decides_the_granted_mentors_invitations_and_nothing_else(
        team: dict[str, Any]) -> None:
    owner = team["owner"]
    before_b = rows_of(owner, B)
    app = Services.open(team["assistant"], FixedClock(NOW))
    try:
        assert app.mentor_id() == A
        assert {r.id for r in app.sessions.invitations()} == {"a-r-1", "a-r-3"}
        assert {m.id for m in app.sessions.mentees()} == {"a-u-1", "a-u-2"}
        assert app.sessions.accept("a-r-1").status == "scheduled"
        assert app.sessions.reject("a-r-3", "Fully booked").status == "rejected"
        assert [a.action for a in app.sessions.history("a-r-1")] == ["accept"]
        refusals = {
            "availability": lambda: app.availability.add_window("paid", 4, 540, 600),
            "day off": lambda: app.availability.add_day_off(date(2026, 4, 1)),
            "confirm": lambda: app.sessions.confirm("a-s-4", "held"),
            "cancel": lambda: app.sessions.cancel("a-s-1", "Travelling"),
            "note": lambda: app.journal.set_note("a-s-2", "the assistant's words"),
            "settings": lambda: app.settings.set_timezone("Asia/Tokyo"),
            "undo": lambda: app.sessions.undo_last(),
        }
        for what, attempt in refusals.items():
            with pytest.raises(NotPermitted) as refused:
                attempt()
            message = refused.value.message
            assert message.startswith("not permitted: the database server refused it ("), what
            assert "\n" not in message and "Traceback" not in message
    finally:
        app.close()
    with owner.connect() as conn:
        assert conn.execute(text("SELECT status FROM session WHERE id IN ('a-r-1', 'a-r-3') "
                                 "ORDER BY id")).scalars().all() == ["scheduled", "rejected"]
        assert conn.execute(text("SELECT count(*) FROM availability_window "
                                 "WHERE mentor_id = :a"), {"a": A}).scalar() == 2
        assert conn.execute(text("SELECT status FROM session WHERE id = 'a-s-4'")).scalar() \
            == "scheduled"
    assert rows_of(owner, B) == before_b
    engine = create_engine(team["assistant"])
    try:
        with engine.connect() as conn:
            assert set(conn.execute(text("SELECT mentor_id FROM session")).scalars()) == {A}
        for statement in ("UPDATE availability_window SET end_minute = 700",
                          "UPDATE session SET start_utc = start_utc",
                          "DELETE FROM action",
                          "INSERT INTO action (uid, at, action, before, undone, mentor_id) "
                          "VALUES ('x', now(), 'confirm', '{}', false, 'm-1')"):
            with pytest.raises(Exception) as refused, engine.begin() as conn:
                conn.execute(text(statement))
            assert _sqlstate(refused.value) == "42501", statement
        with engine.begin() as conn:
            # Only a request is the assistant's to decide, and only the granted mentor's.
            for where in ("id = 'a-s-1'", "mentor_id = 'm-2'"):
                assert conn.execute(text(f"UPDATE session SET status = 'scheduled' "
                                         f"WHERE {where}")).rowcount == 0
    finally:
        engine.dispose()
    assert rows_of(owner, B) == before_b


def test_init_server_again_keeps_every_row_and_the_grants(team: dict[str, Any]) -> None:
    owner = team["owner"]
    before = {m: rows_of(owner, m) for m in (A, B)}
    team_server.init_server(team["admin"])
    assert {m: rows_of(owner, m) for m in (A, B)} == before
    app = Services.open(team["b"], FixedClock(NOW))
    try:
        assert app.mentor_id() == B and {r.id for r in app.sessions.invitations()} == {"b-r-1",
                                                                                       "b-r-3"}
    finally:
        app.close()


def test_the_commands_refuse_what_they_cannot_do_in_one_sentence(team: dict[str, Any],
                                                                  tmp_path: Path,
                                                                  postgres: Any) -> None:
    with pytest.raises(FileUnusable, match="a team shares a PostgreSQL server"):
        team_server.init_server(str(tmp_path / "desk.sqlite3"))
    with pytest.raises(FileUnusable, match="the role eli already exists"):
        team_server.add_mentor(team["admin"], "m-3", "Ana", "Europe/Madrid", role="eli")
    with pytest.raises(FileUnusable, match="cannot be a role name"):
        team_server.grant(team["admin"], "Kim; DROP TABLE session", A)
    with pytest.raises(NotFound, match="no mentor m-9 here"):
        team_server.grant(team["admin"], "kim", "m-9")
    plain = postgres.create_database("team_plain")
    try:
        with pytest.raises(FileUnusable, match="run `mentordesk db init-server URL` first"):
            team_server.add_mentor(plain, "m-3", "Ana", "Europe/Madrid")
    finally:
        postgres.drop_database("team_plain")

