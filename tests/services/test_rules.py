"""Every booking rule at its boundary: one minute inside, one minute outside, in two time zones
and across the 2026 daylight-saving changes (EU 29 Mar / 25 Oct, US 8 Mar / 1 Nov)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from services.errors import RuleViolation
from services.sessions import SessionQuery
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
    open_all_week,
    paid,
)

HOUR = timedelta(hours=1)


def given(services, clock, zone, now, *, sessions=(), bundles=(), mentees=None):
    """The mentor in `zone` with the platform's sessions, and the clock at `now`."""
    services.importer.import_document(export(zone, exported_at="2026-01-01T00:00:00Z",
                                             mentees=mentees, bundles=list(bundles),
                                             sessions=list(sessions)))
    clock.set(now)


def refused(code, call, *args, **kwargs) -> str:
    with pytest.raises(RuleViolation) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value.message
    return caught.value.message


# -- intro notice: at least 48 real hours -----------------------------------------------------

# The booking is made on the day before a DST change, so "the same wall-clock time two days
# later" is 47 real hours away in spring and 49 in autumn.
NOTICE_ACROSS_DST = [
    (BERLIN, "2026-03-28T10:00", "2026-03-30T10:00", False),
    (NEW_YORK, "2026-03-07T10:00", "2026-03-09T10:00", False),
    (BERLIN, "2026-10-24T10:00", "2026-10-26T10:00", True),
    (NEW_YORK, "2026-10-31T10:00", "2026-11-02T10:00", True),
]


@pytest.mark.parametrize("zone,booked_at,same_wall_time,wall_time_allowed", NOTICE_ACROSS_DST)
def test_intro_notice_counts_real_hours_across_a_dst_change(services, clock, zone, booked_at,
                                                            same_wall_time, wall_time_allowed):
    now = local(zone, booked_at)
    given(services, clock, zone, now)
    open_all_week(services, "intro")
    edge = now + timedelta(hours=48)

    message = refused("intro_notice", services.sessions.request_intro, "u-1", edge - minutes(1))
    assert "at least 48 hours ahead" in message
    assert "starts in 47 hours 59 minutes" in message

    record = services.sessions.request_intro("u-1", edge)
    assert (record.status, record.start, record.end) == ("requested", edge, edge + minutes(20))

    wall = local(zone, same_wall_time)
    if wall_time_allowed:
        assert services.sessions.request_intro("u-2", wall).start == wall
    else:
        message = refused("intro_notice", services.sessions.request_intro, "u-2", wall)
        assert "starts in 47 hours" in message


def test_intro_notice_refuses_a_start_in_the_past_with_the_numbers(services, clock):
    now = local(BERLIN, "2026-03-10T12:00")
    given(services, clock, BERLIN, now)
    open_all_week(services, "intro")
    message = refused("intro_notice", services.sessions.request_intro, "u-1", now - 3 * HOUR)
    assert "48 hours" in message and "3 hours ago" in message
    # A start ahead, though under a day, is worded as ahead.
    message = refused("intro_notice", services.sessions.request_intro, "u-1", now + 3 * HOUR)
    assert "starts in 3 hours" in message and "past" not in message


@pytest.mark.parametrize("zone,booked_at", [(BERLIN, "2026-03-20T12:00"),
                                            (NEW_YORK, "2026-02-25T12:00"),
                                            (BERLIN, "2026-10-15T12:00"),
                                            (NEW_YORK, "2026-10-25T12:00")])
def test_intro_window_is_14_real_days_across_a_dst_change(services, clock, zone, booked_at):
    now = local(zone, booked_at)
    given(services, clock, zone, now)
    open_all_week(services, "intro")
    edge = now + timedelta(days=14)
    # The DST change lies inside the fortnight: the edge is not the same wall-clock time.
    assert local(zone, (datetime.fromisoformat(booked_at) + timedelta(days=14)).isoformat()) \
        != edge

    assert services.sessions.request_intro("u-1", edge).start == edge
    message = refused("intro_too_far", services.sessions.request_intro, "u-2", edge + minutes(1))
    assert "at most 14 days ahead" in message and "14 days 1 minute" in message


# -- intros per mentee per local calendar month -----------------------------------------------

MARCH_INTROS = [
    ("i-1", "2026-03-10T10:00", "completed"),
    ("i-2", "2026-03-20T10:00", "no_show"),
    # 23:00 on 31 March: in New York that is already April in UTC.
    ("i-3", "2026-03-31T23:00", "scheduled"),
]


def march_intros(zone, *extra):
    return [intro(ident, "u-1", local(zone, wall), status) for ident, wall, status in MARCH_INTROS] \
        + list(extra)


@pytest.mark.parametrize("zone", ZONES)
def test_monthly_limit_follows_the_mentors_month_not_utc(services, clock, zone):
    given(services, clock, zone, local(zone, "2026-03-25T12:00"), sessions=march_intros(zone))
    open_all_week(services, "intro")

    late_march = local(zone, "2026-03-31T23:30")
    message = refused("intro_monthly_limit", services.sessions.request_intro, "u-1", late_march)
    assert "at most 3 intro sessions per calendar month" in message
    assert "Sam Lee already has 3 in March 2026" in message

    # Ten past midnight on 1 April, local: in Berlin that is still March in UTC.
    april = local(zone, "2026-04-01T00:10")
    assert services.sessions.request_intro("u-1", april).start == april
    assert services.sessions.intros_this_month("u-1", april) == 1
    assert services.sessions.intros_this_month("u-1", late_march) == 3


@pytest.mark.parametrize("zone", ZONES)
def test_accepting_at_the_local_month_boundary(services, clock, zone):
    # 23:50 on the last day against 00:10 on the first, both local.
    sessions = march_intros(zone, intro("r-late", "u-1", local(zone, "2026-03-31T23:50")),
                            intro("r-april", "u-1", local(zone, "2026-04-01T00:10")))
    given(services, clock, zone, local(zone, "2026-03-25T12:00"), sessions=sessions)
    message = refused("intro_monthly_limit", services.sessions.accept, "r-late")
    assert "already has 3 in March 2026" in message
    assert services.sessions.accept("r-april").status == "scheduled"


