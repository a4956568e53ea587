"""The migration that keeps a session's first local id (client_id): every row survives it, and
every session booked here before it gets its own id as client_id."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from services import db as storage

REVISION, PREVIOUS = "0004", "0003"


def _at_previous_revision(path: Path) -> None:
    """A database as the previous schema left it, with a history of a few thousand rows."""
    from alembic import command

    engine = storage.make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = storage.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, PREVIOUS)
        conn.execute(text("INSERT INTO mentor VALUES ('m-1', 'Dana Okafor', 'dana@example.org', "
                          "'Europe/Berlin')"))
        conn.execute(text("INSERT INTO mentee (id, name, email, timezone, exported_at) VALUES "
                          "(:id, :name, :email, 'Europe/Berlin', '2026-03-01 09:00:00.000000')"),
                     [{"id": f"u-{n}", "name": f"Mentee {n}", "email": f"u{n}@example.org"}
                      for n in range(200)])
        conn.execute(text("INSERT INTO bundle (id, mentee_id, sessions_total, sessions_used, "
                          "platform_sessions_used, status) VALUES (:id, :mentee, 4, 1, 1, "
                          "'active')"), [{"id": f"b-{n}", "mentee": f"u-{n}"} for n in range(200)])
        sessions = []
        for n in range(3000):
            here = n % 10 == 0
            sessions.append({
                "id": f"local-{n:012x}" if here else f"s-{n}", "type": "paid",
                "status": "scheduled" if here else "completed",
                "start": f"2026-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:00:00.000000",
                "mentee": f"u-{n % 200}", "bundle": f"b-{n % 200}",
                "origin": "local" if here else "platform", "form": '{"Why?": "Growth"}'})
        conn.execute(text(
            "INSERT INTO session (id, type, status, start_utc, end_utc, duration_minutes, "
            "mentee_id, bundle_id, form, origin, created_at, updated_at, revision) VALUES "
            "(:id, :type, :status, :start, :start, 60, :mentee, :bundle, :form, :origin, "
            ":start, :start, 0)"), sessions)
        conn.execute(text(
            "INSERT INTO action (uid, at, session_id, action, before, undone) VALUES "
            "(:uid, '2026-03-01 09:00:00.000000', :session, 'book', '{}', 0)"),
            [{"uid": f"a-{s['id']}", "session": s["id"]} for s in sessions
             if s["origin"] == "local"])
    engine.dispose()


def _rows(engine, table: str) -> list[tuple]:  # noqa: ANN001
    with engine.connect() as conn:
        return sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{table}"'))), key=repr)


def test_every_row_survives_and_sessions_booked_here_keep_their_id(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _at_previous_revision(path)
    engine = storage.make_engine(f"sqlite:///{path}")
    before = {t: _rows(engine, t) for t in ("mentor", "mentee", "bundle", "session", "action")}
    # To this migration's revision, not the head: later migrations are tested on their own.
    from alembic import command

    with engine.begin() as conn:
        config = storage.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, REVISION)
    assert storage.current_revision(engine) == REVISION
    after = {t: _rows(engine, t) for t in before}
    for table in ("mentor", "mentee", "bundle", "action"):
        assert after[table] == before[table], table
    # The sessions gained one column, at the end; everything else is as it was.
    assert [row[:-1] for row in after["session"]] == before["session"]
    with engine.connect() as conn:
        pairs = conn.execute(text("SELECT id, origin, client_id FROM session")).all()
    assert len(pairs) == 3000
    assert all(client_id == (ident if origin == "local" else None)
               for ident, origin, client_id in pairs)
    assert sum(origin == "local" for _, origin, _ in pairs) == 300
    engine.dispose()
