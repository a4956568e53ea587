"""Every mutation says what it changed; listeners hear of it only once the call has returned and
the face delivers; settings the services read are remembered until they change."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from services.records import CHANGE_FLAGS, Change
from tests.services.builders import BERLIN, bundle, export, intro, local, paid

NOW = "2026-03-02T09:00:00Z"  # the test clock


@pytest.fixture
def desk(services):  # noqa: ANN001, ANN201
    """A request, a paid session in four days, one ended and unconfirmed; nothing delivered."""
    services.importer.import_document(export(
        bundles=[bundle("b-1", "u-2")],
        sessions=[intro("r-1", "u-1", local(BERLIN, "2026-03-05T10:00")),
                  paid("p-1", "u-2", "b-1", local(BERLIN, "2026-03-06T15:00")),
                  paid("p-0", "u-2", "b-1", local(BERLIN, "2026-03-01T15:00"))]))
    services.availability.add_window("paid", 0, 9 * 60, 18 * 60)
    services.hub.deliver()
    return services


@pytest.fixture
def heard(desk):  # noqa: ANN001, ANN201
    changes: list[Change] = []
    desk.hub.subscribe(changes.append)
    return changes


def flags(change: Change) -> set[str]:
    return {flag for flag in CHANGE_FLAGS if getattr(change, flag)}


def test_a_listener_never_runs_inside_the_call(desk, heard) -> None:
    statuses: list[str] = []
    desk.hub.subscribe(lambda change: statuses.append(desk.sessions.get("r-1").status))
    record = desk.sessions.accept("r-1")
    assert record.status == "scheduled"
    assert heard == [] and statuses == []  # committed, not yet heard of
    change = desk.hub.deliver()
    assert heard == [change] and statuses == ["scheduled"]
    assert desk.hub.deliver() is None  # each change is heard once


DECISIONS = [
    ("accept", lambda s: s.sessions.accept("r-1"), {"sessions", "outbox"}, ("r-1",), ()),
    ("reject", lambda s: s.sessions.reject("r-1", "Spam"), {"sessions", "outbox"}, ("r-1",), ()),
    ("cancel", lambda s: s.sessions.cancel("p-1", "Ill"), {"sessions", "bundles", "outbox"},
     ("p-1",), ("b-1",)),
    ("confirm", lambda s: s.sessions.confirm("p-0", "held"),
     {"sessions", "bundles", "outbox"}, ("p-0",), ("b-1",)),
    ("book-paid", lambda s: s.sessions.book_paid("u-2", local(BERLIN, "2026-03-09T10:00")),
     {"sessions", "bundles", "outbox"}, None, ("b-1",)),
    ("add window", lambda s: s.availability.add_window("paid", 1, 9 * 60, 10 * 60),
     {"availability"}, (), ()),
    ("day off", lambda s: s.availability.add_day_off(date(2026, 3, 10), "Trip"),
     {"availability"}, (), ()),
    ("busy", lambda s: s.availability.replace_busy("Work", []), {"busy"}, (), ()),
    ("setting", lambda s: s.settings.put("some", "x"), {"settings"}, (), ()),
    ("time zone", lambda s: s.settings.set_timezone("America/New_York"),
     {"settings", "timezone"}, (), ()),
]


@pytest.mark.parametrize(("call", "expected", "sessions", "bundles"),
                         [d[1:] for d in DECISIONS], ids=[d[0] for d in DECISIONS])
def test_each_mutation_says_exactly_what_it_touched(desk, heard, call, expected, sessions,
                                                     bundles) -> None:
    result = call(desk)
    change = desk.hub.deliver()
    assert flags(change) == expected
    if sessions is None:  # a new session: its id is the one made
        sessions = (result.id,)
    assert change.session_ids == sessions
    assert change.bundle_ids == bundles


def test_undo_and_the_outbox_touch_the_outbox(desk, tmp_path) -> None:
    desk.sessions.accept("r-1")
    desk.hub.deliver()
    desk.sessions.undo_last()
    assert flags(desk.hub.deliver()) == {"sessions", "outbox"}
    desk.sessions.reject("r-1", "Spam")
    desk.hub.deliver()
    desk.outbox.write(tmp_path / "outbox.json")
    assert flags(desk.hub.deliver()) == {"outbox", "settings"}


def test_an_import_says_when_the_mentors_time_zone_moved(services) -> None:
    services.importer.import_document(export(BERLIN))
    assert flags(services.hub.deliver()) == {"settings", "timezone"}
    later = export(BERLIN, exported_at="2026-03-02T08:00:00Z",
                   sessions=[intro("r-9", "u-1", local(BERLIN, "2026-03-05T10:00"))])
    services.importer.import_document(later)
    assert flags(services.hub.deliver()) == {"sessions", "settings"}
    services.importer.import_document(export("America/New_York",
                                             exported_at="2026-03-02T09:00:00Z"))
    assert "timezone" in flags(services.hub.deliver())


def test_an_import_that_brings_nothing_new_says_nothing(services) -> None:
    document = export(BERLIN, sessions=[intro("r-9", "u-1", local(BERLIN, "2026-03-05T10:00"))])
    services.importer.import_document(document)
    services.hub.deliver()
    services.importer.import_document(document)
    assert services.hub.deliver() is None


def test_changes_waiting_together_are_delivered_as_one_with_who_asked(desk, heard) -> None:
    desk.sessions.accept("r-1")
    desk.availability.add_window("paid", 1, 9 * 60, 10 * 60)
    asker = object()
    change = desk.hub.deliver(initiator=asker)
    assert heard == [change]
    assert flags(change) == {"sessions", "outbox", "availability"}
    assert change.initiator is asker
    assert change.summary == "r-1 accepted; added paid window Tue 09:00–10:00"


def test_a_failing_listener_does_not_keep_the_change_from_the_others(desk, heard) -> None:
    def broken(_change: Change) -> None:
        raise RuntimeError("listener bug")

    desk.hub.subscribe(broken)
    desk.hub.subscribe(heard.append)
    desk.sessions.accept("r-1")
    desk.hub.deliver()
    assert len(heard) == 2
    assert desk.sessions.get("r-1").status == "scheduled"


def test_the_time_zone_is_read_once_until_a_setting_changes(desk) -> None:
    statements: list[str] = []
    event.listen(desk.engine, "before_cursor_execute",
                 lambda *args: statements.append(args[2]))
    assert desk.sessions.timezone().key == BERLIN
    read = len(statements)
    assert read > 0
    for service in (desk.sessions, desk.availability, desk.calendar_export):
        assert service.timezone().key == BERLIN
    assert len(statements) == read  # remembered, and shared by every service
    desk.settings.set_timezone("America/New_York")
    # Known at once, before any delivery: the change of settings forgets what was read.
    assert desk.availability.timezone().key == "America/New_York"


def test_another_process_is_seen_after_forgetting(desk, db_url) -> None:
    from services.container import Services

    assert desk.sessions.timezone().key == BERLIN
    other = Services.open(db_url, desk.clock)
    try:
        other.settings.set_timezone("Asia/Tokyo")
    finally:
        other.close()
    assert desk.sessions.timezone().key == BERLIN
    desk.hub.forget()
    assert desk.sessions.timezone().key == "Asia/Tokyo"


def test_two_bookings_delivered_together_name_both_sessions(desk) -> None:
    # Two bookings in one delivery: both new sessions named, each once.
    first = desk.sessions.book_paid("u-2", local(BERLIN, "2026-03-09T10:00"))
    second = desk.sessions.book_paid("u-2", local(BERLIN, "2026-03-09T10:00") + timedelta(days=7))
    change = desk.hub.deliver()
    assert change.session_ids == (first.id, second.id)
    assert change.bundle_ids == ("b-1",)