# Midnight on the first of a month, local: the spring and autumn months of both zones' changes.
MONTH_EDGES = [(zone, first, previous) for zone in ZONES
               for first, previous in (("2026-04-01", "2026-03"), ("2026-11-01", "2026-10"))]


@pytest.mark.parametrize("zone,first,previous", MONTH_EDGES)
def test_an_intro_at_midnight_on_the_first_counts_in_the_new_month_only(services, clock, zone,
                                                                         first, previous):
    midnight = local(zone, f"{first}T00:00")
    sessions = [intro("i-1", "u-1", local(zone, f"{previous}-10T10:00"), "completed"),
                intro("i-2", "u-1", local(zone, f"{previous}-20T10:00"), "completed"),
                intro("i-edge", "u-1", midnight, "scheduled")]
    given(services, clock, zone, local(zone, f"{previous}-25T12:00"), sessions=sessions)
    open_all_week(services, "intro")
    assert services.sessions.intros_this_month("u-1", midnight) == 1
    assert services.sessions.intros_this_month("u-1", midnight - minutes(1)) == 2
    # The month before holds two, so a third fits; the month from midnight holds one.
    late = local(zone, f"{previous}-28T10:00")
    assert services.sessions.request_intro("u-1", late).status == "requested"
    assert services.sessions.intros_this_month("u-1", midnight - minutes(1)) == 3
    refused("intro_monthly_limit", services.sessions.request_intro, "u-1",
            local(zone, f"{previous}-29T10:00"))


@pytest.mark.parametrize("zone", ZONES)
def test_a_request_at_its_start_minute_no_longer_counts_against_the_limit(services, clock, zone):
    starts = local(zone, "2026-04-10T10:00")
    sessions = [intro("i-1", "u-1", local(zone, "2026-04-02T10:00"), "completed"),
                intro("i-2", "u-1", local(zone, "2026-04-03T10:00"), "completed"),
                intro("r-1", "u-1", starts)]
    given(services, clock, zone, starts - minutes(1), sessions=sessions)
    open_all_week(services, "intro")
    later = local(zone, "2026-04-20T10:00")
    assert services.sessions.intros_this_month("u-1", later) == 3
    refused("intro_monthly_limit", services.sessions.request_intro, "u-1", later)
    clock.set(starts)  # its start minute: expired, and no longer one of the mentee's three
    assert services.sessions.intros_this_month("u-1", later) == 2
    assert services.sessions.request_intro("u-1", later).status == "requested"


COUNTING = [
    # status of the three earlier intros, whether they are in the past, do they count
    ("requested", False, True),
    ("scheduled", False, True),
    ("scheduled", True, True),    # ended, waiting for confirmation
    ("completed", True, True),
    ("no_show", True, True),
    ("rejected", False, False),
    ("cancelled", False, False),
    ("requested", True, False),   # expired: its start passed without a decision
]


@pytest.mark.parametrize("status,past,counts", COUNTING)
def test_which_intros_count_against_the_monthly_limit(services, clock, status, past, counts):
    days = ("02", "03", "04") if past else ("20", "21", "22")
    sessions = [intro(f"i-{d}", "u-1", local(NEW_YORK, f"2026-04-{d}T10:00"), status)
                for d in days]
    given(services, clock, NEW_YORK, local(NEW_YORK, "2026-04-10T12:00"), sessions=sessions)
    open_all_week(services, "intro")
    start = local(NEW_YORK, "2026-04-15T10:00")
    if counts:
        message = refused("intro_monthly_limit", services.sessions.request_intro, "u-1", start)
        assert "already has 3 in April 2026" in message
    else:
        assert services.sessions.request_intro("u-1", start).status == "requested"


def test_a_mentor_no_show_does_not_cost_the_mentee_an_intro(services, clock):
    sessions = [intro(f"i-{d}", "u-1", local(BERLIN, f"2026-04-0{d}T10:00"), "scheduled")
                for d in (1, 2, 3)]
    given(services, clock, BERLIN, local(BERLIN, "2026-04-08T12:00"), sessions=sessions)
    open_all_week(services, "intro")
    start = local(BERLIN, "2026-04-15T10:00")
    refused("intro_monthly_limit", services.sessions.request_intro, "u-1", start)

    services.sessions.confirm("i-1", "mentor_no_show", "approve")
    assert services.sessions.get("i-1").status == "mentor_no_show"
    assert services.sessions.request_intro("u-1", start).status == "requested"


def test_accepting_a_platform_request_applies_the_monthly_limit(services, clock):
    sessions = [intro(f"i-{d}", "u-1", local(BERLIN, f"2026-04-{d}T10:00"), "scheduled")
                for d in ("10", "11", "12")]
    sessions.append(intro("r-4", "u-1", local(BERLIN, "2026-04-13T10:00")))
    given(services, clock, BERLIN, local(BERLIN, "2026-04-05T12:00"), sessions=sessions)
    message = refused("intro_monthly_limit", services.sessions.accept, "r-4")
    assert "already has 3 in April 2026" in message
    assert services.sessions.get("r-4").status == "requested"

    services.sessions.cancel("i-10", "Mentee asked to move it")
    assert services.sessions.accept("r-4").status == "scheduled"


def test_a_mentee_already_past_the_limit_gets_no_more_intros(services, clock):
    # The platform's data may hold more than the limit (booked before it was lowered, say).
    sessions = [intro(f"i-{d}", "u-1", local(BERLIN, f"2026-04-{d}T10:00"), "scheduled")
                for d in ("10", "11", "12", "13")]
    sessions.append(intro("r-5", "u-1", local(BERLIN, "2026-04-14T10:00")))
    given(services, clock, BERLIN, local(BERLIN, "2026-04-05T12:00"), sessions=sessions)
    assert "already has 4 in April 2026" in refused("intro_monthly_limit",
                                                    services.sessions.accept, "r-5")


