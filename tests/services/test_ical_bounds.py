"""Reading a calendar is bounded by what it produces: repeats per event, occurrences in all,
and time; and damaged or hostile files are refused with a sentence, never a crash."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings

from services import policy
from services.deadline import TimeUp, time_limit
from services.errors import InvalidInput
from services.ical_import import read_busy
from tests.services.calendar_builders import ics
from tests.services.ics_fuzz import damaged_calendars, samples

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 3, 2, 9, tzinfo=UTC)
START, END = NOW - policy.BUSY_EXPAND_PAST, NOW + policy.BUSY_EXPAND_AHEAD
MINUTES = ",".join(str(m) for m in range(60))


def read(data: bytes, seconds: float = policy.BUSY_READ_SECONDS):  # noqa: ANN201
    return read_busy(data, BERLIN, START, END, "cal.ics", NOW, seconds)


def refusal(data: bytes, seconds: float = policy.BUSY_READ_SECONDS) -> str:
    with pytest.raises(InvalidInput) as refused:
        read(data, seconds)
    (problem,) = refused.value.problems
    return str(problem)


def test_minutely_recurrence_in_disguise_is_refused_naming_the_event() -> None:
    hourly = ics(f"DTSTART:20260303T090000Z\nRRULE:FREQ=HOURLY;BYMINUTE={MINUTES}\n"
                 "SUMMARY:Standup", "DTSTART:20260304T090000Z\nDTEND:20260304T100000Z")
    assert refusal(hourly) == (
        "line 8 [event-0@test]: the event 'Standup' repeats more than 20 000 times up to "
        "2027-03-02; remove it or its rule from the calendar and import it again")
    seconds = ics(f"DTSTART:20260303T090000Z\nRRULE:FREQ=HOURLY;BYMINUTE={MINUTES};"
                  f"BYSECOND={MINUTES}")
    assert "repeats more than 20 000 times" in refusal(seconds)


@pytest.mark.parametrize(("count", "refused"), [(policy.BUSY_MAX_REPEATS, False),
                                                (policy.BUSY_MAX_REPEATS + 1, True)])
def test_an_event_may_repeat_up_to_the_bound_counted_from_its_start(count: int,
                                                                     refused: bool) -> None:
    # Daily from 1 January 1970: every repeat lies before the span read, and each still costs.
    data = ics(f"DTSTART:19700101T090000Z\nDTEND:19700101T100000Z\nRRULE:FREQ=DAILY;COUNT={count}")
    if refused:
        assert "repeats more than 20 000 times" in refusal(data, 300)
    else:
        assert read(data, 300).blocks == []


@pytest.mark.parametrize(("count", "refused"), [(policy.BUSY_MAX_OCCURRENCES // 2, False),
                                                (policy.BUSY_MAX_OCCURRENCES // 2 + 1, True)])
def test_all_events_together_may_have_up_to_the_bound_in_the_span(count: int,
                                                                   refused: bool) -> None:
    rule = f"RRULE:FREQ=HOURLY;BYMINUTE=0,30;COUNT={count}"
    data = ics(f"DTSTART:20260201T000000Z\nDTEND:20260201T000500Z\n{rule}\nSUMMARY:A",
               f"DTSTART:20260201T003000Z\nDTEND:20260201T003500Z\n{rule}\nSUMMARY:B")
    # Given time enough whatever the machine's load: this is about the count.
    if refused:
        assert "the event 'B' brings the calendar past 20 000 busy times" in refusal(data, 300)
    else:
        assert len(read(data, 300).blocks) == policy.BUSY_MAX_OCCURRENCES


def test_a_rule_that_never_matches_is_stopped_by_the_time_bound() -> None:
    # dateutil looks for 30 February hour by hour, from the year 1000 on.
    never = ics("DTSTART:10000101T090000Z\nDTEND:10000101T100000Z\n"
                "RRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30\nSUMMARY:Never")
    assert refusal(never, seconds=0.5) == (
        "line 9 [event-0@test]: reading it took longer than 0.5 seconds, at the event 'Never'; "
        "a calendar this size or with such rules is not read")


def test_the_time_limit_stops_a_loop_that_never_returns() -> None:
    began = time.monotonic()
    with pytest.raises(TimeUp), time_limit(0.2):
        while True:
            pass
    assert time.monotonic() - began < 5


def test_the_time_limit_leaves_nothing_behind_when_the_work_ends_in_time() -> None:
    # Limits so short that they run out as the block ends: TimeUp there or not at all.
    for _ in range(200):
        try:
            with time_limit(0.0005):
                sum(range(100))
        except TimeUp:
            pass
    deadline = time.monotonic() + 0.3
    while time.monotonic() < deadline:  # no TimeUp arrives late
        pass


def test_the_time_limit_works_in_a_worker_thread() -> None:
    caught: list[BaseException] = []

    def work() -> None:
        try:
            with time_limit(0.2):
                while True:
                    pass
        except TimeUp as exc:
            caught.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(10)
    assert not worker.is_alive() and len(caught) == 1


FUZZ_SEEDS = samples()


@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(damaged_calendars(FUZZ_SEEDS))
def test_a_damaged_calendar_is_read_or_refused_never_a_crash(data: bytes) -> None:
    try:
        found = read(data, seconds=3)
    except InvalidInput as exc:
        assert exc.problems and all(p.message for p in exc.problems)
        return
    for start, end, summary, _ in found.blocks:
        assert start < end and start.tzinfo is not None and isinstance(summary, str)
    assert found.next_event is None or found.next_event.tzinfo is not None


def test_the_fuzz_reaches_the_shared_samples() -> None:
    from tests.conftest import ICS_SAMPLES

    if not ICS_SAMPLES.is_dir():
        pytest.skip("the shared ics-samples folder is not here")
    assert len(FUZZ_SEEDS) >= 17
