"""The calendar server, against a real one: Radicale on 127.0.0.1 with a password (see
tests/radicale_server.py). Each test is a mentor of its own on it, with empty calendars."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from services.caldav_sync import (
    PASSWORD_ENV,
    Passwords,
    fingerprint,
    server_fingerprint,
)
from services.clock import FixedClock
from services.container import Services
from services.errors import CalendarServerError, CalendarServerOffline, PasswordNeeded, RuleViolation
from services.ical_export import ExportOptions, render, session_uid
from tests.radicale_server import PASSWORD
from tests.services.builders import dump, local
from tests.services.calendar_builders import load, session

BERLIN = "Europe/Berlin"


class Account:
    """A mentor of the test server: their calendars, read with python-caldav directly."""

    def __init__(self, server, user: str) -> None:  # noqa: ANN001
        import caldav

        self.server, self.user = server, user
        self.client = caldav.DAVClient(server.url, username=user, password=PASSWORD)

    def calendar(self, name: str):  # noqa: ANN201
        return next(c for c in self.client.principal().calendars()
                    if c.get_display_name() == name)

    def make(self, name: str):  # noqa: ANN201
        return self.client.principal().make_calendar(name=name)

    def edit(self, uid: str, summary: str, name: str = "Mentor Desk") -> bytes:
        """Rename an event as the mentor would in their calendar app; returns what is stored."""
        theirs = self.calendar(name).event_by_uid(uid)
        theirs.icalendar_component["SUMMARY"] = summary
        theirs.save(increase_seqno=False)
        return self.events(name)[uid]

    def events(self, name: str) -> dict[str, bytes]:
        """UID -> the resource's data, for every event in the calendar called `name`."""
        found = {}
        for item in self.calendar(name).events():
            data = item.data.encode() if isinstance(item.data, str) else item.data
            found[str(item.icalendar_component["UID"])] = data
        return found


@pytest.fixture
def account(radicale_up) -> Account:  # noqa: ANN001
    return Account(radicale_up, radicale_up.fresh_user())


def desk(path: Path | str, now: str = "2026-03-02T09:00:00Z") -> Services:
    return Services.open(path, FixedClock(datetime.fromisoformat(now.replace("Z", "+00:00"))))


def sessions_loaded(app: Services) -> None:
    load(app, [
        session("p-1", local(BERLIN, "2026-03-04T10:00")),
        session("p-2", local(BERLIN, "2026-03-05T14:00")),
        session("p-3", local(BERLIN, "2026-03-10T09:00")),
        session("i-1", local(BERLIN, "2026-03-06T11:00"), status="requested", kind="intro"),
        # Cancelled before Mentor Desk ever sent it: never goes to the server.
        session("p-0", local(BERLIN, "2026-03-07T10:00"), status="cancelled"),
    ])


@pytest.fixture
def app(db_url: str, memory_keyring) -> Services:  # noqa: ANN001
    services = desk(db_url)
    sessions_loaded(services)
    yield services
    services.close()


def set_up(app: Services, account: Account, **options) -> None:  # noqa: ANN003
    app.calendar_server.configure(account.server.url, account.user, PASSWORD, **options)


# -- pushing -----------------------------------------------------------------------------------

def test_first_sync_fills_an_empty_calendar_with_the_export_events_under_their_uids(
        app: Services, account: Account) -> None:
    set_up(app, account)  # no calendar named: "Mentor Desk" is made
    report = app.calendar_server.sync()
    assert (report.created, report.updated, report.deleted, report.conflicts) == (3, 0, 0, 0)
    assert report.writes == 3  # one PUT each, no search for the UID first
    on_server = account.events("Mentor Desk")
    expected = app.calendar_export.events(ExportOptions(what="sessions", days=90)).events
    assert set(on_server) == {session_uid(s) for s in ("p-1", "p-2", "p-3")}
    for event in expected:
        assert server_fingerprint(on_server[event.uid], event.uid) == fingerprint(event)
    assert b"SUMMARY:Paid session with Priya Raman" in on_server[session_uid("p-1")]
    status = app.calendar_server.status()
    assert (status.waiting, status.error, status.offline_since) == (0, None, None)
    assert status.last_sync is not None