def test_the_review_finds_double_bookings_for_each_request_alone(services, clock):
    monday, tuesday = local(BERLIN, "2026-03-16T10:00"), local(BERLIN, "2026-03-17T10:00")
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"),
          sessions=[intro("s-1", "u-3", monday, "scheduled"), intro("r-1", "u-1", monday),
                    intro("r-2", "u-2", tuesday)])
    reviews = {r.record.id: r.accept_refusal for r in services.sessions.invitation_reviews()}
    assert reviews["r-1"] is not None and reviews["r-1"].code == "double_booking"
    assert reviews["r-2"] is None


def test_the_review_of_each_request_counts_its_own_mentees_intros_only(services, clock):
    # u-2 has used up April; u-1 has not: in one review of the whole list, u-1's request is
    # acceptable and counted alone, u-2's meets the limit.
    sessions = [intro(f"i-{d}", "u-2", local(BERLIN, f"2026-04-{d}T10:00"), "scheduled")
                for d in ("10", "11", "12")]
    sessions += [intro("r-1", "u-1", local(BERLIN, "2026-04-13T10:00")),
                 intro("r-2", "u-2", local(BERLIN, "2026-04-13T11:00"))]
    given(services, clock, BERLIN, local(BERLIN, "2026-04-05T12:00"), sessions=sessions)
    reviews = {r.record.id: r for r in services.sessions.invitation_reviews()}
    assert (reviews["r-1"].intros_this_month, reviews["r-1"].accept_refusal) == (1, None)
    assert reviews["r-2"].intros_this_month == 4
    assert reviews["r-2"].accept_refusal is not None
    assert reviews["r-2"].accept_refusal.code == "intro_monthly_limit"


def test_the_review_counts_each_request_in_its_own_month(services, clock):
    # u-1 has used up May, not April: the April request stays acceptable beside the May one.
    sessions = [intro(f"i-{d}", "u-1", local(BERLIN, f"2026-05-{d}T10:00"), "scheduled")
                for d in ("04", "05", "06")]
    sessions += [intro("r-4", "u-1", local(BERLIN, "2026-04-13T10:00")),
                 intro("r-5", "u-1", local(BERLIN, "2026-05-13T10:00"))]
    given(services, clock, BERLIN, local(BERLIN, "2026-04-05T12:00"), sessions=sessions)
    reviews = {r.record.id: r for r in services.sessions.invitation_reviews()}
    assert (reviews["r-4"].intros_this_month, reviews["r-4"].accept_refusal) == (1, None)
    assert reviews["r-5"].accept_refusal is not None
    assert reviews["r-5"].accept_refusal.code == "intro_monthly_limit"


def test_the_review_names_the_busy_time_accept_would_meet(services, clock):
    start = local(BERLIN, "2026-03-16T10:00")
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"),
          sessions=[intro("r-1", "u-1", start)])
    services.availability.replace_busy("work.ics", [(start, start + HOUR, "Standup", False)])
    refusal = services.sessions.review("r-1").accept_refusal
    assert refusal is not None and refusal.code == "busy_time"


def test_accepting_a_request_skips_notice_window_and_availability(services, clock):
    now = local(BERLIN, "2026-03-10T12:00")
    sessions = [intro("soon", "u-1", now + 2 * HOUR), intro("far", "u-2", now + timedelta(days=20))]
    given(services, clock, BERLIN, now, sessions=sessions)
    assert services.availability.windows() == []
    assert services.sessions.accept("soon").status == "scheduled"
    assert services.sessions.accept("far").status == "scheduled"


# -- paid bookings: an active bundle with a session left --------------------------------------

def paid_setup(services, clock, zone, *, total=4, used=2, status="active", scheduled=1,
               now="2026-03-10T09:00", windows=True):
    sessions = [paid(f"p-{k}", "u-2", "b-1", local(zone, f"2026-03-1{k + 1}T10:00"))
                for k in range(scheduled)]
    given(services, clock, zone, local(zone, now),
          bundles=[bundle("b-1", "u-2", total, used, status, purchased_at="2026-02-01T00:00:00Z")],
          sessions=sessions)
    if windows:
        open_all_week(services, "paid")


@pytest.mark.parametrize("zone", ZONES)
def test_scheduled_paid_sessions_use_up_the_bundle_remainder(services, clock, zone):
    paid_setup(services, clock, zone, total=4, used=2, scheduled=1)
    first = services.sessions.book_paid("u-2", local(zone, "2026-03-16T10:00"))
    assert (first.type, first.status, first.bundle_id) == ("paid", "scheduled", "b-1")
    assert services.sessions.bundle("b-1").sessions_left == 0

    message = refused("no_active_bundle", services.sessions.book_paid, "u-2",
                      local(zone, "2026-03-17T10:00"))
    assert "Priya Raman has bundle b-1: 2 of 4 used, 2 booked" in message


def test_a_bundle_booked_past_its_size_has_nothing_left(services, clock):
    paid_setup(services, clock, BERLIN, total=2, used=2, scheduled=1)
    refused("no_active_bundle", services.sessions.book_paid, "u-2",
            local(BERLIN, "2026-03-16T10:00"))


def test_a_session_waiting_for_confirmation_still_holds_its_place_in_the_bundle(services, clock):
    paid_setup(services, clock, BERLIN, total=2, used=1, scheduled=1, now="2026-03-14T09:00")
    assert services.sessions.get("p-0").status == "awaiting_confirmation"
    refused("no_active_bundle", services.sessions.book_paid, "u-2",
            local(BERLIN, "2026-03-17T10:00"))
    services.sessions.confirm("p-0", "mentee_no_show")
    assert services.sessions.book_paid("u-2", local(BERLIN, "2026-03-17T10:00")).bundle_id == "b-1"


@pytest.mark.parametrize("status", ["completed", "expired", "refunded"])
def test_paid_booking_needs_an_active_bundle(services, clock, status):
    paid_setup(services, clock, BERLIN, total=4, used=1, status=status, scheduled=0)
    message = refused("no_active_bundle", services.sessions.book_paid, "u-2",
                      local(BERLIN, "2026-03-16T10:00"))
    assert f"no active bundle (b-1 is {status})" in message


def test_paid_booking_without_any_bundle_is_refused(services, clock):
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"))
    open_all_week(services, "paid")
    message = refused("no_active_bundle", services.sessions.book_paid, "u-1",
                      local(BERLIN, "2026-03-16T10:00"))
    assert "Sam Lee has no bundle" in message


