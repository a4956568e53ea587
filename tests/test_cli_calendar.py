"""The calendar commands: export-ics, import-ics, calendar-file and busy-calendars, with exit codes."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from services.cli import run
from services.container import Services
from services.timefmt import parse_instant
from tests.services.calendar_builders import ics, load, session

NOW = "2026-03-02T09:00:00Z"


class Desk:
    """A database with two sessions and paid availability, and `mentordesk` run against it."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str) -> None:
        self.db = db
        self.tmp = tmp_path
        self._capsys = capsys
        app = Services.open(self.db, _Clock())
        try:
            load(app, [session("s-1", datetime(2026, 3, 10, 9, tzinfo=UTC)),
                       session("s-2", datetime(2026, 3, 11, 9, tzinfo=UTC), kind="intro")])
            app.availability.add_window("paid", 1, 13 * 60, 17 * 60)
        finally:
            app.close()

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self._capsys.readouterr()
        code = run(["--db", str(self.db), "--now", NOW, *argv])
        out, err = self._capsys.readouterr()
        return code, out, err

    def busy(self) -> list[tuple[datetime, datetime, str]]:
        app = Services.open(self.db, _Clock())
        try:
            return [(b.start, b.end, b.source) for b in app.availability.busy(
                datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))]
        finally:
            app.close()


class _Clock:
    def now(self) -> datetime:
        return parse_instant(NOW)


@pytest.fixture
def desk(tmp_path: Path, capsys: pytest.CaptureFixture[str], db_url: str) -> Desk:
    return Desk(tmp_path, capsys, db_url)


def events(path: Path) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")


def test_export_ics_writes_sessions_and_free_time(desk: Desk) -> None:
    out_file = desk.tmp / "out" / "mentor.ics"
    out_file.parent.mkdir()
    code, out, _ = desk("export-ics", str(out_file))
    assert code == 0
    assert "2 sessions" in out and "(Mon 2026-03-02 to Sun 2026-03-29, Europe/Berlin)" in out
    summaries = {str(e["SUMMARY"]) for e in events(out_file)}
    assert {"Paid session with Priya Raman", "Intro session with Sam Lee",
            "Available for paid sessions"} == summaries


def test_export_ics_options(desk: Desk) -> None:
    out_file = desk.tmp / "mentor.ics"
    code, out, _ = desk("export-ics", str(out_file), "--what", "sessions", "--from", "2026-03-11",
                        "--days", "1", "--no-names")
    assert code == 0 and "1 session and 0 free blocks" in out
    (event,) = events(out_file)
    assert event["SUMMARY"] == "Mentoring session"
    assert b"Sam" not in out_file.read_bytes()


@pytest.mark.parametrize("argv", [["--what", "everything"], ["--days", "0"],
                                  ["--from", "next week"]])