def test_a_second_sync_with_nothing_changed_writes_nothing(app: Services,
                                                            account: Account) -> None:
    set_up(app, account)
    app.calendar_server.sync()
    again = app.calendar_server.sync()
    assert (again.created, again.updated, again.deleted, again.writes) == (0, 0, 0, 0)
    assert again.requests == 0  # no busy calendar chosen: nothing to read either


def test_accepting_an_invitation_is_one_put_and_cancelling_one_delete(
        app: Services, account: Account) -> None:
    set_up(app, account)
    app.calendar_server.sync()
    app.sessions.accept("i-1")
    assert [s.action for s in app.calendar_server.plan()] == ["create"]
    accepted = app.calendar_server.sync()
    assert (accepted.created, accepted.writes) == (1, 1)
    assert session_uid("i-1") in account.events("Mentor Desk")

    app.sessions.cancel("p-3", "Travelling")
    cancelled = app.calendar_server.sync()
    assert (cancelled.deleted, cancelled.created, cancelled.updated, cancelled.writes) == (
        1, 0, 0, 1)
    assert session_uid("p-3") not in account.events("Mentor Desk")
    # The export still says CANCELLED for a while; the server has nothing left to delete.
    assert app.calendar_server.sync().writes == 0


def test_an_event_edited_on_the_server_is_a_conflict_not_overwritten(
        app: Services, account: Account) -> None:
    set_up(app, account)
    app.calendar_server.sync()
    uid = session_uid("p-2")
    edited = account.edit(uid, "Moved to the café")

    app.sessions.cancel("p-2", "Ill")  # Mentor Desk would now delete it
    report = app.calendar_server.sync()
    assert (report.conflicts, report.deleted) == (1, 0)
    assert account.events("Mentor Desk")[uid] == edited  # not deleted, not overwritten
    conflict, = app.calendar_server.conflicts()
    assert (conflict.uid, conflict.kind, conflict.server_summary) == (
        uid, "withdrawn", "Moved to the café")
    assert app.calendar_server.status().conflicts == 1
    assert app.calendar_server.sync().writes == 0  # it waits for the mentor's choice

    app.calendar_server.resolve(uid, "mentordesk")
    assert app.calendar_server.sync().deleted == 1
    assert uid not in account.events("Mentor Desk")
    assert app.calendar_server.conflicts() == []


def test_keeping_the_servers_version_leaves_it_until_the_session_changes_again(
        app: Services, account: Account, tmp_path: Path) -> None:
    set_up(app, account)
    app.calendar_server.sync()
    uid = session_uid("p-1")
    account.edit(uid, "Priya (bring the notes)")
    app.importer.import_document({  # the platform moved the session by an hour
        "format": "mentor-platform-export", "version": 1, "exported_at": "2026-03-02T08:00:00Z",
        "mentor": {"id": "m-1", "name": "Dana Okafor", "email": "dana@example.org",
                   "timezone": BERLIN},
        "mentees": [{"id": "u-priya", "name": "Priya Raman", "email": "priya.raman@example.com"}],
        "bundles": [{"id": "b-priya", "mentee_id": "u-priya", "sessions_total": 20,
                     "sessions_used": 0, "status": "active"}],
        "sessions": [session("p-1", local(BERLIN, "2026-03-04T11:00"))],
    }, "later export")
    assert app.calendar_server.sync().conflicts == 1
    conflict, = app.calendar_server.conflicts()
    assert conflict.kind == "edited"
    assert conflict.start == local(BERLIN, "2026-03-04T11:00")  # what Mentor Desk has
    assert conflict.server_start == local(BERLIN, "2026-03-04T10:00")  # what the server has

    app.calendar_server.resolve(uid, "server")
    assert app.calendar_server.sync().writes == 0
    assert b"bring the notes" in account.events("Mentor Desk")[uid]
    app.sessions.cancel("p-1", "Ill")  # a change made here later still reaches the server
    assert app.calendar_server.sync().deleted == 1


