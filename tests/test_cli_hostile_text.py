"""The command line prints hostile text harmlessly: no control character reaches the terminal
(an ESC sequence, a CR, a line feed inside a name), right-to-left overrides stay inside their
value, tables stay aligned, and JSON keeps every value exactly."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from services.clock import FixedClock
from services.container import Services
from services.plaintext import width
from services.timefmt import parse_instant
from tests.hostile_data import ID, LINE, MARK, MULTI, RLO, hostile_export, install_hostile, isolated
from tests.test_cli import NOW, Desk

FSI = "\u2068"
# Any C0 control but the line feed that ends a line, DEL, any C1 control.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


@pytest.fixture
def hostile(tmp_path: Path, capsys: pytest.CaptureFixture[str], db_url: str) -> Desk:
    desk = Desk(tmp_path, capsys, db_url)
    app = Services.open(desk.db, FixedClock(parse_instant(NOW)))
    try:
        install_hostile(app, tmp_path)
    finally:
        app.close()
    return desk


def harmless(text: str) -> list[str]:
    """What is wrong with printed text that a terminal would show."""
    problems = []
    if CONTROL.search(text):
        problems.append(f"control character {CONTROL.search(text).group()!r}")
    for line in text.splitlines():
        if "Forged" in line and "␊Forged" not in line and "\\nForged" not in line:
            problems.append(f"forged line {line!r}")
        if not isolated(line):
            problems.append(f"override not isolated in {line!r}")
    return problems


def test_the_check_sees_what_a_raw_name_would_do() -> None:
    raw = f"s-1 accepted: intro with Ann{LINE}, Thu 2026-03-05 09:00\n"
    assert len(harmless(raw)) == 3


def test_every_listing_prints_hostile_text_harmlessly(hostile: Desk) -> None:
    shown = 0
    for command in (["upcoming"], ["invitations"], ["pending-confirmation"], ["sessions"],
                    ["bundles"], ["busy-calendars"], ["availability", "list"]):
        code, out, err = hostile(*command)
        assert code == 0, err
        assert harmless(out + err) == [], command
        assert "PAID IN FULL" in out or "<b>Work</b>" in out, command
        shown += 1
        # The table ends at the first blank line (invitations go on with each one's red flags).
        lines = out.split("\n\n")[0].splitlines()
        if command[0] in ("availability", "busy-calendars"):
            continue
        # One line per record (no value broke one), and the columns line up.
        assert len(lines) == 1 + len(hostile.json(*command)), command
        column = width(lines[0][:lines[0].index("MENTEE")])
        assert {width(line[:line.index(FSI)]) for line in lines[1:]} == {column}, command
    assert shown == 7


def test_show_and_decisions_print_hostile_text_harmlessly(hostile: Desk) -> None:
    upcoming = hostile.json("upcoming")
    with_form = next(s for s in hostile.json("sessions") if s["form"])
    with_reason = next(s for s in hostile.json("sessions") if s["reason"])
    for session in (upcoming[0], with_form, with_reason):
        code, out, err = hostile("show", session["id"])
        assert code == 0, err
        assert harmless(out) == []
        assert MARK in out and ID in out
        # The header, mentee and when lines, one per set value, form answer, red flag (and for
        # a request, its intros and what Accept would meet) and history entry.
        [item] = hostile.json("show", session["id"])
        request = item["type"] == "intro" and item["status"] == "requested"
        review = 1 + (item["accept_refusal"] is not None) if request else 0
        assert len(out.splitlines()) == 3 + sum(bool(session[k]) for k in (
            "bundle_id", "reason", "outcome", "decision")) + len(session["form"]) + len(
            item["red_flags"]) + review + len(item["history"])

    request = hostile.json("invitations")[0]
    code, out, err = hostile("accept", request["id"])  # over the hostile calendar's event
    assert code == 3 and "PAID IN FULL" in err and harmless(err) == []
    code, out, err = hostile("accept", request["id"], "--despite-busy")
    assert code == 0 and harmless(out) == [] and request["mentee_name"] not in out
    code, out, err = hostile("undo")
    assert code == 0 and ID in out and harmless(out) == []
    code, out, err = hostile("show", f"no-such{LINE}")
    assert code == 4 and "PAID IN FULL" in err and harmless(err) == []


def test_files_with_hostile_names_and_contents_are_told_harmlessly(hostile: Desk) -> None:
    bad = hostile.tmp / f"<b>bad<b>{RLO}x.json"
    broken = hostile_export(parse_instant(NOW))
    broken["sessions"][0]["duration_minutes"] = f"twenty{LINE}"
    bad.write_text(json.dumps(broken))
    code, out, err = hostile("import", str(bad))
    assert code == 5 and "<b>bad<b>" in err and harmless(err) == []


def test_json_keeps_hostile_values_exactly(hostile: Desk) -> None:
    names = {s["mentee_name"] for s in hostile.json("sessions")}
    assert all(name.endswith(LINE) for name in names)  # ESC, CR, LF, the override: all kept
    forms = [s["form"] for s in hostile.json("sessions") if s["form"]]
    assert all(answer.endswith(MULTI) for form in forms for answer in form.values())


def test_a_terminal_gets_no_control_bytes(hostile: Desk) -> None:
    """The real process, its bytes as a terminal would receive them."""
    session = hostile.json("upcoming")[0]["id"]
    run = subprocess.run([sys.executable, "-m", "desktop", "--db", str(hostile.db), "--now", NOW,
                          "show", session], capture_output=True)
    assert run.returncode == 0, run.stderr
    text = run.stdout.decode("utf-8")
    assert "\x1b" not in text and "\r" not in text and harmless(text) == []
    assert "␛[2J" in text and "␍␊Forged" in text and "\u2068" in text