def test_export_ics_refuses_bad_options(desk: Desk, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        desk("export-ics", str(desk.tmp / "x.ics"), *argv)
    assert stopped.value.code == 2


def test_export_ics_to_a_path_that_cannot_be_written(desk: Desk) -> None:
    (desk.tmp / "blocker").write_text("a file")
    code, _, err = desk("export-ics", str(desk.tmp / "blocker" / "mentor.ics"))
    assert code == 5 and err == (f"mentordesk: cannot write {desk.tmp / 'blocker' / 'mentor.ics'}"
                                 f": {desk.tmp / 'blocker'} is a file, not a folder; nothing was "
                                 "written\n")


def test_import_ics_stores_busy_time_and_a_second_import_replaces_it(desk: Desk) -> None:
    path = desk.tmp / "work.ics"
    path.write_bytes(ics("DTSTART:20260303T130000Z\nDTEND:20260303T140000Z\nSUMMARY:Standup",
                         head="X-WR-CALNAME:Work"))
    code, out, _ = desk("import-ics", str(path))
    assert code == 0 and out.startswith("Work: new calendar, 1 busy block from work.ics")
    assert "replacing" not in out
    code, out, _ = desk("import-ics", str(path))
    assert code == 0 and out.startswith("Work: 1 busy block from work.ics")
    assert "replacing the 1 it had" in out
    assert desk.busy() == [(datetime(2026, 3, 3, 13, tzinfo=UTC),
                            datetime(2026, 3, 3, 14, tzinfo=UTC), "Work")]
    code, out, _ = desk("import-ics", str(path), "--source", "Team")
    assert code == 0 and out.startswith("Team: ")
    assert sorted(source for *_, source in desk.busy()) == ["Team", "Work"]
    code, out, _ = desk("free-slots", "--kind", "paid", "--from", "2026-03-03", "--days", "1")
    # Busy 14:00-15:00 Berlin time: that paid slot is not offered.
    assert [line.split()[2] for line in out.splitlines()[1:]] == ["13:00", "15:00", "16:00"]


def test_import_ics_of_a_missing_file_exits_4(desk: Desk) -> None:
    code, _, err = desk("import-ics", str(desk.tmp / "missing.ics"))
    assert code == 4 and "missing.ics" in err


def test_import_ics_of_a_broken_file_exits_5_and_changes_nothing(desk: Desk) -> None:
    path = desk.tmp / "work.ics"
    path.write_bytes(ics("DTSTART:20260303T130000Z\nDTEND:20260303T140000Z"))
    assert desk("import-ics", str(path))[0] == 0
    path.write_bytes(ics("DTSTART:tomorrow at nine\nDTEND:20260303T140000Z"))
    code, _, err = desk("import-ics", str(path))
    assert code == 5
    assert "work.ics was not imported" in err and "line 7" in err and "DTSTART" in err
    assert len(desk.busy()) == 1


def test_calendar_file_shows_sets_and_stops(desk: Desk) -> None:
    path = desk.tmp / "sync" / "mentor.ics"
    path.parent.mkdir()
    code, out, _ = desk("calendar-file")
    assert code == 0 and "No calendar file" in out
    code, out, _ = desk("calendar-file", str(path))
    assert code == 0 and f"keeping {path}" in out and "2 sessions" in out
    assert {str(e["UID"]) for e in events(path) if e["TRANSP"] == "OPAQUE"} == {
        "session-s-1@mentordesk", "session-s-2@mentordesk"}
    assert desk("calendar-file")[1].strip() == str(path)

    code, _, _ = desk("cancel", "s-1", "--reason", "Travelling")
    assert code == 0
    assert {str(e["UID"]) for e in events(path) if e["TRANSP"] == "OPAQUE"} == {
        "session-s-2@mentordesk"}

    code, out, _ = desk("calendar-file", "--off")
    assert code == 0 and f"no longer updating {path}" in out
    before = path.read_bytes()
    assert desk("cancel", "s-2", "--reason", "Travelling")[0] == 0
    assert path.read_bytes() == before


def test_a_calendar_file_that_cannot_be_rewritten_is_said_and_the_decision_kept(
        desk: Desk) -> None:
    folder = desk.tmp / "sync"
    path = folder / "mentor.ics"
    folder.mkdir()
    assert desk("calendar-file", str(path))[0] == 0
    path.unlink()
    folder.rmdir()
    folder.write_text("a file where the folder was")
    code, out, err = desk("cancel", "s-1", "--reason", "Travelling")
    assert code == 0 and "s-1 cancelled" in out
    assert (f"the calendar file was not updated: cannot write {path}: {folder} is a file, "
            "not a folder") in err
    assert "mentordesk calendar-file PATH" in err and "--off" in err
    # A command that changes nothing the file shows does not try to write it.
    code, _, err = desk("bundles")
    assert code == 0 and err == ""


def test_calendar_file_can_hide_mentee_names_and_keeps_hiding_them(desk: Desk) -> None:
    path = desk.tmp / "mentor.ics"
    code, out, _ = desk("calendar-file", "--no-names")
    assert code == 2 and "no calendar file is kept up to date yet: give its PATH" in _
    code, out, _ = desk("calendar-file", str(path), "--no-names")
    assert code == 0 and out.startswith(f"keeping {path} up to date (mentee names hidden); ")
    assert {str(e["SUMMARY"]) for e in events(path) if e["TRANSP"] == "OPAQUE"} == {
        "Mentoring session"}
    assert desk("calendar-file")[1] == f"{path} (mentee names hidden)\n"
    assert desk("cancel", "s-1", "--reason", "Travelling")[0] == 0  # rewritten after a change
    text = path.read_text(encoding="utf-8")
    assert "SUMMARY:Mentoring session" in text and "Priya" not in text and "Sam" not in text
    code, out, _ = desk("calendar-file", "--names")
    assert code == 0 and out.startswith(f"keeping {path} up to date; ")
    assert "Priya Raman" in path.read_text(encoding="utf-8")
    code, _, err = desk("calendar-file", "--off", "--no-names")
    assert code == 2 and "not both" in err


def test_calendar_file_with_a_path_and_off_is_a_usage_error(desk: Desk) -> None:
    code, _, err = desk("calendar-file", str(desk.tmp / "x.ics"), "--off")
    assert code == 2 and "not both" in err


def test_busy_calendars_lists_and_removes_an_imported_calendar(tmp_path, capsys):
    from desktop.__main__ import main

    db = str(tmp_path / "cal.sqlite3")
    ics = tmp_path / "work.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-CALNAME:Work\r\n"
                   "BEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260301T000000Z\r\n"
                   "DTSTART:20260303T090000Z\r\nDTEND:20260303T100000Z\r\nSUMMARY:Standup\r\n"
                   "END:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8", newline="")
    now = ["--db", db, "--now", "2026-03-02T09:00:00Z"]
    assert main([*now, "import-ics", str(ics)]) == 0
    capsys.readouterr()
    assert main([*now, "busy-calendars", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{
        "source": "Work", "blocks": 1, "name": "Work", "file": str(ics.resolve()),
        "imported_at": "2026-03-02T09:00:00+00:00", "next_event": "2026-03-03T09:00:00+00:00"}]
    assert main([*now, "busy-calendars", "--remove", "Nope"]) == 4
    assert "no imported calendar Nope" in capsys.readouterr().err
    assert main([*now, "busy-calendars", "--remove", "Work"]) == 0
    assert "removed Work and its 1 busy block" in capsys.readouterr().out
    assert main([*now, "busy-calendars"]) == 0
    assert "No calendar imported yet." in capsys.readouterr().out


def outlook(path: Path, start: str, summary: str) -> Path:
    """An Outlook export: every one of them calls itself "Calendar"."""
    path.write_bytes(ics(f"DTSTART:{start}\nDTEND:{start[:9]}{int(start[9:11]) + 1:02d}0000Z\n"
                         f"SUMMARY:{summary}", head="X-WR-CALNAME:Calendar"))
    return path


def test_two_outlook_exports_of_the_same_name_are_two_calendars(desk: Desk) -> None:
    work = outlook(desk.tmp / "work.ics", "20260310T130000Z", "Work meeting")
    home = outlook(desk.tmp / "home.ics", "20260310T150000Z", "Dentist")
    code, out, _ = desk("import-ics", str(work))
    assert code == 0 and out.startswith("Calendar: new calendar, 1 busy block from work.ics")
    code, out, _ = desk("import-ics", str(home))
    assert code == 0
    assert out.startswith("Calendar (home.ics): new calendar, 1 busy block from home.ics")
    assert "replacing" not in out and "1 other calendar also called Calendar: Calendar" in out
    code, out, _ = desk("busy-calendars")
    assert [line.split("  ")[0] for line in out.splitlines()[1:]] == [
        "Calendar", "Calendar (home.ics)"]
    assert "work.ics" in out and "home.ics" in out and "Tue 2026-03-10 14:00" in out
    # Busy 14:00-15:00 and 16:00-17:00 Berlin time: neither is offered.
    code, out, _ = desk("free-slots", "--kind", "paid", "--from", "2026-03-10", "--days", "1")
    assert [line.split()[2] for line in out.splitlines()[1:]] == ["13:00", "15:00"]

    code, out, _ = desk("import-ics", str(work))
    assert out.startswith("Calendar: 1 busy block from work.ics") and "replacing the 1" in out
    assert sorted(source for *_, source in desk.busy()) == ["Calendar", "Calendar (home.ics)"]


def test_busy_calendars_renames_and_removes_one_of_two_namesakes(desk: Desk) -> None:
    desk("import-ics", str(outlook(desk.tmp / "work.ics", "20260310T130000Z", "Work meeting")))
    home = outlook(desk.tmp / "home.ics", "20260310T150000Z", "Dentist")
    desk("import-ics", str(home))
    code, out, _ = desk("busy-calendars", "--rename", "Calendar (home.ics)", "Home")
    assert code == 0 and out.strip() == "Calendar (home.ics) is now called Home"
    code, _, err = desk("busy-calendars", "--rename", "Home", "calendar")
    assert code == 3 and "already called Calendar" in err
    code, _, err = desk("busy-calendars", "--rename", "Nope", "Other")
    assert code == 4 and "no imported calendar Nope" in err
    code, _, err = desk("busy-calendars", "--rename", "Home", "  ")
    assert code == 2
    # The file is the calendar: importing it again fills the renamed one.
    code, out, _ = desk("import-ics", str(home))
    assert out.startswith("Home: 1 busy block from home.ics")
    code, out, _ = desk("busy-calendars", "--remove", "home")
    assert code == 0 and out.strip() == "removed Home and its 1 busy block"
    assert [(b[1], b[2]) for b in desk.busy()] == [
        (datetime(2026, 3, 10, 14, tzinfo=UTC), "Calendar")]


def test_a_calendar_with_nothing_in_the_span_is_listed_with_its_next_event(desk: Desk) -> None:
    later = outlook(desk.tmp / "later.ics", "20280104T090000Z", "Sabbatical")
    code, out, _ = desk("import-ics", str(later))
    assert code == 0 and "0 busy blocks from later.ics" in out
    assert out.rstrip().endswith("next event: Tue 2028-01-04 10:00")
    code, out, _ = desk("busy-calendars")
    assert out.splitlines()[1].split() == ["Calendar", "0", "Tue", "2028-01-04", "10:00",
                                           "later.ics"]
    past = outlook(desk.tmp / "past.ics", "20200104T090000Z", "Long ago")
    code, out, _ = desk("import-ics", str(past), "--source", "Old")
    assert code == 0 and "; next event: none in 10 years" in out
    assert "Old" in desk("busy-calendars")[1]
    assert desk("busy-calendars", "--remove", "Old")[0] == 0


@pytest.mark.parametrize(("lines", "words"), [
    ("DTSTART:20260303T090000Z\nDTSTART:20260303T100000Z\nDTEND:20260303T110000Z",
     "DTSTART is given 2 times"),
    ("DTSTART:20260303T090000Z\nRRULE:FREQ=HOURLY;BYMINUTE="
     + ",".join(str(m) for m in range(60)) + "\nSUMMARY:Standup",
     "the event 'Standup' repeats more than 20 000 times"),
])
def test_import_ics_of_a_hostile_file_exits_5_with_a_sentence(desk: Desk, lines: str,
                                                               words: str) -> None:
    path = desk.tmp / "hostile.ics"
    path.write_bytes(ics(lines))
    code, _, err = desk("import-ics", str(path))
    assert code == 5 and "hostile.ics was not imported" in err and words in err
    assert "unexpected" not in err and desk.busy() == []
