"""Importing the platform's export: refused whole with every problem named, or merged by id."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from services.errors import InvalidInput, NotFound
from services.sessions import SessionQuery
from tests.conftest import EXCHANGE
from tests.services.builders import (
    BERLIN,
    bundle,
    dump,
    export,
    intro,
    local,
    mentee,
    paid,
    write,
    z,
)

T1 = "2026-03-01T09:00:00Z"
T2 = "2026-03-02T09:00:00Z"
T3 = "2026-03-03T09:00:00Z"


def base(exported_at: str = T1, **changes) -> dict:
    """An export with a request, a scheduled paid session on a bundle and a completed intro."""
    document = export(
        BERLIN, exported_at=exported_at,
        bundles=[bundle("b-1", "u-2", 4, 1, purchased_at="2026-02-01T10:00:00Z",
                        price_cents=36000, currency="EUR")],
        sessions=[
            intro("s-1", "u-1", "2026-03-06T15:00:00Z", requested_at="2026-03-01T08:00:00Z",
                  form={"What do you want to achieve?": "Backend engineering"}),
            paid("s-2", "u-2", "b-1", "2026-03-04T10:00:00+01:00"),
            intro("s-3", "u-2", "2026-02-01T16:00:00Z", "completed"),
        ])
    document.update(changes)
    return document


@pytest.fixture
def imported(services, clock):
    """A database holding `base()` and one local decision, and its dump."""
    services.importer.import_document(base())
    services.sessions.reject("s-1", "Not a fit")
    return services


def problems_of(services, document) -> list[tuple[str, str | None, str]]:
    before = dump(services.engine)
    with pytest.raises(InvalidInput) as caught:
        services.importer.import_document(document, "export.json")
    assert dump(services.engine) == before, "a refused file changed the database"
    assert "nothing was changed" in caught.value.message
    return [(p.path, p.record_id, p.message) for p in caught.value.problems]


def broken(edit) -> dict:
    document = copy.deepcopy(base(T2))
    edit(document)
    return document


# Each: how to break the file, then (JSON path, platform id, words of the message) expected.
BAD_DOCUMENTS = {
    "wrong format": (lambda d: d.update(format="something-else"),
                     [("$.format", None, "mentor-platform-export")]),
    "unknown version": (lambda d: d.update(version=2), [("$.version", None, "1 was expected")]),
    "missing exported_at": (lambda d: d.pop("exported_at"),
                            [("$", None, "'exported_at' is a required property")]),
    "missing session start": (lambda d: d["sessions"][1].pop("start"),
                              [("$.sessions[1]", "s-2", "'start' is a required property")]),
    "missing mentee name": (lambda d: d["mentees"][2].pop("name"),
                            [("$.mentees[2]", "u-3", "'name' is a required property")]),
    "time without offset": (lambda d: d["sessions"][0].update(start="2026-03-06T15:00:00"),
                            [("$.sessions[0].start", "s-1", "does not match")]),
    "impossible date": (lambda d: d["sessions"][2].update(start="2026-02-30T10:00:00Z"),
                        [("$.sessions[2].start", "s-3", "not an ISO 8601 time")]),
    "bad status": (lambda d: d["sessions"][1].update(status="done"),
                   [("$.sessions[1].status", "s-2", "'done' is not one of")]),
    "bad type": (lambda d: d["sessions"][0].update(type="workshop"),
                 [("$.sessions[0].type", "s-1", "'workshop' is not one of")]),
    "bad bundle status": (lambda d: d["bundles"][0].update(status="paused"),
                          [("$.bundles[0].status", "b-1", "'paused' is not one of")]),
    "duration as text": (lambda d: d["sessions"][1].update(duration_minutes="60"),
                         [("$.sessions[1].duration_minutes", "s-2", "is not of type 'integer'")]),
    "duplicate session ids": (lambda d: d["sessions"][2].update(id="s-1"),
                              [("$.sessions[2].id", "s-1", "id s-1 is used twice")]),
    "duplicate mentee ids": (lambda d: d["mentees"][2].update(id="u-1"),
                             [("$.mentees[2].id", "u-1", "id u-1 is used twice")]),
    "dangling mentee": (lambda d: d["sessions"][0].update(mentee_id="u-99"),
                        [("$.sessions[0].mentee_id", "s-1",
                          "mentee u-99 is neither in this file nor in the database")]),
    "dangling bundle": (lambda d: d["sessions"][1].update(bundle_id="b-99"),
                        [("$.sessions[1].bundle_id", "s-2",
                          "bundle b-99 is neither in this file nor in the database")]),
    "bundle of an unknown mentee": (lambda d: d["bundles"][0].update(mentee_id="u-99"),
                                    [("$.bundles[0].mentee_id", "b-1", "mentee u-99"),
                                     ("$.sessions[1].bundle_id", "s-2",
                                      "bundle b-1 belongs to mentee u-99, not u-2")]),
    "paid without bundle": (lambda d: d["sessions"][1].pop("bundle_id"),
                            [("$.sessions[1]", "s-2", "a paid session needs a bundle_id")]),
    "intro not 20 minutes": (lambda d: d["sessions"][0].update(duration_minutes=30),
                             [("$.sessions[0].duration_minutes", "s-1",
                               "an intro session lasts 20 minutes, not 30")]),
    "intro with a bundle": (lambda d: d["sessions"][0].update(bundle_id="b-1"),
                            [("$.sessions[0].bundle_id", "s-1", "takes no bundle")]),
    "requested paid session": (lambda d: d["sessions"][1].update(status="requested"),
                               [("$.sessions[1].status", "s-2", "only intro sessions")]),
    "bundle of another mentee": (lambda d: d["sessions"][1].update(mentee_id="u-1"),
                                 [("$.sessions[1].bundle_id", "s-2",
                                   "bundle b-1 belongs to mentee u-2, not u-1")]),
    "more used than bought": (lambda d: d["bundles"][0].update(sessions_used=5),
                              [("$.bundles[0].sessions_used", "b-1",
                                "5 sessions used of a bundle of 4")]),
    "unknown mentor time zone": (lambda d: d["mentor"].update(timezone="Europe/Atlantis"),
                                 [("$.mentor.timezone", "m-1",
                                   "Europe/Atlantis is not a known IANA time zone")]),
    "unknown mentee time zone": (lambda d: d["mentees"][0].update(timezone="Mars/Base"),
                                 [("$.mentees[0].timezone", "u-1", "Mars/Base")]),
    "another mentor": (lambda d: d["mentor"].update(id="m-2"),
                       [("$.mentor.id", "m-2", "this database holds mentor m-1")]),
}


@pytest.mark.parametrize("case", list(BAD_DOCUMENTS))
def test_a_bad_export_is_refused_whole_with_its_problems_named(imported, case):
    edit, expected = BAD_DOCUMENTS[case]
    found = problems_of(imported, broken(edit))
    assert len(found) == len(expected), found
    for (path, record_id, words), (got_path, got_id, got_message) in zip(expected, found):
        assert (got_path, got_id) == (path, record_id), found
        assert words in got_message, found


def test_every_problem_of_a_file_is_listed(imported):
    def edit(d):
        d["sessions"][0].update(mentee_id="u-99")
        d["sessions"][1].pop("bundle_id")
        d["sessions"][2].update(id="s-1", duration_minutes=25)
        d["mentor"].update(timezone="Nowhere/City")

    found = {(path, record_id) for path, record_id, _ in problems_of(imported, broken(edit))}
    assert found == {("$.mentor.timezone", "m-1"), ("$.sessions[0].mentee_id", "s-1"),
                     ("$.sessions[1]", "s-2"), ("$.sessions[2].id", "s-1"),
                     ("$.sessions[2].duration_minutes", "s-1")}


def test_every_schema_problem_of_a_file_is_listed(imported):
    def edit(d):
        d["sessions"][0].update(start="tomorrow")
        d["sessions"][1].update(status="maybe")
        d["bundles"][0].pop("sessions_total")

    found = {(path, record_id) for path, record_id, _ in problems_of(imported, broken(edit))}
    assert found == {("$.sessions[0].start", "s-1"), ("$.sessions[1].status", "s-2"),
                     ("$.bundles[0]", "b-1")}


@pytest.mark.parametrize("raw,words", [
    (b'{"format": "mentor-platform-export", ', "not valid JSON"),
    (b"", "not valid JSON"),
    ('{"mentor": {"name": "Dana Okaf\u00f6r"}}'.encode("latin-1"), "not UTF-8"),
])
def test_a_file_that_is_not_utf8_json_is_refused(imported, tmp_path, raw, words):
    path = tmp_path / "export.json"
    path.write_bytes(raw)
    before = dump(imported.engine)
    with pytest.raises(InvalidInput) as caught:
        imported.importer.import_file(path)
    assert dump(imported.engine) == before
    [problem] = caught.value.problems
    assert problem.path == "$" and words in problem.message
    assert caught.value.source == "export.json"


@pytest.mark.parametrize("document,count", [([], 1), ({}, 7), ("export", 1), (None, 1)])
def test_a_json_value_that_is_not_an_export_is_refused(imported, document, count):
    found = problems_of(imported, document)
    assert len(found) == count
    assert {path for path, _, _ in found} == {"$"}


def test_a_utf8_file_with_a_byte_order_mark_imports(services, tmp_path):
    path = tmp_path / "export.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(base()).encode("utf-8"))
    assert services.importer.import_file(path).created["sessions"] == 3


def test_a_missing_file_is_not_found(services, tmp_path):
    with pytest.raises(NotFound):
        services.importer.import_file(tmp_path / "nope.json")


def test_unknown_extra_keys_are_ignored(services):
    document = base()
    document["platform_build"] = "2026.3"
    document["sessions"][0]["meeting_url"] = "https://meet.example.com/x"
    services.importer.import_document(document)
    assert services.sessions.get("s-1").status == "requested"


def test_references_may_resolve_in_the_database(services):
    services.importer.import_document(base())
    later = export(BERLIN, exported_at=T2, mentees=[], bundles=[],
                   sessions=[paid("s-9", "u-2", "b-1", "2026-03-11T10:00:00Z")])
    result = services.importer.import_document(later)
    assert result.created["sessions"] == 1
    record = services.sessions.get("s-9")
    assert (record.mentee_name, record.bundle_id) == ("Priya Raman", "b-1")

    other = export(BERLIN, exported_at=T2, mentees=[], bundles=[],
                   sessions=[paid("s-10", "u-1", "b-1", "2026-03-12T10:00:00Z")])
    [(path, record_id, message)] = problems_of(services, other)
    assert (path, record_id) == ("$.sessions[0].bundle_id", "s-10")
    assert "belongs to mentee u-2" in message


# -- merging ------------------------------------------------------------------------------------

def test_what_an_import_brings(services, clock):
    result = services.importer.import_document(base())
    assert (result.created["mentees"], result.created["bundles"], result.created["sessions"]) \
        == (3, 1, 3)
    s1 = services.sessions.get("s-1")
    assert (s1.type, s1.status, s1.mentee_name, s1.duration_minutes) == \
        ("intro", "requested", "Sam Lee", 20)
    assert s1.form == {"What do you want to achieve?": "Backend engineering"}
    assert s1.requested_at == local(BERLIN, "2026-03-01T09:00")
    s2 = services.sessions.get("s-2")
    assert (s2.start, s2.end) == (local(BERLIN, "2026-03-04T10:00"),
                                  local(BERLIN, "2026-03-04T11:00"))
    assert services.sessions.get("s-3").outcome == "held"
    b = services.sessions.bundle("b-1")
    assert (b.sessions_total, b.sessions_used, b.sessions_booked, b.status) == (4, 1, 1, "active")
    assert services.settings.timezone_name() == BERLIN


def test_importing_the_same_file_again_changes_nothing(services, clock, tmp_path):
    path = write(tmp_path / "export.json", base())
    services.importer.import_file(path)
    before = dump(services.engine)
    clock.set("2026-03-02T12:00:00Z")
    again = services.importer.import_file(path)
    assert not again.changed
    assert sum(again.unchanged.values()) == 7
    assert again.summary() == "export.json: nothing new (already up to date)"
    assert dump(services.engine) == before


def test_a_later_export_updates_what_an_earlier_one_brought(services, clock):
    services.importer.import_document(base(T1))
    later = base(T2)
    later["mentor"]["name"] = "Dana Okafor-Lee"
    later["mentees"][0]["name"] = "Samuel Lee"
    later["sessions"][0].update(status="rejected", reject_reason="Duplicate request")
    later["sessions"][1].update(start="2026-03-05T10:00:00+01:00")
    later["bundles"][0].update(sessions_used=2)
    result = services.importer.import_document(later)
    assert result.updated["sessions"] == 2 and result.updated["mentees"] == 1
    s1 = services.sessions.get("s-1")
    assert (s1.status, s1.reason, s1.mentee_name) == ("rejected", "Duplicate request",
                                                      "Samuel Lee")
    assert services.sessions.get("s-2").start == local(BERLIN, "2026-03-05T10:00")
    assert services.sessions.bundle("b-1").sessions_used == 2
    assert services.sessions.get("s-2").revision == 1


def test_an_older_export_does_not_overwrite_a_newer_one(services, clock):
    newer = base(T2)
    newer["mentor"]["name"] = "Dana Okafor-Lee"
    newer["mentees"][0]["name"] = "Samuel Lee"
    newer["sessions"][0].update(status="rejected", reject_reason="Duplicate request")
    newer["bundles"][0].update(sessions_used=2)
    services.importer.import_document(newer)
    before = dump(services.engine)

    result = services.importer.import_document(base(T1))
    assert not result.changed
    assert result.stale["sessions"] == 3 and result.stale["bundles"] == 1
    assert "left as newer than this export" in result.summary()
    assert dump(services.engine) == before
    assert services.sessions.get("s-1").status == "rejected"
    assert services.sessions.mentee("u-1").name == "Samuel Lee"
    assert services.sessions.bundle("b-1").sessions_used == 2


def test_a_local_decision_not_yet_sent_survives_a_newer_export(services, clock):
    services.importer.import_document(base(T1))
    clock.set("2026-03-01T12:00:00Z")
    services.sessions.accept("s-1")
    services.sessions.cancel("s-2", "Travelling")

    result = services.importer.import_document(base(T2))  # the platform has not heard yet
    assert sorted(result.kept_local) == ["s-1", "s-2"]
    assert "kept your decisions on 2 sessions" in result.summary()
    assert services.sessions.get("s-1").status == "scheduled"
    s2 = services.sessions.get("s-2")
    assert (s2.status, s2.reason) == ("cancelled", "Travelling")
    assert services.outbox.pending_count() == 2


def test_after_the_outbox_is_written_a_newer_export_wins(services, clock, tmp_path):
    services.importer.import_document(base(T1))
    clock.set("2026-03-01T12:00:00Z")
    services.sessions.accept("s-1")
    clock.set("2026-03-01T13:00:00Z")
    services.outbox.write(tmp_path / "outbox.json")

    # Exported before the outbox was written: the platform could not know the decision yet.
    services.importer.import_document(base("2026-03-01T12:30:00Z"))
    assert services.sessions.get("s-1").status == "scheduled"

    # Exported after: the platform's word is final (here, the mentee withdrew).
    newer = base(T2)
    newer["sessions"][0].update(status="cancelled", cancel_reason="Mentee withdrew")
    services.importer.import_document(newer)
    s1 = services.sessions.get("s-1")
    assert (s1.status, s1.reason) == ("cancelled", "Mentee withdrew")


def test_a_held_confirmation_counts_once_whatever_the_export_knows(services, clock, tmp_path):
    services.importer.import_document(base(T1))
    clock.set("2026-03-04T12:00:00Z")
    services.sessions.confirm("s-2", "held")
    assert services.sessions.bundle("b-1").sessions_used == 2

    # A newer export from before the platform heard of it: still 1 used there.
    services.importer.import_document(base("2026-03-04T12:30:00Z"))
    b = services.sessions.bundle("b-1")
    assert (b.sessions_used, b.sessions_booked) == (2, 0)
    assert services.sessions.get("s-2").status == "completed"

    clock.set("2026-03-04T13:00:00Z")
    services.outbox.write(tmp_path / "outbox.json")
    # Exported after the outbox: the platform has counted it itself.
    heard = base("2026-03-05T09:00:00Z")
    heard["bundles"][0].update(sessions_used=2)
    heard["sessions"][1].update(status="completed")
    services.importer.import_document(heard)
    assert services.sessions.bundle("b-1").sessions_used == 2
    assert services.sessions.get("s-2").outcome == "held"


def test_a_bundle_used_up_with_a_pending_confirmation_completes(services, clock):
    document = base(T1)
    document["bundles"][0].update(sessions_total=2, sessions_used=1)
    services.importer.import_document(document)
    clock.set("2026-03-04T12:00:00Z")
    services.sessions.confirm("s-2", "held")
    assert services.sessions.bundle("b-1").status == "completed"
    again = base(T2)
    again["bundles"][0].update(sessions_total=2, sessions_used=1)
    services.importer.import_document(again)
    b = services.sessions.bundle("b-1")
    assert (b.sessions_used, b.status) == (2, "completed")


def test_undoing_a_confirmation_after_a_newer_export_keeps_the_platforms_count(services, clock):
    services.importer.import_document(base(T1))
    clock.set("2026-03-04T12:00:00Z")
    services.sessions.confirm("s-2", "held")
    # Meanwhile the platform counted a session held elsewhere (2 used, ours not yet heard of).
    newer = base("2026-03-04T12:30:00Z")
    newer["bundles"][0].update(sessions_used=2)
    services.importer.import_document(newer)
    assert services.sessions.bundle("b-1").sessions_used == 3

    services.sessions.undo_last()
    b = services.sessions.bundle("b-1")
    assert (b.sessions_used, b.status) == (2, "active")
    assert services.sessions.get("s-2").status == "awaiting_confirmation"


def test_the_sample_export_imports(services, clock):
    sample = EXCHANGE / "sample-export.json"
    if not sample.exists():
        pytest.skip("the shared exchange folder is not next to this checkout")
    result = services.importer.import_file(sample)
    assert (result.created["mentees"], result.created["bundles"], result.created["sessions"]) \
        == (3, 1, 5)
    assert [s.id for s in services.sessions.invitations()] == ["s-1", "s-2"]
    assert [s.id for s in services.sessions.upcoming()] == ["s-3"]
    b = services.sessions.bundle("b-1")
    assert (b.sessions_used, b.sessions_booked, b.sessions_left) == (1, 1, 2)
    assert not services.importer.import_file(sample).changed


def test_a_refused_file_leaves_an_empty_database_empty(services):
    before = dump(services.engine)
    document = base()
    document["sessions"][0]["mentee_id"] = "u-99"
    with pytest.raises(InvalidInput):
        services.importer.import_document(document)
    assert dump(services.engine) == before
    assert services.sessions.counts()["all"] == 0


def test_problems_read_as_path_id_and_sentence(imported):
    def edit(d):
        d["sessions"][0].update(duration_minutes=30)

    with pytest.raises(InvalidInput) as caught:
        imported.importer.import_document(broken(edit), "export.json")
    assert [str(p) for p in caught.value.problems] == [
        "$.sessions[0].duration_minutes [s-1]: an intro session lasts 20 minutes, not 30"]
    assert caught.value.message == "export.json was not imported: 1 problem; nothing was changed"


def test_mentee_timezone_is_kept(services):
    document = base()
    document["mentees"][0] = mentee("u-1", "Sam Lee", timezone="America/New_York")
    services.importer.import_document(document)
    assert services.sessions.get("s-1").mentee_timezone == "America/New_York"
    assert z(services.sessions.get("s-1").start) == "2026-03-06T15:00:00Z"


def test_an_export_path_is_read_with_its_name(services, tmp_path: Path):
    path = write(tmp_path / "platform-2026-03-01.json", base())
    result = services.importer.import_file(path)
    assert result.source == "platform-2026-03-01.json"
    assert result.summary().startswith("platform-2026-03-01.json: added ")


def test_overlapping_scheduled_sessions_are_imported_with_a_warning(services):
    # The platform's state is a fact the mentor must see, not a reason to refuse the file:
    # a long session overlapping two others is reported once for each of them.
    long = paid("p-long", "u-2", "b-1", "2026-03-10T09:00:00Z", minutes=180)
    inside = intro("i-1", "u-1", "2026-03-10T10:00:00Z", status="scheduled")
    later = intro("i-2", "u-3", "2026-03-10T11:30:00Z", status="scheduled")
    apart = intro("i-3", "u-3", "2026-03-10T12:00:00Z", status="scheduled")
    result = services.importer.import_document(export(
        bundles=[bundle("b-1", "u-2", total=4)], sessions=[long, inside, later, apart]))
    assert result.warnings == ["sessions p-long and i-1 overlap; cancel one of them",
                               "sessions p-long and i-2 overlap; cancel one of them"]
    assert services.sessions.counts()["all"] == 4


def test_a_long_import_reports_its_progress_as_it_writes(services, monkeypatch):
    import services.platform_import as platform_import

    monkeypatch.setattr(platform_import, "ROWS_PER_STATEMENT", 2)
    steps: list[tuple[int, int]] = []
    services.importer.import_document(base(), progress=lambda done, total: steps.append(
        (done, total)))
    assert steps == [(2, 3), (3, 3)]
    assert services.sessions.counts()["all"] == 3


def _indexes(services) -> list[tuple]:
    """The indexes, and the search index's tables and the triggers that keep it in step."""
    with services.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            return sorted(conn.exec_driver_sql(
                "SELECT indexname, tablename, indexdef FROM pg_indexes "
                "WHERE schemaname = current_schema()").all())
        return sorted(conn.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "OR name LIKE 'search%'").all())


