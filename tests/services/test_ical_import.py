"""Busy time from real Google and Outlook exports, re-imports, broken files, and booking guards."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from services.errors import InvalidInput, NotFound, RuleViolation
from tests.conftest import ICS_SAMPLES
from tests.services.calendar_builders import ics, load, session

EVER = (datetime(1900, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC))


def sample(name: str) -> Path:
    if not ICS_SAMPLES.is_dir():
        pytest.skip("the shared ics-samples folder is not here")
    return ICS_SAMPLES / name


def spans(services, source: str | None = None) -> list[str]:  # noqa: ANN001
    """The stored busy blocks as 'start/end' in UTC, all-day ones marked."""
    return [f"{b.start:%Y-%m-%dT%H:%MZ}/{b.end:%Y-%m-%dT%H:%MZ}" + (" all day" if b.all_day else "")
            for b in services.availability.busy(*EVER) if source is None or b.source == source]


def summaries(services) -> list[str]:  # noqa: ANN001
    return [b.summary for b in services.availability.busy(*EVER)]


def calendars(services) -> dict[str, int]:  # noqa: ANN001
    """Each imported calendar's name and how many busy blocks it holds."""
    return {c.label: c.blocks for c in services.availability.busy_calendars()}


@pytest.fixture
def berlin(services):  # noqa: ANN001, ANN201
    services.settings.move_home("Europe/Berlin")
    return services


def import_sample(services, clock, name: str, now: str):  # noqa: ANN001, ANN201
    clock.set(now)
    return services.calendar_import.import_file(sample(name))


# -- the sample exports, read by hand --------------------------------------------------------------

def test_exchange_windows_zone_name_with_its_vtimezone(berlin, clock) -> None:
    result = import_sample(berlin, clock, "exchange_windows_tzid_est.ics", "2024-10-01T00:00:00Z")
    # 17:00-18:00 'Eastern Standard Time' on 28 Oct 2024: still daylight time (UTC-4).
    assert spans(berlin) == ["2024-10-28T21:00Z/2024-10-28T22:00Z"]
    assert summaries(berlin) == ["Anonymous Test Event for TZID"]
    assert result.source == "exchange_windows_tzid_est.ics"  # no X-WR-CALNAME


def test_exchange_quoted_tzid(berlin, clock) -> None:
    import_sample(berlin, clock, "exchange_request_quoted_tzid.ics", "2017-02-01T00:00:00Z")
    # 12:00-12:30 "Pacific Standard Time" in February: UTC-8.
    assert spans(berlin) == ["2017-02-24T20:00Z/2017-02-24T20:30Z"]


def test_exchange_windows_zone_name_without_a_vtimezone(berlin, clock) -> None:
    result = import_sample(berlin, clock, "exchange_tzid_without_vtimezone.ics",
                           "2024-04-01T00:00:00Z")
    # 14:00-15:00 'W. Europe Standard Time' (Berlin) on 26 Apr 2024: CEST, UTC+2.
    assert spans(berlin) == ["2024-04-26T12:00Z/2024-04-26T13:00Z"]
    assert result.source == "Kalender"


def test_exchange_legacy_display_names_without_vtimezone(berlin, clock) -> None:
    import_sample(berlin, clock, "exchange_owa_legacy_quoted_tzid_no_vtimezone.ics",
                  "2020-10-15T00:00:00Z")
    blocks = spans(berlin)
    # "(GMT+10:00) Canberra, Melbourne, Sydney" 13:30-15:00 on 28 Oct 2020: AEDT, UTC+11.
    assert "2020-10-28T02:30Z/2020-10-28T04:00Z" in blocks
    # "(UTC-05:00) Eastern Time (US & Canada)": 28 Oct is EDT (UTC-4), 2 Nov is EST (UTC-5).
    assert "2020-10-28T17:30Z/2020-10-28T19:00Z" in blocks
    assert blocks.count("2020-11-02T18:30Z/2020-11-02T20:00Z") == 2  # TEST 3 and TEST2's start
    # TEST2 repeats on Thursdays and Fridays until 28 Aug 2021, in New York time.
    assert "2020-11-05T18:30Z/2020-11-05T20:00Z" in blocks
    assert "2021-08-27T17:30Z/2021-08-27T19:00Z" in blocks
    assert "2021-09-02T17:30Z/2021-09-02T19:00Z" not in blocks
    assert len(blocks) == 3 + 1 + 43 + 43


def test_exchange_escaped_comma_in_tzid_and_equal_offsets(berlin, clock) -> None:
    result = import_sample(berlin, clock, "exchange_custom_tz_nodeical.ics", "2019-04-01T00:00:00Z")
    # 09:00-12:00 "(UTC+07:00) Bangkok, Hanoi, Jakarta".
    assert spans(berlin) == ["2019-04-30T02:00Z/2019-04-30T05:00Z"]
    assert result.source == "Calendar name"


