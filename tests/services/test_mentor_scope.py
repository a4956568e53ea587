"""Several mentors in one database: each desk reads and changes its own mentor's rows only
(services/scope.py), whatever service it asks; an import brings one mentor's export and
touches only that mentor's rows. On a database file and on a PostgreSQL database without the
team's roles (the app keeps to the mentor); tests/services/test_team_server.py runs the same on
a server set up for a team, where the server enforces it too."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from services import cli
from services.container import Services
from services.errors import FileUnusable, InvalidInput, NotFound
from services.scope import LOCAL_MENTOR, MENTOR_ENV
from services.sessions import SessionQuery
from services.store import NO_MENTOR
from tests.services.builders import export, mentee
from tests.services.team_builders import (
    A,
    B,
    OWNED,
    add_mentor_row,
    mentor_export,
    remember_server_event,
    rows_of,
    work,
)

# The same UID for both mentors' event: a UID Mentor Desk makes is unique per mentor.
EVENT_UID = "session-1@mentordesk"


@pytest.fixture
def team(databases: Any, tmp_path: Path, clock: Any) -> Iterator[dict[str, Any]]:
    """Mentor A's desk, A's rows as they stood before B came, and mentor B's desk, both on one
    database (a file, or a server's database without the team's roles)."""
    db = databases("team")
    a = Services.open(db, clock)
    a.importer.import_document(mentor_export(A, "a-"))
    work(a, "a-", tmp_path)
    remember_server_event(a.engine, EVENT_UID, A)
    before = rows_of(a.engine, A)
    add_mentor_row(a, B)
    b = Services.open(db, clock, mentor=B)
    b.importer.import_document(mentor_export(B, "b-"))
    work(b, "b-", tmp_path)
    remember_server_event(b.engine, EVENT_UID, B)
    yield {"a": a, "b": b, "a_before": before, "db": db}
    a.close()
    b.close()


def test_every_table_holds_both_mentors_rows_and_bs_import_left_as_rows_as_they_were(
        team: dict[str, Any]) -> None:
    a = team["a"]
    assert rows_of(a.engine, A) == team["a_before"]
    b_rows = rows_of(a.engine, B)
    assert len(OWNED) == 18
    for table in [*OWNED, "mentor"]:
        assert team["a_before"][table] and b_rows[table], table


def sees_only(app: Services, prefix: str, folder: Path) -> None:
    """What each service shows `app`'s desk is its own mentor's (ids start with `prefix`)."""

    def own(ids: Any) -> set[str]:
        ids = set(ids)
        assert ids, "nothing shown"
        assert all(str(i).startswith(prefix) for i in ids), ids
        return ids

    sessions = app.sessions
    assert own(r.id for r in sessions.invitations()) == {f"{prefix}r-1", f"{prefix}r-3"}
    own(r.id for r in sessions.upcoming())
    everything = own(r.id for r in sessions.search(SessionQuery()))
    assert len(everything) == 7 == sessions.count(SessionQuery())
    assert own(r.id for r in sessions.pending_confirmation()) == {f"{prefix}s-4"}
    by_name = own(r.id for r in sessions.search(SessionQuery(text="sam lee")))
    assert by_name == {f"{prefix}r-1", f"{prefix}r-2", f"{prefix}r-3"}
    assert sessions.count(SessionQuery(text="sam lee")) == 3
    assert own(r.id for r in sessions.search(SessionQuery(text="sam", sort="-start"),
                                             limit=2)) == {f"{prefix}r-3", f"{prefix}r-2"}
    own(r.id for r in sessions.search(SessionQuery(mentee="Sam")))
    own(m.id for m in sessions.mentees())
    own(b.id for b in sessions.bundles())
    own(r.id for r in sessions.in_range(datetime(2026, 1, 1, tzinfo=UTC),
                                        datetime(2027, 1, 1, tzinfo=UTC)))
    own(m.id for m in app.mentees.rows())
    own(app.journal.matching_mentees("sam"))
    own(app.journal.matching_mentees("delegation"))
    assert own(n.session_id for n in app.journal.search("delegation") if n.session_id)
    assert all(prefix in n.text for n in app.journal.search("")), "notes of the other"
    own(g.mentee_id for g in app.journal.goals(f"{prefix}u-2"))
    own(b.bundle_id for b in app.earnings.bundles())
    assert sum(m.net_cents for m in app.earnings.months()) > 0
    document, _ = app.outbox.build()
    own(item["session_id"] for item in document["actions"])
    assert app.outbox.pending_count() == 1
    built = app.calendar_export.build()
    calendar = built.data.decode()
    other = "b-" if prefix == "a-" else "a-"
    assert f"{prefix}s-1" in calendar and built.sessions == 2 and built.free
    assert f"{other}s-" not in calendar and f"{other}r-" not in calendar
    assert len(app.availability.windows()) == 2
    assert [d.note for d in app.availability.days_off()] == [f"off {prefix}"]
    assert [c.label for c in app.availability.busy_calendars()] == [f"Home {prefix}"]
    assert len(app.availability.busy(datetime(2026, 1, 1, tzinfo=UTC),
                                     datetime(2027, 1, 1, tzinfo=UTC))) == 1
    assert app.settings.timezone_name() == "Europe/Lisbon"
    assert [a.action for a in sessions.history(f"{prefix}r-2")] == ["reject"]


def test_each_desk_sees_its_own_mentors_rows_only(team: dict[str, Any],
                                                  tmp_path: Path) -> None:
    sees_only(team["a"], "a-", tmp_path)
    sees_only(team["b"], "b-", tmp_path)


def test_a_desk_cannot_change_another_mentors_rows(team: dict[str, Any]) -> None:
    a, b = team["a"], team["b"]
    for attempt in (lambda: b.sessions.accept("a-r-1"),
                    lambda: b.sessions.reject("a-r-3", "No"),
                    lambda: b.sessions.cancel("a-s-1", "Travelling"),
                    lambda: b.sessions.get("a-s-1"),
                    lambda: b.journal.set_note("a-s-2", "mine now"),
                    lambda: b.journal.set_profile_note("a-u-1", "mine now"),
                    lambda: b.availability.remove_window(a.availability.windows()[0].id),
                    lambda: b.availability.remove_busy_calendar("Home a-"),
                    lambda: b.journal.add_goal("a-u-1", "A goal")):
        with pytest.raises(NotFound):
            attempt()
    # B's own of the same name: only B's goes.
    b.availability.remove_day_off(date(2026, 3, 20))
    b.sessions.undo_last()
    b.settings.set_timezone("Asia/Tokyo")
    b.earnings.set_commission_rate(2000)
    assert rows_of(a.engine, A) == team["a_before"]
    assert b.availability.days_off() == [] and len(a.availability.days_off()) == 1
    assert a.settings.timezone_name() == "Europe/Lisbon"
    assert a.sessions.history("a-r-2")[-1].action == "reject"


def test_an_export_holding_another_mentors_ids_is_refused_whole(team: dict[str, Any]) -> None:
    a, b = team["a"], team["b"]
    theirs = export(mentor_id=B, mentees=[mentee("a-u-1", "Sam Lee"), mentee("b-u-9")])
    with pytest.raises(InvalidInput) as refused:
        b.importer.import_document(theirs, "b.json")
    assert [(p.path, str(p.message)) for p in refused.value.problems] == [
        ("$.mentees[0].id", "mentee a-u-1 belongs to mentor m-1 of this database, not to m-2")]
    assert rows_of(a.engine, A) == team["a_before"]
    assert "b-u-9" not in {m.id for m in b.sessions.mentees()}
    # And A's desk takes no export of B's.
    with pytest.raises(InvalidInput, match="1 problem"):
        a.importer.import_document(mentor_export(B, "b-"), "b.json")


def test_a_database_of_several_mentors_opens_for_the_one_chosen(
        team: dict[str, Any], clock: Any, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = team["db"]
    with pytest.raises(FileUnusable, match=r"holds several mentors \(m-1, m-2\): choose the one "
                                           r"to work for with --mentor ID or MENTORDESK_MENTOR"):
        Services.open(db, clock)
    with pytest.raises(FileUnusable, match="mentor m-3 is not in"):
        Services.open(db, clock, mentor="m-3")
    monkeypatch.setenv(MENTOR_ENV, B)
    chosen = Services.open(db, clock)
    try:
        assert chosen.mentor_id() == B
    finally:
        chosen.close()
    monkeypatch.delenv(MENTOR_ENV)
    assert cli.run(["--db", str(db), "--mentor", A, "--now", "2026-03-02T09:00:00Z",
                    "invitations", "--json"]) == cli.EXIT_OK
    assert '"a-r-1"' in capsys.readouterr().out
    assert cli.run(["--db", str(db), "invitations"]) == cli.EXIT_INVALID
    assert "choose the one to work for" in capsys.readouterr().err


def test_what_is_written_before_the_first_import_becomes_the_exports_mentors(
        databases: Any, clock: Any) -> None:
    db = databases("new")
    app = Services.open(db, clock)
    try:
        assert app.mentor_id() is None
        app.availability.add_window("intro", 3, 9 * 60, 12 * 60)
        app.settings.set_timezone("Europe/Lisbon")
        assert app.mentor_id() == LOCAL_MENTOR
        app.importer.import_document(mentor_export(A, "a-"))
        assert app.mentor_id() == A
        assert len(app.availability.windows()) == 1
        assert app.settings.timezone_name() == "Europe/Lisbon"
        with app.engine.connect() as conn:
            assert conn.execute(text("SELECT id FROM mentor")).scalars().all() == [A]
            for table in OWNED:
                # The writers' count of the desk before it had a mentor stays where it was.
                allowed = {A, NO_MENTOR} if table == "mentor_writes" else {A}
                assert set(conn.execute(text(f'SELECT DISTINCT mentor_id FROM "{table}"'))
                           .scalars()) <= allowed, table
    finally:
        app.close()
    again = Services.open(db, clock)
    try:
        assert again.mentor_id() == A and len(again.availability.windows()) == 1
    finally:
        again.close()
