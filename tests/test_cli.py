"""The `mentordesk` command line: each command, its output and its exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from services import cli
from services.container import Services
from services.timefmt import parse_instant
from tests.services.builders import BERLIN, bundle, dump, export, intro, local, paid, write

NOW = "2026-03-02T09:00:00Z"
SESSION_KEYS = {"id", "type", "status", "mentee_id", "mentee_name", "start", "end",
                "duration_minutes", "bundle_id", "form", "reason", "outcome", "decision"}
BUNDLE_KEYS = {"id", "mentee_id", "sessions_total", "sessions_used", "status"}


def platform_export() -> dict:
    return export(
        BERLIN, exported_at="2026-03-01T20:00:00Z",
        bundles=[bundle("b-1", "u-2", 6, 1)],
        sessions=[
            intro("r-1", "u-1", "2026-03-05T15:00:00Z", requested_at="2026-03-01T18:30:00Z",
                  form={"What do you want to achieve?": "Move into backend work"}),
            intro("r-2", "u-3", "2026-03-06T09:00:00Z"),
            intro("r-old", "u-3", "2026-03-01T09:00:00Z"),
            intro("s-now", "u-3", "2026-03-02T08:50:00Z", "scheduled"),
            paid("s-soon", "u-2", "b-1", "2026-03-03T10:00:00Z"),
            intro("s-72", "u-1", "2026-03-05T09:00:00Z", "scheduled"),
            paid("s-far", "u-2", "b-1", "2026-03-05T10:00:00Z"),
            paid("s-ended", "u-2", "b-1", "2026-03-01T10:00:00Z"),
            intro("s-done", "u-2", "2026-02-01T16:00:00Z", "completed"),
        ])


class Desk:
    """`mentordesk` run in-process against one database, at NOW unless told otherwise."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                 db: str | None = None) -> None:
        self.tmp = tmp_path
        # A file path or a server's URL (the `db_url` fixture), as --db takes either.
        self.db = db or str(tmp_path / "desk.sqlite3")
        self._capsys = capsys

    def __call__(self, *argv: str, now: str | None = NOW) -> tuple[int, str, str]:
        self._capsys.readouterr()
        head = ["--db", str(self.db)] + (["--now", now] if now else [])
        try:
            code = cli.run([*head, *argv])
        except SystemExit as exc:  # argparse refuses the command line itself
            code = exc.code
        out, err = self._capsys.readouterr()
        return code, out, err

    def json(self, *argv: str, now: str | None = NOW) -> list[dict]:
        code, out, err = self(*argv, "--json", now=now)
        assert code == 0, err
        data = json.loads(out)
        assert isinstance(data, list)
        return data

    def loaded(self) -> Desk:
        code, out, err = self("import", str(write(self.tmp / "export.json", platform_export())))
        assert code == 0, err
        return self

    def dump(self) -> dict:
        app = Services.open(self.db)
        try:
            return dump(app.engine)
        finally:
            app.close()


@pytest.fixture
def desk(tmp_path: Path, capsys: pytest.CaptureFixture[str], db_url: str) -> Desk:
    return Desk(tmp_path, capsys, db_url)


def offset_of(text: str) -> timedelta | None:
    return datetime.fromisoformat(text).utcoffset()


# -- listings -------------------------------------------------------------------------------------

def test_import_then_the_pages_show_what_it_brought(desk):
    code, out, err = desk("import", str(write(desk.tmp / "export.json", platform_export())))
    assert code == 0 and err == ""
    assert out.startswith("export.json: added ")
    code, out, _ = desk("import", str(desk.tmp / "export.json"))
    assert (code, out.strip()) == (0, "export.json: nothing new (already up to date)")


def test_invitations_lists_open_requests_as_json(desk):
    items = desk.loaded().json("invitations")
    assert [i["id"] for i in items] == ["r-1", "r-2"]
    first = items[0]
    assert SESSION_KEYS <= set(first)
    assert (first["type"], first["status"], first["mentee_id"], first["mentee_name"]) == \
        ("intro", "requested", "u-1", "Sam Lee")
    assert (first["start"], first["end"]) == ("2026-03-05T16:00:00+01:00",
                                              "2026-03-05T16:20:00+01:00")
    assert first["duration_minutes"] == 20 and first["bundle_id"] is None
    assert first["form"] == {"What do you want to achieve?": "Move into backend work"}


