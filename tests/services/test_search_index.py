"""The search index: accents, what keeps it in step with every change, its order, and how a new
source of text (notes) plugs into it."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from services import search_index
from services.clock import FixedClock
from services.container import Services
from services.sessions import SessionQuery, SessionService
from services.timefmt import parse_instant
from tests.services.builders import BERLIN, bundle, export, intro, mentee, paid, z

NOW = parse_instant("2026-03-02T09:00:00Z")
TOMORROW = NOW + timedelta(days=1)


def found(app: Services, words: str) -> set[str]:
    query = SessionQuery(text=words)
    ids = {r.id for r in app.sessions.search(query)}
    assert app.sessions.count(query) == len(ids)
    return ids


@pytest.fixture
def app(tmp_path: Path) -> Services:
    services = Services.open(tmp_path / "search.sqlite3", FixedClock(NOW))
    services.importer.import_document(export(
        BERLIN, exported_at=NOW,
        mentees=[mentee("u-1", "Tomás Muñoz"), mentee("u-2", "Søren Łukasiewicz"),
                 mentee("u-3", "Sam Lee")],
        bundles=[bundle("b-1", "u-3", total=8)],
        sessions=[
            intro("s-1", "u-1", TOMORROW + timedelta(days=2), requested_at=z(NOW),
                  form={"¿Qué buscas?": "Trabajar con José en Málaga", "LinkedIn": ""}),
            intro("s-2", "u-2", TOMORROW + timedelta(days=3), requested_at=z(NOW)),
            paid("s-3", "u-3", "b-1", TOMORROW + timedelta(days=4)),
            paid("s-4", "u-3", "b-1", TOMORROW + timedelta(days=5)),
        ]))
    yield services
    services.close()


def test_accents_and_case_are_folded_in_names_and_in_form_answers_stored_escaped(app) -> None:  # noqa: ANN001
    with app.engine.connect() as conn:
        stored = conn.execute(text("SELECT form FROM session WHERE id = 's-1'")).scalar()
    assert "\\u00e1" in stored and "á" not in stored  # the answer is stored JSON-escaped
    assert json.loads(stored)["¿Qué buscas?"] == "Trabajar con José en Málaga"
    for words in ("tomas", "TOMÁS", "munoz", "tomas mu", "jose en malaga", "MÁLAGA", "que busc"):
        assert found(app, words) == {"s-1"}, words
    # Letters of their own (ø, ł: no accent to take off) in a name: as typed, or as their
    # base letters.
    for words in ("soren", "søren", "SØREN", "lukasiewicz", "łukasiewicz", "ŁUKASIEWICZ"):
        assert found(app, words) == {"s-2"}, words
    assert found(app, "sam lee") == {"s-3", "s-4"}
    assert found(app, "malagueña") == set()


def test_a_decision_and_its_undo_change_what_is_found(app) -> None:  # noqa: ANN001
    app.sessions.cancel("s-3", "Travelling to Kraków, then Łódź")
    assert found(app, "krakow") == {"s-3"}
    # Elsewhere than in names, such letters are found as typed.
    assert found(app, "łódź") == found(app, "ŁÓDŹ") == found(app, "łodz") == {"s-3"}
    assert found(app, "lodz") == set()
    app.sessions.reject("s-1", "Not a fit for Málaga")
    assert found(app, "malaga") == {"s-1"}
    app.sessions.undo_last()
    assert found(app, "not a fit") == set()
    assert found(app, "malaga") == {"s-1"}  # still in its form
    app.sessions.undo_last()
    assert found(app, "krakow") == set()


def test_a_newer_export_renames_a_mentee_and_moves_a_session(app) -> None:  # noqa: ANN001
    later = NOW + timedelta(hours=1)
    moved = TOMORROW + timedelta(days=9)
    app.importer.import_document(export(
        BERLIN, exported_at=later,
        mentees=[mentee("u-1", "Tomás Muñoz"), mentee("u-2", "Bjørn Ødegård"),
                 mentee("u-3", "Samantha Leeds")],
        bundles=[bundle("b-1", "u-3", total=8)],
        sessions=[paid("s-3", "u-3", "b-1", moved)]))
    assert found(app, "sam lee") == set()
    assert found(app, "samantha leeds") == {"s-3", "s-4"}
    assert found(app, "bjorn odegard") == found(app, "BJØRN ØDEGÅRD") == {"s-2"}
    assert found(app, "soren") == set()
    # The moved session is now the newest: first in the newest-first order of the index.
    newest = app.sessions.search(SessionQuery(text="samantha", sort="-start"), 0, 1)
    assert [r.id for r in newest] == ["s-3"] and newest[0].start == moved
    oldest = app.sessions.search(SessionQuery(text="samantha", sort="start"), 0, 1)
    assert [r.id for r in oldest] == ["s-4"]


def test_a_session_booked_here_is_found_under_the_id_the_platform_gives_it(app) -> None:  # noqa: ANN001
    for weekday in range(7):
        app.availability.add_window("paid", weekday, 0, 24 * 60)
    booked = app.sessions.book_paid("u-3", TOMORROW + timedelta(days=6), 60)
    assert booked.id in {r.id for r in app.sessions.search(SessionQuery(text=booked.id))}
    app.importer.import_document(export(
        BERLIN, exported_at=NOW + timedelta(hours=2),
        mentees=[mentee("u-3", "Sam Lee")], bundles=[bundle("b-1", "u-3", total=8)],
        sessions=[paid("p-77", "u-3", "b-1", booked.start, client_id=booked.id)]))
    assert found(app, "p-77") == {"p-77"}
    assert found(app, booked.id) == set()
    with app.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM search_session")).scalar() == \
            conn.execute(text("SELECT count(*) FROM session")).scalar() == 5


@pytest.mark.parametrize("sort", ["-start", "start"])
def test_sessions_of_one_second_are_paged_in_order_of_id(tmp_path: Path, sort: str) -> None:
    """The index keeps sessions of the same start in the order they came; every page still
    comes in the search's order (start, then id), however the pages fall."""
    app = Services.open(tmp_path / "ties.sqlite3", FixedClock(NOW))
    try:
        same = TOMORROW + timedelta(days=3)
        ids = ["t-5", "t-2", "t-9", "t-1", "t-7", "t-3"]
        app.importer.import_document(export(
            BERLIN, exported_at=NOW, bundles=[bundle("b-1", "u-1")], sessions=[
                *(paid(i, "u-1", "b-1", same, status="cancelled", cancel_reason="clash")
                  for i in ids),
                paid("t-0", "u-1", "b-1", same - timedelta(hours=2), status="cancelled",
                     cancel_reason="clash"),
                paid("t-8", "u-1", "b-1", same + timedelta(hours=2), status="cancelled",
                     cancel_reason="clash")]))
        query = SessionQuery(text="clash", sort=sort)
        whole = [r.id for r in app.sessions.search(query)]
        ties = sorted(ids)
        expected = ["t-0", *ties, "t-8"] if sort == "start" else ["t-8", *ties, "t-0"]
        assert whole == expected
        for size in (1, 2, 3, 4):
            for offset in range(len(whole) + 1):
                page = [r.id for r in app.sessions.search(query, offset, size)]
                assert page == whole[offset:offset + size], (size, offset)
    finally:
        app.close()