def test_paid_booking_takes_the_oldest_bundle_with_a_session_left(services, clock):
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"), bundles=[
        bundle("b-new", "u-2", 4, 0, purchased_at="2026-03-01T00:00:00Z"),
        bundle("b-old", "u-2", 4, 3, purchased_at="2026-01-01T00:00:00Z"),
    ])
    open_all_week(services, "paid")
    assert services.sessions.book_paid("u-2", local(BERLIN, "2026-03-16T10:00")).bundle_id == "b-old"
    assert services.sessions.book_paid("u-2", local(BERLIN, "2026-03-17T10:00")).bundle_id == "b-new"


def test_a_bundle_is_the_mentees_own_and_holds_only_its_own_bookings(services, clock):
    # Each mentee has one session left: the other mentee's bundle and bookings change nothing.
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"),
          bundles=[bundle("b-1", "u-1", 2, 0), bundle("b-2", "u-2", 2, 0)],
          sessions=[paid("p-1", "u-1", "b-1", local(BERLIN, "2026-03-12T10:00")),
                    paid("p-2", "u-2", "b-2", local(BERLIN, "2026-03-13T10:00"))])
    open_all_week(services, "paid")
    assert services.sessions.book_paid("u-1", local(BERLIN, "2026-03-16T10:00")).bundle_id == "b-1"
    assert services.sessions.book_paid("u-2", local(BERLIN, "2026-03-17T10:00")).bundle_id == "b-2"
    message = refused("no_active_bundle", services.sessions.book_paid, "u-3",
                      local(BERLIN, "2026-03-18T10:00"))
    assert "has no bundle" in message


@pytest.mark.parametrize("minutes_asked,allowed", [(14, False), (15, True), (480, True),
                                                   (481, False)])
def test_paid_session_length_limits(services, clock, minutes_asked, allowed):
    paid_setup(services, clock, BERLIN, scheduled=0)
    start = local(BERLIN, "2026-03-16T08:00")
    if allowed:
        assert services.sessions.book_paid("u-2", start, minutes_asked).duration_minutes == minutes_asked
    else:
        message = refused("bad_duration", services.sessions.book_paid, "u-2", start, minutes_asked)
        assert "between 15 and 480 minutes" in message and str(minutes_asked) in message


def test_paid_booking_in_the_past_is_refused(services, clock):
    paid_setup(services, clock, BERLIN, scheduled=0)
    now = clock.now()
    message = refused("in_the_past", services.sessions.book_paid, "u-2", now)
    assert "has already passed" in message
    refused("in_the_past", services.sessions.book_paid, "u-2", now - minutes(1))
    assert services.sessions.book_paid("u-2", now + minutes(1)).start == now + minutes(1)


# -- confirmation of a held paid session counts against the bundle ----------------------------

def test_held_paid_sessions_fill_the_bundle_until_it_completes(services, clock):
    paid_setup(services, clock, BERLIN, total=3, used=1, scheduled=2, now="2026-03-20T09:00")
    after = services.sessions.confirm("p-0", "held")
    assert after.status == "completed" and after.outcome == "held"
    b = services.sessions.bundle("b-1")
    assert (b.sessions_used, b.status) == (2, "active")

    services.sessions.confirm("p-1", "held")
    b = services.sessions.bundle("b-1")
    assert (b.sessions_used, b.sessions_left, b.status) == (3, 0, "completed")


@pytest.mark.parametrize("outcome,status", [("mentee_no_show", "no_show"),
                                            ("mentor_no_show", "mentor_no_show")])
def test_a_paid_session_not_held_does_not_use_the_bundle(services, clock, outcome, status):
    paid_setup(services, clock, BERLIN, total=3, used=1, scheduled=1, now="2026-03-20T09:00")
    assert services.sessions.confirm("p-0", outcome).status == status
    assert services.sessions.bundle("b-1").sessions_used == 1


# -- availability: weekly wall-clock windows, days off ----------------------------------------

@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("start,allowed", [("09:00", True), ("08:59", False), ("11:00", True),
                                           ("11:01", False)])
def test_paid_booking_lies_inside_a_paid_window(services, clock, zone, start, allowed):
    paid_setup(services, clock, zone, scheduled=0, windows=False)
    services.availability.add_window("paid", 0, 9 * 60, 12 * 60)  # Mondays 09:00-12:00
    services.availability.add_window("intro", 1, 9 * 60, 12 * 60)
    when = local(zone, f"2026-03-16T{start}")
    if allowed:
        assert services.sessions.book_paid("u-2", when).start == when
    else:
        message = refused("outside_availability", services.sessions.book_paid, "u-2", when)
        assert "outside your paid availability (Mondays: 09:00–12:00)" in message


@pytest.mark.parametrize("zone", ZONES)
def test_an_intro_window_does_not_open_paid_time(services, clock, zone):
    paid_setup(services, clock, zone, scheduled=0, windows=False)
    services.availability.add_window("intro", 0, 9 * 60, 12 * 60)
    message = refused("outside_availability", services.sessions.book_paid, "u-2",
                      local(zone, "2026-03-16T09:00"))
    assert "(none on Mondays)" in message


# Windows are wall-clock: 09:00 is 09:00 local on the Sunday of the change, whatever UTC says.
@pytest.mark.parametrize("zone,day", [(BERLIN, "2026-03-29"), (NEW_YORK, "2026-03-08"),
                                      (BERLIN, "2026-10-25"), (NEW_YORK, "2026-11-01")])
@pytest.mark.parametrize("start,allowed", [("09:00", True), ("08:59", False), ("11:40", True),
                                           ("11:41", False)])
def test_intro_windows_on_a_dst_day_are_wall_clock(services, clock, zone, day, start, allowed):
    given(services, clock, zone, local(zone, f"{day}T09:00") - timedelta(days=5))
    services.availability.add_window("intro", 6, 9 * 60, 12 * 60)  # Sundays 09:00-12:00
    when = local(zone, f"{day}T{start}")
    if allowed:
        assert services.sessions.request_intro("u-1", when).start == when
    else:
        refused("outside_availability", services.sessions.request_intro, "u-1", when)