def test_upcoming_is_the_next_72_hours_soonest_first_with_the_one_under_way(desk):
    items = desk.loaded().json("upcoming")
    assert [(i["id"], i["status"]) for i in items] == [
        ("s-now", "scheduled"), ("s-soon", "scheduled"), ("s-72", "scheduled")]
    assert all(offset_of(i["start"]) == timedelta(hours=1) for i in items)
    # One minute earlier, s-72 starts in 72 hours and one minute.
    assert [i["id"] for i in desk.json("upcoming", now="2026-03-02T08:59:00Z")] == \
        ["s-now", "s-soon"]


def test_upcoming_as_a_table(desk):
    code, out, _ = desk.loaded()("upcoming")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["ID", "START", "LENGTH", "TYPE", "STATUS", "MENTEE",
                                              "MENTEE'S", "TIME"]
    assert lines[1].startswith("s-now") and "Mon 2026-03-02 09:50" in lines[1]
    assert "Priya Raman" in lines[2] and "60 min" in lines[2]
    code, out, _ = desk("upcoming", now="2026-04-01T00:00:00Z")
    assert (code, out.strip()) == (0, "Nothing in the next 72 hours.")


def test_pending_confirmation_lists_ended_scheduled_sessions(desk):
    items = desk.loaded().json("pending-confirmation")
    assert [(i["id"], i["status"], i["bundle_id"]) for i in items] == \
        [("s-ended", "awaiting_confirmation", "b-1")]
    later = desk.json("pending-confirmation", now="2026-03-03T11:00:00Z")
    assert [i["id"] for i in later] == ["s-ended", "s-now", "s-soon"]


def test_bundles_as_json(desk):
    [b] = desk.loaded().json("bundles")
    assert BUNDLE_KEYS <= set(b)
    assert (b["id"], b["mentee_id"], b["sessions_total"], b["sessions_used"], b["status"]) == \
        ("b-1", "u-2", 6, 1, "active")
    assert (b["sessions_booked"], b["sessions_left"]) == (3, 2)


def test_sessions_filters_and_sorts(desk):
    desk.loaded()
    assert [s["id"] for s in desk.json("sessions", "--type", "paid")] == \
        ["s-ended", "s-soon", "s-far"]
    assert [s["id"] for s in desk.json("sessions", "--status", "expired")] == ["r-old"]
    assert [s["id"] for s in desk.json("sessions", "--mentee", "priya", "--sort=-start")] \
        == ["s-far", "s-soon", "s-ended", "s-done"]
    # A descending key may follow --sort as its own word, as the usage line writes it.
    assert [s["id"] for s in desk.json("sessions", "--mentee", "priya", "--sort", "-start")] \
        == ["s-far", "s-soon", "s-ended", "s-done"]
    # By mentee name (Jonas Becker, Priya Raman, Sam Lee), then by start.
    assert [s["id"] for s in desk.json("sessions", "--type", "intro", "--sort", "mentee")] \
        == ["r-old", "s-now", "r-2", "s-done", "s-72", "r-1"]
    assert desk.json("sessions", "--mentee", "nobody") == []


def test_sessions_search_finds_words_whatever_their_accents(desk):
    document = platform_export()
    document["mentees"][0]["name"] = "Tomás Muñoz"  # u-1: r-1 and s-72
    document["sessions"][1]["form"] = {"¿Qué buscas?": "Trabajar en Málaga"}  # r-2
    code, _, err = desk("import", str(write(desk.tmp / "export.json", document)))
    assert code == 0, err
    assert [s["id"] for s in desk.json("sessions", "--search", "tomas")] == ["s-72", "r-1"]
    assert [s["id"] for s in desk.json("sessions", "--search", "TOMÁS MUÑ", "--sort=-start")] \
        == ["r-1", "s-72"]
    assert [s["id"] for s in desk.json("sessions", "--search", "malaga")] == ["r-2"]
    # With the other filters.
    assert [s["id"] for s in desk.json("sessions", "--search", "tomas",
                                       "--status", "scheduled")] == ["s-72"]
    assert desk.json("sessions", "--search", "cordoba") == []
    code, out, _ = desk("sessions", "--search", "Málaga")
    assert code == 0 and "r-2" in out and "s-72" not in out
    code, out, _ = desk("sessions", "--search", "cordoba")
    assert (code, out.strip()) == (0, "No sessions match.")