def test_a_later_migration_that_makes_the_session_table_anew_keeps_the_index(
        app, tmp_path: Path) -> None:  # noqa: ANN001
    """Alembic's batch mode on SQLite copies a table, drops it and renames the copy: with the
    index's triggers in place the rename fails (a trigger of another table names it), and the
    table's own triggers would be lost. Migrations run with the triggers set aside, and the
    index is rebuilt after."""
    import shutil

    from alembic import command

    from services import db as storage

    scripts = tmp_path / "migrations"
    shutil.copytree(Path(storage.__file__).parent / "migrations", scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_remake_session.py").write_text(
        '"""a later migration that makes the session table anew"""\n'
        "from alembic import op\n"
        f"revision = '9999'\ndown_revision = '{storage.SCHEMA_HEAD}'\n"
        "def upgrade():\n"
        "    with op.batch_alter_table('session', recreate='always') as batch:\n"
        "        batch.alter_column('reject_reason', existing_nullable=True)\n"
        "    op.execute(\"UPDATE session SET cancel_reason = 'Moved to Zürich' "
        "WHERE id = 's-4'\")\n")
    config = storage.alembic_config()
    config.set_main_option("script_location", str(scripts))
    with app.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "9999")
        assert search_index.ensure(conn) is False  # rebuilt already, triggers and all
    assert found(app, "zurich") == {"s-4"}  # what the migration wrote is found
    app.sessions.cancel("s-3", "Travelling to Kraków")
    assert found(app, "krakow") == {"s-3"}
    assert found(app, "tomas") == {"s-1"}


