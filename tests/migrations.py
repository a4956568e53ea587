"""Checking a schema migration against a realistic database: fill the schema a revision leaves
(thousands of rows, every table), upgrade, and compare every row, column by column.

For a new migration NNNN nothing needs writing: tests/services/test_migrations.py runs
`check_upgrade` for every revision after the first. A migration that changes data on purpose
says how in `expected` (a function from the rows before to the rows it should leave); one that
adds a table or column is checked to keep everything else unchanged.

    before, after = check_upgrade(tmp_path, "0003")        # 0002 filled, then upgraded to 0003
    assert after["session"][("s-17",)]["new_column"] == ...

The filler knows Mentor Desk's tables and fills them as a mentor's years of work would; a table
or column it does not know is filled from its type (and its foreign keys), so it keeps working
for migrations written after it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    text,
)

from services import db as storage
from services import search_index

Key = tuple[Any, ...]
Rows = dict[str, dict[Key, dict[str, Any]]]
# How many rows each known table gets: thousands where a mentor's years make thousands.
COUNTS = {"mentor": 1, "mentee": 1200, "bundle": 1500, "session": 6000, "action": 4000,
          "availability_window": 24, "day_off": 400, "busy_block": 2500, "setting": 6,
          "exported_free_block": 1500, "busy_calendar": 12, "mentee_journal": 600,
          "session_note": 3000, "earning": 2000, "mentor_writes": 1}
UNKNOWN_TABLE_ROWS = 1000
EPOCH = datetime(2021, 1, 4, 8, 0)
FIRST = ["Sam", "Priya", "Jonas", "Aiko", "Mateo", "Chloé", "Kwame", "Ingrid", "Ravi", "Lena",
         "Tomás", "Mei", "Olusegun", "Hannah", "Yusuf", "Zoë", "Ærin", "Łucja", "李", "Ådne"]
LAST = ["Lee", "Raman", "Becker", "Tanaka", "García", "Martin", "Mensah", "Larsen", "Iyer",
        "O'Brien", "Silva", "Chen", "Adeyemi", "Novak", "Kaya", "Rossi", "Patel", "Demir"]
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Tokyo", None]
SESSION_STATUSES = ["requested", "scheduled", "completed", "no_show", "mentor_no_show",
                    "cancelled", "rejected"]


def revisions() -> list[str]:
    """Every revision, oldest first (their numbers count up)."""
    folder = Path(storage.__file__).resolve().parent / "migrations" / "versions"
    return sorted(p.name[:4] for p in folder.glob("[0-9][0-9][0-9][0-9]_*.py"))


def previous(revision: str) -> str:
    known = revisions()
    return known[known.index(revision) - 1]


def database_at(path: Path | str, revision: str) -> Engine:
    """The database at `path` (a file, made if missing, or a server's empty database by its
    URL), its schema brought up to `revision`."""
    engine = storage.make_engine(storage.resolve_db_url(str(path)))
    storage.migrate(engine, revision)
    return engine


def fill(engine: Engine, seed: int = 1) -> dict[str, int]:
    """Realistic rows in every table of the schema (alembic's own left alone); returns counts."""
    rng = random.Random(seed)
    metadata = MetaData()
    metadata.reflect(engine)
    made: dict[str, list[dict[str, Any]]] = {}
    with engine.begin() as conn:
        for table in metadata.sorted_tables:  # parents before children, for the foreign keys
            if table.name == "alembic_version" or search_index.owns(table.name):
                continue  # the search index is made from the rows, by the database
            rows = [_row(table, i, rng, made) for i in range(
                COUNTS.get(table.name, UNKNOWN_TABLE_ROWS))]
            if rows:
                conn.execute(table.insert(), rows)
            made[table.name] = rows
    return {name: len(rows) for name, rows in made.items()}


def read_rows(engine: Engine) -> Rows:
    """Every row of every table as stored (SQLite's own values), keyed by primary key."""
    found: Rows = {}
    with engine.connect() as conn:
        inspector = inspect(conn)
        for name in inspector.get_table_names():
            if name == "alembic_version" or search_index.owns(name):
                continue  # derived from the rows (rebuilt whenever what it reads changes)
            key = inspector.get_pk_constraint(name)["constrained_columns"]
            result = conn.execute(text(f'SELECT * FROM "{name}"')).mappings()
            found[name] = {tuple(r[k] for k in key): dict(r) for r in result}
    return found


def check_upgrade(tmp_path: Path, revision: str,
                  expected: Callable[[Rows], Rows] | None = None,
                  where: str | None = None) -> tuple[Rows, Rows]:
    """Fill the schema before `revision`, upgrade to it, and assert every row is still there
    with every value it had (or as `expected` says the migration changes them). A column or
    table the migration adds is not compared; one it drops must be in `expected`'s answer
    too. Returns the rows before and after."""
    engine = database_at(where or tmp_path / f"before-{revision}.sqlite3", previous(revision))
    counts = fill(engine)
    before = read_rows(engine)
    assert all(counts.values()) and len(counts) == len(before)
    storage.migrate(engine, revision)
    after = read_rows(engine)
    engine.dispose()
    wanted = expected(before) if expected else before
    for table, rows in wanted.items():
        assert table in after, f"{revision} dropped table {table}"
        kept = after[table]
        assert kept.keys() == rows.keys(), f"{revision} changed which rows {table} holds"
        for key, row in rows.items():
            now = {column: kept[key][column] for column in row if column in kept[key]}
            assert now.keys() == row.keys(), f"{revision} dropped columns of {table}"
            assert now == row, f"{table} {key} changed: {row} -> {now}"
    return before, after


# -- the rows ------------------------------------------------------------------------------------

def _row(table: Table, i: int, rng: random.Random,
         made: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    known = KNOWN.get(table.name)
    row = known(i, rng, made) if known else {}
    for column in table.columns:
        if column.name in row:
            continue
        if column.primary_key and isinstance(column.type, Integer):
            row[column.name] = i + 1
            continue
        foreign = next(iter(column.foreign_keys), None)
        if foreign is not None and made.get(foreign.column.table.name):
            parents = made[foreign.column.table.name]
            # A key that is a parent's key (a mentee's journal, a session's note) takes each
            # parent once.
            parent = parents[i % len(parents)] if column.primary_key else rng.choice(parents)
            row[column.name] = parent[foreign.column.name]
            continue
        row[column.name] = _by_type(column, i, rng)
    return {c.name: row[c.name] for c in table.columns}


def _by_type(column: Any, i: int, rng: random.Random) -> Any:
    kind = column.type
    if isinstance(kind, Boolean):
        return i % 3 == 0
    if isinstance(kind, Integer):
        return rng.randrange(0, 1000)
    if isinstance(kind, DateTime):
        return EPOCH + timedelta(minutes=37 * i)
    if isinstance(kind, Date):
        return date(2021, 1, 1) + timedelta(days=i)
    if isinstance(kind, JSON):
        return {"question": f"answer {i}"}
    if isinstance(kind, (String, Text)):
        value = f"{column.name}-{i}-{_name(i)}"
        return value[:kind.length] if getattr(kind, "length", None) else value
    return None if column.nullable else i


def _name(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]}"


def _mentor(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    return {"id": "m-1", "name": "Dana Okafor", "email": "dana@example.org",
            "timezone": "Europe/Berlin"}


def _mentee(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    name = _name(i)
    return {"id": f"u-{i}", "name": name,
            "email": f"{name.split()[0].lower()}.{i}@example.com", "timezone": ZONES[i % 5],
            "exported_at": EPOCH + timedelta(hours=i)}


def _bundle(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    total = rng.choice((4, 6, 8, 10))
    used = rng.randrange(0, total + 1)
    return {"id": f"b-{i}", "mentee_id": made["mentee"][i % len(made["mentee"])]["id"],
            "sessions_total": total, "sessions_used": used, "platform_sessions_used": used,
            "status": "completed" if used == total else rng.choice(("active", "active", "expired")),
            "price_cents": total * 9000, "currency": "EUR",
            "purchased_at": EPOCH + timedelta(days=i % 1500), "exported_at": EPOCH}


def _session(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    start = EPOCH + timedelta(minutes=90 * i)
    intro = i % 3 == 0
    bundle = None if intro else made["bundle"][i % len(made["bundle"])]
    minutes = 20 if intro else rng.choice((45, 60, 90))
    status = rng.choice(SESSION_STATUSES if intro else SESSION_STATUSES[1:])
    return {
        "id": f"s-{i}", "type": "intro" if intro else "paid", "status": status,
        "start_utc": start, "end_utc": start + timedelta(minutes=minutes),
        "duration_minutes": minutes,
        "mentee_id": bundle["mentee_id"] if bundle else made["mentee"][i % 1000]["id"],
        "bundle_id": bundle["id"] if bundle else None,
        "form": {"What do you want to achieve?": f"Grow into a lead role, step {i} ✓",
                 "LinkedIn": ""} if intro else None,
        "requested_at": start - timedelta(days=3) if intro else None,
        "cancel_reason": "Travelling — back next week" if status == "cancelled" else None,
        "reject_reason": "Not my field" if status == "rejected" else None,
        "outcome": {"completed": "held", "no_show": "mentee_no_show",
                    "mentor_no_show": "mentor_no_show"}.get(status),
        "decision": "approve" if intro and status == "completed" else None,
        "origin": "local" if i % 17 == 0 else "platform",
        "created_at": start - timedelta(days=4), "updated_at": start - timedelta(days=1),
        "exported_at": EPOCH, "revision": i % 4,
    }


def _action(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    session = made["session"][i % len(made["session"])]
    action = rng.choice(("accept", "reject", "cancel", "confirm", "book", "request"))
    return {
        "uid": f"{i:032x}", "at": session["updated_at"], "session_id": session["id"],
        "action": action, "reason": "Fully booked that week" if action in ("reject", "cancel")
        else None,
        "outcome": "held" if action == "confirm" else None,
        "decision": "approve" if action == "confirm" and session["type"] == "intro" else None,
        "before": {"status": "requested", "cancel_reason": None, "reject_reason": None,
                   "outcome": None, "decision": None},
        "undone": i % 11 == 0, "sent_at": None if i % 5 == 0 else session["updated_at"],
    }


def _window(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    start = 8 * 60 + (i // 14) * 4 * 60
    return {"kind": ("intro", "paid")[i % 2], "weekday": (i // 2) % 7,
            "start_minute": start, "end_minute": start + 3 * 60}


def _day_off(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    return {"day": date(2021, 1, 1) + timedelta(days=3 * i), "note": rng.choice(
        ("", "Holiday", "Conference in Lisbon", "Feiertag"))}


def _busy(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    start = EPOCH + timedelta(hours=7 * i)
    return {"source": ("Work (Outlook)", "Home", "Calendar")[i % 3], "start_utc": start,
            "end_utc": start + timedelta(minutes=rng.choice((30, 60, 24 * 60))),
            "summary": rng.choice(("Standup", "Dentist", "", "Team offsite")),
            "all_day": i % 9 == 0}


def _calendar(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    label = ("Calendar", "Work (Outlook)", "Home", "Feiertage")[i % 4]
    return {"id": i + 1, "label": label if i < 4 else f"{label} ({i})", "name": label,
            "origin": None if i % 3 == 0 else f"/home/dana/Calendars/{label.lower()}-{i}.ics",
            "imported_at": EPOCH + timedelta(days=i), "window_start": EPOCH - timedelta(days=30),
            "window_end": EPOCH + timedelta(days=365),
            "next_event_utc": None if i % 5 == 0 else EPOCH + timedelta(days=i, hours=9)}


def _setting(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    key, value = [("timezone", "Europe/Berlin"), ("last_import_at", EPOCH.isoformat()),
                  ("last_export_at", EPOCH.isoformat()), ("last_outbox_at", EPOCH.isoformat()),
                  ("ics_sync_path", "/home/dana/Dropbox/mentor.ics"),
                  ("ics_sync_names", "hidden")][i]
    return {"key": key, "value": value}


def _free_block(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    day = date(2025, 1, 1) + timedelta(days=i // 3)
    start = datetime(day.year, day.month, day.day, 8 + 3 * (i % 3))
    return {"uid": f"free-{('intro', 'paid')[i % 2]}-{day:%Y%m%d}-{i % 3}@mentordesk",
            "kind": ("intro", "paid")[i % 2], "day": day, "start_utc": start,
            "end_utc": start + timedelta(hours=2), "sequence": i % 5,
            "cancelled": i % 7 == 0, "changed_at": start - timedelta(days=2)}


def _journal(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    # One per mentee: the mentee is the key.
    return {"mentee_id": made["mentee"][i]["id"], "stage": (None, "kickoff", "growth")[i % 3],
            "profile_note": f"Wants to lead a team of {i % 9 + 2} — ✓",
            "updated_at": EPOCH + timedelta(days=i)}


def _note(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    session = made["session"][i]  # one per session: the session is the key
    return {"session_id": session["id"], "text": f"Talked about step {i}; next: a plan",
            "created_at": session["end_utc"], "updated_at": session["end_utc"]}


def _earning(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    paid = [s for s in made["session"] if s["bundle_id"] is not None]
    session = paid[i]  # one per held paid session: the session is the key
    return {"session_id": session["id"], "bundle_id": session["bundle_id"], "currency": "EUR",
            "gross_cents": 9000, "commission_bp": 1250, "commission_cents": 1125,
            "net_cents": 7875, "recorded_at": session["end_utc"]}


def _writes(i: int, rng: random.Random, made: dict[str, Any]) -> dict[str, Any]:
    # The one row of a database before 0010: every writer counted itself on it.
    return {"mentor_id": "", "version": 4321}


KNOWN: dict[str, Callable[[int, random.Random, dict[str, Any]], dict[str, Any]]] = {
    "mentor": _mentor, "mentee": _mentee, "bundle": _bundle, "session": _session,
    "action": _action, "availability_window": _window, "day_off": _day_off,
    "busy_block": _busy, "busy_calendar": _calendar, "setting": _setting,
    "exported_free_block": _free_block, "mentee_journal": _journal, "session_note": _note,
    "earning": _earning, "mentor_writes": _writes,
}