def test_exchange_series_with_exdates_and_tentative_busy(berlin, clock) -> None:
    import_sample(berlin, clock, "exchange_customized_time_zone.ics", "2024-05-01T00:00:00Z")
    blocks = spans(berlin)
    # 'Zajęty' 11:00-12:00 Central European (Warsaw) time, its series ending that same day.
    assert blocks[0] == "2024-05-02T09:00Z/2024-05-02T10:00Z"
    # 'Wstępna akceptacja' (tentative: still busy) every second Tuesday 15:00-16:00 from
    # 21 May 2024, without 31 Dec 2024 and 25 Feb 2025, up to the window's end (1 May 2025).
    tuesdays = [date(2024, 5, 21) + timedelta(weeks=2 * k) for k in range(25)]
    tuesdays = [d for d in tuesdays if d not in (date(2024, 12, 31), date(2025, 2, 25))]
    expected = []
    for day in tuesdays:
        winter = date(2024, 10, 27) <= day < date(2025, 3, 30)
        hour = 14 if winter else 13
        expected.append(f"{day}T{hour}:00Z/{day}T{hour + 1}:00Z")
    assert blocks[1:] == expected
    assert len(blocks) == 24


def test_exchange_all_day_series_with_a_moved_instance(berlin, clock) -> None:
    result = import_sample(berlin, clock, "exchange_allday_recurrence_exception.ics",
                           "2021-02-01T00:00:00Z")
    # 'Away' (out of office) all day on Wednesdays and Fridays from 10 Feb 2021; the series ends
    # with UNTIL=20210701T220000Z, which is midnight starting Fri 2 Jul in Berlin, so that day is
    # the last. Fri 9 Apr was moved to Sat 10 Apr.
    days = [date(2021, 2, 10) + timedelta(days=n) for n in range(143)]
    days = [d for d in days if d.weekday() in (2, 4) and d != date(2021, 4, 9)]
    days = sorted([*days, date(2021, 4, 10)])
    assert days[-1] == date(2021, 7, 2) and len(days) == 42

    def local_day(d: date) -> str:
        offset = 1 if d < date(2021, 3, 28) else 2
        start = datetime(d.year, d.month, d.day, tzinfo=UTC) - timedelta(hours=offset)
        end = start + timedelta(days=1) - (timedelta(hours=1) if d == date(2021, 3, 28) else
                                           timedelta(0))
        return f"{start:%Y-%m-%dT%H:%MZ}/{end:%Y-%m-%dT%H:%MZ} all day"

    assert spans(berlin) == [local_day(d) for d in days]
    assert result.source == "Calendar"


def test_exchange_free_all_day_series_is_not_busy(berlin, clock) -> None:
    result = import_sample(berlin, clock, "exchange_allday_rrule_until_utc.ics",
                           "2020-04-01T00:00:00Z")
    # Bin collection days: TRANSP:TRANSPARENT and BUSYSTATUS:FREE.
    assert result.blocks == 0 and spans(berlin) == []


def test_google_weekday_series_across_daylight_saving(berlin, clock) -> None:
    import_sample(berlin, clock, "google_vtimezone_rrule_weekdays.ics", "2016-11-01T00:00:00Z")
    blocks = spans(berlin)
    # 'Daily Sync' 14:00-14:30 Zurich time on weekdays from Fri 28 Oct 2016, open-ended: read
    # up to a year ahead of now (1 Nov 2017), i.e. through Tue 31 Oct 2017.
    assert blocks[:3] == ["2016-10-28T12:00Z/2016-10-28T12:30Z",  # CEST
                          "2016-10-31T13:00Z/2016-10-31T13:30Z",  # CET from 30 Oct
                          "2016-11-01T13:00Z/2016-11-01T13:30Z"]
    assert "2017-03-24T13:00Z/2017-03-24T13:30Z" in blocks
    assert "2017-03-27T12:00Z/2017-03-27T12:30Z" in blocks  # CEST from 26 Mar 2017
    assert blocks[-1] == "2017-10-31T13:00Z/2017-10-31T13:30Z"
    assert len(blocks) == 263
    assert set(summaries(berlin)) == {"Daily Sync"}


def test_google_utc_times_with_x_wr_timezone(berlin, clock) -> None:
    import_sample(berlin, clock, "google_x_wr_timezone_utc_times.ics", "2021-12-01T00:00:00Z")
    # Noon to 1 PM and 9 to 10 PM New York time on 22 Dec 2021, as their titles say.
    assert spans(berlin) == ["2021-12-22T17:00Z/2021-12-22T18:00Z",
                             "2021-12-23T02:00Z/2021-12-23T03:00Z"]


def test_google_transparent_series_with_a_moved_instance_is_not_busy(berlin, clock) -> None:
    result = import_sample(berlin, clock, "google_moved_occurrence_recurrence_id.ics",
                           "2021-12-01T00:00:00Z")
    assert result.blocks == 0 and result.source == "Partyborn Zeitgeist"