def test_an_empty_table_gets_its_indexes_back_after_a_bulk_fill(services, monkeypatch):
    import services.platform_import as platform_import

    before = _indexes(services)
    monkeypatch.setattr(platform_import, "ROWS_PER_STATEMENT", 2)
    monkeypatch.setattr(platform_import, "BULK_ROWS", 3)
    services.importer.import_document(base())
    assert _indexes(services) == before
    assert any(row[0] == "ix_session_start_id" for row in before)
    if services.engine.dialect.name == "sqlite":
        assert any(row[0].startswith("search_session_session_") for row in before)
    assert [s.id for s in services.sessions.search(SessionQuery(sort="start"))] == \
        ["s-3", "s-2", "s-1"]
    # The search index, rebuilt after the fill, finds every session, and follows changes.
    mentee = services.sessions.get("s-1").mentee_name
    everyone = {"s-1", "s-2", "s-3"}
    assert {s.id for s in services.sessions.search(SessionQuery(text="s"))} == everyone
    assert {s.id for s in services.sessions.search(SessionQuery(text=mentee))} == {
        s.id for s in services.sessions.search(SessionQuery()) if s.mentee_name == mentee}
    services.sessions.reject("s-1", "Viaje a Córdoba")
    assert [s.id for s in services.sessions.search(SessionQuery(text="cordoba"))] == ["s-1"]