def test_show_prints_one_session_with_its_history(desk):
    desk.loaded()
    assert desk("accept", "r-1")[0] == 0
    [item] = desk.json("show", "r-1")
    assert item["status"] == "scheduled"
    assert [(h["action"], h["undone"], h["sent"]) for h in item["history"]] == \
        [("accept", False, False)]
    code, out, _ = desk("show", "r-1")
    assert code == 0 and "Sam Lee (u-1, u-1@example.com)" in out
    assert "form     What do you want to achieve?: Move into backend work" in out


# -- decisions ----------------------------------------------------------------------------------

def test_accept_reject_cancel_confirm_and_undo(desk):
    desk.loaded()
    code, out, _ = desk("accept", "r-1")
    assert (code, out.strip()) == (0, "r-1 accepted: intro with Sam Lee, Thu 2026-03-05 16:00 "
                                      "(scheduled)")
    code, out, _ = desk("reject", "r-2", "--reason", "Looks like spam")
    assert code == 0 and "(rejected)" in out
    code, out, _ = desk("cancel", "s-far", "--reason", "Travelling")
    assert code == 0 and "(cancelled)" in out
    code, out, _ = desk("confirm", "s-ended", "--outcome", "held")
    assert code == 0
    assert out.splitlines()[-1] == "bundle b-1: 2 of 6 used (active)"
    code, out, _ = desk("undo")
    assert (code, out.strip()) == (0, "undid confirm of s-ended")
    assert desk.json("show", "s-ended")[0]["status"] == "awaiting_confirmation"
    assert desk.json("bundles")[0]["sessions_used"] == 1


def test_request_intro_and_book_paid_read_times_in_the_mentors_zone(desk, tmp_path):
    desk.loaded()
    assert desk("availability", "add", "--kind", "intro", "--weekday", "mon", "--from", "09:00",
                "--to", "12:00")[0] == 0
    assert desk("availability", "add", "--kind", "paid", "--weekday", "tue", "--from", "14:00",
                "--to", "18:00")[0] == 0
    form = write(tmp_path / "form.json", {"Goal": "System design"})
    code, out, err = desk("request-intro", "--mentee", "u-3", "--start", "2026-03-09T10:00",
                          "--form-json", str(form))
    assert code == 0, err
    session_id = out.split()[0]
    [item] = desk.json("show", session_id)
    assert (item["start"], item["status"], item["form"]) == \
        ("2026-03-09T10:00:00+01:00", "requested", {"Goal": "System design"})
    code, out, err = desk("book-paid", "--mentee", "u-2", "--start", "2026-03-10T13:00:00Z")
    assert code == 0, err
    [item] = desk.json("show", out.split()[0])
    assert (item["start"], item["end"], item["bundle_id"]) == \
        ("2026-03-10T14:00:00+01:00", "2026-03-10T15:00:00+01:00", "b-1")


def test_outbox_writes_the_decisions_once(desk, tmp_path):
    desk.loaded()
    desk("accept", "r-1")
    desk("reject", "r-2", "--reason", "Spam")
    code, out, _ = desk("outbox", str(tmp_path / "outbox.json"))
    assert (code, out.strip()) == (0, f"wrote 2 actions to {tmp_path / 'outbox.json'}")
    document = json.loads((tmp_path / "outbox.json").read_text(encoding="utf-8"))
    assert [(a["session_id"], a["action"]) for a in document["actions"]] == \
        [("r-1", "accept"), ("r-2", "reject")]
    code, out, _ = desk("outbox", str(tmp_path / "again.json"))
    assert (code, out.strip()) == (0, f"wrote 0 actions to {tmp_path / 'again.json'}")
    code, _, err = desk("undo")
    assert code == 3 and "already written to an outbox are final" in err