def test_google_daily_series_and_free_all_day_events(berlin, clock) -> None:
    import_sample(berlin, clock, "google_allday_and_daily_rrule.ics", "2024-03-01T00:00:00Z")
    # 07:00-08:00 Zurich time, 30 days from 25 Mar 2024; the all-day events are TRANSPARENT.
    expected = []
    for n in range(30):
        day = date(2024, 3, 25) + timedelta(days=n)
        hour = 6 if day < date(2024, 3, 31) else 5
        expected.append(f"{day}T0{hour}:00Z/{day}T0{hour + 1}:00Z")
    assert spans(berlin) == expected


def test_google_free_busy_view_without_a_master_event(berlin, clock) -> None:
    import_sample(berlin, clock, "google_freebusy_only_busy_instances.ics", "2021-03-01T00:00:00Z")
    assert spans(berlin) == [f"2021-03-{d}T11:00Z/2021-03-{d}T12:00Z" for d in (24, 25, 26, 27)]
    assert set(summaries(berlin)) == {"Busy"}


def test_google_until_as_a_date(berlin, clock) -> None:
    import_sample(berlin, clock, "google_until_date_vs_datetime_synthetic.ics",
                  "2023-10-01T00:00:00Z")
    # Thursdays 09:00-10:00 New York from 5 Oct until 31 Dec 2023; EST from 5 Nov.
    thursdays = [date(2023, 10, 5) + timedelta(weeks=k) for k in range(13)]
    hours = [13 if d < date(2023, 11, 5) else 14 for d in thursdays]
    assert spans(berlin) == [f"{d}T{h}:00Z/{d}T{h + 1}:00Z" for d, h in zip(thursdays, hours)]


def test_outlook_holidays_with_unfolded_long_lines(berlin, clock) -> None:
    result = import_sample(berlin, clock, "outlook12_allday_holidays_unfolded.ics",
                           "2019-03-01T00:00:00Z")
    # Busy all day, Berlin midnight to midnight, from 30 Jan 2019 to 29 Feb 2020.
    days = ["2019-03-04", "2019-04-19", "2019-04-22", "2019-05-01", "2019-05-12", "2019-05-30",
            "2019-05-30", "2019-06-10", "2019-09-21", "2019-10-03", "2019-12-25", "2019-12-26",
            "2020-01-01", "2020-02-24"]
    blocks = berlin.availability.busy(*EVER)
    assert [f"{b.start.astimezone(berlin.availability.timezone()):%Y-%m-%d %H:%M}"
            for b in blocks] == [f"{d} 00:00" for d in days]
    assert all(b.all_day and b.end - b.start == timedelta(days=1) for b in blocks)
    assert "Germany: Good Friday" in summaries(berlin)
    assert result.source == "Holidays: Germany"


def test_zimbra_published_free_busy(berlin, clock) -> None:
    import_sample(berlin, clock, "zimbra_vfreebusy_published.ics", "2014-04-16T00:00:00Z")
    blocks = spans(berlin)
    assert blocks[:3] == ["2014-04-16T15:15Z/2014-04-16T19:00Z",
                          "2014-04-16T19:55Z/2014-04-16T23:15Z",
                          "2014-04-17T19:30Z/2014-04-17T20:30Z"]
    assert blocks[-1] == "2014-05-05T21:00Z/2014-05-05T21:30Z"
    assert len(blocks) == 29


# Busy blocks each shared sample holds when imported on the day of its first event (the two
# files of free, TRANSP:TRANSPARENT events hold none).
SAMPLE_BLOCKS = {
    "exchange_allday_recurrence_exception.ics": 42, "exchange_allday_rrule_until_utc.ics": 0,
    "exchange_custom_tz_nodeical.ics": 1, "exchange_customized_time_zone.ics": 24,
    "exchange_owa_legacy_quoted_tzid_no_vtimezone.ics": 90,
    "exchange_request_quoted_tzid.ics": 1, "exchange_tzid_without_vtimezone.ics": 1,
    "exchange_windows_tzid_est.ics": 1, "google_allday_and_daily_rrule.ics": 30,
    "google_freebusy_only_busy_instances.ics": 4, "google_moved_occurrence_recurrence_id.ics": 0,
    "google_until_date_vs_datetime_synthetic.ics": 13, "google_vtimezone_rrule_weekdays.ics": 261,
    "google_x_wr_timezone_utc_times.ics": 2, "outlook12_allday_holidays_unfolded.ics": 11,
    "zimbra_vfreebusy_published.ics": 29,
}


