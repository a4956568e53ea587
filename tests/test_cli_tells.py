"""The command line tells as much as the window: red flags and what Accept would meet (in the
same words, from the same service call), the mentee's own time, how overdue, the mentees and
their bundles, both time zones; and says it in plain words."""

from __future__ import annotations

import re

import pytest

from services.container import Services
from tests.services.builders import BERLIN, bundle, export, local, mentee
from tests.test_cli import SESSION_KEYS, Desk


def cells(line: str) -> list[str]:
    return re.split(r"\s{2,}", line.strip())


@pytest.fixture
def desk(tmp_path, capsys, db_url) -> Desk:  # noqa: ANN001
    desk = Desk(tmp_path, capsys, db_url).loaded()
    app = Services.open(desk.db)
    try:
        # r-2 (Jonas Becker, Fri 6 Mar 10:00 Berlin) lies in busy time.
        app.availability.replace_busy("work.ics", [(local(BERLIN, "2026-03-06T09:30"),
                                                    local(BERLIN, "2026-03-06T10:30"),
                                                    "Dentist", False)])
    finally:
        app.close()
    return desk


def test_invitations_list_the_red_flags_and_what_accept_would_meet(desk) -> None:
    code, out, _ = desk("invitations")
    lines = out.splitlines()
    assert code == 0
    assert cells(lines[0])[-3:] == ["RED FLAGS", "INTROS", "ACCEPTABLE"]
    r1 = next(line for line in lines if line.startswith("r-1"))
    r2 = next(line for line in lines if line.startswith("r-2"))
    # Each mentee has one more intro in March (s-72, s-now): this one is the second.
    assert cells(r1)[-3:] == ["none", "2 of 3", "yes"]
    assert cells(r2)[-3:] == ["1", "2 of 3", "no"]
    assert "r-2 (Jonas Becker)" in lines
    busy = '"Dentist", Fri 6 Mar 09:30–10:30 (from work.ics)'
    assert f"  red flag  Clashes with your busy time: The session overlaps busy time in your " \
           f"calendar: {busy}." in lines
    assert any(line.startswith("  accept    refused: this overlaps busy time in your calendar: "
                               + busy) and line.endswith("(add --despite-busy to consent)")
               for line in lines)


def test_invitations_json_adds_the_review_to_every_field_it_had(desk) -> None:
    items = {i["id"]: i for i in desk.json("invitations")}
    assert SESSION_KEYS <= set(items["r-1"])
    assert items["r-1"]["red_flags"] == [] and items["r-1"]["accept_refusal"] is None
    assert (items["r-1"]["intros_this_month"], items["r-1"]["intro_limit"],
            items["r-1"]["intro_month"]) == (2, 3, "2026-03")
    [flag] = items["r-2"]["red_flags"]
    assert flag["code"] == "busy_clash" and flag["title"] == "Clashes with your busy time"
    assert items["r-2"]["accept_refusal"]["code"] == "busy_time"
    # The same sentence accept answers with.
    code, _, err = desk("accept", "r-2")
    assert code == 3 and items["r-2"]["accept_refusal"]["message"] in err


def test_show_lists_the_red_flags_of_a_request(desk) -> None:
    code, out, _ = desk("show", "r-2")
    assert code == 0
    assert "  red flag  Clashes with your busy time: The session overlaps busy time" in out
    assert "  intros    2 of 3 in March 2026, this one included" in out
    assert "  accept    refused: this overlaps busy time" in out
    [item] = desk.json("show", "r-2")
    assert [f["code"] for f in item["red_flags"]] == ["busy_clash"]
    assert item["accept_refusal"]["code"] == "busy_time"
    # A paid session has no red flags and no accept to weigh.
    [paid] = desk.json("show", "s-soon")
    assert paid["red_flags"] == [] and "accept_refusal" not in paid
    code, out, _ = desk("show", "s-soon")
    assert "red flag" not in out and "accept " not in out


