"""The command line on mentees, the journal and earnings: `mentees`, `mentee`, `note add`,
`notes --search`, `earnings` (and its CSV), `commission`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.test_cli import Desk

NOW = "2026-03-02T09:00:00Z"
ROW_KEYS = {"id", "name", "email", "timezone", "local_time", "stage", "stage_suggested",
            "stage_chosen", "bundle_id", "sessions_left", "last_session", "next_session",
            "sessions_held", "intro_decision"}


@pytest.fixture(scope="module")
def samples() -> dict[str, str]:
    """The sample data, once per engine (its database kept for the module): each test copies
    it."""
    return {}


@pytest.fixture
def desk(tmp_path: Path, capsys: pytest.CaptureFixture[str], engine: str, databases,  # noqa: ANN001
         samples: dict[str, str], tmp_path_factory: pytest.TempPathFactory,
         request: pytest.FixtureRequest) -> Desk:
    from services import cli

    if engine not in samples:
        # Not one of the test's own databases, which go when it ends: this one stays as the
        # others' template.
        samples[engine] = (str(tmp_path_factory.mktemp("sample") / "desk.sqlite3")
                           if engine == "sqlite"
                           else request.getfixturevalue("postgres_template").new_database())
        assert cli.run(["--db", samples[engine], "--now", NOW, "demo"]) == 0
    return Desk(tmp_path, capsys, databases("desk", copy_of=samples[engine]))


def test_mentees_lists_every_stage_with_its_figures(desk: Desk) -> None:
    rows = desk.json("mentees")
    assert ROW_KEYS <= set(rows[0])
    assert {r["stage"] for r in rows} == {"intro", "kickoff", "regular", "closing", "finished"}
    sam = next(r for r in rows if r["id"] == "u-100")
    assert (sam["name"], sam["stage"], sam["bundle_id"], sam["sessions_held"]) == (
        "Sam Lee", "regular", "b-1", 3)
    assert sam["local_time"] == "2026-03-02T04:00-05:00"
    assert sam["next_session"] == "2026-03-03T14:00:00+01:00"
    code, out, _ = desk("mentees")
    assert code == 0 and out.splitlines()[0].split()[:4] == ["ID", "NAME", "LOCAL", "TIME"]
    assert any(line.startswith("u-106") and "closing (set)" in line for line in out.splitlines())


def test_mentees_searches_names_and_journals_filters_and_sorts(desk: Desk) -> None:
    assert [r["id"] for r in desk.json("mentees", "--search", "kubernetes")] == ["u-200"]
    assert [r["id"] for r in desk.json("mentees", "--stage", "kickoff")] == ["u-206"]
    held = [r["sessions_held"] for r in desk.json("mentees", "--sort", "-held")]
    assert held == sorted(held, reverse=True)
    assert desk.json("mentees", "--search", "no such text anywhere") == []
    assert desk("mentees", "--stage", "graduated")[0] == 2


def test_mentee_shows_profile_goals_and_journal_and_sets_the_stage(desk: Desk) -> None:
    [profile] = desk.json("mentee", "u-100")
    assert profile["goals"][0]["indicators"][0]["current"] == 3
    assert [n["session_id"] for n in profile["notes"]] == ["s-3", "s-2"]
    assert profile["bundles"][0]["price_cents"] == 36000
    code, out, _ = desk("mentee", "u-100")
    assert code == 0 and "Backend pull requests merged at work: 3 of 10 PRs" in out
    assert "  - pick a small service ticket at work" in out
    [changed] = desk.json("mentee", "u-100", "--stage", "closing")
    assert (changed["stage"], changed["stage_chosen"]) == ("closing", True)
    [back] = desk.json("mentee", "u-100", "--stage", "auto")
    assert (back["stage"], back["stage_chosen"]) == ("regular", False)
    assert desk("mentee", "u-404")[0] == 4


def test_note_add_appends_to_a_session_or_a_profile_and_undo_takes_it_back(desk: Desk) -> None:
    code, out, _ = desk("note", "add", "s-3", "Follow-up: =send the CV")
    assert code == 0 and out.startswith("note on s-3 saved")
    [note] = desk.json("mentee", "u-100")[0]["notes"][:1]
    assert note["text"].endswith("databases.\n\nFollow-up: =send the CV")
    code, out, _ = desk("undo")
    assert code == 0 and out.strip() == "undid note of s-3"
    assert desk.json("mentee", "u-100")[0]["notes"][0]["text"].endswith("databases.")
    assert desk("note", "add", "--mentee", "u-110", "Asked about Rust")[0] == 0
    assert desk.json("mentee", "u-110")[0]["profile_note"] == "Asked about Rust"
    assert desk("note", "add", "s-3", "--mentee", "u-100", "both")[0] == 2
    assert desk("note", "add", "nope", "text")[0] == 4
    assert desk("note", "add", "s-3", "x" * 20_001)[0] == 3


def test_notes_search_prints_what_was_found(desk: Desk) -> None:
    found = desk.json("notes", "--search", "CV REWRITTEN")
    assert [(n["mentee_id"], n["kind"]) for n in found] == [("u-200", "session")]
    code, out, _ = desk("notes", "--search", "offer received")
    assert code == 0 and "Amara Nwosu (u-200)" in out and "  Offer received!" in out
    assert desk("notes", "--search", "zzz-nothing")[1].strip() == "No notes found."


def test_earnings_per_month_per_bundle_and_for_one_month(desk: Desk) -> None:
    months = desk.json("earnings")
    assert {m["currency"] for m in months} == {"EUR", "USD"}
    assert len({m["month"] for m in months}) == 12
    [eur, usd] = desk.json("earnings", "--month", "2026-01")
    assert (eur["currency"], eur["sessions"], eur["gross"], eur["commission"], eur["net"]) == (
        "EUR", 12, "1080.00", "135.00", "945.00")
    assert (usd["currency"], usd["sessions"], usd["net"]) == ("USD", 2, "210.00")
    march = {m["currency"]: m for m in desk.json("earnings", "--month", "2026-03")}
    assert (march["EUR"]["waiting_sessions"], march["EUR"]["waiting_net"]) == (1, "78.75")
    refunded = next(b for b in desk.json("earnings", "--bundles") if b["status"] == "refunded")
    assert (refunded["value"], refunded["used"], refunded["refunded"]) == (
        "540.00", "180.00", "360.00")
    assert desk("earnings", "--month", "2026-13")[0] == 2
    code, out, _ = desk("earnings")
    assert code == 0 and "commission now 12.5 %" in out


def test_earnings_csv_for_a_year_and_the_commission_setting(desk: Desk) -> None:
    out_file = desk.tmp / "2025.csv"
    code, out, _ = desk("earnings", "--csv", str(out_file), "--year", "2025")
    assert code == 0 and out.startswith("wrote ")
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert rows and all(r["date"].startswith("2025-") for r in rows)
    assert {r["currency"] for r in rows if r["net"]} == {"EUR", "USD"}
    assert desk("earnings", "--year", "2025")[0] == 2
    assert desk("commission", "15")[0] == 0
    assert desk("commission")[1].strip() == "commission 15 %"
    assert desk("commission", "101")[0] == 3
    assert desk("commission", "--reset")[0] == 0
    assert desk("commission")[1].strip() == "commission 12.5 %"
    # What was counted keeps its rate.
    assert desk.json("earnings", "--month", "2026-01")[0]["commission"] == "135.00"