def first_event_day(text: str) -> datetime:
    """The day of the earliest event or free/busy period in a calendar (its VTIMEZONEs aside)."""
    days = [day for block in re.findall(r"BEGIN:(?:VEVENT|VFREEBUSY)(.*?)END:(?:VEVENT|VFREEBUSY)",
                                        text, re.S)
            for day in re.findall(r"^(?:DTSTART|FREEBUSY)[^:\n]*:[^\n]*?(\d{8})", block, re.M)]
    return datetime.strptime(min(days), "%Y%m%d").replace(tzinfo=UTC)


def listed(services, label: str) -> int:  # noqa: ANN001
    """The busy blocks the imported calendar `label` holds, as the calendars list says."""
    return next((c.blocks for c in services.availability.busy_calendars() if c.label == label), 0)


def test_every_sample_imports_without_error(services, clock) -> None:
    names = sorted(p.name for p in sample("README.md").parent.glob("*.ics"))
    assert len(names) >= 16
    found = {}
    for name in names:
        clock.set(first_event_day(sample(name).read_text(encoding="utf-8", errors="replace")))
        result = services.calendar_import.import_file(ICS_SAMPLES / name, source=name)
        assert (result.source, result.path.name) == (name, name)
        stored = [b for b in services.availability.busy(result.window_start - timedelta(days=2),
                                                       result.window_end + timedelta(days=2))
                  if b.source == name]
        # What the import says it stored is what is stored: real spans in the window.
        assert len(stored) == result.blocks == listed(services, name)
        assert all(b.start < b.end and b.end > result.window_start
                   and b.start < result.window_end for b in stored)
        again = services.calendar_import.import_file(ICS_SAMPLES / name, source=name)
        assert again.blocks == listed(services, name) == result.blocks
        found[name] = result.blocks
    assert found == SAMPLE_BLOCKS
    clock.set("2026-03-02T09:00:00Z")  # the window follows the clock
    assert services.calendar_import.import_file(
        ICS_SAMPLES / "google_vtimezone_rrule_weekdays.ics").blocks == 281


# -- sources: a re-import replaces -----------------------------------------------------------------

def test_importing_the_same_calendar_again_replaces_its_blocks(berlin, clock, tmp_path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("DTSTART:20260303T090000Z\nDTEND:20260303T100000Z\nSUMMARY:A",
                         "DTSTART:20260304T090000Z\nDTEND:20260304T100000Z\nSUMMARY:B",
                         head="X-WR-CALNAME:Work"))
    other = tmp_path / "home.ics"
    other.write_bytes(ics("DTSTART:20260305T090000Z\nDTEND:20260305T100000Z\nSUMMARY:C"))
    assert berlin.calendar_import.import_file(path).source == "Work"
    berlin.calendar_import.import_file(path)
    berlin.calendar_import.import_file(other)
    assert calendars(berlin) == {"Work": 2, "home.ics": 1}

    path.write_bytes(ics("DTSTART:20260304T090000Z\nDTEND:20260304T100000Z\nSUMMARY:B",
                         head="X-WR-CALNAME:Work"))
    berlin.calendar_import.import_file(path)
    assert spans(berlin, "Work") == ["2026-03-04T09:00Z/2026-03-04T10:00Z"]
    assert calendars(berlin) == {"Work": 1, "home.ics": 1}

    berlin.calendar_import.import_file(path, source="Work copy")
    assert calendars(berlin) == {"Work": 1, "home.ics": 1, "Work copy": 1}


def test_a_calendar_is_its_file_not_its_name(berlin, clock, tmp_path) -> None:
    clock.set("2026-03-02T09:00:00Z")
    work, home = tmp_path / "work" / "Calendar.ics", tmp_path / "home" / "Calendar.ics"
    third = tmp_path / "third" / "Calendar.ics"
    for path, day in ((work, "03"), (home, "04"), (third, "05")):
        path.parent.mkdir()
        path.write_bytes(ics(f"DTSTART:202603{day}T090000Z\nDTEND:202603{day}T100000Z",
                             head="X-WR-CALNAME:Calendar"))
    first = berlin.calendar_import.import_file(work).stored
    assert first.replaced is None and first.namesakes == [] and first.calendar.label == "Calendar"
    second = berlin.calendar_import.import_file(home).stored
    assert second.replaced is None and second.calendar.label == "Calendar (Calendar.ics)"
    assert second.namesakes == ["Calendar"]
    # Same name and same file name again, from a third folder: numbered.
    assert berlin.calendar_import.import_file(third).stored.namesakes == [
        "Calendar", "Calendar (Calendar.ics)"]
    assert calendars(berlin) == {"Calendar": 1, "Calendar (Calendar.ics)": 1,
                                 "Calendar (Calendar.ics) 2": 1}
    again = berlin.calendar_import.import_file(home).stored
    assert again.replaced == 1 and again.calendar.label == "Calendar (Calendar.ics)"
    assert spans(berlin, "Calendar") == ["2026-03-03T09:00Z/2026-03-03T10:00Z"]
    assert berlin.availability.busy_calendar("calendar").origin == str(work.resolve())


