"""Hostile platform exports at the command line: each is refused with exit 5 and one sentence
(plus where), and the database is left exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from services import cli
from services.container import Services
from tests.services.builders import BERLIN, bundle, dump, export, intro, paid, write

NOW = "2026-03-02T09:00:00Z"


def good() -> dict:
    return export(BERLIN, exported_at="2026-03-01T20:00:00Z",
                  bundles=[bundle("b-1", "u-2", 6, 1)],
                  sessions=[intro("r-1", "u-1", "2026-03-05T15:00:00Z",
                                  form={"What do you want to achieve?": "Backend work"}),
                            paid("s-1", "u-2", "b-1", "2026-03-03T10:00:00Z")])


class Desk:
    def __init__(self, tmp: Path, capsys: pytest.CaptureFixture[str], db: str) -> None:
        self.tmp, self.db, self._capsys = tmp, db, capsys

    def run(self, *argv: str) -> tuple[int, str, str]:
        self._capsys.readouterr()
        code = cli.run(["--db", str(self.db), "--now", NOW, *argv])
        out, err = self._capsys.readouterr()
        return code, out, err

    def dump(self) -> dict:
        app = Services.open(self.db)
        try:
            return dump(app.engine)
        finally:
            app.close()

    def refuses(self, name: str, raw: bytes) -> list[str]:
        """Import `raw` as a file: exit 5, a sentence, the database unchanged; the problems."""
        path = self.tmp / name
        path.write_bytes(raw)
        before = self.dump()
        code, out, err = self.run("import", str(path))
        assert code == 5, err
        assert out == ""
        lines = err.splitlines()
        assert lines[0].startswith(f"mentordesk: {name} was not imported: ")
        assert lines[0].endswith("; nothing was changed")
        assert self.dump() == before
        return [line.strip() for line in lines[1:]]


@pytest.fixture
def desk(tmp_path: Path, capsys: pytest.CaptureFixture[str], db_url: str) -> Desk:
    d = Desk(tmp_path, capsys, db_url)
    code, _, err = d.run("import", str(write(tmp_path / "first.json", good())))
    assert code == 0, err
    return d


def encoded(document: dict) -> bytes:
    return json.dumps(document).encode("utf-8")


@pytest.mark.parametrize("start", ["9999-12-31T23:00:00-05:00", "0001-01-01T00:30:00+01:00",
                                   "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z"])
def test_a_time_at_the_ends_of_the_calendar_is_refused(desk, start):
    document = good()
    document["sessions"][1]["start"] = start
    [problem] = desk.refuses("far.json", encoded(document))
    assert problem.startswith("$.sessions[1].start [s-1]: ")
    assert "not an ISO 8601 time" in problem or "outside the years 1900 to 2999" in problem


@pytest.mark.parametrize("start,accepted", [
    ("1899-12-31T23:59:00Z", False), ("1900-01-01T00:00:00Z", True),
    ("2999-12-31T23:59:00Z", True), ("3000-01-01T00:00:00Z", False),
    # The offset decides: 00:30 at +01:00 is still 1899 in UTC; at -01:00 it is 3000.
    ("1900-01-01T00:30:00+01:00", False), ("2999-12-31T23:30:00-01:00", False),
])
def test_times_are_taken_from_1900_to_2999_by_the_minute(desk, start, accepted):
    document = good()
    document["exported_at"] = "2026-03-02T08:00:00Z"
    document["sessions"][1]["start"] = start
    path = write(desk.tmp / "edge.json", document)
    if accepted:
        code, _, err = desk.run("import", str(path))
        assert code == 0, err
    else:
        [problem] = desk.refuses("edge.json", encoded(document))
        assert problem.endswith("lies outside the years 1900 to 2999")


def test_ten_thousand_levels_of_nesting_are_refused(desk):
    raw = b'{"format": "mentor-platform-export", "extra": ' + b"[" * 10_000 + b"]" * 10_000 \
        + b"}"
    assert desk.refuses("deep.json", raw) == ["$: nested too deeply to be read"]


def test_an_integer_of_five_thousand_digits_is_refused(desk):
    raw = encoded(good()).replace(b'"duration_minutes": 60', b'"duration_minutes": '
                                  + b"9" * 5000)
    [problem] = desk.refuses("digits.json", raw)
    assert problem == "$: not valid JSON: it holds a number with more digits than can be read"


def test_a_lone_surrogate_in_a_name_is_refused_with_its_place(desk):
    document = good()
    document["mentees"][1]["name"] = "Priya \ud800 Raman"
    raw = json.dumps(document, ensure_ascii=True).encode("ascii")
    assert b"\\ud800" in raw
    [problem] = desk.refuses("surrogate.json", raw)
    assert problem.startswith("$.mentees[1].name: not Unicode text")


def test_a_surrogate_pair_is_ordinary_text(desk):
    document = good()
    document["mentees"][1]["name"] = "Priya \U0001f600"
    path = desk.tmp / "emoji.json"
    path.write_bytes(json.dumps(document, ensure_ascii=True).encode("ascii"))
    code, _, err = desk.run("import", str(path))
    assert code == 0, err


def test_a_100_mb_form_key_is_refused_in_a_short_sentence(desk):
    document = good()
    document["sessions"][0]["form"] = {"q" * 100_000_000: "yes"}
    [problem] = desk.refuses("key.json", encoded(document))
    assert problem.startswith("$.sessions[0].form [r-1]: ")
    assert problem.endswith("' is too long (cut from 100000014 characters)")
    assert len(problem) < 400


@pytest.mark.parametrize("length,accepted", [(1000, True), (1001, False)])
def test_form_questions_are_bound_like_answers(desk, length, accepted):
    document = good()
    document["exported_at"] = "2026-03-02T08:00:00Z"
    document["sessions"][0]["form"] = {"q" * length: "yes"}
    path = write(desk.tmp / "question.json", document)
    if accepted:
        code, _, err = desk.run("import", str(path))
        assert code == 0, err
    else:
        [problem] = desk.refuses("question.json", encoded(document))
        assert "is too long" in problem
