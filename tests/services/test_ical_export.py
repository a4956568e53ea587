"""The .ics export as three independent readers see it: times, updates, escaping, format."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream

from services.ical_export import ExportOptions, compact_vtimezone, transitions
from services.timefmt import local_wall
from tests.services.calendar_builders import MENTEES, load, session

Instants = dict[str, tuple[datetime, datetime]]


def read_icalendar(data: bytes) -> Instants:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): (e["DTSTART"].dt.astimezone(UTC), e["DTEND"].dt.astimezone(UTC))
            for e in cal.walk("VEVENT")}


def read_vobject(data: bytes) -> Instants:
    cal = vobject.readOne(data.decode("utf-8"))
    return {e.uid.value: (e.dtstart.value.astimezone(UTC), e.dtend.value.astimezone(UTC))
            for e in cal.vevent_list}


def read_ical(data: bytes) -> Instants:
    # ical is strict unless its compatibility mode is entered, which this does not do.
    cal = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return {e.uid: (e.dtstart.astimezone(UTC), e.dtend.astimezone(UTC)) for e in cal.events}


def events(data: bytes) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


def export(services, **options) -> bytes:  # noqa: ANN001, ANN003
    return services.calendar_export.build(ExportOptions(**options)).data


def wall(zone: str, text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


# -- the same instants in every reader -------------------------------------------------------------

@pytest.mark.parametrize(("zone", "dst_day"), [("Europe/Berlin", "2026-03-29"),
                                                ("America/New_York", "2026-03-08")])
def test_three_parsers_read_the_instants_we_stored(services, clock, zone, dst_day) -> None:
    clock.set("2026-01-05T09:00:00Z")
    expected = {
        "session-s-winter@mentordesk": wall(zone, "2026-01-15T10:00"),
        "session-s-summer@mentordesk": wall(zone, "2026-07-15T16:30"),
        # The morning the clocks went forward: 03:30 exists, and is already summer time.
        "session-s-switch@mentordesk": wall(zone, f"{dst_day}T03:30"),
    }
    load(services, [session(uid.split("@")[0].removeprefix("session-"), start)
                    for uid, start in expected.items()], zone=zone)
    services.availability.add_window("paid", 3, 9 * 60, 12 * 60)
    data = export(services, first_day=date(2026, 1, 5), days=200)

    ours = read_icalendar(data)
    for uid, start in expected.items():
        assert ours[uid] == (start, start + timedelta(hours=1))
    assert sum(uid.startswith("avail-paid-") for uid in ours) > 20
    assert read_vobject(data) == ours
    assert read_ical(data) == ours
    # Under a name no reader knows, the times can only come from our VTIMEZONE's rules.
    renamed = data.replace(zone.encode(), f"Renamed {zone}".encode())
    assert b"TZID=Renamed" in renamed
    assert read_icalendar(renamed) == ours
    assert read_vobject(renamed) == ours
    assert read_ical(renamed) == ours


def test_a_zone_without_daylight_saving_is_written_in_utc(services, clock) -> None:
    load(services, [session("s-1", wall("Asia/Kolkata", "2026-03-10T15:30"))], zone="Asia/Kolkata")
    data = export(services, first_day=date(2026, 3, 2), days=28)
    assert b"VTIMEZONE" not in data and b"TZID" not in data
    assert b"DTSTART:20260310T100000Z" in data
    assert read_vobject(data) == read_ical(data) == read_icalendar(data)


def test_a_zone_whose_rules_byday_cannot_express_is_written_in_utc(services, clock) -> None:
    # Israel: the Friday before the last Sunday of March, which is not always the last Friday.
    load(services, [session("s-1", wall("Asia/Jerusalem", "2026-07-01T10:00"))],
         zone="Asia/Jerusalem")
    data = export(services, first_day=date(2026, 3, 2), days=180)
    assert b"VTIMEZONE" not in data
    assert read_icalendar(data)["session-s-1@mentordesk"][0] == datetime(2026, 7, 1, 7, tzinfo=UTC)


# -- the compact VTIMEZONE -------------------------------------------------------------------------

def test_the_vtimezone_has_one_standard_and_one_daylight_rule_and_no_rdate(services) -> None:
    load(services, [session("s-1", datetime(2026, 3, 10, 9, tzinfo=UTC))])
    data = export(services)
    cal = icalendar.Calendar.from_ical(data)
    (vtimezone,) = cal.walk("VTIMEZONE")
    assert [c.name for c in vtimezone.subcomponents] == ["DAYLIGHT", "STANDARD"]
    for part in vtimezone.subcomponents:
        assert "RRULE" in part and "RDATE" not in part
    assert b"RDATE" not in data
    assert str(vtimezone["TZID"]) == "Europe/Berlin"
    assert re.findall(rb"BYDAY=([^;\r]+)", data) == [b"-1SU", b"-1SU"]
    used = set(re.findall(rb";TZID=([^:;]+)[:;]", data))
    assert used == {b"Europe/Berlin"}


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "Australia/Sydney",
                                  "Europe/Dublin", "Pacific/Auckland", "America/Havana",
                                  "Pacific/Chatham", "Australia/Lord_Howe"])
def test_the_vtimezone_rules_give_every_offset_zoneinfo_gives(zone: str) -> None:
    tz = ZoneInfo(zone)
    vtimezone = compact_vtimezone(tz, 2026, 2026)
    assert vtimezone is not None
    vtimezone["TZID"] = f"Only the rules of {zone}"
    theirs = vtimezone.to_tz(lookup_tzid=False)
    moments = [datetime(year, month, 1, 12, tzinfo=UTC)
               for year in range(2026, 2032) for month in range(1, 13)]
    for year in range(2026, 2032):
        for change in transitions(tz, year):
            minute = timedelta(minutes=1)
            moments += [change.at - minute, change.at, change.at + minute]
    for moment in moments:
        assert moment.astimezone(theirs).utcoffset() == moment.astimezone(tz).utcoffset(), moment


@pytest.mark.parametrize(("zone", "rules"), [
    ("Europe/Berlin", {"DAYLIGHT": ("3", "-1SU", "19700329T020000"),
                       "STANDARD": ("10", "-1SU", "19701025T030000")}),
    ("America/New_York", {"DAYLIGHT": ("3", "2SU", "19700308T020000"),
                          "STANDARD": ("11", "1SU", "19701101T020000")}),
    ("Australia/Sydney", {"DAYLIGHT": ("10", "1SU", "19701004T020000"),
                          "STANDARD": ("4", "1SU", "19700405T030000")}),
])
def test_the_vtimezone_is_written_as_google_writes_it(zone: str, rules: dict) -> None:
    text = compact_vtimezone(ZoneInfo(zone), 2026, 2026).to_ical().decode()
    for name, (month, byday, start) in rules.items():
        block = text.split(f"BEGIN:{name}")[1].split(f"END:{name}")[0]
        assert f"BYMONTH={month}" in block and f"BYDAY={byday}" in block
        assert f"DTSTART:{start}" in block


def test_zones_without_two_yearly_changes_get_no_vtimezone() -> None:
    for zone in ("UTC", "Asia/Kolkata", "Asia/Tokyo", "Africa/Casablanca", "America/Santiago"):
        assert compact_vtimezone(ZoneInfo(zone), 2026, 2026) is None, zone


# -- what is exported ------------------------------------------------------------------------------

def test_only_booked_sessions_are_exported(services, clock) -> None:
    clock.set("2026-03-02T09:00:00Z")
    day = datetime(2026, 3, 5, 9, tzinfo=UTC)
    load(services, [
        session("scheduled", day),
        session("ended", datetime(2026, 3, 2, 7, tzinfo=UTC)),  # awaiting confirmation
        session("held", datetime(2026, 2, 26, 9, tzinfo=UTC), status="completed"),
        session("no-show", datetime(2026, 2, 25, 9, tzinfo=UTC), status="no_show"),
        session("cancelled", day + timedelta(hours=2), status="cancelled"),
        session("rejected", day + timedelta(hours=3), kind="intro", status="rejected"),
        session("request", day + timedelta(hours=4), kind="intro", status="requested"),
        session("expired", datetime(2026, 3, 1, 9, tzinfo=UTC), kind="intro", status="requested"),
    ])
    data = export(services, what="sessions", first_day=date(2026, 2, 23), days=14)
    assert sorted(str(e["UID"]) for e in events(data)) == [
        "session-ended@mentordesk", "session-held@mentordesk", "session-no-show@mentordesk",
        "session-scheduled@mentordesk"]
    for event in events(data):
        assert event["TRANSP"] == "OPAQUE"
        assert event["SUMMARY"] == "Paid session with Priya Raman"


def test_summaries_name_the_type_and_the_mentee(services) -> None:
    load(services, [session("s-1", datetime(2026, 3, 5, 9, tzinfo=UTC), kind="intro"),
                    session("s-2", datetime(2026, 3, 5, 11, tzinfo=UTC))])
    (intro, paid) = events(export(services, what="sessions"))
    assert intro["SUMMARY"] == "Intro session with Sam Lee"
    assert paid["SUMMARY"] == "Paid session with Priya Raman"
    assert "sam.lee@example.com" in intro["DESCRIPTION"]


def test_no_names_leaves_every_mentee_detail_out(services) -> None:
    load(services, [session("s-1", datetime(2026, 3, 5, 9, tzinfo=UTC), kind="intro"),
                    session("s-2", datetime(2026, 3, 5, 11, tzinfo=UTC))])
    data = export(services, names=False)
    for mentee in MENTEES:
        for detail in (mentee["name"], *mentee["name"].split(), mentee["email"], mentee["id"]):
            assert detail.encode() not in data, detail
    summaries = {str(e["SUMMARY"]) for e in events(data) if e["TRANSP"] == "OPAQUE"}
    assert summaries == {"Mentoring session"}


def test_free_time_leaves_out_sessions_requests_busy_time_and_unbookable_gaps(services,
                                                                              clock) -> None:
    clock.set("2026-02-27T07:00:00Z")  # the Friday before: Monday is bookable for intros
    berlin = "Europe/Berlin"
    load(services, [
        session("paid", wall(berlin, "2026-03-02T15:00")),
        session("request", wall(berlin, "2026-03-02T10:00"), kind="intro", status="requested"),
        session("intro-1", wall(berlin, "2026-03-02T11:00"), kind="intro"),
        session("intro-2", wall(berlin, "2026-03-02T11:30"), kind="intro",
                mentee="u-priya"),
    ])
    services.availability.add_window("intro", 0, 9 * 60, 12 * 60)
    services.availability.add_window("intro", 0, 12 * 60, 13 * 60)
    services.availability.add_window("paid", 0, 14 * 60, 18 * 60)
    services.availability.replace_busy("Work", [(wall(berlin, "2026-03-02T16:30"),
                                                 wall(berlin, "2026-03-02T17:00"), "Call", False)])
    data = export(services, what="availability", first_day=date(2026, 3, 2), days=1)

    free = {str(e["SUMMARY"]) + " " + f"{e['DTSTART'].dt:%H:%M}-{e['DTEND'].dt:%H:%M}"
            for e in events(data)}
    assert free == {
        "Available for intro sessions 09:00-10:00",
        "Available for intro sessions 10:20-11:00",
        # 11:20-11:30 cannot hold an intro; 12:00 is where two windows meet, not a break.
        "Available for intro sessions 11:50-13:00",
        "Available for paid sessions 14:00-15:00",
        "Available for paid sessions 16:00-16:30",
        "Available for paid sessions 17:00-18:00",
    }
    for event in events(data):
        assert event["TRANSP"] == "TRANSPARENT"
    assert "avail-intro-20260302-1@mentordesk" in read_icalendar(data)


def test_free_events_never_overlap_a_session_or_busy_time(services, clock) -> None:
    from services import demo

    clock.set("2026-03-02T09:00:00Z")
    demo.install(services)
    data = export(services, days=28)
    taken = [(s, e) for e_ in events(data) if e_["TRANSP"] == "OPAQUE"
             for s, e in [(e_["DTSTART"].dt, e_["DTEND"].dt)]]
    start, end = local_wall(date(2026, 3, 2), 0, ZoneInfo("Europe/Berlin")), \
        local_wall(date(2026, 3, 30), 0, ZoneInfo("Europe/Berlin"))
    taken += [(b.start, b.end) for b in services.availability.busy(start, end)]
    free = [(e["DTSTART"].dt, e["DTEND"].dt) for e in events(data) if e["TRANSP"] == "TRANSPARENT"]
    assert taken and free
    for f_start, f_end in free:
        assert not any(s < f_end and e > f_start for s, e in taken), (f_start, f_end)


# -- updates: UID and SEQUENCE ---------------------------------------------------------------------

def test_uids_stay_and_sequence_rises_with_each_change(services, clock) -> None:
    start = datetime(2026, 3, 10, 9, tzinfo=UTC)
    load(services, [session("s-1", start), session("r-1", start + timedelta(days=1),
                                                    kind="intro", status="requested")])
    first = export(services)
    clock.set("2026-03-02T10:00:00Z")
    again = export(services)
    assert read_icalendar(first) == read_icalendar(again)
    assert {str(e["UID"]): e["SEQUENCE"] for e in events(first)}["session-s-1@mentordesk"] == 0

    load(services, [session("s-1", start + timedelta(hours=2))],
         exported_at="2026-03-02T09:30:00Z")
    services.sessions.accept("r-1")
    sequences = {str(e["UID"]): e["SEQUENCE"] for e in events(export(services))}
    assert sequences["session-s-1@mentordesk"] == 1
    assert sequences["session-r-1@mentordesk"] == 1
    assert read_icalendar(export(services))["session-s-1@mentordesk"][0] == start + timedelta(
        hours=2)

    services.sessions.cancel("s-1", "Travelling")
    (cancelled,) = [e for e in events(export(services)) if e["UID"] == "session-s-1@mentordesk"]
    assert cancelled["STATUS"] == "CANCELLED" and cancelled["SEQUENCE"] == 2


def test_an_export_is_the_same_bytes_for_the_same_data_and_clock(services) -> None:
    load(services, [session("s-1", datetime(2026, 3, 10, 9, tzinfo=UTC))])
    services.availability.add_window("paid", 1, 9 * 60, 17 * 60)
    assert export(services) == export(services)


# -- the file format -------------------------------------------------------------------------------

def test_the_calendar_head_and_events_carry_what_importers_need(services, clock) -> None:
    load(services, [session("s-1", datetime(2026, 3, 10, 9, tzinfo=UTC))])
    services.availability.add_window("paid", 1, 9 * 60, 17 * 60)
    data = export(services)
    cal = icalendar.Calendar.from_ical(data)
    # No METHOD: a copy of a calendar, not an iTIP message (which would need an ORGANIZER).
    assert cal["VERSION"] == "2.0" and "METHOD" not in cal
    assert str(cal["PRODID"]).startswith("-//Mentor Desk//")
    assert cal["X-WR-CALNAME"] == "Mentor Desk"
    for event in cal.walk("VEVENT"):
        assert event["DTSTAMP"].dt == clock.now()
        assert "ORGANIZER" not in event and "ATTENDEE" not in event
    assert b"ORGANIZER" not in data and b"ATTENDEE" not in data and b"METHOD" not in data


def test_lines_end_in_crlf_and_fold_at_75_octets(services) -> None:
    long_name = ("Chloé Ångström-Øverli Þórsdóttir Ünal Çelik Müller-Lüdenscheidt "
                 "Søren Kierkegaard")
    load(services, [session("s-1", datetime(2026, 3, 10, 9, tzinfo=UTC), kind="intro")],
         mentees=[{"id": "u-sam", "name": long_name, "email": "c@example.com"}, MENTEES[1]])
    data = export(services)
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n") and data.count(b"\r") == data.count(b"\r\n")
    lines = data.split(b"\r\n")
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)
    for line in lines:
        line.decode("utf-8")  # no line ends inside a character
    (event,) = [e for e in events(data) if e["TRANSP"] == "OPAQUE"]
    assert event["SUMMARY"] == f"Intro session with {long_name}"


@pytest.mark.parametrize("name", ['Lee, Sam; "The Boss"', "Back\\slash \\n not a newline",
                                  "Two\nlines", "Semi;colon,comma\\;both"])
def test_names_with_commas_semicolons_backslashes_and_newlines_round_trip(services,
                                                                          name: str) -> None:
    load(services, [session("s-1", datetime(2026, 3, 10, 9, tzinfo=UTC), kind="intro")],
         mentees=[{"id": "u-sam", "name": name, "email": "sam@example.com"}, MENTEES[1]])
    data = export(services, what="sessions")
    summary = f"Intro session with {name}"
    (event,) = events(data)
    assert event["SUMMARY"] == summary
    assert f"Mentee: {name} <sam@example.com>" in event["DESCRIPTION"]
    assert vobject.readOne(data.decode()).vevent.summary.value == summary
    assert IcsCalendarStream.calendar_from_ics(data.decode()).events[0].summary == summary


def test_what_selects_sessions_or_availability(services) -> None:
    load(services, [session("s-1", datetime(2026, 3, 10, 9, tzinfo=UTC))])
    services.availability.add_window("paid", 1, 13 * 60, 17 * 60)
    only_sessions = icalendar.Calendar.from_ical(export(services, what="sessions"))
    only_free = icalendar.Calendar.from_ical(export(services, what="availability"))
    assert {e["TRANSP"] for e in only_sessions.walk("VEVENT")} == {"OPAQUE"}
    assert {e["TRANSP"] for e in only_free.walk("VEVENT")} == {"TRANSPARENT"}
    assert only_sessions["X-WR-CALNAME"] == "Mentor Desk sessions"
    assert only_free["X-WR-CALNAME"] == "Mentor Desk availability"


def test_the_period_is_whole_local_days_from_today(services, clock) -> None:
    clock.set("2026-03-01T23:30:00Z")  # already Monday 2 March in Berlin
    load(services, [session("before", datetime(2026, 3, 1, 22, tzinfo=UTC)),
                    session("first", datetime(2026, 3, 1, 23, 30, tzinfo=UTC)),
                    session("last", datetime(2026, 3, 29, 21, tzinfo=UTC)),
                    session("after", datetime(2026, 3, 29, 22, tzinfo=UTC))])
    result = services.calendar_export.build(ExportOptions(what="sessions"))
    assert result.first_day == date(2026, 3, 2) and result.sessions == 2
    assert set(read_icalendar(result.data)) == {"session-first@mentordesk",
                                                "session-last@mentordesk"}


def test_options_are_checked() -> None:
    with pytest.raises(ValueError):
        ExportOptions(what="everything")
    with pytest.raises(ValueError):
        ExportOptions(days=0)


# -- calendars that import files: cancelled, moved and vanished events -----------------------------

def by_uid(data: bytes) -> dict[str, icalendar.Event]:
    return {str(e["UID"]): e for e in events(data)}


def test_a_cancelled_session_goes_out_cancelled_for_thirty_days(services, clock) -> None:
    load(services, [session("s-1", datetime(2026, 3, 10, 9, tzinfo=UTC))])
    assert by_uid(export(services))["session-s-1@mentordesk"]["SEQUENCE"] == 0
    services.sessions.cancel("s-1", "Travelling")
    cancelled = by_uid(export(services))["session-s-1@mentordesk"]
    assert cancelled["STATUS"] == "CANCELLED" and cancelled["SEQUENCE"] == 1
    # Cancelled time is not busy for a program that reads TRANSP and not STATUS.
    assert cancelled["TRANSP"] == "TRANSPARENT"
    assert cancelled["X-MICROSOFT-CDO-BUSYSTATUS"] == "FREE"
    changed = clock.now()
    clock.set(changed + timedelta(days=30))
    assert "session-s-1@mentordesk" in by_uid(export(services))
    clock.set(changed + timedelta(days=30, minutes=1))
    assert "session-s-1@mentordesk" not in by_uid(export(services))


def test_a_rejected_request_goes_out_cancelled_and_an_untouched_one_not_at_all(services,
                                                                            clock) -> None:
    start = datetime(2026, 3, 10, 9, tzinfo=UTC)
    load(services, [session("r-1", start, kind="intro", status="requested"),
                    session("r-2", start + timedelta(hours=2), kind="intro", status="requested",
                            mentee="u-priya"),
                    session("gone", start + timedelta(hours=4), status="cancelled")])
    services.sessions.accept("r-1")
    assert by_uid(export(services))["session-r-1@mentordesk"]["STATUS"] == "CONFIRMED"
    services.sessions.undo_last()
    services.sessions.reject("r-1", "Not a fit")
    data = by_uid(export(services))
    assert data["session-r-1@mentordesk"]["STATUS"] == "CANCELLED"
    assert data["session-r-1@mentordesk"]["SEQUENCE"] == 3
    # Never booked, or cancelled before Mentor Desk saw it: no calendar ever had it.
    assert "session-r-2@mentordesk" not in data and "session-gone@mentordesk" not in data


def test_a_session_moved_out_of_the_period_goes_out_at_its_new_time(services, clock) -> None:
    start = datetime(2026, 3, 10, 9, tzinfo=UTC)
    load(services, [session("s-1", start)])
    assert "session-s-1@mentordesk" in by_uid(export(services, days=14))
    later = start + timedelta(days=40)
    clock.set("2026-03-03T09:00:00Z")
    load(services, [session("s-1", later)], exported_at="2026-03-03T08:00:00Z")
    moved = by_uid(export(services, days=14))["session-s-1@mentordesk"]
    assert moved["STATUS"] == "CONFIRMED" and moved["SEQUENCE"] == 1
    assert moved["DTSTART"].dt == later
    clock.set(clock.now() + timedelta(days=30, minutes=1))
    assert "session-s-1@mentordesk" not in by_uid(export(services, days=14))


def free_events(data: bytes, status: str = "CONFIRMED") -> dict[str, tuple[str, str, int]]:
    """Free events of `status` by UID: (start, end) as Berlin wall-clock times, and SEQUENCE."""
    return {str(e["UID"]): (f"{e['DTSTART'].dt:%d %H:%M}", f"{e['DTEND'].dt:%H:%M}",
                            e["SEQUENCE"])
            for e in events(data) if e["TRANSP"] == "TRANSPARENT" and e["STATUS"] == status
            and str(e["UID"]).startswith("avail-")}


@pytest.fixture
def paid_tuesday(services, clock):  # noqa: ANN001, ANN201
    """Paid availability on Tuesday 3 March 2026, 14:00-18:00 Berlin; it is Monday morning."""
    clock.set("2026-03-02T08:00:00Z")
    load(services, [])
    services.availability.add_window("paid", 1, 14 * 60, 18 * 60)
    return services


def test_a_reshaped_free_block_keeps_its_uid_and_a_vanished_one_goes_out_cancelled(
        paid_tuesday) -> None:
    desk = paid_tuesday
    day = {"first_day": date(2026, 3, 3), "days": 1, "what": "availability"}
    assert free_events(export(desk, **day)) == {
        "avail-paid-20260303-1@mentordesk": ("03 14:00", "18:00", 0)}

    booked = desk.sessions.book_paid("u-priya", wall("Europe/Berlin", "2026-03-03T15:00"), 60)
    assert free_events(export(desk, **day)) == {
        "avail-paid-20260303-1@mentordesk": ("03 14:00", "15:00", 1),
        "avail-paid-20260303-2@mentordesk": ("03 16:00", "18:00", 0)}

    desk.sessions.cancel(booked.id, "Mentee asked")
    data = export(desk, **day)
    # Grown back: the same UID, SEQUENCE raised again; the second block withdrawn.
    assert free_events(data) == {"avail-paid-20260303-1@mentordesk": ("03 14:00", "18:00", 2)}
    assert free_events(data, "CANCELLED") == {
        "avail-paid-20260303-2@mentordesk": ("03 16:00", "18:00", 1)}
    assert export(desk, **day) == data  # nothing changed: the same bytes

    # A shorter export that leaves the day out does not withdraw its blocks.
    other = export(desk, first_day=date(2026, 3, 4), days=1, what="availability")
    assert "avail-paid-20260303-1@mentordesk" not in free_events(other, "CANCELLED")


def test_a_sessions_only_export_leaves_free_blocks_alone(paid_tuesday) -> None:
    desk = paid_tuesday
    day = {"first_day": date(2026, 3, 3), "days": 1}
    export(desk, what="availability", **day)
    desk.availability.add_day_off(date(2026, 3, 3))
    assert free_events(export(desk, what="sessions", **day), "CANCELLED") == {}
    assert free_events(export(desk, what="availability", **day), "CANCELLED") == {
        "avail-paid-20260303-1@mentordesk": ("03 14:00", "18:00", 1)}


def test_free_time_is_never_in_the_past(paid_tuesday, clock) -> None:
    desk = paid_tuesday
    day = {"first_day": date(2026, 3, 3), "days": 1, "what": "availability"}
    export(desk, **day)
    clock.set(wall("Europe/Berlin", "2026-03-03T15:30:20"))
    assert free_events(export(desk, **day)) == {
        "avail-paid-20260303-1@mentordesk": ("03 15:31", "18:00", 1)}
    # The last quarter of an hour can still hold the shortest paid session; a minute less not.
    clock.set(wall("Europe/Berlin", "2026-03-03T17:45"))
    assert free_events(export(desk, **day)) == {
        "avail-paid-20260303-1@mentordesk": ("03 17:45", "18:00", 2)}
    clock.set(wall("Europe/Berlin", "2026-03-03T17:46"))
    data = export(desk, **day)
    assert free_events(data) == {}
    assert free_events(data, "CANCELLED") == {
        "avail-paid-20260303-1@mentordesk": ("03 17:45", "18:00", 3)}
    # Once it has ended, a block is past: no longer said to be anything.
    clock.set(wall("Europe/Berlin", "2026-03-03T18:00"))
    assert free_events(export(desk, **day)) == {}


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York"])
def test_intro_free_time_starts_with_the_notice_and_ends_with_the_booking_window(services, clock,
                                                                                   zone) -> None:
    # Sunday 8 March 2026 is the day the clocks go forward in New York: 48 real hours before
    # 09:00 that day is 08:00 on Friday there.
    load(services, [], zone=zone)
    services.availability.add_window("intro", 6, 9 * 60, 12 * 60)
    sunday = "avail-intro-20260308-1@mentordesk"
    options = {"first_day": date(2026, 3, 1), "days": 28, "what": "availability"}
    clock.set(wall(zone, "2026-03-08T09:00") - timedelta(hours=48))
    assert free_events(export(services, **options))[sunday] == ("08 09:00", "12:00", 0)
    clock.set(clock.now() + timedelta(minutes=1))
    assert free_events(export(services, **options))[sunday] == ("08 09:01", "12:00", 1)
    # 14 days ahead is the last start allowed: then an intro's length is left of the window.
    last = "avail-intro-20260322-1@mentordesk"
    clock.set(wall(zone, "2026-03-22T09:00") - timedelta(days=14))
    assert free_events(export(services, **options))[last] == ("22 09:00", "09:20", 0)
    clock.set(clock.now() - timedelta(minutes=1))
    assert last not in free_events(export(services, **options))


def test_exported_free_time_holds_every_slot_the_availability_page_offers(services,
                                                                          clock) -> None:
    from services import demo

    clock.set("2026-03-02T09:00:00Z")
    demo.install(services)
    data = export(services, what="availability", days=28)
    free = [(e["DTSTART"].dt, e["DTEND"].dt) for e in events(data) if e["STATUS"] == "CONFIRMED"]
    for kind in ("intro", "paid"):
        slots = services.availability.free_slots(kind, date(2026, 3, 2), 28)
        assert slots
        for slot in slots:
            assert any(s <= slot.start and slot.end <= e for s, e in free), slot
    assert min(s for s, _ in free) >= clock.now()


# -- the writer against icalendar ------------------------------------------------------------------

@pytest.mark.parametrize("zone", ["Europe/Berlin", "Asia/Kolkata"])
def test_the_events_are_the_bytes_icalendar_writes_for_them(services, clock, zone) -> None:
    from services.ical_export import event_component, vtimezone_ical

    names = ["Chloé Ångström-Øverli Þórsdóttir Ünal Çelik Müller-Lüdenscheidt Søren Kierkegaard",
             'Lee, Sam; "The Boss" \\ back\\slash', "Two\nlines\r\nand\rthree", "李小龍" * 30,
             "x" * 69 + "\\\\" + "y" * 10, "a;b" * 40]
    mentees = [{"id": f"u-{n}", "name": name, "email": f"m{n}@example.com"}
               for n, name in enumerate(names)]
    load(services, [session(f"s-{n}", datetime(2026, 3, 10 + n, 9, tzinfo=UTC), kind="intro",
                            mentee=f"u-{n}") for n in range(len(names))], zone=zone,
         mentees=[*mentees, MENTEES[1]])
    services.availability.add_window("paid", 1, 9 * 60, 17 * 60)
    services.sessions.cancel("s-0", "Ill")
    chosen = services.calendar_export.events(ExportOptions(days=28))
    data = services.calendar_export.build(ExportOptions(days=28)).data
    theirs = icalendar.Calendar()
    theirs.add("prodid", "-//Mentor Desk//Mentor Desk//EN")
    theirs.add("version", "2.0")
    theirs.add("calscale", "GREGORIAN")
    theirs.add("x-wr-calname", "Mentor Desk")
    vtimezone = vtimezone_ical(ZoneInfo(zone), 2026, 2026)
    shown_in = ZoneInfo(zone) if vtimezone else UTC
    if vtimezone:
        theirs.add_component(icalendar.Calendar.from_ical(vtimezone))
    for event in chosen.events:
        theirs.add_component(event_component(event, shown_in, clock.now()))
    assert {e.cancelled for e in chosen.events} == {True, False}
    assert data == theirs.to_ical()
