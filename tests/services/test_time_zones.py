"""Two zones: the mentor's own (from the export, or where they say they live) rules the calendar;
the zone times are shown in only changes how times read."""

from __future__ import annotations

from datetime import date

import pytest

from services.errors import RuleViolation
from tests.services.builders import BERLIN, NEW_YORK, bundle, export, intro, local

LISBON = "Europe/Lisbon"


@pytest.fixture
def desk(services, clock):  # noqa: ANN001, ANN201
    """A Berlin mentor with a paid window Mondays 14:00-18:00 and a bundle for u-2."""
    services.importer.import_document(export(
        BERLIN, exported_at="2026-01-01T00:00:00Z", bundles=[bundle("b-1", "u-2", 50, 0)]))
    services.availability.add_window("paid", 0, 14 * 60, 18 * 60)
    clock.set("2026-03-02T09:00:00Z")
    return services


def paid_starts(services, day: date) -> list[str]:  # noqa: ANN001
    return [s.start.isoformat() for s in services.availability.free_slots("paid", day, 1)]


@pytest.mark.parametrize("day,first", [
    (date(2026, 3, 23), "2026-03-23T13:00:00+00:00"),  # 14:00 CET
    (date(2026, 3, 30), "2026-03-30T12:00:00+00:00"),  # 14:00 CEST, after the change
])
def test_the_paid_window_does_not_move_when_only_the_display_zone_changes(desk, day,
                                                                           first) -> None:
    before = paid_starts(desk, day)
    assert before[0] == first
    desk.settings.set_timezone(NEW_YORK)
    assert desk.sessions.timezone().key == NEW_YORK
    assert desk.sessions.home_zone().key == BERLIN
    assert paid_starts(desk, day) == before
    # Booking at 14:00 Berlin (08:00 or 09:00 in New York) is inside; a minute earlier is not.
    start = local(BERLIN, f"{day}T14:00")
    assert desk.sessions.book_paid("u-2", start).start == start
    with pytest.raises(RuleViolation) as refused:
        desk.sessions.book_paid("u-2", local(BERLIN, f"{day}T13:59"))
    assert refused.value.code == "outside_availability"
    assert "13:59" in refused.value.message and "(Mondays: 14:00–18:00)" in refused.value.message


@pytest.mark.parametrize("wall,refused", [("2026-03-31T23:59", True),
                                          ("2026-04-01T00:00", False)])
def test_the_intro_limit_counts_months_of_the_mentors_own_zone(desk, clock, wall,
                                                               refused) -> None:
    # Three intros in March (Berlin); shown in New York, where 1 April 00:00 Berlin is still
    # 31 March (18:00): the month that counts is Berlin's.
    held = [intro(f"s-{n}", "u-1", local(BERLIN, f"2026-03-{10 + n}T10:00"), "completed")
            for n in range(3)]
    desk.importer.import_document(export(BERLIN, exported_at="2026-01-01T00:00:00Z",
                                         sessions=[*held, intro("r-1", "u-1", local(BERLIN, wall))]))
    desk.settings.set_timezone(NEW_YORK)
    clock.set("2026-03-28T09:00:00Z")
    review = desk.sessions.review("r-1")
    assert (review.accept_refusal is not None) == refused
    assert f"{review.month:%Y-%m}" == ("2026-03" if refused else "2026-04")
    if refused:
        assert "already has 3 in March 2026" in review.accept_refusal.message
    else:
        assert desk.sessions.accept("r-1").status == "scheduled"


def test_i_now_live_in_lisbon_moves_the_windows_and_says_so(desk) -> None:
    day = date(2026, 3, 23)  # Lisbon is on UTC in March until the 29th, Berlin an hour ahead
    assert paid_starts(desk, day)[0] == "2026-03-23T13:00:00+00:00"
    moved = desk.settings.move_home(LISBON)
    assert (moved.before, moved.after) == (BERLIN, LISBON)
    assert desk.sessions.home_zone().key == LISBON
    assert desk.sessions.timezone().key == LISBON  # shown in the mentor's own zone
    assert paid_starts(desk, day)[0] == "2026-03-23T14:00:00+00:00"  # 14:00 in Lisbon now
    summary = moved.summary()
    assert "your own time zone is now Europe/Lisbon (it was Europe/Berlin)" in summary
    assert "paid Mon 14:00–18:00 now means 14:00–18:00 there, 15:00–19:00 in Europe/Berlin" \
        in summary
    assert "the monthly intro limit counts Europe/Lisbon months" in summary
    assert "sessions already booked keep their times" in summary


def test_a_chosen_display_zone_stays_when_the_mentor_moves(desk) -> None:
    desk.settings.set_timezone(NEW_YORK)
    moved = desk.settings.move_home(LISBON)
    assert moved.shown_in == NEW_YORK and "times are shown in America/New_York" in \
        moved.summary()
    assert desk.settings.timezone_name() == NEW_YORK
    desk.settings.set_timezone(None)
    assert desk.settings.timezone_name() == LISBON


def test_a_home_said_explicitly_outlives_the_next_export(desk) -> None:
    desk.settings.move_home(LISBON)
    desk.importer.import_document(export("Asia/Tokyo", exported_at="2026-03-01T00:00:00Z"))
    assert desk.settings.export_timezone_name() == "Asia/Tokyo"
    assert desk.settings.home_timezone_name() == LISBON
    desk.settings.move_home(None)  # back to the export's
    assert desk.settings.home_timezone_name() == "Asia/Tokyo"
    assert desk.sessions.home_zone().key == "Asia/Tokyo"


def test_an_unknown_zone_is_refused_and_nothing_moves(desk) -> None:
    with pytest.raises(RuleViolation) as refused:
        desk.settings.move_home("Mars/Olympus_Mons")
    assert refused.value.code == "unknown_timezone"
    assert desk.settings.home_timezone_name() == BERLIN


def test_moving_changes_the_calendar_and_what_is_shown(desk) -> None:
    desk.hub.deliver()
    desk.settings.move_home(LISBON)
    change = desk.hub.deliver()
    assert change.timezone and change.availability and change.settings