def test_an_event_deleted_on_the_server_comes_back_only_if_the_mentor_says_so(
        app: Services, account: Account) -> None:
    set_up(app, account)
    app.calendar_server.sync()
    uid = session_uid("p-3")
    account.calendar("Mentor Desk").event_by_uid(uid).delete()
    # Every session changes here (the mentee's name), so each has an update to send.
    with app.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE mentee SET name = 'Priya R.' WHERE id = 'u-priya'")
    report = app.calendar_server.sync()
    assert (report.updated, report.conflicts) == (2, 1)
    conflict, = app.calendar_server.conflicts()
    assert (conflict.uid, conflict.kind, conflict.server_summary) == (uid, "deleted", None)
    assert uid not in account.events("Mentor Desk")
    app.calendar_server.resolve(uid, "mentordesk")
    assert app.calendar_server.sync().created == 1
    assert uid in account.events("Mentor Desk")


# -- failures ----------------------------------------------------------------------------------

def test_a_wrong_password_is_refused_with_the_servers_reason_and_nothing_is_lost(
        app: Services, account: Account) -> None:
    with pytest.raises(CalendarServerError, match="refused the user name or password"):
        app.calendar_server.configure(account.server.url, account.user, "wrong")
    assert app.calendar_server.setup() is None
    set_up(app, account)
    with pytest.raises(CalendarServerError, match=r"401") as refused:
        app.calendar_server.sync(password="wrong")
    assert not isinstance(refused.value, CalendarServerOffline)
    status = app.calendar_server.status()
    assert status.waiting == 3 and "401" in (status.error or "")
    assert app.calendar_server.sync().created == 3


def test_a_server_gone_mid_sync_leaves_a_queue_that_survives_a_restart(
        db_url: str, account: Account, memory_keyring) -> None:  # noqa: ANN001
    path = db_url
    first = desk(path)
    sessions_loaded(first)
    set_up(first, account)
    first.sessions.accept("i-1")
    server = account.server

    def stop_after_two(done: int, total: int) -> None:
        if done == 2:
            server.stop()

    with pytest.raises(CalendarServerOffline, match="cannot reach 127.0.0.1"):
        first.calendar_server.sync(progress=stop_after_two)
    first.close()

    again = desk(path, "2026-03-02T09:05:00Z")  # the app started again, still offline
    status = again.calendar_server.status()
    assert status.waiting == 2 and status.offline_since is not None
    with pytest.raises(CalendarServerOffline):
        again.calendar_server.sync()
    assert again.calendar_server.status().offline_since == status.offline_since  # since then
    server.start()
    report = again.calendar_server.sync()
    assert (report.created, report.conflicts) == (2, 0)
    assert set(account.events("Mentor Desk")) == {
        session_uid(s) for s in ("p-1", "p-2", "p-3", "i-1")}
    status = again.calendar_server.status()
    assert (status.waiting, status.offline_since, status.error) == (0, None, None)
    again.close()


def test_sync_needs_a_server_set_up(app: Services) -> None:
    with pytest.raises(RuleViolation, match="no calendar server is set up"):
        app.calendar_server.sync()


