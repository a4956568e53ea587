"""Free slots: what availability leaves once days off, sessions and busy time are taken out;
every slot offered is one the rules would let the mentor book."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from services.errors import RuleViolation
from tests.services.builders import (
    BERLIN,
    NEW_YORK,
    ZONES,
    bundle,
    export,
    intro,
    local,
    mentee,
    minutes,
)


def given(services, clock, zone, now, sessions=(), mentees=None):
    services.importer.import_document(export(
        zone, exported_at="2026-01-01T00:00:00Z", mentees=mentees,
        bundles=[bundle("b-1", "u-2", 100, 0)], sessions=list(sessions)))
    clock.set(now)


def starts(slots, zone):
    from zoneinfo import ZoneInfo

    return [s.start.astimezone(ZoneInfo(zone)).strftime("%a %d %H:%M") for s in slots]


@pytest.mark.parametrize("zone", ZONES)
def test_intro_slots_start_48_hours_ahead_at_the_earliest(services, clock, zone):
    # Wednesday 14:00-15:00; booking on Monday at 14:00, then at 14:01.
    given(services, clock, zone, local(zone, "2026-03-02T14:00"))
    services.availability.add_window("intro", 2, 14 * 60, 15 * 60)
    first_week = starts(services.availability.free_slots("intro", days=7), zone)
    assert first_week == ["Wed 04 14:00", "Wed 04 14:20", "Wed 04 14:40"]
    clock.set(local(zone, "2026-03-02T14:01"))
    assert starts(services.availability.free_slots("intro", days=7), zone) == \
        ["Wed 04 14:20", "Wed 04 14:40"]


@pytest.mark.parametrize("zone,last_day", [
    (BERLIN, ["Mon 16 09:00", "Mon 16 09:20"]),
    # New York moved its clocks on 8 March: 14 real days after 09:20 is 10:20 there.
    (NEW_YORK, ["Mon 16 09:00", "Mon 16 09:20", "Mon 16 09:40"]),
])
def test_intro_slots_end_14_days_ahead(services, clock, zone, last_day):
    # Mondays 09:00-10:00, booking on Monday 2 March at 09:20.
    given(services, clock, zone, local(zone, "2026-03-02T09:20"))
    services.availability.add_window("intro", 0, 9 * 60, 10 * 60)
    slots = services.availability.free_slots("intro", days=21)
    assert starts(slots, zone) == ["Mon 09 09:00", "Mon 09 09:20", "Mon 09 09:40", *last_day]
    for number, slot in enumerate(slots):
        services.sessions.request_intro(f"u-{number % 3 + 1}", slot.start)


@pytest.mark.parametrize("zone,day", [(BERLIN, date(2026, 3, 29)), (NEW_YORK, date(2026, 3, 8)),
                                      (BERLIN, date(2026, 10, 25)),
                                      (NEW_YORK, date(2026, 11, 1))])
def test_slots_on_a_dst_sunday_keep_wall_clock_times(services, clock, zone, day):
    given(services, clock, zone, local(zone, f"{day - timedelta(days=5)}T12:00"))
    services.availability.add_window("intro", 6, 9 * 60, 10 * 60)
    slots = services.availability.free_slots("intro", day - timedelta(days=1), 3)
    assert [s.start for s in slots] == [local(zone, f"{day}T09:{m}") for m in ("00", "20", "40")]


@pytest.mark.parametrize("zone,day", [(BERLIN, "2026-03-29"), (NEW_YORK, "2026-03-08")])
def test_paid_slots_over_the_spring_forward_night(services, clock, zone, day):
    # 01:00-04:00 wall clock is two real hours that night: 01:00-03:00 and 03:00-04:00.
    given(services, clock, zone, local(zone, "2026-03-01T08:00"))
    services.availability.add_window("paid", 6, 60, 4 * 60)
    slots = services.availability.free_slots("paid", date.fromisoformat(day), 1)
    assert [(s.start, s.end) for s in slots] == [
        (local(zone, f"{day}T01:00"), local(zone, f"{day}T03:00")),
        (local(zone, f"{day}T03:00"), local(zone, f"{day}T04:00"))]
    for slot in slots:
        assert services.sessions.book_paid("u-2", slot.start).end == slot.end
    assert services.availability.free_slots("paid", date.fromisoformat(day), 1) == []


@pytest.mark.parametrize("zone", ZONES)
def test_days_off_sessions_requests_and_busy_time_are_left_out(services, clock, zone):
    # Tuesdays and Wednesdays 09:00-11:00; the next Wednesday is a day off.
    sessions = [
        intro("taken", "u-1", local(zone, "2026-03-10T09:20"), "scheduled"),
        intro("asked", "u-2", local(zone, "2026-03-10T10:00")),
        intro("gone", "u-3", local(zone, "2026-03-10T10:40"), "cancelled"),
        intro("no", "u-3", local(zone, "2026-03-10T09:00"), "rejected"),
    ]
    given(services, clock, zone, local(zone, "2026-03-06T12:00"), sessions=sessions)
    services.availability.add_window("intro", 1, 9 * 60, 11 * 60)
    services.availability.add_window("intro", 2, 9 * 60, 11 * 60)
    services.availability.add_day_off(date(2026, 3, 11))
    services.availability.replace_busy("work.ics", [
        (local(zone, "2026-03-17T09:30"), local(zone, "2026-03-17T10:10"), "Stand-up", False)])
    slots = services.availability.free_slots("intro", date(2026, 3, 9), 10)
    assert starts(slots, zone) == [
        "Tue 10 09:00", "Tue 10 09:40", "Tue 10 10:20", "Tue 10 10:40",
        "Tue 17 09:00", "Tue 17 10:20", "Tue 17 10:40",
        "Wed 18 09:00", "Wed 18 09:20", "Wed 18 09:40", "Wed 18 10:00", "Wed 18 10:20",
        "Wed 18 10:40"]


def test_an_expired_request_no_longer_blocks_its_slot(services, clock):
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"),
          sessions=[intro("old", "u-1", local(BERLIN, "2026-03-10T08:00"))])
    services.availability.add_window("paid", 1, 8 * 60, 10 * 60)
    clock.set(local(BERLIN, "2026-03-10T07:59"))
    assert starts(services.availability.free_slots("paid", date(2026, 3, 10), 1), BERLIN) == \
        ["Tue 10 09:00"]
    clock.set(local(BERLIN, "2026-03-10T08:00"))  # expired at its start, 08:00 not bookable now
    assert starts(services.availability.free_slots("paid", date(2026, 3, 10), 1), BERLIN) == \
        ["Tue 10 09:00"]
    clock.set(local(BERLIN, "2026-03-10T07:30"))
    services.sessions.reject("old", "Spam")
    assert starts(services.availability.free_slots("paid", date(2026, 3, 10), 1), BERLIN) == \
        ["Tue 10 08:00", "Tue 10 09:00"]


@pytest.mark.parametrize("zone", ZONES)
def test_every_slot_offered_can_be_booked_and_then_is_gone(services, clock, zone):
    mentees = [mentee(f"u-{n}") for n in range(1, 13)]
    given(services, clock, zone, local(zone, "2026-03-24T15:00"), mentees=mentees)
    for weekday in range(5):
        services.availability.add_window("intro", weekday, 9 * 60, 10 * 60)
        services.availability.add_window("paid", weekday, 14 * 60, 16 * 60)
    services.availability.add_day_off(date(2026, 3, 31))
    services.availability.replace_busy("work.ics", [
        (local(zone, "2026-03-30T14:30"), local(zone, "2026-03-30T15:10"), "Dentist", False)])

    intro_slots = services.availability.free_slots("intro", days=7)
    assert intro_slots and all(s.end - s.start == minutes(20) for s in intro_slots)
    for number, slot in enumerate(intro_slots):
        services.sessions.request_intro(f"u-{number % 12 + 1}", slot.start)
    assert services.availability.free_slots("intro", days=7) == []

    paid_slots = services.availability.free_slots("paid", days=7)
    assert paid_slots and all(s.end - s.start == minutes(60) for s in paid_slots)
    for slot in paid_slots:
        services.sessions.book_paid("u-2", slot.start)
    assert services.availability.free_slots("paid", days=7) == []
    with pytest.raises(RuleViolation):
        services.sessions.book_paid("u-2", local(zone, "2026-03-30T14:00"))


def test_bad_kind_is_refused(services):
    with pytest.raises(ValueError):
        services.availability.free_slots("workshop")


def test_paid_slots_are_offered_only_after_now(services, clock):
    given(services, clock, NEW_YORK, local(NEW_YORK, "2026-03-10T10:00"))
    services.availability.add_window("paid", 1, 10 * 60, 12 * 60)
    assert starts(services.availability.free_slots("paid", days=1), NEW_YORK) == ["Tue 10 11:00"]
    clock.set(local(NEW_YORK, "2026-03-10T09:59"))
    assert starts(services.availability.free_slots("paid", days=1), NEW_YORK) == \
        ["Tue 10 10:00", "Tue 10 11:00"]


def test_availability_windows_may_not_overlap_and_must_end_after_they_start(services):
    services.availability.add_window("paid", 0, 9 * 60, 12 * 60)
    with pytest.raises(RuleViolation) as caught:
        services.availability.add_window("paid", 0, 11 * 60 + 59, 13 * 60)
    assert caught.value.code == "window_overlap" and "Mon 09:00–12:00" in caught.value.message
    assert services.availability.add_window("paid", 0, 12 * 60, 13 * 60).start_minute == 720
    assert services.availability.add_window("intro", 0, 9 * 60, 12 * 60).kind == "intro"
    with pytest.raises(RuleViolation) as caught:
        services.availability.add_window("intro", 1, 10 * 60, 10 * 60)
    assert caught.value.code == "bad_window" and "10:00–10:00" in caught.value.message