@pytest.mark.parametrize("zone,day", [(BERLIN, "2026-03-29"), (NEW_YORK, "2026-03-08")])
def test_a_window_over_the_spring_forward_night_is_shorter_in_real_time(services, clock, zone,
                                                                        day):
    # Sunday 01:00-04:00 wall-clock is only two real hours on the night the clocks skip 02:00.
    paid_setup(services, clock, zone, total=10, scheduled=0, now="2026-03-01T09:00",
               windows=False)
    services.availability.add_window("paid", 6, 60, 4 * 60)
    late = services.sessions.book_paid("u-2", local(zone, f"{day}T03:00"), 60)
    early = services.sessions.book_paid("u-2", local(zone, f"{day}T01:00"), 60)
    assert early.end == late.start
    assert late.end == local(zone, f"{day}T04:00")
    refused("outside_availability", services.sessions.book_paid, "u-2",
            local(zone, f"{day}T03:01"), 60)


@pytest.mark.parametrize("zone", ZONES)
def test_a_session_may_not_run_past_its_window_into_midnight(services, clock, zone):
    paid_setup(services, clock, zone, scheduled=0, windows=False)
    services.availability.add_window("paid", 0, 23 * 60, 23 * 60 + 30)   # Mon 23:00-23:30
    services.availability.add_window("paid", 1, 22 * 60, 24 * 60)        # Tue 22:00-24:00
    refused("outside_availability", services.sessions.book_paid, "u-2",
            local(zone, "2026-03-16T23:40"), 20)
    refused("outside_availability", services.sessions.book_paid, "u-2",
            local(zone, "2026-03-16T23:20"), 40)
    ends_at_midnight = services.sessions.book_paid("u-2", local(zone, "2026-03-17T23:00"), 60)
    assert ends_at_midnight.end == local(zone, "2026-03-18T00:00")
    # Ten minutes past midnight is past the window, however short the session.
    refused("outside_availability", services.sessions.book_paid, "u-2",
            local(zone, "2026-03-17T23:30"), 40)
    # Monday's and Tuesday's windows open nothing on Wednesday.
    refused("outside_availability", services.sessions.book_paid, "u-2",
            local(zone, "2026-03-18T22:30"), 30)


@pytest.mark.parametrize("zone", ZONES)
def test_a_day_off_is_the_mentors_local_day(services, clock, zone):
    given(services, clock, zone, local(zone, "2026-03-10T09:00"))
    open_all_week(services, "intro")
    services.availability.add_day_off(datetime.fromisoformat("2026-03-16").date(), "Conference")
    message = refused("day_off", services.sessions.request_intro, "u-1",
                      local(zone, "2026-03-16T23:30"))
    assert message == "Monday 16 March 2026 is one of your days off"
    refused("day_off", services.sessions.request_intro, "u-1", local(zone, "2026-03-16T00:00"))
    # Ending exactly at midnight the evening before does not touch the day off.
    assert services.sessions.request_intro("u-1", local(zone, "2026-03-15T23:40")).status \
        == "requested"
    assert services.sessions.request_intro("u-2", local(zone, "2026-03-17T00:00")).status \
        == "requested"
    # Running into the day off from the evening before does.
    refused("day_off", services.sessions.request_intro, "u-3", local(zone, "2026-03-15T23:50"))


@pytest.mark.parametrize("zone", ZONES)
def test_a_day_off_refuses_a_session_that_starts_on_it_and_runs_past_midnight(services, clock,
                                                                              zone):
    given(services, clock, zone, local(zone, "2026-03-10T09:00"))
    open_all_week(services, "intro")
    services.availability.add_day_off(datetime.fromisoformat("2026-03-15").date(), "Travel")
    # 23:50-00:10: the day off is the day it starts on, not the day it ends on; the day off is
    # the reason given, before the window that ends at midnight.
    message = refused("day_off", services.sessions.request_intro, "u-1",
                      local(zone, "2026-03-15T23:50"))
    assert message == "Sunday 15 March 2026 is one of your days off"


# -- no double booking ------------------------------------------------------------------------

# An existing paid session 10:00-11:00; `end == start` is not an overlap.
TOUCHING = [("intro", "11:00", True), ("intro", "10:59", False), ("intro", "09:40", True),
            ("intro", "09:41", False), ("paid", "11:00", True), ("paid", "10:59", False),
            ("paid", "09:00", True), ("paid", "09:01", False), ("paid", "10:15", False)]


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("kind,start,allowed", TOUCHING)
def test_no_double_booking_at_touching_edges(services, clock, zone, kind, start, allowed):
    paid_setup(services, clock, zone, total=10, used=0, scheduled=0)
    open_all_week(services, "intro")
    existing = services.sessions.book_paid("u-2", local(zone, "2026-03-16T10:00"))
    when = local(zone, f"2026-03-16T{start}")
    if kind == "intro":
        book = lambda: services.sessions.request_intro("u-1", when)  # noqa: E731
    else:
        book = lambda: services.sessions.book_paid("u-2", when)  # noqa: E731
    if allowed:
        assert book().start == when
    else:
        message = refused("double_booking", book)
        assert existing.id in message and "10:00–11:00" in message


def test_accepting_two_requests_for_one_slot_refuses_the_second(services, clock):
    start = local(BERLIN, "2026-03-16T10:00")
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"),
          sessions=[intro("r-1", "u-1", start), intro("r-2", "u-2", start + minutes(10))])
    assert services.sessions.accept("r-1").status == "scheduled"
    message = refused("double_booking", services.sessions.accept, "r-2")
    assert "r-1 (Sam Lee, intro, 10:00–10:20 on Mon 16 Mar)" in message
    assert services.sessions.get("r-2").status == "requested"


def test_a_cancelled_session_frees_its_slot(services, clock):
    start = local(BERLIN, "2026-03-16T10:00")
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"),
          sessions=[intro("s-1", "u-1", start, "scheduled"), intro("r-2", "u-2", start)])
    refused("double_booking", services.sessions.accept, "r-2")
    services.sessions.cancel("s-1", "Ill")
    assert services.sessions.accept("r-2").status == "scheduled"