def test_a_renamed_calendar_keeps_its_name_and_its_file(berlin, tmp_path) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("DTSTART:20260303T090000Z\nDTEND:20260303T100000Z",
                         head="X-WR-CALNAME:Calendar"))
    berlin.calendar_import.import_file(path)
    renamed = berlin.availability.rename_busy_calendar("Calendar", " Work ")
    assert renamed.label == "Work" and renamed.name == "Calendar"
    assert berlin.calendar_import.import_file(path).stored.calendar.label == "Work"
    with pytest.raises(RuleViolation) as refused:
        berlin.availability.rename_busy_calendar("Work", "")
    assert refused.value.code == "calendar_name_empty"
    berlin.availability.replace_busy("Home", [])
    with pytest.raises(RuleViolation) as refused:
        berlin.availability.rename_busy_calendar("Work", "HOME")
    assert refused.value.code == "calendar_name_taken"
    assert berlin.availability.rename_busy_calendar("Work", "WORK").label == "WORK"
    with pytest.raises(NotFound):
        berlin.availability.remove_busy_calendar("Nope")
    assert berlin.availability.remove_busy_calendar("work").blocks == 1
    assert calendars(berlin) == {"Home": 0}


def test_a_calendar_with_every_event_outside_the_span_is_kept_with_its_next_event(
        berlin, clock, tmp_path) -> None:
    clock.set("2026-03-02T09:00:00Z")
    path = tmp_path / "later.ics"
    # A weekly series starting the day after the span ends (a year ahead), and a past event.
    path.write_bytes(ics("DTSTART:20270303T090000Z\nDTEND:20270303T100000Z\nRRULE:FREQ=WEEKLY",
                         "DTSTART:20200303T090000Z\nDTEND:20200303T100000Z"))
    stored = berlin.calendar_import.import_file(path).stored
    assert stored.calendar.blocks == 0
    assert stored.calendar.next_event == datetime(2027, 3, 3, 9, tzinfo=UTC)
    assert calendars(berlin) == {"later.ics": 0}
    path.write_bytes(ics("DTSTART:20200303T090000Z\nDTEND:20200303T100000Z"))
    stored = berlin.calendar_import.import_file(path).stored
    assert stored.replaced == 0 and stored.calendar.next_event is None
    # The next event is the next busy one: an event under way counts, a free one does not.
    path.write_bytes(ics("DTSTART:20260302T083000Z\nDTEND:20260302T093000Z",
                         "DTSTART:20260301T090000Z\nDTEND:20260301T100000Z",
                         "DTSTART:20260302T080000Z\nDTEND:20260302T120000Z\nTRANSP:TRANSPARENT"))
    stored = berlin.calendar_import.import_file(path).stored
    assert stored.calendar.blocks == 2
    assert stored.calendar.next_event == datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


def test_the_next_event_is_the_first_busy_time_not_yet_over(berlin, clock) -> None:
    clock.set("2026-03-02T09:00:00Z")
    hour = timedelta(hours=1)
    now = clock.now()
    berlin.availability.replace_busy("Work", [(now - hour, now, "Ended now", False),
                                              (now + hour, now + 2 * hour, "Later", False)])
    (work,) = berlin.availability.busy_calendars()
    assert work.next_event == now + hour
    berlin.availability.replace_busy("Work", [(now - hour, now + timedelta(minutes=1),
                                               "Under way", False)])
    assert berlin.availability.busy_calendars()[0].next_event == now - hour
    clock.set(now + timedelta(minutes=1))
    assert berlin.availability.busy_calendars()[0].next_event is None


def test_a_missing_file_is_not_found(services, tmp_path) -> None:
    with pytest.raises(NotFound):
        services.calendar_import.import_file(tmp_path / "nowhere.ics")
    with pytest.raises(NotFound):
        services.calendar_import.import_file(tmp_path)