def test_the_confirm_entry_of_a_history_names_the_intro_decision(desk) -> None:
    assert desk("confirm", "s-now", "--outcome", "held", "--decision", "approve",
                now="2026-03-02T10:00:00Z")[0] == 0
    code, out, _ = desk("show", "s-now", now="2026-03-02T10:00:00Z")
    assert code == 0
    assert "confirm held; continuation approved" in out


# -- the two time zones -----------------------------------------------------------------------

def test_timezone_tells_the_two_zones_apart(desk) -> None:
    assert desk("timezone")[1].strip() == "Europe/Berlin"
    assert desk("timezone", "--home")[1].strip() == "Europe/Berlin"
    assert desk("availability", "add", "--kind", "paid", "--weekday", "mon", "--from", "14:00",
                "--to", "18:00")[0] == 0
    before = desk.json("free-slots", "--kind", "paid", "--from", "2026-03-09", "--days", "1")
    assert before[0]["start"] == "2026-03-09T14:00:00+01:00"
    # Shown in New York: the same instants, read there; the window itself does not move.
    assert desk("timezone", "America/New_York")[1].strip() == "America/New_York"
    shown = desk.json("free-slots", "--kind", "paid", "--from", "2026-03-09", "--days", "1")
    assert shown[0]["start"] == "2026-03-09T09:00:00-04:00"
    assert [s["start"] for s in shown] != [s["start"] for s in before]
    code, out, _ = desk("availability", "list")
    assert "WHEN (Europe/Berlin, your own zone)" in out and "Mon 14:00–18:00" in out
    assert desk("timezone", "--home")[1].strip() == "Europe/Berlin"
    # I now live in Lisbon: the window keeps 14:00, now Lisbon time; it says what moved.
    code, out, _ = desk("timezone", "--home", "Europe/Lisbon")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Europe/Lisbon"
    assert lines[1].startswith("Your own time zone is now Europe/Lisbon (it was Europe/Berlin)")
    assert "paid Mon 14:00–18:00 now means 14:00–18:00 there, 15:00–19:00 in Europe/Berlin" \
        in lines[1]
    moved = desk.json("free-slots", "--kind", "paid", "--from", "2026-03-09", "--days", "1")
    assert moved[0]["start"] == "2026-03-09T10:00:00-04:00"  # 14:00 in Lisbon (UTC)
    assert desk("timezone", "--home", "--reset")[1].splitlines()[0] == "Europe/Berlin"
    code, _, err = desk("timezone", "--home", "Europe/Lisbon", "Asia/Tokyo")
    assert code == 2 and "not both" in err


def test_timezone_help_says_which_zone_is_which(desk) -> None:
    code, out, _ = desk("timezone", "--help")
    assert code == 0
    text = " ".join(out.split())
    assert "Your own zone" in text and "rules the calendar" in text
    assert "only changes how times read" in text


# -- the command line tells as much as the window --------------------------------------------

def test_upcoming_shows_the_mentees_own_time(desk) -> None:
    app = Services.open(desk.db)
    try:
        app.importer.import_document(export(
            BERLIN, exported_at="2026-03-01T21:00:00Z",
            mentees=[mentee("u-1", "Sam Lee", timezone="Asia/Tokyo"),
                     mentee("u-2", "Priya Raman"), mentee("u-3", "Jonas Becker")]))
    finally:
        app.close()
    code, out, _ = desk("upcoming")
    lines = out.splitlines()
    assert cells(lines[0])[-1] == "MENTEE'S TIME"
    s72 = next(line for line in lines if line.startswith("s-72"))
    # 09:00Z on Thursday is 18:00 in Tokyo.
    assert cells(s72)[-1] == "Thu 18:00 Asia/Tokyo"
    soon = next(line for line in lines if line.startswith("s-soon"))
    assert cells(soon)[-1] == "not known"
    items = {i["id"]: i for i in desk.json("upcoming")}
    assert items["s-72"]["mentee_local_start"] == "2026-03-05T18:00:00+09:00"
    assert items["s-soon"]["mentee_local_start"] is None