# -- busy time from the mentor's calendar -----------------------------------------------------

@pytest.mark.parametrize("zone", ZONES)
def test_busy_time_refuses_a_booking_unless_the_mentor_consents(services, clock, zone):
    paid_setup(services, clock, zone, total=10, used=0, scheduled=0)
    open_all_week(services, "intro")
    busy_from, busy_to = local(zone, "2026-03-16T12:00"), local(zone, "2026-03-16T13:00")
    services.availability.replace_busy("work.ics", [(busy_from, busy_to, "Team lunch", False)])

    message = refused("busy_time", services.sessions.book_paid, "u-2", busy_from - minutes(59))
    assert '"Team lunch"' in message and "12:00–13:00" in message and "consent" in message
    refused("busy_time", services.sessions.request_intro, "u-1", busy_to - minutes(1))
    assert services.sessions.book_paid("u-2", busy_from - HOUR).end == busy_from
    assert services.sessions.request_intro("u-1", busy_to).start == busy_to
    forced = services.sessions.book_paid("u-2", busy_from, despite_busy=True)
    assert forced.start == busy_from and forced.status == "scheduled"


def test_accepting_over_busy_time_needs_consent(services, clock):
    start = local(NEW_YORK, "2026-03-16T10:00")
    given(services, clock, NEW_YORK, local(NEW_YORK, "2026-03-10T09:00"),
          sessions=[intro("r-1", "u-1", start)])
    services.availability.replace_busy("work.ics", [(start + minutes(19), start + HOUR, "", False)])
    refused("busy_time", services.sessions.accept, "r-1")
    assert services.sessions.accept("r-1", despite_busy=True).status == "scheduled"


# -- cancellation: at least 24 real hours ahead, with a reason --------------------------------

CANCEL_ACROSS_DST = [
    # zone, session start, the last moment to cancel (24 real hours before), a time the
    # wall clock misjudges (it looks 24+ hours away but is not, or the other way round, for
    # session s-2, an hour after s-1)
    (BERLIN, "2026-10-25T10:00", "2026-10-24T11:00", "2026-10-24T11:30", True),
    (NEW_YORK, "2026-11-01T10:00", "2026-10-31T11:00", "2026-10-31T11:30", True),
    (BERLIN, "2026-03-29T10:00", "2026-03-28T09:00", "2026-03-28T10:30", False),
    (NEW_YORK, "2026-03-08T10:00", "2026-03-07T09:00", "2026-03-07T10:30", False),
]


@pytest.mark.parametrize("zone,start,last_moment,misjudged,misjudged_allowed", CANCEL_ACROSS_DST)
def test_cancellation_needs_24_real_hours_across_a_dst_change(services, clock, zone, start,
                                                              last_moment, misjudged,
                                                              misjudged_allowed):
    starts = local(zone, start)
    given(services, clock, zone, local(zone, last_moment),
          sessions=[intro("s-1", "u-1", starts, "scheduled"),
                    intro("s-2", "u-2", starts + HOUR, "scheduled")])
    assert starts - clock.now() == timedelta(hours=24)

    clock.set(local(zone, last_moment) + minutes(1))
    message = refused("cancel_too_late", services.sessions.cancel, "s-1", "Ill")
    assert "at least 24 hours before" in message and "starts in 23 hours 59 minutes" in message

    clock.set(local(zone, last_moment))
    cancelled = services.sessions.cancel("s-1", "Ill")
    assert (cancelled.status, cancelled.reason) == ("cancelled", "Ill")

    clock.set(local(zone, misjudged))
    if misjudged_allowed:
        assert services.sessions.cancel("s-2", "Ill").status == "cancelled"
    else:
        refused("cancel_too_late", services.sessions.cancel, "s-2", "Ill")


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_cancellation_needs_a_reason(services, clock, reason):
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"),
          sessions=[intro("s-1", "u-1", local(BERLIN, "2026-03-16T10:00"), "scheduled")])
    message = refused("reason_required", services.sessions.cancel, "s-1", reason)
    assert message == "a reason is required to cancel a session"
    assert services.sessions.get("s-1").status == "scheduled"


def test_a_reason_has_at_most_2000_characters(services, clock):
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"),
          sessions=[intro("s-1", "u-1", local(BERLIN, "2026-03-16T10:00"), "scheduled")])
    message = refused("reason_too_long", services.sessions.cancel, "s-1", "x" * 2001)
    assert "at most 2000 characters; this one has 2001" in message
    assert services.sessions.cancel("s-1", "x" * 2000).reason == "x" * 2000


def test_a_session_under_way_can_no_longer_be_cancelled(services, clock):
    starts = local(BERLIN, "2026-03-16T10:00")
    given(services, clock, BERLIN, starts, sessions=[intro("s-1", "u-1", starts, "scheduled")])
    message = refused("cancel_started", services.sessions.cancel, "s-1", "Ill")
    assert "s-1 has already started" in message


# -- invitations: accept, reject with a reason, expiry ----------------------------------------

@pytest.mark.parametrize("zone", ZONES)
def test_a_request_expires_at_its_start_minute(services, clock, zone):
    starts = local(zone, "2026-03-16T10:00")
    given(services, clock, zone, starts - minutes(1),
          sessions=[intro("r-1", "u-1", starts), intro("r-2", "u-2", starts + HOUR)])
    assert [s.id for s in services.sessions.invitations()] == ["r-1", "r-2"]
    assert services.sessions.accept("r-1").status == "scheduled"
    # Accepted, it is no invitation any more, though it has not started.
    assert [s.id for s in services.sessions.invitations()] == ["r-2"]

    clock.set(starts + HOUR)
    assert services.sessions.get("r-2").status == "expired"
    assert services.sessions.invitations() == []
    message = refused("request_expired", services.sessions.accept, "r-2")
    # At its start minute it was to start "just now" (never "0 minutes ago").
    assert "it was to start just now" in message and "can no longer be accepted" in message
    clock.set(starts + HOUR + minutes(1))
    assert "it was to start 1 minute ago" in refused("request_expired", services.sessions.accept,
                                                      "r-2")
    # A minute past its start it is still no open invitation, in the list and in the badge.
    assert services.sessions.invitations() == []
    assert services.sessions.counts()["invitations"] == 0
    clock.set(starts + HOUR)
    message = refused("invalid_transition", services.sessions.reject, "r-2", "Too late")
    assert message == "session r-2 is expired; it cannot be rejected"