def test_a_bulk_fill_that_fails_midway_leaves_no_row_and_every_index(services, monkeypatch):
    import services.platform_import as platform_import

    before, indexes = dump(services.engine), _indexes(services)
    monkeypatch.setattr(platform_import, "ROWS_PER_STATEMENT", 2)
    monkeypatch.setattr(platform_import, "BULK_ROWS", 3)
    calls: list[str] = []
    real = platform_import.insert_many

    def disk_full_on_the_second_chunk(db, table, rows):  # noqa: ANN001
        calls.append(table.name)
        if calls.count("session") == 2:
            raise OSError(28, "No space left on device")
        real(db, table, rows)

    monkeypatch.setattr(platform_import, "insert_many", disk_full_on_the_second_chunk)
    with pytest.raises(OSError):
        services.importer.import_document(base())
    assert dump(services.engine) == before
    assert _indexes(services) == indexes


def test_an_import_leaves_the_planner_figures_that_keep_a_page_on_the_key(tmp_path):
    """After an import the query planner knows how little an index that leads with the
    mentor narrows: a page of sessions by id is read by the key, not by the mentor's whole
    history (without ANALYZE, SQLite took `ix_session_start_end` on `mentor_id = ?`)."""
    import sqlite3

    from services.clock import FixedClock
    from services.container import Services
    from services.timefmt import parse_instant

    db = tmp_path / "desk.sqlite3"
    app = Services.open(db, FixedClock(parse_instant(T1)))
    try:
        app.importer.import_document(base())
    finally:
        app.close()
    with sqlite3.connect(db) as conn:
        figures = dict(conn.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'session'"))
        rows, per_mentor = figures["ix_session_start_end"].split()[:2]
        assert rows == per_mentor == "3"  # one mentor: every row
        plan = " ".join(row[3] for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM session WHERE id IN ('s-1', 's-2') "
            "AND mentor_id = 'm-1'"))
    assert "sqlite_autoindex_session_1 (id=?)" in plan, plan