def test_availability_and_free_slots(desk):
    desk.loaded()
    code, out, _ = desk("availability", "add", "--kind", "intro", "--weekday", "thursday",
                        "--from", "15:00", "--to", "17:00")
    assert code == 0 and out.startswith("added intro window 1: Thu 15:00–17:00")
    desk("availability", "day-off", "--date", "2026-03-12", "--note", "Conference")
    listed = desk.json("availability", "list")
    assert {"id": 1, "kind": "intro", "weekday": "thu", "from": "15:00", "to": "17:00"} in listed
    assert {"id": 1, "kind": "day_off", "date": "2026-03-12", "note": "Conference"} in listed

    slots = desk.json("free-slots", "--kind", "intro")
    # Thu 5 Mar 15:00-17:00 holds r-1 (16:00-16:20) as an open request; 12 Mar is a day off.
    assert [s["start"] for s in slots] == [
        "2026-03-05T15:00:00+01:00", "2026-03-05T15:20:00+01:00", "2026-03-05T15:40:00+01:00",
        "2026-03-05T16:20:00+01:00", "2026-03-05T16:40:00+01:00"]
    assert all(s["kind"] == "intro" for s in slots)
    assert all(datetime.fromisoformat(s["end"]) - datetime.fromisoformat(s["start"])
               == timedelta(minutes=20) for s in slots)

    code, out, _ = desk("availability", "remove", "1")
    assert code == 0 and out.startswith("removed intro window 1")
    assert desk.json("free-slots", "--kind", "intro") == []
    code, out, _ = desk("availability", "day-off", "--date", "2026-03-12", "--remove")
    assert (code, out.strip()) == (0, "2026-03-12 is no longer a day off")
    assert desk.json("availability", "list") == []
    assert desk("availability", "day-off", "--date", "2026-03-12", "--remove")[0] == 4


def test_accepting_over_busy_time_needs_despite_busy(desk):
    desk.loaded()
    app = Services.open(desk.db)
    try:
        app.availability.replace_busy("work.ics", [(local(BERLIN, "2026-03-05T16:10"),
                                                    local(BERLIN, "2026-03-05T17:00"),
                                                    "Dentist", False)])
    finally:
        app.close()
    code, _, err = desk("accept", "r-1")
    assert code == 3
    assert '"Dentist", Thu 5 Mar 16:10–17:00 (from work.ics)' in err
    assert "--despite-busy" in err
    code, out, _ = desk("accept", "r-1", "--despite-busy")
    assert code == 0 and out.endswith("(scheduled)\n")


def test_a_wall_clock_time_the_clocks_repeat_is_read_as_the_first(desk):
    desk.loaded()
    desk("availability", "add", "--kind", "paid", "--weekday", "sun", "--from", "01:00",
         "--to", "04:00")
    code, out, err = desk("book-paid", "--mentee", "u-2", "--start", "2026-10-25T02:30",
                          now="2026-10-20T09:00:00Z")
    assert code == 0, err
    [item] = desk.json("show", out.split()[0], now="2026-10-20T09:00:00Z")
    assert (item["start"], item["end"]) == ("2026-10-25T02:30:00+02:00",
                                            "2026-10-25T02:30:00+01:00")


def test_free_paid_slots_leave_out_sessions_and_busy_time(desk):
    desk.loaded()
    desk("availability", "add", "--kind", "paid", "--weekday", "tue", "--from", "10:00",
         "--to", "14:00")
    app = Services.open(desk.db)
    try:
        app.availability.replace_busy("work.ics", [(local(BERLIN, "2026-03-03T12:30"),
                                                    local(BERLIN, "2026-03-03T13:00"),
                                                    "Lunch", False)])
    finally:
        app.close()
    slots = desk.json("free-slots", "--kind", "paid", "--days", "2")
    # s-soon is 11:00-12:00 on Tuesday 3 March, lunch 12:30-13:00.
    assert [(s["start"], s["end"]) for s in slots] == [
        ("2026-03-03T10:00:00+01:00", "2026-03-03T11:00:00+01:00"),
        ("2026-03-03T13:00:00+01:00", "2026-03-03T14:00:00+01:00")]