def test_notes_plug_in_as_one_more_part(app, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """A source of text added to `DOCUMENTS` (notes on a session, notes on a mentee) is indexed
    once its table exists, kept in step by its own triggers, and searched by LIKE alike."""
    with app.engine.begin() as conn:
        conn.execute(text("CREATE TABLE note (id INTEGER PRIMARY KEY, session_id VARCHAR(100), "
                          "mentee_id VARCHAR(100), body TEXT)"))
        conn.execute(text("INSERT INTO note (session_id, mentee_id, body) VALUES "
                          "('s-3', 'u-3', 'Wants to talk about Kafka'), "
                          "(NULL, 'u-3', 'Paid by the employer'), "
                          "(NULL, 'u-1', 'Prefers mornings in Córdoba')"))
    sessions = search_index.Document(
        kind="session", table="session", order="start_utc",
        parts=(*search_index.SESSIONS.parts,
               search_index.Part("note", ("body",), link=("session_id", "id")),
               search_index.Part("note", ("body",), link=("mentee_id", "mentee_id"),
                                 only="{row}.session_id IS NULL")))
    monkeypatch.setattr(search_index, "SESSIONS", sessions)
    monkeypatch.setattr(search_index, "DOCUMENTS", (sessions,))
    with app.engine.begin() as conn:
        assert search_index.ensure(conn) is True
    assert found(app, "kafka") == {"s-3"}  # a note on a session finds that session
    assert found(app, "employer") == {"s-3", "s-4"}  # one on the mentee, each of theirs
    assert found(app, "cordoba") == {"s-1"}
    with app.engine.begin() as conn:
        conn.execute(text("UPDATE note SET body = 'Wants to talk about Flink' "
                          "WHERE session_id = 's-3'"))
        conn.execute(text("INSERT INTO note (session_id, mentee_id, body) "
                          "VALUES ('s-2', 'u-2', 'Reads Dostoyevsky')"))
        conn.execute(text("DELETE FROM note WHERE mentee_id = 'u-1'"))
    assert found(app, "kafka") == found(app, "cordoba") == set()
    assert found(app, "flink") == {"s-3"}
    assert found(app, "dostoyevsky") == {"s-2"}
    with app.engine.begin() as conn:
        search_index.drop(conn)
    plain = Services.open(app.database_file(), FixedClock(NOW))
    try:
        assert isinstance(plain.sessions, SessionService)
        assert {r.id for r in plain.sessions.search(SessionQuery(text="flink"))} == {"s-3"}
        assert {r.id for r in plain.sessions.search(SessionQuery(text="Dostoyevsky"))} == {"s-2"}
        assert {r.id for r in plain.sessions.search(SessionQuery(text="employer"))} == {
            "s-3", "s-4"}
    finally:
        plain.close()


def test_the_index_is_derived_data_the_models_leave_alone() -> None:
    assert search_index.owns("search_session") and search_index.owns("search_session_fts_data")
    assert not search_index.owns("session") and not search_index.owns("search")
    assert search_index.include_name("search_session_fts", "table", None) is False
    assert search_index.include_name("session", "table", None) is True