def test_the_cycle_collector_waits_while_an_export_is_applied_and_only_then(services,
                                                                         monkeypatch):
    """An import pauses Python's cycle collector (its millions of objects would be walked
    again and again) and leaves it as it found it, after a refused file too."""
    import gc

    import services.platform_import as platform_import

    seen: list[bool] = []
    real = platform_import.record_earnings

    def watching(db, now, session_ids=None):  # noqa: ANN001
        seen.append(gc.isenabled())
        real(db, now, session_ids)

    monkeypatch.setattr(platform_import, "record_earnings", watching)
    assert gc.isenabled()
    services.importer.import_document(base())
    assert seen == [False] and gc.isenabled()
    refused = base(T2)
    refused["sessions"][0]["mentee_id"] = "u-99"
    with pytest.raises(InvalidInput):
        services.importer.import_document(refused)
    assert gc.isenabled()
    gc.disable()  # a caller that has it off keeps it off
    try:
        services.importer.import_document(base(T3))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_import_on_sqlite_has_a_roomy_page_cache_and_gives_it_back(tmp_path, monkeypatch):
    import services.platform_import as platform_import
    from services.clock import FixedClock
    from services.container import Services
    from services.timefmt import parse_instant

    services = Services.open(tmp_path / "desk.sqlite3", FixedClock(parse_instant(T1)))
    sizes: list[int] = []
    real = platform_import.record_earnings

    def watching(db, now, session_ids=None):  # noqa: ANN001
        sizes.append(db.connection().exec_driver_sql("PRAGMA cache_size").scalar())
        real(db, now, session_ids)

    monkeypatch.setattr(platform_import, "record_earnings", watching)
    with services.engine.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    services.importer.import_document(base())
    assert sizes == [-platform_import.IMPORT_CACHE_KIB]
    with services.engine.connect() as conn:  # the pool's connection, as it was
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before
    services.close()