def test_pending_confirmation_says_how_overdue(desk) -> None:
    # s-ended ended on Sunday 11:00Z; s-now ends at 09:10Z today.
    code, out, _ = desk("pending-confirmation", now="2026-03-02T09:10:00Z")
    lines = out.splitlines()
    assert cells(lines[0])[-1] == "ENDED"
    assert cells(next(line for line in lines if line.startswith("s-ended")))[-1] == \
        "22 hours 10 minutes ago"
    assert cells(next(line for line in lines if line.startswith("s-now")))[-1] == "just now"
    items = {i["id"]: i for i in desk.json("pending-confirmation", now="2026-03-02T09:11:00Z")}
    assert (items["s-ended"]["overdue_minutes"], items["s-now"]["overdue_minutes"]) == (1331, 1)


def test_mentees_lists_ids_bundles_and_sessions_left(desk) -> None:
    code, out, _ = desk("mentees")
    lines = out.splitlines()
    header = cells(lines[0])
    assert code == 0 and header[:2] == ["ID", "NAME"]
    wanted = [header.index(name) for name in ("ID", "NAME", "BUNDLES", "SESSIONS LEFT")]
    # Columns may be empty (no local time, no last session): read them by position.
    starts = [lines[0].index(name) for name in header] + [None]
    rows = {}
    for line in lines[1:]:
        row = [line[a:b].strip() for a, b in zip(starts, starts[1:])]
        rows[row[0]] = [row[i] for i in wanted]
    assert rows["u-2"] == ["u-2", "Priya Raman", "b-1 (active, 2 left)", "2"]
    assert rows["u-1"] == ["u-1", "Sam Lee", "none", "0"]
    items = {i["id"]: i for i in desk.json("mentees")}
    assert items["u-2"]["sessions_left"] == 2
    assert [b["id"] for b in items["u-2"]["bundles"]] == ["b-1"]
    assert items["u-1"]["bundles"] == [] and items["u-1"]["email"] == "u-1@example.com"


def test_import_counts_in_words_with_plurals_right(tmp_path, capsys, db_url) -> None:
    from tests.services.builders import paid as paid_session
    from tests.services.builders import write

    one = Desk(tmp_path, capsys, db_url)
    document = export(BERLIN, bundles=[bundle("b-1", "u-2")], mentees=[mentee("u-2")],
                      sessions=[paid_session("s-1", "u-2", "b-1", "2026-03-05T10:00:00Z")])
    code, out, _ = one("import", str(write(tmp_path / "one.json", document)))
    assert code == 0
    assert "added 1 bundle, 1 mentee, 1 mentor, 1 session" in out


def test_a_request_expires_at_its_start_minute_just_now(desk) -> None:
    code, _, err = desk("accept", "r-1", now="2026-03-05T15:00:00Z")
    assert code == 3 and "it was to start just now" in err and "0 minutes" not in err
    code, _, err = desk("accept", "r-1", now="2026-03-05T15:01:00Z")
    assert code == 3 and "it was to start 1 minute ago" in err


def test_day_off_on_a_day_off_updates_its_note_or_says_it_did_not(desk) -> None:
    assert desk("availability", "day-off", "--date", "2026-03-20", "--note", "Trip")[1] \
        .strip() == "2026-03-20 is a day off"
    code, out, _ = desk("availability", "day-off", "--date", "2026-03-20", "--note", "Dentist")
    assert out.strip() == "2026-03-20 was a day off already; its note is now: Dentist"
    code, out, _ = desk("availability", "day-off", "--date", "2026-03-20")
    assert out.strip() == "2026-03-20 was a day off already; its note stays: Dentist"
    code, out, _ = desk("availability", "day-off", "--date", "2026-03-20", "--note", "Dentist")
    assert out.strip() == "2026-03-20 was a day off already; its note stays: Dentist"
    assert desk("availability", "day-off", "--date", "2026-03-21")[0] == 0
    code, out, _ = desk("availability", "day-off", "--date", "2026-03-21")
    assert out.strip() == "2026-03-21 was a day off already; nothing changed"
    listed = [i for i in desk.json("availability", "list") if i["kind"] == "day_off"]
    assert [(d["date"], d["note"]) for d in listed] == [("2026-03-20", "Dentist"),
                                                        ("2026-03-21", "")]
