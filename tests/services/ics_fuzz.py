"""Damaged and hostile .ics files for the reader: the shared samples (and a few of ours) cut,
shuffled, and laced with lines that break parsers or make rules run away."""

from __future__ import annotations

from hypothesis import strategies as st

from tests.conftest import ICS_SAMPLES
from tests.services.calendar_builders import ics

OURS = [
    ics("DTSTART;TZID=Europe/Berlin:20260303T090000\nDTEND;TZID=Europe/Berlin:20260303T100000\n"
        "RRULE:FREQ=WEEKLY;BYDAY=MO,WE\nEXDATE;TZID=Europe/Berlin:20260304T090000\nSUMMARY:Sync",
        "DTSTART;VALUE=DATE:20260310\nDTEND;VALUE=DATE:20260312\nSUMMARY:Trip",
        head="X-WR-CALNAME:Work\nX-WR-TIMEZONE:Europe/Berlin"),
]
MINUTES = ",".join(str(m) for m in range(60))
# Lines that have broken readers or made them run away, and some that should not.
HOSTILE = [
    f"RRULE:FREQ=HOURLY;BYMINUTE={MINUTES}",
    f"RRULE:FREQ=HOURLY;BYMINUTE={MINUTES};BYSECOND={MINUTES}",
    "RRULE:FREQ=SECONDLY", "RRULE:FREQ=MINUTELY;COUNT=1000000000",
    "RRULE:FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31",
    "RRULE:FREQ=YEARLY;BYSETPOS=-366;BYYEARDAY=1,-1", "RRULE:FREQ=DAILY;INTERVAL=0",
    "RRULE:FREQ=WEEKLY;UNTIL=99991231T235959Z", "RRULE:FREQ=MONTHLY;BYDAY=5FR;COUNT=99999",
    "RRULE:FREQ=DAILY", "RRULE:", "RRULE:FREQ=DAILY;UNTIL=2026", "RRULE:FREQ=DAILY;COUNT=-1",
    "DTSTART:00010101T000000Z", "DTSTART:99991231T235959Z", "DTSTART;VALUE=DATE:00010101",
    "DTSTART:20260303T090000Z", "DTEND:20260303T080000Z", "DURATION:P99999999W",
    "DURATION:-PT1H", "DTSTART;TZID=Nowhere:20260303T090000", "EXDATE:garbage",
    "RDATE;VALUE=PERIOD:20260303T090000Z/PT1H", "RECURRENCE-ID:20260303T090000Z",
    "X-WR-TIMEZONE:" + "A" * 5000, "X-WR-TIMEZONE:../../../../etc/passwd",
    "X-WR-TIMEZONE:Europe/Berlin", "TZID:" + "B" * 3000, "TZOFFSETFROM:+9999",
    "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VTIMEZONE",
    "BEGIN:VFREEBUSY", "FREEBUSY:20260303T090000Z/20260303T080000Z", "FREEBUSY:nonsense",
    "SUMMARY:" + "x" * 20000, "SUMMARY:\ud800", "UID:", "STATUS:CANCELLED",
    "CALSCALE:JULIAN", "TRANSP:OPAQUE", " folded continuation", "\x00\x01\x02", "\r",
]


def samples() -> list[bytes]:
    found = sorted(ICS_SAMPLES.glob("*.ics")) if ICS_SAMPLES.is_dir() else []
    return [*OURS, *(path.read_bytes() for path in found)]


@st.composite
def damaged_calendars(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """One seed with a few cuts, copies, swaps and hostile lines; or bytes cut out and replaced."""
    text = draw(st.sampled_from(seeds)).decode("utf-8", errors="surrogateescape")
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        where = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "copy", "swap", "hostile", "hostile",
                                       "hostile", "repeat", "bytes"]))
        if action == "delete":
            del lines[where]
        elif action == "copy":
            lines.insert(draw(st.integers(0, len(lines))), lines[where])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[where], lines[other] = lines[other], lines[where]
        elif action == "hostile":
            lines.insert(where, draw(st.sampled_from(HOSTILE)))
        elif action == "repeat":
            block = lines[where:where + draw(st.integers(1, 8))]
            lines[where:where] = block * draw(st.integers(1, 200))
        else:
            line = lines[where]
            cut = draw(st.integers(0, len(line)))
            lines[where] = line[:cut] + draw(st.text(max_size=12)) + line[cut + 1:]
    ending = draw(st.sampled_from(["\r\n", "\n"]))
    data = ending.join(lines).encode("utf-8", errors="surrogatepass")
    if draw(st.booleans()) and data:
        data = data[:draw(st.integers(0, len(data)))]
    return data