@pytest.mark.parametrize("zone", ZONES)
def test_the_database_and_the_record_agree_a_request_expires_at_its_start_minute(services,
                                                                                clock, zone):
    starts = local(zone, "2026-03-16T10:00")
    given(services, clock, zone, starts - minutes(1), sessions=[intro("r-1", "u-1", starts)])

    def found(status: str) -> list[str]:
        return [r.id for r in services.sessions.search(SessionQuery(statuses=(status,)))]

    assert (found("requested"), found("expired")) == (["r-1"], [])
    assert services.sessions.get("r-1").status == "requested"
    assert services.sessions.counts()["invitations"] == 1
    clock.set(starts)
    assert (found("requested"), found("expired")) == ([], ["r-1"])
    assert services.sessions.count(SessionQuery(statuses=("expired",))) == 1
    assert services.sessions.get("r-1").status == "expired"
    assert services.sessions.counts()["invitations"] == 0


def test_rejecting_needs_a_reason_and_keeps_it(services, clock):
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"),
          sessions=[intro("r-1", "u-1", local(BERLIN, "2026-03-16T10:00"))])
    message = refused("reason_required", services.sessions.reject, "r-1", " ")
    assert message == "a reason is required to reject a session"
    record = services.sessions.reject("r-1", "  Looks like spam  ")
    assert (record.status, record.reason) == ("rejected", "Looks like spam")
    assert services.sessions.get("r-1").reason == "Looks like spam"


# -- confirmation ------------------------------------------------------------------------------

@pytest.mark.parametrize("zone", ZONES)
def test_confirmation_only_after_the_session_has_ended(services, clock, zone):
    starts = local(zone, "2026-03-16T10:00")
    given(services, clock, zone, starts + minutes(19),
          sessions=[intro("s-1", "u-1", starts, "scheduled")])
    message = refused("not_ended", services.sessions.confirm, "s-1", "held", "approve")
    assert message.endswith("this one ends in 1 minute")
    assert services.sessions.pending_confirmation() == []

    clock.set(starts + minutes(20))
    assert [s.id for s in services.sessions.pending_confirmation()] == ["s-1"]
    done = services.sessions.confirm("s-1", "held", "approve")
    assert (done.status, done.outcome, done.decision) == ("completed", "held", "approve")
    assert services.sessions.pending_confirmation() == []


def test_an_intro_needs_a_decision_and_a_paid_session_takes_none(services, clock):
    given(services, clock, BERLIN, local(BERLIN, "2026-03-20T09:00"),
          bundles=[bundle("b-1", "u-2", 4, 2)],
          sessions=[intro("i-1", "u-1", local(BERLIN, "2026-03-11T09:00"), "scheduled"),
                    paid("p-0", "u-2", "b-1", local(BERLIN, "2026-03-11T10:00"))])

    message = refused("decision_required", services.sessions.confirm, "i-1", "held")
    assert "approve or reject" in message
    message = refused("decision_not_for_paid", services.sessions.confirm, "p-0", "held", "approve")
    assert "p-0 is a paid session" in message
    assert services.sessions.get("i-1").status == "awaiting_confirmation"
    assert services.sessions.bundle("b-1").sessions_used == 2

    assert services.sessions.confirm("i-1", "mentee_no_show", "reject").decision == "reject"
    assert services.sessions.confirm("p-0", "held").decision is None
    assert services.sessions.bundle("b-1").sessions_used == 3


def test_a_session_is_never_confirmed_twice(services, clock):
    paid_setup(services, clock, BERLIN, scheduled=1, now="2026-03-20T09:00")
    services.sessions.confirm("p-0", "held")
    message = refused("already_confirmed", services.sessions.confirm, "p-0", "held")
    assert message == "session p-0 was already confirmed (completed)"
    assert services.sessions.bundle("b-1").sessions_used == 3


# -- the lifecycle: every transition not in it is refused -------------------------------------

SETUP_NOW = "2026-03-16T12:00"
STATES = {
    # session id -> (start relative to now, platform status, local confirmation)
    "requested": (timedelta(days=3), "requested", None),
    "expired": (-timedelta(days=1), "requested", None),
    "scheduled": (timedelta(days=4), "scheduled", None),
    "under_way": (-minutes(10), "scheduled", None),
    "awaiting": (-timedelta(days=1, hours=2), "scheduled", None),
    "rejected": (timedelta(days=5), "rejected", None),
    "cancelled": (timedelta(days=6), "cancelled", None),
    "completed": (-timedelta(days=2), "completed", None),
    "no_show": (-timedelta(days=3), "no_show", None),
    "mentor_no_show": (-timedelta(days=4), "scheduled", "mentor_no_show"),
}
OK = None
TRANSITIONS = {
    #                  accept                reject                cancel                confirm
    "requested":      (OK,                   OK,                   "invalid_transition", "invalid_transition"),
    "expired":        ("request_expired",    "invalid_transition", "invalid_transition", "invalid_transition"),
    "scheduled":      ("invalid_transition", "invalid_transition", OK,                   "not_ended"),
    "under_way":      ("invalid_transition", "invalid_transition", "cancel_started",     "not_ended"),
    "awaiting":       ("invalid_transition", "invalid_transition", "cancel_started",     OK),
    "rejected":       ("invalid_transition", "invalid_transition", "invalid_transition", "invalid_transition"),
    "cancelled":      ("invalid_transition", "invalid_transition", "invalid_transition", "invalid_transition"),
    "completed":      ("invalid_transition", "invalid_transition", "invalid_transition", "already_confirmed"),
    "no_show":        ("invalid_transition", "invalid_transition", "invalid_transition", "already_confirmed"),
    "mentor_no_show": ("invalid_transition", "invalid_transition", "invalid_transition", "already_confirmed"),
}  # fmt: skip
AFTER = {"accept": "scheduled", "reject": "rejected", "cancel": "cancelled",
         "confirm": "completed"}