def test_a_paid_slot_starting_now_is_not_offered(desk):
    desk.loaded()
    desk("availability", "add", "--kind", "paid", "--weekday", "mon", "--from", "10:00",
         "--to", "12:00")
    monday = "2026-03-09T09:00:00Z"  # 10:00 in Berlin, as the window opens
    slots = desk.json("free-slots", "--kind", "paid", "--days", "1", now=monday)
    assert [s["start"] for s in slots] == ["2026-03-09T11:00:00+01:00"]
    code, _, err = desk("book-paid", "--mentee", "u-2", "--start", "2026-03-09T10:00", now=monday)
    assert code == 3 and "has already passed" in err
    code, _, err = desk("book-paid", "--mentee", "u-2", "--start", "2026-03-09T11:00", now=monday)
    assert code == 0, err


def test_timezone_changes_how_times_are_shown(desk):
    desk.loaded()
    assert desk("timezone")[1].strip() == BERLIN
    assert desk("timezone", "America/New_York")[1].strip() == "America/New_York"
    assert desk.json("invitations")[0]["start"] == "2026-03-05T10:00:00-05:00"
    assert desk("timezone", "--reset")[1].strip() == BERLIN
    code, _, err = desk("timezone", "Mars/Olympus_Mons")
    assert code == 2 and "Mars/Olympus_Mons is not a known time zone" in err
    assert desk("timezone")[1].strip() == BERLIN


# -- exit codes --------------------------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["upcoming", "--bogus"],
    ["frobnicate"],
    ["reject", "r-1"],                                          # --reason is required
    ["confirm", "s-ended", "--outcome", "great"],
    ["sessions", "--status", "lost"],
    ["request-intro", "--mentee", "u-1", "--start", "next tuesday"],
    ["availability", "add", "--kind", "intro", "--weekday", "someday", "--from", "09:00",
     "--to", "10:00"],
    ["availability", "add", "--kind", "intro", "--weekday", "mon", "--from", "25:00",
     "--to", "26:00"],
    ["free-slots", "--kind", "paid", "--days", "0"],
    ["--now", "2026-03-02T09:00", "upcoming"],                  # no offset
])
def test_usage_errors_exit_2(desk, argv):
    desk.loaded()
    before = desk.dump()
    code, out, err = desk(*argv, now=None)
    assert code == 2 and out == ""
    assert "mentordesk" in err and "error: " in err
    assert desk.dump() == before


def test_a_time_the_clocks_skip_is_a_usage_error(desk):
    desk.loaded()
    code, _, err = desk("request-intro", "--mentee", "u-1", "--start", "2026-03-29T02:30")
    assert code == 2
    assert err.strip() == ("mentordesk: 2026-03-29T02:30 does not exist in Europe/Berlin: "
                           "the clocks skip it")


def test_no_command_prints_help_and_exits_2(desk):
    code, out, _ = desk()
    assert code == 2 and out.startswith("usage: mentordesk")


@pytest.mark.parametrize("argv,words", [
    (["accept", "s-soon"], "refused: session s-soon is scheduled; it cannot be accepted"),
    (["--now", "2026-03-02T10:01:00Z", "cancel", "s-soon", "--reason", "Ill"],
     "refused: sessions can be cancelled only at least 24 hours before they start; "
     "this one starts in 23 hours 59 minutes"),
    (["cancel", "s-soon", "--reason", "Ill", "--now", "2026-03-03T09:00:01Z"],
     "refused: sessions can be cancelled only at least 24 hours before they start; "
     "this one starts in 59 minutes"),
    (["confirm", "s-now", "--outcome", "held", "--decision", "approve"],
     "refused: a session can be confirmed only after it has ended; this one ends in 10 minutes"),
    (["confirm", "s-ended", "--outcome", "held", "--decision", "approve"],
     "refused: only intro sessions take a decision"),
    (["accept", "r-old"], "refused: this request has expired"),
    (["request-intro", "--mentee", "u-3", "--start", "2026-03-03T10:00"],
     "refused: intro sessions must be booked at least 48 hours ahead; this one starts in 24 hours"),
    (["undo"], "refused: there is no decision left to undo"),
])
def test_rule_refusals_exit_3_with_the_rule_and_its_numbers(desk, argv, words):
    desk.loaded()
    before = desk.dump()
    code, out, err = desk(*argv)
    assert code == 3 and out == ""
    assert err.startswith(f"mentordesk: {words}")
    assert err.count("\n") == 1
    assert desk.dump() == before


def test_demo_refuses_a_database_that_holds_sessions(desk):
    desk.loaded()
    code, _, err = desk("demo")
    assert code == 3 and "sample data goes only into an empty database" in err


