"""Each migration keeps every row. Every revision is checked on the schema before it filled with
thousands of realistic rows in every table (tests/migrations.py), upgraded and compared row by
row; a migration that changes data says how. The sample data is read back through the
migrations too, with what each migration adds checked on it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from services import db as storage
from services import demo
from services.clock import FixedClock
from services.container import Services
from services.models import Base
from services.sessions import SessionQuery
from services.timefmt import parse_instant
from tests import migrations
from tests.migrations import Rows, check_upgrade, previous, revisions
from tests.services.calendar_builders import ics

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
    # Before 0005 a busy block named its calendar itself.
    labels = {c["id"]: c["label"] for c in rows["busy_calendar"]}
    for block in rows["busy_block"]:
        block["source"] = labels[block["calendar_id"]]
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


def upgrade_to(path: Path, revision: str) -> None:
    migrations.database_at(path, revision).dispose()


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
    upgrade_to(path, "0003")
    assert read_back(path, tables, columns) == before
    app = Services.open(path, FixedClock(NOW))
    try:
        export = app.calendar_export.build()
        assert export.free and export.cancelled  # the free blocks are remembered from here on
    finally:
        app.close()


def test_0005_makes_each_calendar_name_a_calendar_and_keeps_every_busy_block(
        tmp_path: Path) -> None:
    rows = sample_rows(tmp_path)
    first = rows["busy_block"][0]
    # Two calendars, as a name told them apart before: the second Outlook "Calendar" had
    # replaced the first.
    rows["busy_block"].append({**first, "id": 10_000, "source": "Calendar",
                               "summary": "Work meeting"})
    path = tmp_path / "old.sqlite3"
    tables = at_revision(path, "0004", rows)
    engine = storage.make_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        old = {r.id: r for r in conn.execute(text("SELECT * FROM busy_block"))}
    unchanged = [t for t in tables if t != "busy_block"]
    columns = columns_of(path, unchanged)
    before = read_back(path, unchanged, columns)
    assert storage.upgrade(engine) is not None
    engine.dispose()
    assert read_back(path, unchanged, columns) == before
    app = Services.open(path, FixedClock(NOW))
    try:
        found = app.availability.busy(datetime(2000, 1, 1, tzinfo=UTC),
                                      datetime(2100, 1, 1, tzinfo=UTC))
        assert {(b.id, b.source, b.start, b.end, b.summary, b.all_day) for b in found} == {
            (r.id, r.source, r.start_utc, r.end_utc, r.summary, bool(r.all_day))
            for r in (_aware(row) for row in old.values())}
        listed = {c.label: c for c in app.availability.busy_calendars()}
        assert set(listed) == {"Demo calendar", "Calendar"}
        assert listed["Calendar"].blocks == 1 and listed["Calendar"].origin is None
        # The first file of that name takes the calendar over, replacing what it held.
        outlook = tmp_path / "work.ics"
        outlook.write_bytes(ics("DTSTART:20260303T090000Z\nDTEND:20260303T100000Z",
                                head="X-WR-CALNAME:Calendar"))
        stored = app.calendar_import.import_file(outlook).stored
        assert stored.replaced == 1 and stored.calendar.label == "Calendar"
        assert stored.calendar.origin == str(outlook.resolve())
        other = tmp_path / "home.ics"
        other.write_bytes(outlook.read_bytes())
        assert app.calendar_import.import_file(other).stored.replaced is None
    finally:
        app.close()


def _aware(row: Any) -> Any:
    from types import SimpleNamespace

    def utc(value: Any) -> datetime:
        return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)

    return SimpleNamespace(id=row.id, source=row.source, start_utc=utc(row.start_utc),
                           end_utc=utc(row.end_utc), summary=row.summary, all_day=row.all_day)


# -- every revision, on thousands of rows -----------------------------------------------------------

def test_the_newest_revision_is_the_schema_head() -> None:
    assert revisions()[-1] == storage.SCHEMA_HEAD
    assert revisions() == [f"{n:04d}" for n in range(1, len(revisions()) + 1)]


def _0005_busy_blocks_name_their_calendar_by_id(rows: Rows) -> Rows:
    blocks = {key: {c: v for c, v in row.items() if c != "source"}
              for key, row in rows["busy_block"].items()}
    return {**rows, "busy_block": blocks}


def _0005_each_old_name_is_a_calendar(before: Rows, after: Rows) -> None:
    labels = {row["id"]: row["label"] for row in after["busy_calendar"].values()}
    assert {key: labels[row["calendar_id"]] for key, row in after["busy_block"].items()} == {
        key: row["source"] for key, row in before["busy_block"].items()}


def _0010_keys_made_here_are_the_mentors(rows: Rows) -> Rows:
    """Names and UIDs Mentor Desk makes itself are unique per mentor from 0010: their key
    takes the mentor (the filler's one, m-1) after them; the writers' count moves to the
    mentor's row."""
    writes = {("m-1",): {**row, "mentor_id": "m-1"} for row in rows["mentor_writes"].values()}
    return {**rows, "mentor_writes": writes,
            **{table: {(*key, "m-1"): row for key, row in rows[table].items()}
               for table in ("setting", "exported_free_block", "server_event")}}


def _0010_every_row_is_the_one_mentors(before: Rows, after: Rows) -> None:
    owned = [table for table, rows in after.items()
             if rows and "mentor_id" in next(iter(rows.values()))]
    assert len(owned) == 18
    for table in owned:
        assert {row["mentor_id"] for row in after[table].values()} == {"m-1"}, table


# How a migration changes the rows it keeps, and what it adds, checked on what it upgraded.
EXPECTED = {"0005": _0005_busy_blocks_name_their_calendar_by_id,
            "0010": _0010_keys_made_here_are_the_mentors}
AFTER = {"0005": _0005_each_old_name_is_a_calendar, "0010": _0010_every_row_is_the_one_mentors}


@pytest.mark.parametrize("revision", revisions()[1:])
def test_each_migration_keeps_every_row_of_every_table(tmp_path: Path, revision: str,
                                                       databases) -> None:  # noqa: ANN001
    before, after = check_upgrade(tmp_path, revision, EXPECTED.get(revision),
                                  databases("before", empty=True))
    assert sum(map(len, before.values())) > 10_000
    assert set(before) <= set(after)
    if revision in AFTER:
        AFTER[revision](before, after)


def test_a_migration_that_changes_a_row_is_caught(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "COUNTS", {**migrations.COUNTS, "session": 50,
                                               "action": 50, "busy_block": 50})

    def one_reason_changed(rows: Rows) -> Rows:
        session = dict(rows["session"])
        session[("s-9",)] = {**session[("s-9",)], "cancel_reason": "lost in the upgrade"}
        return {**rows, "session": session}

    with pytest.raises(AssertionError, match=r"session \('s-9',\) changed"):
        check_upgrade(tmp_path, "0002", expected=one_reason_changed)
    assert previous("0002") == "0001"


def test_0006_keeps_every_row_and_adds_the_calendar_servers_events(tmp_path: Path) -> None:
    rows = sample_rows(tmp_path)
    path = tmp_path / "old.sqlite3"
    tables = at_revision(path, "0005", rows)
    assert "server_event" not in tables
    assert all(rows[t] for t in ("session", "mentee", "bundle", "action", "busy_block",
                                 "busy_calendar", "exported_free_block", "setting"))
    columns = columns_of(path, tables)
    before = read_back(path, tables, columns)
    engine = storage.make_engine(f"sqlite:///{path}")
    assert storage.upgrade(engine) is not None
    engine.dispose()
    assert read_back(path, tables, columns) == before
    app = Services.open(path, FixedClock(NOW))
    try:
        assert app.calendar_server.status().configured is False
        assert app.calendar_server.conflicts() == []
    finally:
        app.close()


# The migration that brings the search index, and the one before it.
SEARCH_INDEX, BEFORE_SEARCH_INDEX = "0007", "0006"


def test_the_search_index_migration_indexes_every_session_and_keeps_it_in_step(
        tmp_path: Path) -> None:
    import json

    rows = sample_rows(tmp_path)
    # A name with accents, and an intro form stored JSON-escaped as the app stores it.
    mentee = next(m for m in rows["mentee"]
                  if any(s["mentee_id"] == m["id"] and s["status"] == "requested"
                         for s in rows["session"]))
    mentee["name"] = "Tomás Muñoz"
    request = next(s for s in rows["session"]
                   if s["mentee_id"] == mentee["id"] and s["status"] == "requested")
    request["form"] = json.dumps({"¿Qué buscas?": "Trabajar en Málaga"})
    assert "\\u00e1" in request["form"]
    path = tmp_path / "old.sqlite3"
    tables = at_revision(path, BEFORE_SEARCH_INDEX, rows)
    columns = columns_of(path, tables)
    before = read_back(path, tables, columns)
    engine = storage.make_engine(f"sqlite:///{path}")
    assert storage.current_revision(engine) == BEFORE_SEARCH_INDEX
    assert storage.upgrade(engine) is not None  # the app's own path, with its backup
    assert storage.current_revision(engine) == storage.SCHEMA_HEAD
    engine.dispose()
    assert read_back(path, tables, columns) == before
    assert storage.SCHEMA_HEAD >= SEARCH_INDEX
    app = Services.open(path, FixedClock(NOW))
    try:
        sessions = app.sessions

        def found(words: str) -> set[str]:
            query = SessionQuery(text=words)
            hits = {r.id for r in sessions.search(query)}
            assert sessions.count(query) == len(hits)
            return hits

        with app.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM search_session")).scalar() == \
                len(rows["session"])
        theirs = {s["id"] for s in rows["session"] if s["mentee_id"] == mentee["id"]}
        assert found("tomas munoz") == found("TOMÁS MUÑOZ") == theirs
        assert found("malaga") == found("Málaga") == {request["id"]}
        # Kept in step from here on: a decision, its undo.
        sessions.reject(request["id"], "Solo en Córdoba")
        assert found("cordoba") == {request["id"]}
        sessions.undo_last()
        assert found("cordoba") == set()
        assert found("malaga") == {request["id"]}
    finally:
        app.close()


def test_0008_keeps_every_row_and_counts_what_held_sessions_earned(tmp_path: Path) -> None:
    rows = sample_rows(tmp_path)
    path = tmp_path / "old.sqlite3"
    tables = at_revision(path, "0007", rows)
    assert all(rows[t] for t in ("session", "mentee", "bundle", "action", "busy_block",
                                 "busy_calendar"))
    columns = columns_of(path, tables)
    before = read_back(path, tables, columns)
    engine = storage.make_engine(f"sqlite:///{path}")
    backup = storage.upgrade(engine)
    engine.dispose()
    assert backup is not None and backup.exists()  # a copy first, then the migration
    assert read_back(path, tables, columns) == before
    held = {(r["id"], r["bundle_id"]) for r in rows["session"]
            if r["type"] == "paid" and r["status"] == "completed"}
    prices = {b["id"]: (b["price_cents"], b["sessions_total"], b["currency"])
              for b in rows["bundle"]}
    app = Services.open(path, FixedClock(NOW))
    try:
        with app.engine.connect() as conn:
            earned = {r.session_id: r for r in conn.execute(text("SELECT * FROM earning"))}
        assert set(earned) == {sid for sid, _ in held}
        for sid, bundle_id in held:
            price, total, currency = prices[bundle_id]
            row = earned[sid]
            gross = round(price / total)
            assert (row.currency, row.gross_cents, row.commission_bp) == (currency, gross, 1250)
            assert row.commission_cents == int(gross * 0.125 + 0.5)
            assert row.net_cents == gross - row.commission_cents
        # The journal starts empty, and works on the upgraded data at once.
        session_id = next(iter(earned))
        app.journal.set_note(session_id, "written after the upgrade")
        assert app.journal.note(session_id).text == "written after the upgrade"
        assert app.earnings.last_twelve_months()
    finally:
        app.close()


def test_0008_to_0007_and_back_keeps_the_older_tables(tmp_path: Path) -> None:
    rows = sample_rows(tmp_path)
    path = tmp_path / "old.sqlite3"
    tables = at_revision(path, "0007", rows)
    columns = columns_of(path, tables)
    before = read_back(path, tables, columns)
    upgrade_to(path, "0008")
    from alembic import command

    engine = storage.make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = storage.alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0007")
    engine.dispose()
    assert read_back(path, tables, columns) == before
