"""The import's quicker ways to what the general ones make: SQLite's text of a whole second put
together from pieces, None bound once per column. Each is held to the general way it stands in
for, and an import's stored times to what the full parse reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import JSON, Column, Integer, MetaData, Table, create_engine, insert, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session as DB

from services import models, platform_import
from services.models import UTCDateTime
from services.store import insert_many
from services.timefmt import parse_instant
from tests.services.builders import BERLIN, bundle, export, intro, mentee, paid

BERLIN_ZONE = ZoneInfo(BERLIN)


def isoformat_text(value: datetime) -> str:
    """SQLite's text of a time as the bind processor made it before its quick way."""
    return value.astimezone(UTC).isoformat(" ", "microseconds")[:26]


TIMES = [
    datetime(2026, 3, 2, 9, 0, tzinfo=UTC), datetime(2026, 3, 2, 9, 0, 59, tzinfo=UTC),
    datetime(2026, 3, 2, 23, 59, 59, tzinfo=UTC), datetime(2024, 2, 29, 12, 30, tzinfo=UTC),
    datetime(1900, 1, 1, tzinfo=UTC), datetime(1969, 12, 31, 23, 59, 59, tzinfo=UTC),
    datetime(2999, 12, 31, 23, 59, 59, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(2026, 3, 2, 9, 0, 0, 1, tzinfo=UTC), datetime(2026, 3, 2, 9, 0, 0, 500000, tzinfo=UTC),
    # Aware in other zones: around Berlin's changes of the clock, and a half-hour offset.
    datetime(2026, 3, 29, 1, 59, tzinfo=BERLIN_ZONE),
    datetime(2026, 3, 29, 3, 0, tzinfo=BERLIN_ZONE),
    datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN_ZONE),
    datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN_ZONE),
    datetime(2026, 1, 1, 0, 15, tzinfo=ZoneInfo("Asia/Kolkata")),
    datetime(2026, 12, 31, 23, 45, 30, tzinfo=ZoneInfo("America/St_Johns")),
]


def sqlite_bind() -> object:
    return UTCDateTime().bind_processor(sqlite.dialect())


@pytest.mark.parametrize("value", TIMES, ids=str)
def test_sqlite_text_of_a_time_is_what_isoformat_made(value):
    assert sqlite_bind()(value) == isoformat_text(value)


def test_sqlite_text_of_every_minute_of_days_far_apart(monkeypatch):
    # Few days kept: the days' texts are forgotten and made again on the way.
    monkeypatch.setattr(models, "_DAYS", {})
    monkeypatch.setattr(models, "_DAYS_KEPT", 3)
    process = sqlite_bind()
    first = datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    values = [first + timedelta(minutes=7 * n, seconds=n % 60) for n in range(2000)]
    values += [datetime(year, 1, 1, tzinfo=UTC) for year in (1900, 1970, 2000, 2100, 2999)]
    assert [process(v) for v in values] == [isoformat_text(v) for v in values]
    assert len(models._DAYS) <= 3


def test_a_naive_time_is_still_refused():
    with pytest.raises(ValueError, match="naive datetimes are not stored"):
        sqlite_bind()(datetime(2026, 3, 2, 9, 0))


def test_insert_many_binds_none_as_the_column_would(tmp_path):
    """A column partly None (a session's form, its request time) is stored as row-by-row
    binding stores it: a JSON column's None as JSON null, a time's as NULL."""
    engine = create_engine(f"sqlite:///{tmp_path / 'rows.sqlite3'}")
    metadata = MetaData()
    tables = [Table(name, metadata, Column("n", Integer, primary_key=True), Column("form", JSON),
                    Column("at", UTCDateTime()), Column("plain", Integer))
              for name in ("quick", "slow")]
    metadata.create_all(engine)
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    rows = [{"n": n, "form": None if n % 3 else {"Q": f"A {n}", "é": "\u2028"},
             "at": None if n % 2 else at + timedelta(seconds=n, microseconds=n % 5),
             "plain": None if n % 4 else n} for n in range(12)]
    with DB(engine) as db, db.begin():
        insert_many(db, tables[0], [dict(row) for row in rows])
        db.execute(insert(tables[1]), [dict(row) for row in rows])
    with engine.connect() as conn:
        quick, slow = (conn.execute(text(f"SELECT n, form, at, plain FROM {t.name} ORDER BY n"))
                       .all() for t in tables)
    assert quick == slow
    assert quick[1][1] == "null" and quick[1][2] is None


def varied_export(*extra_sessions: dict) -> dict:
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    mentees = [mentee("u-1", "Łukasz Øster-Þór"), mentee("u-2", "Ærø Straße Đoković"),
               mentee("u-3", "王 静"), mentee("u-4", "Ħal Ðuro œuvre ı")]
    return export(
        BERLIN, exported_at="2026-03-01T09:00:00Z", mentees=mentees,
        bundles=[bundle("b-1", "u-1", total=20, price_cents=40000, currency="EUR"),
                 bundle("b-2", "u-2", total=20)],
        sessions=[
            intro("s-1", "u-1", start, requested_at="2026-02-28T08:00:00Z",
                  form={"What do you want?": "Ship an app — «vite»", "": "",
                        "Quote \"me\"": "back\\slash\nnew line\ttab \u2028 😀 "
                                        "\U0001F9D1\u200D💻"}),
            intro("s-2", "u-3", start + timedelta(days=1), requested_at="2026-02-28T09:00:00+01:00",
                  form={}),
            intro("s-3", "u-4", start + timedelta(days=2), status="rejected",
                  reject_reason="Spam: ﬁnance ß", form={"A": "b"}),
            paid("s-4", "u-1", "b-1", "2026-03-05T10:00:00+01:00", status="cancelled",
                 cancel_reason="Sick — désolé"),
            paid("s-5", "u-2", "b-2", "1900-01-01T00:00:00Z", status="completed"),
            paid("s-6", "u-2", "b-2", "1969-12-31T23:59:59Z", status="completed"),
            paid("s-7", "u-1", "b-1", "2999-12-31T22:00:00Z"),
            # Three starting in one second: numbered by id within it.
            paid("s-9", "u-1", "b-1", "2026-04-01T08:00:00Z"),
            paid("s-10", "u-2", "b-2", "2026-04-01T10:00:00+02:00"),
            paid("s-8", "u-2", "b-2", "2026-04-01T08:00:00Z", status="cancelled"),
            paid("s-é", "u-1", "b-1", "2026-04-01T08:00:00Z", minutes=30,
                 status="cancelled"),
            *extra_sessions,
        ])


def test_an_import_stores_what_the_full_parse_reads(services, monkeypatch):
    """On either engine: the times of a file in any spelling are stored as the instants the
    full parse reads (through the bulk fill where there is one)."""
    monkeypatch.setattr(platform_import, "BULK_ROWS", 2)
    document = varied_export()
    services.importer.import_document(document)
    with services.engine.connect() as conn:
        stored = {row.id: (row.start_utc, row.end_utc, row.requested_at) for row in conn.execute(
            models.Session.__table__.select())}
    for item in document["sessions"]:
        start = parse_instant(item["start"])
        requested = parse_instant(item["requested_at"]) if "requested_at" in item else None
        assert stored[item["id"]] == (start, start + timedelta(minutes=item["duration_minutes"]),
                                      requested), item["id"]