def test_without_a_keyring_the_password_is_kept_for_this_run_only(
        db_url: str, account: Account, no_keyring, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    path = db_url
    first = desk(path)
    sessions_loaded(first)
    _, kept = first.calendar_server.configure(account.server.url, account.user, PASSWORD)
    assert kept is False
    assert first.calendar_server.sync().created == 3
    assert PASSWORD not in repr(dump(first.engine))
    first.close()
    if Path(path).is_file():  # nor in a page SQLite freed
        assert PASSWORD.encode() not in Path(path).read_bytes()
    again = desk(path)
    with pytest.raises(PasswordNeeded, match=PASSWORD_ENV):
        again.calendar_server.sync()
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    assert again.calendar_server.sync().writes == 0
    again.close()


def test_the_keyring_keeps_the_password_for_the_next_start(
        db_url: str, account: Account, memory_keyring, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    app = desk(db_url)
    _, kept = app.calendar_server.configure(account.server.url, account.user, PASSWORD)
    assert kept is True
    assert Passwords().get(account.server.url, account.user) == PASSWORD
    app.calendar_server.forget()
    assert Passwords().get(account.server.url, account.user) is None
    app.close()


def test_a_dry_run_reads_but_writes_nothing(app: Services, account: Account) -> None:
    work = account.make("Work")
    work.save_event(dtstart=datetime(2026, 3, 3, 9, tzinfo=UTC),
                    dtend=datetime(2026, 3, 3, 10, tzinfo=UTC), summary="Dentist", uid="d-1")
    set_up(app, account, busy=["Work"])
    report = app.calendar_server.sync(dry_run=True)
    assert (report.created, report.read, report.writes, report.dry_run) == (3, 1, 0, True)
    assert account.events("Mentor Desk") == {}
    assert app.availability.busy_calendars() == []
    assert "would send: 3 created" in report.summary()


def test_free_time_goes_out_when_chosen(app: Services, account: Account) -> None:
    app.availability.add_window("paid", 2, 9 * 60, 12 * 60)  # Wednesdays 09:00-12:00
    set_up(app, account, free_time=True)
    report = app.calendar_server.sync()
    uids = set(account.events("Mentor Desk"))
    free = {uid for uid in uids if uid.startswith("avail-paid-")}
    # Four Wednesdays in 28 days; on 4 March the session at 10:00 splits the window in two.
    assert len(free) == 5 and report.created == 3 + 5
    assert b"TRANSP:TRANSPARENT" in account.events("Mentor Desk")[sorted(free)[0]]


# -- pulling -----------------------------------------------------------------------------------

def test_busy_time_is_read_back_with_rules_exceptions_and_a_moved_instance_across_dst(
        db_url: str, account: Account, memory_keyring) -> None:  # noqa: ANN001
    app = desk(db_url, "2026-03-20T09:00:00Z")
    sessions_loaded(app)
    work = account.make("Work")
    work.save_event(ical=(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n"
        "BEGIN:VEVENT\r\nUID:standup@test\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART;TZID=Europe/Berlin:20260323T093000\r\nDTEND;TZID=Europe/Berlin:20260323T100000\r\n"
        "RRULE:FREQ=DAILY;COUNT=10\r\nEXDATE;TZID=Europe/Berlin:20260327T093000\r\n"
        "SUMMARY:Stand-up\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:standup@test\r\nDTSTAMP:20260101T000000Z\r\n"
        "RECURRENCE-ID;TZID=Europe/Berlin:20260330T093000\r\n"
        "DTSTART;TZID=Europe/Berlin:20260330T140000\r\nDTEND;TZID=Europe/Berlin:20260330T143000\r\n"
        "SUMMARY:Stand-up (afternoon)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
    work.save_event(dtstart=datetime(2026, 3, 24, 12, tzinfo=UTC),
                    dtend=datetime(2026, 3, 24, 13, tzinfo=UTC), summary="Lunch", uid="l-1",
                    transp="TRANSPARENT")  # free time in the calendar: not busy
    set_up(app, account, busy=["Work", "Mentor Desk"])
    report = app.calendar_server.sync()
    # Mentor Desk's own sessions, back from the server, are not busy time.
    assert report.read == 2
    blocks = app.availability.busy(local(BERLIN, "2026-03-01T00:00"),
                                   local(BERLIN, "2026-04-30T00:00"))
    starts = [b.start for b in blocks]
    work_calendar = next(c for c in app.calendar_server.setup().busy if c.name == "Work")
    assert {b.source for b in blocks} == {"Work"}
    # One busy source more each, known by its address: Mentor Desk's own holds no busy time.
    known = {c.label: (c.origin, c.blocks) for c in app.availability.busy_calendars()}
    assert known == {"Work": (work_calendar.url, 9), "Mentor Desk": (
        app.calendar_server.setup().calendar.url, 0)}
    assert len(blocks) == 9  # ten days, one left out
    assert local(BERLIN, "2026-03-27T09:30") not in starts  # the EXDATE
    assert local(BERLIN, "2026-03-28T09:30") == datetime(2026, 3, 28, 8, 30, tzinfo=UTC)
    # 29 March: the clocks go forward; the stand-up stays at 09:30 on the wall, an hour
    # earlier in UTC.
    assert local(BERLIN, "2026-03-29T09:30") == datetime(2026, 3, 29, 7, 30, tzinfo=UTC)
    assert datetime(2026, 3, 29, 7, 30, tzinfo=UTC) in starts
    assert local(BERLIN, "2026-03-30T14:00") in starts  # the moved one, at its new time
    assert local(BERLIN, "2026-03-30T09:30") not in starts
    # Free time leaves it out, as it leaves out an imported .ics file's busy time.
    app.availability.add_window("paid", 1, 9 * 60, 11 * 60)  # Tuesdays 09:00-11:00
    day = local(BERLIN, "2026-03-31T00:00").astimezone(app.sessions.timezone()).date()
    assert app.availability.free_time("paid", day, 1) == [
        (local(BERLIN, "2026-03-31T09:00"), local(BERLIN, "2026-03-31T09:30")),
        (local(BERLIN, "2026-03-31T10:00"), local(BERLIN, "2026-03-31T11:00"))]
    assert app.calendar_server.sync().writes == 0  # nothing to send, the same busy time


def test_a_server_calendar_and_a_file_of_the_same_name_stay_two_calendars(
        app: Services, account: Account, tmp_path: Path) -> None:
    from tests.services.calendar_builders import ics

    exported = tmp_path / "work.ics"
    exported.write_bytes(ics("DTSTART:20260303T080000Z\nDTEND:20260303T090000Z",
                             head="X-WR-CALNAME:Work"))
    app.calendar_import.import_file(exported)
    work = account.make("Work")
    work.save_event(dtstart=datetime(2026, 3, 4, 8, tzinfo=UTC),
                    dtend=datetime(2026, 3, 4, 9, tzinfo=UTC), summary="Call", uid="c-1")
    set_up(app, account, busy=["Work"])
    app.calendar_server.sync()
    app.calendar_server.sync()  # read again: the same calendar, not a third one
    labels = {c.label: c.blocks for c in app.availability.busy_calendars()}
    assert labels == {"Work": 1, "Work (calendar server)": 1}
    app.calendar_server.configure(account.server.url, account.user, PASSWORD)  # no busy now
    assert {c.label for c in app.availability.busy_calendars()} == {"Work"}


def test_a_calendar_of_5000_events_is_read_by_time_range_in_bounded_memory(
        db_url: str, radicale_up, memory_keyring) -> None:  # noqa: ANN001
    user = radicale_up.fresh_user()
    first = datetime(2019, 1, 1, tzinfo=UTC)
    # Every 17.5 hours from 2019 to 2029: 5 000 events, some 540 of them in the span read
    # (30 days back, a year ahead).
    events = [(f"big-{n}", first + timedelta(hours=17.5 * n),
               first + timedelta(hours=17.5 * n + 1)) for n in range(5000)]
    radicale_up.fill_calendar(user, "Everything", events)
    app = desk(db_url, "2026-03-02T09:00:00Z")
    sessions_loaded(app)
    account = Account(radicale_up, user)
    set_up(app, account, busy=["Everything"])
    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    in_span = [e for e in events
               if e[2] > now - timedelta(days=30) and e[1] < now + timedelta(days=365)]
    report = app.calendar_server.sync(push=False)
    # The server chose by time range (a day's margin each side): never all 5 000, so what is
    # held in memory is bounded by the span read (time and memory: bench/bench_caldav_pull.py).
    assert len(in_span) <= report.read <= len(in_span) + 4
    assert (report.busy_blocks, report.requests) == (len(in_span), 1)
    assert len(app.availability.busy(now - timedelta(days=400), now + timedelta(days=400))) == (
        len(in_span))
    app.close()


# -- events compared ---------------------------------------------------------------------------

def test_the_fingerprint_of_an_event_survives_the_round_trip_through_its_ical(
        fixed: Services) -> None:
    load(fixed, [session("p-1", local(BERLIN, "2026-03-04T10:00")),
                 session("p-9", local(BERLIN, "2026-03-05T10:00"), status="cancelled")])
    fixed.sessions.cancel("p-1", "Ill")
    for event in fixed.calendar_export.events().events:
        data = render([event], fixed.sessions.timezone(), fixed.clock.now(), "x",
                      event.start.date(), event.start.date())
        assert server_fingerprint(data, event.uid) == fingerprint(event)
    assert server_fingerprint(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "nope") is None