SHOWN = {"awaiting": "awaiting confirmation", "under_way": "scheduled",
         "mentor_no_show": "mentor no show", "no_show": "no show"}


def lifecycle(services, clock):
    now = local(BERLIN, SETUP_NOW)
    sessions = [intro(name, f"u-{name}", now + offset, status)
                for name, (offset, status, _) in STATES.items()]
    mentees = [mentee(f"u-{name}") for name in STATES]
    given(services, clock, BERLIN, now - timedelta(days=1, minutes=30), sessions=sessions,
          mentees=mentees)
    for name, (_, _, outcome) in STATES.items():
        if outcome:
            clock.set(now - timedelta(days=1))
            services.sessions.confirm(name, outcome, "reject")
    clock.set(now)


def attempt(services, action, session_id):
    if action == "accept":
        return services.sessions.accept(session_id)
    if action in ("reject", "cancel"):
        return getattr(services.sessions, action)(session_id, "A reason")
    return services.sessions.confirm(session_id, "held", "approve")


@pytest.mark.parametrize("state", list(TRANSITIONS))
@pytest.mark.parametrize("column,action", list(enumerate(("accept", "reject", "cancel",
                                                          "confirm"))))
def test_every_transition_outside_the_lifecycle_is_refused(services, clock, state, column,
                                                           action):
    lifecycle(services, clock)
    before = services.sessions.get(state)
    expected = TRANSITIONS[state][column]
    if expected is OK:
        assert attempt(services, action, state).status == AFTER[action]
        return
    message = refused(expected, attempt, services, action, state)
    if expected == "invalid_transition":
        verb = {"accept": "accepted", "reject": "rejected", "cancel": "cancelled",
                "confirm": "confirmed"}[action]
        shown = SHOWN.get(state, state)
        assert message == f"session {state} is {shown}; it cannot be {verb}"
    assert services.sessions.get(state) == before
    assert [a.action for a in services.sessions.history(state)] == (
        ["confirm"] if STATES[state][2] else [])


# -- undo --------------------------------------------------------------------------------------

def undo_setup(services, clock):
    starts = local(BERLIN, "2026-03-16T10:00")
    given(services, clock, BERLIN, local(BERLIN, "2026-03-10T09:00"),
          bundles=[bundle("b-1", "u-2", 2, 1), bundle("b-2", "u-3", 5, 0)],
          sessions=[intro("r-1", "u-1", starts), intro("r-2", "u-3", starts + HOUR),
                    paid("p-1", "u-2", "b-1", local(BERLIN, "2026-03-09T10:00")),
                    intro("s-1", "u-1", local(BERLIN, "2026-03-18T10:00"), "scheduled")])
    return starts


def test_undo_takes_back_decisions_newest_first(services, clock):
    undo_setup(services, clock)
    services.sessions.accept("r-1")
    services.sessions.reject("r-2", "Spam")
    services.sessions.cancel("s-1", "Ill")
    services.sessions.confirm("p-1", "held")
    assert services.sessions.bundle("b-1").status == "completed"

    assert services.sessions.undo_last().action == "confirm"
    p = services.sessions.get("p-1")
    assert (p.status, p.outcome) == ("awaiting_confirmation", None)
    b = services.sessions.bundle("b-1")
    assert (b.sessions_used, b.status) == (1, "active")

    assert services.sessions.undo_last().action == "cancel"
    assert (services.sessions.get("s-1").status, services.sessions.get("s-1").reason) \
        == ("scheduled", None)
    assert services.sessions.undo_last().action == "reject"
    assert (services.sessions.get("r-2").status, services.sessions.get("r-2").reason) \
        == ("requested", None)
    assert services.sessions.undo_last().action == "accept"
    assert services.sessions.get("r-1").status == "requested"
    refused("nothing_to_undo", services.sessions.undo_last)
    assert [a.undone for a in services.sessions.history("r-1")] == [True]


def test_undo_is_refused_once_the_decision_is_in_an_outbox(services, clock, tmp_path):
    undo_setup(services, clock)
    services.sessions.accept("r-1")
    services.outbox.write(tmp_path / "outbox.json")
    message = refused("nothing_to_undo", services.sessions.undo_last)
    assert "already written to an outbox are final" in message
    assert services.sessions.get("r-1").status == "scheduled"

    services.sessions.reject("r-2", "Spam")
    assert services.sessions.undo_last().session_id == "r-2"
    refused("nothing_to_undo", services.sessions.undo_last)
    assert services.sessions.get("r-1").status == "scheduled"


def test_undo_of_a_cancellation_is_refused_when_the_slot_was_taken(services, clock):
    undo_setup(services, clock)
    services.sessions.cancel("s-1", "Ill")
    # The platform has since booked the freed time (a booking made here would be undone first).
    services.importer.import_document(export(
        BERLIN, exported_at="2026-03-10T09:30:00Z", bundles=[bundle("b-2", "u-3", 5, 0)],
        sessions=[paid("p-2", "u-3", "b-2", local(BERLIN, "2026-03-18T10:00"))]))
    message = refused("double_booking", services.sessions.undo_last)
    assert "p-2" in message
    assert services.sessions.get("s-1").status == "cancelled"
    services.sessions.cancel("p-2", "Moved")
    services.sessions.undo_last()  # takes back cancelling the paid session
    assert services.sessions.get("p-2").status == "scheduled"
    refused("double_booking", services.sessions.undo_last)


def test_undo_of_a_cancellation_after_a_booking_here_withdraws_the_booking_first(services,
                                                                                 clock):
    undo_setup(services, clock)
    services.sessions.cancel("s-1", "Ill")
    open_all_week(services, "paid")
    taken = services.sessions.book_paid("u-3", local(BERLIN, "2026-03-18T10:00"))
    assert services.sessions.undo_last().action == "book"
    assert services.sessions.get(taken.id).status == "cancelled"
    assert services.sessions.undo_last().action == "cancel"
    assert services.sessions.get("s-1").status == "scheduled"


def test_undo_with_nothing_decided(services, clock):
    undo_setup(services, clock)
    message = refused("nothing_to_undo", services.sessions.undo_last)
    assert message.startswith("there is no decision left to undo")