@pytest.mark.parametrize(("content", "where", "words"), [
    (b"Subject,Start Date\r\nDentist,2026-03-03\r\n", "line 1", "not an iCalendar file"),
    (b"", "line 1", "not an iCalendar file"),
    (b"BEGIN:VEVENT\r\nDTSTART:20260303T090000Z\r\nEND:VEVENT\r\n", "line 1",
     "no BEGIN:VCALENDAR"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260303T090000Z\r\n", "end of file",
     "never closed"),
    (b"BEGIN:VCALENDAR\r\nnot a content line\r\nEND:VCALENDAR\r\n", "line 2",
     "could not be parsed"),
    (ics("DTSTART:2026-03-03 09:00\nDTEND:20260303T100000Z"), "line 7", "DTSTART"),
    (ics("DTSTART:20260303T090000Z\nDTEND:20260303T100000Z",
         "DTSTART:20260303T090000Z\nRRULE:FREQ=SOMETIMES"), "line 14", "RRULE"),
    (ics("SUMMARY:When?"), "VEVENT 1", "no start"),
    (ics("DTSTART:20260303T090000Z\nRRULE:FREQ=MINUTELY"), "line 8",
     "repeats more than 20 000 times"),
    (ics("DTSTART:20260303T090000Z\nDTSTART:20260303T100000Z\nDTEND:20260303T110000Z"),
     "line 7", "DTSTART is given 2 times"),
    (ics("DTSTART:20260303T090000Z\nDTEND:20260303T100000Z", head="X-WR-TIMEZONE:" + "A" * 5000),
     "line 4", "5000 characters is not the name of a time zone"),
    # Would hang dateutil while icalendar reads the VTIMEZONE.
    (ics(head="""
         BEGIN:VTIMEZONE
         TZID:Custom
         BEGIN:STANDARD
         DTSTART:16010101T030000
         TZOFFSETFROM:+0200
         TZOFFSETTO:+0100
         RRULE:FREQ=YEARLY;INTERVAL=0;BYDAY=-1SU;BYMONTH=10
         END:STANDARD
         END:VTIMEZONE
         """), "line 10", "INTERVAL"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONZ\r\nTZID:Own\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n",
     "line 2", "VTIMEZONZ"),
])
def test_a_broken_file_is_refused_and_changes_nothing(berlin, tmp_path, content: bytes,
                                                      where: str, words: str) -> None:
    path = tmp_path / "work.ics"
    path.write_bytes(ics("DTSTART:20260303T090000Z\nDTEND:20260303T100000Z"))
    berlin.calendar_import.import_file(path)
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as refused:
        berlin.calendar_import.import_file(path)
    (problem,) = refused.value.problems
    assert problem.path == where and words in problem.message
    assert "nothing was changed" in refused.value.message
    assert spans(berlin) == ["2026-03-03T09:00Z/2026-03-03T10:00Z"]


# -- reading rules ---------------------------------------------------------------------------------

def test_lf_crlf_folded_and_unfolded_read_alike(berlin, tmp_path) -> None:
    long_summary = "Quarterly planning with the whole team and everyone else who wants to come"
    folded = ics(f"DTSTART;TZID=Europe/Berlin:20260303T090000\nDTEND;TZID=Europe/Berlin:20260303T"
                 f"100000\nSUMMARY:{long_summary[:40]}\n {long_summary[40:]}")
    unfolded = ics(f"DTSTART;TZID=Europe/Berlin:20260303T090000\nDTEND;TZID=Europe/Berlin:"
                   f"20260303T100000\nSUMMARY:{long_summary}")
    results = []
    for n, data in enumerate((folded, folded.replace(b"\r\n", b"\n"), unfolded,
                              unfolded.replace(b"\r\n", b"\n"))):
        path = tmp_path / f"{n}.ics"
        path.write_bytes(data)
        berlin.calendar_import.import_file(path, source="one")
        results.append((spans(berlin), summaries(berlin)))
    assert results == [(["2026-03-03T08:00Z/2026-03-03T09:00Z"], [long_summary])] * 4


def test_floating_times_are_read_in_the_mentors_zone(services, tmp_path) -> None:
    services.settings.move_home("America/New_York")
    path = tmp_path / "f.ics"
    path.write_bytes(ics("DTSTART:20260303T090000\nDTEND:20260303T100000",
                         "DTSTART;TZID=Nowhere/Special:20260304T090000\n"
                         "DTEND;TZID=Nowhere/Special:20260304T100000"))
    services.calendar_import.import_file(path)
    assert spans(services) == ["2026-03-03T14:00Z/2026-03-03T15:00Z",
                               "2026-03-04T14:00Z/2026-03-04T15:00Z"]


@pytest.mark.parametrize(("x_wr_timezone", "expected"), [
    ("Asia/Tokyo", "2026-03-03T00:00Z/2026-03-03T01:00Z"),
    ("Tokyo Standard Time", "2026-03-03T00:00Z/2026-03-03T01:00Z"),
    ("Nowhere/Special", "2026-03-03T08:00Z/2026-03-03T09:00Z"),  # the mentor's zone then
])
def test_floating_times_follow_the_calendars_x_wr_timezone(berlin, tmp_path, x_wr_timezone: str,
                                                            expected: str) -> None:
    path = tmp_path / "f.ics"
    path.write_bytes(ics("DTSTART:20260303T090000\nDTEND:20260303T100000",
                         "DTSTART:20260304T090000Z\nDTEND:20260304T100000Z",
                         head=f"X-WR-TIMEZONE:{x_wr_timezone}"))
    berlin.calendar_import.import_file(path)
    assert spans(berlin) == [expected, "2026-03-04T09:00Z/2026-03-04T10:00Z"]


