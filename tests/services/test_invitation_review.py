"""The review of an intro request: its red flags, the mentee's intros that month against the
limit, and the refusal Accept would meet, from one service call that agrees with Accept."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from services.errors import RuleViolation
from tests.services.builders import BERLIN, NEW_YORK, export, intro, local, mentee, minutes

NOW = "2026-03-02T09:00:00Z"


def load(services, *sessions, zone=BERLIN, **extra):  # noqa: ANN001, ANN002, ANN003, ANN201
    services.importer.import_document(export(zone, sessions=list(sessions), **extra))
    return services


def reviews(services) -> dict[str, object]:  # noqa: ANN001
    return {r.record.id: r for r in services.sessions.invitation_reviews()}


def agrees_with_accept(services, session_id: str) -> None:  # noqa: ANN001
    """What the review says Accept would meet is what Accept meets."""
    said = services.sessions.review(session_id).accept_refusal
    try:
        services.sessions.accept(session_id)
    except RuleViolation as exc:
        assert said is not None and (said.code, said.message) == (exc.code, exc.message)
    else:
        assert said is None


def test_a_clean_request_has_no_flags_and_would_be_accepted(services) -> None:
    load(services, intro("r-1", "u-1", local(BERLIN, "2026-03-05T10:00"),
                         form={"What do you want to achieve?": "Lead a small team well"}))
    review = reviews(services)["r-1"]
    assert review.red_flags == ()
    assert (review.intros_this_month, review.intro_limit) == (1, 3)
    assert f"{review.month:%Y-%m-%d}" == "2026-03-01"
    assert review.accept_refusal is None
    agrees_with_accept(services, "r-1")


def test_the_monthly_limit_is_counted_and_refused_at_its_boundary(services) -> None:
    held = [intro(f"s-{n}", "u-1", local(BERLIN, f"2026-02-{10 + n}T10:00"), "completed")
            for n in range(2)]
    load(services, *held, intro("r-1", "u-1", local(BERLIN, "2026-02-27T10:00")),
         intro("r-2", "u-1", local(BERLIN, "2026-03-04T10:00")),
         exported_at="2026-01-31T09:00:00Z")
    services.clock.set("2026-02-02T09:00:00Z")
    found = reviews(services)
    # Two held and this one in February: the third, still allowed.
    assert found["r-1"].intros_this_month == 3 and found["r-1"].accept_refusal is None
    assert found["r-2"].intros_this_month == 1 and found["r-2"].accept_refusal is None
    load(services, *held, intro("s-3", "u-1", local(BERLIN, "2026-02-20T10:00"), "scheduled"),
         intro("r-1", "u-1", local(BERLIN, "2026-02-27T10:00")),
         exported_at="2026-01-31T10:00:00Z")
    found = reviews(services)["r-1"]
    assert found.intros_this_month == 4
    assert found.accept_refusal.code == "intro_monthly_limit"
    assert "already has 3 in February 2026" in found.accept_refusal.message
    agrees_with_accept(services, "r-1")


@pytest.mark.parametrize(("wall", "month"), [("2026-03-31T23:40", "2026-03"),
                                             ("2026-04-01T00:00", "2026-04")])
def test_the_month_is_the_mentors_own_at_midnight(services, wall, month) -> None:
    # Berlin has been on summer time since 29 March: 23:40 there is 21:40 UTC.
    held = [intro(f"s-{n}", "u-1", local(BERLIN, f"2026-03-{20 + n}T10:00"), "scheduled")
            for n in range(3)]
    load(services, *held, intro("r-1", "u-1", local(BERLIN, wall)))
    services.clock.set("2026-03-28T09:00:00Z")
    review = reviews(services)["r-1"]
    assert f"{review.month:%Y-%m}" == month
    refused = month == "2026-03"
    assert (review.accept_refusal is not None) == refused
    assert review.intros_this_month == (4 if refused else 1)
    agrees_with_accept(services, "r-1")


def test_a_double_booking_is_the_refusal(services) -> None:
    start = local(BERLIN, "2026-03-05T10:00")
    load(services, intro("s-1", "u-2", start + minutes(19), "scheduled"),
         intro("r-1", "u-1", start), intro("r-2", "u-3", start + minutes(39)))
    found = reviews(services)
    assert found["r-1"].accept_refusal.code == "double_booking"
    assert "would overlap session s-1" in found["r-1"].accept_refusal.message
    assert found["r-2"].accept_refusal is None  # touching its end is fine
    agrees_with_accept(services, "r-1")
    agrees_with_accept(services, "r-2")


def test_busy_time_is_one_flag_and_one_refusal_worded_alike(services) -> None:
    start = local(BERLIN, "2026-03-05T10:00")
    load(services, intro("r-1", "u-1", start), intro("r-2", "u-2", start + minutes(60)))
    services.availability.replace_busy("Work", [
        (start + minutes(19), start + minutes(60), "Dentist", False)])
    found = reviews(services)
    flag = next(f for f in found["r-1"].red_flags if f.code == "busy_clash")
    refusal = found["r-1"].accept_refusal
    assert refusal.code == "busy_time"
    busy = '"Dentist", Thu 5 Mar 10:19–11:00 (from Work)'
    assert busy in flag.explanation and busy in refusal.message
    # The block ends when r-2 starts: no clash, no flag.
    assert found["r-2"].red_flags == () and found["r-2"].accept_refusal is None
    agrees_with_accept(services, "r-1")
    assert services.sessions.accept("r-1", despite_busy=True).status == "scheduled"


def test_a_review_of_a_session_that_is_no_request_says_accept_cannot_take_it(services) -> None:
    load(services, intro("s-1", "u-1", local(BERLIN, "2026-03-05T10:00"), "scheduled"),
         intro("r-old", "u-1", local(BERLIN, "2026-03-02T09:59")))
    assert services.sessions.review("s-1").accept_refusal.code == "invalid_transition"
    services.clock.set(local(BERLIN, "2026-03-02T10:00"))
    assert services.sessions.review("r-old").accept_refusal.code == "request_expired"
    assert services.sessions.review("r-old").intros_this_month == 1  # no longer counts itself


def test_the_whole_list_is_read_in_the_same_few_statements_however_long(services) -> None:
    def statements_for(count: int) -> int:
        people = [mentee(f"u-{n}") for n in range(count)]
        load(services, *[intro(f"r-{n}", f"u-{n}", local(NEW_YORK, "2026-03-05T10:00")
                               + minutes(30 * n)) for n in range(count)], mentees=people)
        services.sessions.timezone()  # both zones read once, as any page has already
        services.sessions.home_zone()
        seen: list[str] = []

        def count_one(*_args: object) -> None:
            seen.append("")

        event.listen(services.engine, "before_cursor_execute", count_one)
        try:
            assert len(services.sessions.invitation_reviews()) == count
        finally:
            event.remove(services.engine, "before_cursor_execute", count_one)
        return len(seen)

    # The transaction's BEGIN, the requests, and what lies around them (three statements).
    assert statements_for(2) == statements_for(12) <= 5