@pytest.mark.parametrize("argv,words", [
    (["show", "nope"], "no session nope here"),
    (["accept", "nope"], "no session nope here"),
    (["book-paid", "--mentee", "u-404", "--start", "2026-03-10T10:00"], "no mentee u-404 here"),
    (["import", "missing.json"], "no file missing.json here"),
    (["availability", "remove", "99"], "no availability window 99 here"),
])
def test_unknown_things_exit_4(desk, argv, words):
    desk.loaded()
    code, _, err = desk(*argv)
    assert (code, err.strip()) == (4, f"mentordesk: {words}")


def test_an_invalid_file_exits_5_listing_every_problem(desk):
    desk.loaded()
    before = desk.dump()
    bad = platform_export()
    bad["sessions"][0]["mentee_id"] = "u-99"
    bad["sessions"][4].pop("bundle_id")
    bad["sessions"][5]["duration_minutes"] = 30
    code, out, err = desk("import", str(write(desk.tmp / "bad.json", bad)))
    assert code == 5 and out == ""
    assert err.splitlines() == [
        "mentordesk: bad.json was not imported: 3 problems; nothing was changed",
        "  $.sessions[0].mentee_id [r-1]: mentee u-99 is neither in this file nor in the database",
        "  $.sessions[4] [s-soon]: a paid session needs a bundle_id",
        "  $.sessions[5].duration_minutes [s-72]: an intro session lasts 20 minutes, not 30",
    ]
    assert desk.dump() == before


def test_a_form_file_that_is_not_an_object_exits_5(desk, tmp_path):
    desk.loaded()
    form = write(tmp_path / "form.json", ["not", "a", "form"])
    code, _, err = desk("request-intro", "--mentee", "u-3", "--start", "2026-03-09T10:00",
                        "--form-json", str(form))
    assert code == 5 and "$: a form is a JSON object" in err


def test_an_unexpected_error_exits_1_with_one_line_and_the_traceback_in_the_log(
        desk, tmp_path, monkeypatch):
    desk.loaded()
    log = tmp_path / "logs" / "mentordesk.log"
    monkeypatch.setattr("services.logs.log_path", lambda: log)

    def explode(self):
        raise RuntimeError("the disk fell off")

    monkeypatch.setattr("services.sessions.SessionService.upcoming", explode)
    code, out, err = desk("upcoming")
    assert code == 1 and out == ""
    assert err == (f"mentordesk: unexpected error: RuntimeError: the disk fell off; "
                   f"details in {log}\n")
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "def explode" not in text
    assert "RuntimeError: the disk fell off" in text and "in explode" in text


# -- where the database and the clock come from --------------------------------------------------

def test_mentordesk_db_and_now_from_the_environment(desk, tmp_path, monkeypatch, capsys):
    desk.loaded()
    monkeypatch.setenv("MENTORDESK_DB", str(desk.db))
    monkeypatch.setenv("MENTORDESK_NOW", "2026-03-03T11:00:00Z")
    capsys.readouterr()
    assert cli.run(["pending-confirmation", "--json"]) == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)] == ["s-ended", "s-now", "s-soon"]

    # --now and --db win over the environment.
    assert cli.run(["--now", NOW, "pending-confirmation", "--json"]) == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)] == ["s-ended"]
    other = tmp_path / "other" / "desk.sqlite3"
    assert cli.run(["--db", str(other), "invitations", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [] and other.exists()

    monkeypatch.setenv("MENTORDESK_NOW", "yesterday")
    assert cli.run(["upcoming"]) == 2
    assert "MENTORDESK_NOW='yesterday' is not an ISO 8601 time" in capsys.readouterr().err


def test_options_may_follow_the_command(desk, capsys):
    desk.loaded()
    capsys.readouterr()
    assert cli.run(["invitations", "--json", "--db", str(desk.db), "--now",
                    "2026-03-05T15:00:00Z"]) == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)] == ["r-2"]


