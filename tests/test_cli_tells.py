"""The command line tells as much as the window: red flags and what Accept would meet, in the
same words and from the same service call."""

from __future__ import annotations

import re

import pytest

from services.container import Services
from tests.services.builders import BERLIN, local
from tests.test_cli import SESSION_KEYS, Desk



def cells(line: str) -> list[str]:
    return re.split(r"\s{2,}", line.strip())


@pytest.fixture
def desk(tmp_path, capsys) -> Desk:  # noqa: ANN001
    desk = Desk(tmp_path, capsys).loaded()
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