def test_all_day_events_are_busy_from_local_midnight_to_midnight(services, tmp_path) -> None:
    services.settings.move_home("America/New_York")
    path = tmp_path / "a.ics"
    path.write_bytes(ics("DTSTART;VALUE=DATE:20260306\nDTEND;VALUE=DATE:20260309\nSUMMARY:Trip",
                         "DTSTART;VALUE=DATE:20260320\nSUMMARY:No end given"))
    services.calendar_import.import_file(path)
    # The clocks go forward in New York on Sunday 8 March: that day has 23 hours.
    assert spans(services) == ["2026-03-06T05:00Z/2026-03-09T04:00Z all day",
                               "2026-03-20T04:00Z/2026-03-21T04:00Z all day"]


def test_each_file_has_its_own_customized_time_zone(berlin, tmp_path) -> None:
    def calendar(offset: str) -> bytes:
        return ics("DTSTART;TZID=Customized Time Zone:20260303T090000\n"
                   "DTEND;TZID=Customized Time Zone:20260303T100000",
                   head=f"""
                   BEGIN:VTIMEZONE
                   TZID:Customized Time Zone
                   BEGIN:STANDARD
                   DTSTART:16010101T000000
                   TZOFFSETFROM:{offset}
                   TZOFFSETTO:{offset}
                   END:STANDARD
                   END:VTIMEZONE
                   """)

    for source, offset in (("plus three", "+0300"), ("minus two", "-0200")):
        path = tmp_path / f"{source}.ics"
        path.write_bytes(calendar(offset))
        berlin.calendar_import.import_file(path, source=source)
    assert spans(berlin, "plus three") == ["2026-03-03T06:00Z/2026-03-03T07:00Z"]
    assert spans(berlin, "minus two") == ["2026-03-03T11:00Z/2026-03-03T12:00Z"]


def test_free_cancelled_and_zero_length_events_are_not_busy(berlin, tmp_path) -> None:
    path = tmp_path / "f.ics"
    path.write_bytes(ics(
        "DTSTART:20260303T090000Z\nDTEND:20260303T100000Z\nSUMMARY:busy",
        "DTSTART:20260303T110000Z\nDTEND:20260303T120000Z\nTRANSP:TRANSPARENT",
        "DTSTART:20260303T130000Z\nDTEND:20260303T140000Z\nX-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "DTSTART:20260303T150000Z\nDTEND:20260303T160000Z\nSTATUS:CANCELLED",
        "DTSTART:20260303T170000Z\nDTEND:20260303T170000Z\nSUMMARY:reminder",
        "DTSTART:20260303T180000Z\nDTEND:20260303T190000Z\nX-MICROSOFT-CDO-BUSYSTATUS:OOF",
    ))
    berlin.calendar_import.import_file(path)
    assert spans(berlin) == ["2026-03-03T09:00Z/2026-03-03T10:00Z",
                             "2026-03-03T18:00Z/2026-03-03T19:00Z"]


def test_exdates_and_cancelled_occurrences_leave_gaps_in_a_series(berlin, tmp_path) -> None:
    path = tmp_path / "s.ics"
    path.write_bytes(ics(
        "DTSTART;TZID=Europe/Berlin:20260302T090000\nDTEND;TZID=Europe/Berlin:20260302T093000\n"
        "RRULE:FREQ=DAILY;COUNT=5\nEXDATE;TZID=Europe/Berlin:20260303T090000\nUID:series",
        "UID:series\nRECURRENCE-ID;TZID=Europe/Berlin:20260305T090000\n"
        "DTSTART;TZID=Europe/Berlin:20260305T090000\nDTEND;TZID=Europe/Berlin:20260305T093000\n"
        "STATUS:CANCELLED",
        "UID:series\nRECURRENCE-ID;TZID=Europe/Berlin:20260306T090000\n"
        "DTSTART;TZID=Europe/Berlin:20260306T140000\nDTEND;TZID=Europe/Berlin:20260306T150000",
    ).replace(b"UID:event-0@test\r\n", b"").replace(b"UID:event-1@test\r\n", b"")
        .replace(b"UID:event-2@test\r\n", b""))
    berlin.calendar_import.import_file(path)
    assert spans(berlin) == ["2026-03-02T08:00Z/2026-03-02T08:30Z",
                             "2026-03-04T08:00Z/2026-03-04T08:30Z",
                             "2026-03-06T13:00Z/2026-03-06T14:00Z"]