def test_demo_fills_an_empty_database_with_sensible_pages(desk):
    code, out, err = desk("demo")
    assert code == 0, err
    assert out.startswith("sample data: added ")
    now = parse_instant(NOW)

    upcoming = desk.json("upcoming")
    assert upcoming and {i["status"] for i in upcoming} == {"scheduled"}
    starts = [parse_instant(i["start"]) for i in upcoming]
    assert starts == sorted(starts) and all(s <= now + timedelta(hours=72) for s in starts)

    invitations = desk.json("invitations")
    assert len(invitations) >= 4 and {i["status"] for i in invitations} == {"requested"}
    assert all(i["form"] for i in invitations)
    assert all(parse_instant(i["start"]) > now for i in invitations)

    pending = desk.json("pending-confirmation")
    assert pending and {i["status"] for i in pending} == {"awaiting_confirmation"}
    assert {i["type"] for i in pending} == {"intro", "paid"}

    assert desk.json("free-slots", "--kind", "intro")
    assert any(b["status"] == "active" for b in desk.json("bundles"))
    assert desk("demo")[0] == 3


def test_the_desktop_entry_point_runs_commands(desk, capsys, monkeypatch):
    from desktop.__main__ import main

    desk.loaded()
    capsys.readouterr()
    assert main(["--db", str(desk.db), "--now", NOW, "upcoming", "--json"]) == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)] == ["s-now", "s-soon", "s-72"]
    # The desktop passes its own command in; the command line's table is left as it was.
    with pytest.raises(SystemExit) as shown:
        main(["screenshots", "--help"])
    assert shown.value.code == 0 and "DIR" in capsys.readouterr().out
    assert "screenshots" not in {c.name for c in cli.COMMANDS}
    with pytest.raises(SystemExit) as refused:
        cli.run(["screenshots", "x"])
    assert refused.value.code == 2


# -- the installed script, in a process of its own ------------------------------------------------

def script() -> str:
    return str(Path(sys.executable).with_name("mentordesk.exe" if os.name == "nt"
                                              else "mentordesk"))


def test_the_installed_script_in_a_subprocess(desk, tmp_path):
    desk.loaded()
    env = dict(os.environ, MENTORDESK_DB=str(desk.db), MENTORDESK_NOW=NOW,
               XDG_STATE_HOME=str(tmp_path / "state"))
    done = subprocess.run([script(), "upcoming", "--json"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert [i["id"] for i in json.loads(done.stdout)] == ["s-now", "s-soon", "s-72"]

    refused = subprocess.run([script(), "--now", "2026-03-02T10:01:00Z", "cancel", "s-soon",
                              "--reason", "Ill"],
                             capture_output=True, text=True, env=env, timeout=60)
    assert refused.returncode == 3 and refused.stdout == ""
    assert refused.stderr.startswith("mentordesk: refused: sessions can be cancelled only")

    # A database path that is a folder: one line naming it and what to do, exit 5.
    folder = tmp_path / "a-folder"
    folder.mkdir()
    broken = subprocess.run([script(), "--db", str(folder), "upcoming"], capture_output=True,
                            text=True, env=env, timeout=60)
    assert broken.returncode == 5
    assert broken.stderr == (f"mentordesk: {folder} is a folder, not a database file: give a "
                             f"file's path (a new one is created), e.g. "
                             f"{folder / 'mentordesk.sqlite3'}\n")
    assert not list(folder.iterdir())


def test_sessions_show_which_bookings_the_platform_has_not_confirmed(desk):
    desk.loaded()
    code, out, err = desk("availability", "add", "--kind", "paid", "--weekday", "wed",
                          "--from", "08:00", "--to", "18:00")
    assert code == 0, err
    code, out, err = desk("book-paid", "--mentee", "u-2", "--start", "2026-03-04T12:00")
    assert code == 0, err
    local_id = out.split()[0]
    items = {i["id"]: i for i in desk.json("sessions")}
    assert (items[local_id]["platform_confirmed"], items[local_id]["client_id"]) == \
        (False, local_id)
    assert (items["s-far"]["platform_confirmed"], items["s-far"]["client_id"]) == (True, None)
    code, out, _ = desk("sessions", "--type", "paid")
    lines = out.splitlines()
    assert lines[0].split()[-2:] == ["ON", "PLATFORM"]
    mine = next(line for line in lines if line.startswith(local_id))
    assert mine.endswith("not yet")
    assert next(line for line in lines if line.startswith("s-far")).endswith("yes")