def test_free_busy_periods_other_than_free_are_busy(berlin, tmp_path) -> None:
    path = tmp_path / "fb.ics"
    path.write_bytes(ics(head="""
        BEGIN:VFREEBUSY
        FREEBUSY;FBTYPE=BUSY:20260303T090000Z/20260303T100000Z
        FREEBUSY;FBTYPE=BUSY-UNAVAILABLE:20260303T110000Z/PT30M
        FREEBUSY;FBTYPE=BUSY-TENTATIVE:20260303T120000Z/PT1H,20260303T140000Z/PT1H
        FREEBUSY;FBTYPE=FREE:20260303T150000Z/PT1H
        FREEBUSY:20260303T160000Z/PT1H
        END:VFREEBUSY
        """))
    berlin.calendar_import.import_file(path)
    assert spans(berlin) == ["2026-03-03T09:00Z/2026-03-03T10:00Z",
                             "2026-03-03T11:00Z/2026-03-03T11:30Z",
                             "2026-03-03T12:00Z/2026-03-03T13:00Z",
                             "2026-03-03T14:00Z/2026-03-03T15:00Z",
                             "2026-03-03T16:00Z/2026-03-03T17:00Z"]


def test_only_the_planning_window_is_expanded(berlin, clock, tmp_path) -> None:
    clock.set("2026-03-02T09:00:00Z")
    path = tmp_path / "d.ics"
    path.write_bytes(ics("DTSTART:20200101T120000Z\nDTEND:20200101T130000Z\nRRULE:FREQ=DAILY",
                         "DTSTART:20260129T120000Z\nDTEND:20260129T130000Z\nSUMMARY:31 days ago",
                         "DTSTART:20270302T080000Z\nDTEND:20270302T090000Z\nSUMMARY:in a year"))
    result = berlin.calendar_import.import_file(path)
    blocks = spans(berlin)
    # From 30 days before now to 365 days after it, both by the injected clock.
    assert result.window_start == datetime(2026, 1, 31, 9, tzinfo=UTC)
    assert result.window_end == datetime(2027, 3, 2, 9, tzinfo=UTC)
    assert blocks[0] == "2026-01-31T12:00Z/2026-01-31T13:00Z"
    assert blocks[-1] == "2027-03-02T08:00Z/2027-03-02T09:00Z"
    assert len(blocks) == 30 + 365 + 1


# -- busy time guards bookings ---------------------------------------------------------------------

@pytest.fixture
def booked_busy(berlin, clock, tmp_path):  # noqa: ANN001, ANN201
    """Paid availability on Tuesday 3 March, and an imported busy hour 10:00-11:00 that day."""
    clock.set("2026-03-02T09:00:00Z")
    load(berlin, [])
    berlin.availability.add_window("paid", 1, 9 * 60, 18 * 60)
    path = tmp_path / "work.ics"
    path.write_bytes(ics("DTSTART;TZID=W. Europe Standard Time:20260303T100000\n"
                         "DTEND;TZID=W. Europe Standard Time:20260303T110000\nSUMMARY:Dentist",
                         head="X-WR-CALNAME:Work"))
    berlin.calendar_import.import_file(path)
    return berlin


def at(text: str) -> datetime:
    from services.timefmt import parse_local_or_instant, zone

    return parse_local_or_instant(text, zone("Europe/Berlin"))


def test_imported_busy_time_is_never_offered(booked_busy) -> None:
    starts = [f"{s.start.astimezone(booked_busy.availability.timezone()):%H:%M}"
              for s in booked_busy.availability.free_slots("paid", date(2026, 3, 3), 1)]
    assert starts == ["09:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00"]


def test_a_booking_one_minute_into_the_busy_time_needs_consent(booked_busy) -> None:
    with pytest.raises(RuleViolation) as refused:
        booked_busy.sessions.book_paid("u-priya", at("2026-03-03T10:59"), 60)
    assert refused.value.code == "busy_time"
    assert '"Dentist", ' in refused.value.message and "(from Work)" in refused.value.message
    with pytest.raises(RuleViolation):
        booked_busy.sessions.book_paid("u-priya", at("2026-03-03T09:01"), 60)


def test_a_booking_starting_when_the_busy_time_ends_passes(booked_busy) -> None:
    record = booked_busy.sessions.book_paid("u-priya", at("2026-03-03T11:00"), 60)
    assert record.start == datetime(2026, 3, 3, 10, tzinfo=UTC)
    ends_at_start = booked_busy.sessions.book_paid("u-priya", at("2026-03-03T09:00"), 60)
    assert ends_at_start.end == datetime(2026, 3, 3, 9, tzinfo=UTC)


def test_consent_books_over_busy_time(booked_busy) -> None:
    record = booked_busy.sessions.book_paid("u-priya", at("2026-03-03T10:30"), 60,
                                            despite_busy=True)
    assert record.status == "scheduled"


def test_accepting_a_request_over_busy_time_needs_consent(booked_busy) -> None:
    load(booked_busy, [session("r-1", at("2026-03-03T10:40"), kind="intro", status="requested")],
         exported_at="2026-03-02T08:00:00Z")
    with pytest.raises(RuleViolation) as refused:
        booked_busy.sessions.accept("r-1")
    assert refused.value.code == "busy_time"
    assert booked_busy.sessions.accept("r-1", despite_busy=True).status == "scheduled"
