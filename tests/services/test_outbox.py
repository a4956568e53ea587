"""The outbox: every decision since the last one, oldest first, once, valid, written atomically."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from services.errors import FileUnusable, RuleViolation
from services.files import SCHEMA_DIR
from tests.services.builders import BERLIN, bundle, export, intro, local, open_all_week, paid

SCHEMA = json.loads((SCHEMA_DIR / "outbox.schema.json").read_text(encoding="utf-8"))


def valid(document: dict) -> dict:
    errors = [e.message for e in Draft202012Validator(SCHEMA).iter_errors(document)]
    assert errors == []
    return document


def read(path: Path) -> dict:
    return valid(json.loads(path.read_text(encoding="utf-8")))


@pytest.fixture
def desk(services, clock):
    services.importer.import_document(export(
        BERLIN, exported_at="2026-03-01T00:00:00Z",
        bundles=[bundle("b-1", "u-2", 4, 0)],
        sessions=[intro("r-1", "u-1", local(BERLIN, "2026-03-16T10:00")),
                  intro("r-2", "u-3", local(BERLIN, "2026-03-16T11:00")),
                  intro("s-1", "u-1", local(BERLIN, "2026-03-01T10:00"), "scheduled"),
                  paid("p-1", "u-2", "b-1", local(BERLIN, "2026-03-01T14:00")),
                  paid("p-2", "u-2", "b-1", local(BERLIN, "2026-03-20T14:00"))]))
    return services


def decide_four(services, clock) -> None:
    clock.set("2026-03-02T09:00:00Z")
    services.sessions.accept("r-1")
    clock.set("2026-03-02T09:05:00Z")
    services.sessions.reject("r-2", "Looks like spam")
    clock.set("2026-03-02T09:10:00Z")
    services.sessions.cancel("p-2", "Travelling")
    clock.set("2026-03-02T09:15:00Z")
    services.sessions.confirm("s-1", "held", "approve")
    clock.set("2026-03-02T09:20:00Z")
    services.sessions.confirm("p-1", "mentee_no_show")


def test_the_outbox_lists_decisions_oldest_first_with_their_details(desk, clock, tmp_path):
    decide_four(desk, clock)
    clock.set("2026-03-02T10:00:00Z")
    result = desk.outbox.write(tmp_path / "outbox.json")
    assert result.count == 5
    document = read(tmp_path / "outbox.json")
    assert (document["format"], document["version"], document["mentor_id"],
            document["written_at"]) == ("mentor-desk-outbox", 2, "m-1", "2026-03-02T10:00:00Z")
    actions = [{k: v for k, v in a.items() if k != "id"} for a in document["actions"]]
    assert actions == [
        {"at": "2026-03-02T09:00:00Z", "session_id": "r-1", "action": "accept"},
        {"at": "2026-03-02T09:05:00Z", "session_id": "r-2", "action": "reject",
         "reason": "Looks like spam"},
        {"at": "2026-03-02T09:10:00Z", "session_id": "p-2", "action": "cancel",
         "reason": "Travelling"},
        {"at": "2026-03-02T09:15:00Z", "session_id": "s-1", "action": "confirm",
         "outcome": "held", "decision": "approve"},
        {"at": "2026-03-02T09:20:00Z", "session_id": "p-1", "action": "confirm",
         "outcome": "mentee_no_show"},
    ]
    ids = [a["id"] for a in document["actions"]]
    assert len(set(ids)) == 5 and all(ids)


def test_each_decision_goes_out_once(desk, clock, tmp_path):
    decide_four(desk, clock)
    desk.outbox.write(tmp_path / "1.json")
    first = read(tmp_path / "1.json")
    assert len(first["actions"]) == 5 and desk.outbox.pending_count() == 0

    clock.set("2026-03-03T09:00:00Z")
    assert desk.outbox.write(tmp_path / "2.json").count == 0
    assert read(tmp_path / "2.json")["actions"] == []

    clock.set("2026-03-05T09:00:00Z")
    desk.importer.import_document(export(
        BERLIN, exported_at="2026-03-04T00:00:00Z",
        sessions=[intro("r-3", "u-3", local(BERLIN, "2026-03-18T10:00"))]))
    desk.sessions.accept("r-3")
    desk.outbox.write(tmp_path / "3.json")
    third = read(tmp_path / "3.json")
    assert [(a["session_id"], a["action"]) for a in third["actions"]] == [("r-3", "accept")]
    assert not {a["id"] for a in third["actions"]} & {a["id"] for a in first["actions"]}


def test_undone_decisions_are_left_out(desk, clock, tmp_path):
    decide_four(desk, clock)
    desk.sessions.undo_last()   # the mentee no-show of p-1
    desk.sessions.undo_last()   # the confirmation of s-1
    assert desk.outbox.pending_count() == 3
    desk.outbox.write(tmp_path / "outbox.json")
    assert [a["session_id"] for a in read(tmp_path / "outbox.json")["actions"]] == \
        ["r-1", "r-2", "p-2"]
    # Confirmed again after the undo: it goes out with the next outbox, once.
    desk.sessions.confirm("p-1", "held")
    desk.outbox.write(tmp_path / "next.json")
    assert [(a["session_id"], a["outcome"]) for a in read(tmp_path / "next.json")["actions"]] \
        == [("p-1", "held")]


def test_availability_edits_and_requests_entered_here_are_not_outbox_actions(desk, clock,
                                                                            tmp_path):
    clock.set("2026-03-02T09:00:00Z")
    open_all_week(desk, "intro")
    desk.sessions.request_intro("u-3", local(BERLIN, "2026-03-10T10:00"))
    desk.availability.add_day_off(local(BERLIN, "2026-03-12T12:00").date())
    assert desk.outbox.pending_count() == 0
    desk.outbox.write(tmp_path / "outbox.json")
    assert read(tmp_path / "outbox.json")["actions"] == []


def test_the_outbox_is_written_atomically(desk, clock, tmp_path):
    decide_four(desk, clock)
    target = tmp_path / "out" / "outbox.json"
    target.parent.mkdir()
    desk.outbox.write(target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["outbox.json"]
    assert json.loads(target.read_text(encoding="utf-8"))["actions"]


def _earlier_outbox(desk) -> str:
    """An outbox written before, perhaps never uploaded: one accept from the day before."""
    mentor_id = desk.outbox.build()[0]["mentor_id"]
    return json.dumps({"format": "mentor-desk-outbox", "version": 1,
                       "written_at": "2026-03-01T10:00:00Z", "mentor_id": mentor_id,
                       "actions": [{"id": "earlier-1", "at": "2026-03-01T09:00:00Z",
                                    "session_id": "s-old", "action": "accept"}]})


def test_a_failed_write_leaves_the_decisions_unsent_and_no_stray_file(desk, clock, tmp_path,
                                                                     monkeypatch):
    decide_four(desk, clock)
    target = tmp_path / "outbox.json"
    previous = _earlier_outbox(desk)
    target.write_text(previous, encoding="utf-8")

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(FileUnusable, match="outbox.json: No space left on device; nothing"):
        desk.outbox.write(target)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("desk.sqlite3")] \
        == ["outbox.json"]
    assert target.read_text(encoding="utf-8") == previous
    assert desk.outbox.pending_count() == 5
    assert desk.settings.get("last_outbox_at") is None

    monkeypatch.undo()
    result = desk.outbox.write(target)
    assert (result.count, result.carried) == (5, 1)
    assert len(read(target)["actions"]) == 6


def test_writing_over_an_earlier_outbox_keeps_its_actions_each_once(desk, clock, tmp_path):
    decide_four(desk, clock)
    target = tmp_path / "outbox.json"
    target.write_text(_earlier_outbox(desk), encoding="utf-8")
    first = desk.outbox.write(target)
    assert (first.count, first.carried) == (5, 1)
    actions = read(target)["actions"]
    assert actions[0]["id"] == "earlier-1"  # oldest first
    assert [a["at"] for a in actions] == sorted(a["at"] for a in actions)
    again = desk.outbox.write(target)  # nothing new: the file keeps what it had
    assert (again.count, again.carried) == (0, 6)
    assert [a["id"] for a in read(target)["actions"]] == [a["id"] for a in actions]


def test_an_outbox_never_overwrites_a_file_that_is_not_one(desk, clock, tmp_path):
    decide_four(desk, clock)
    target = tmp_path / "notes.json"
    target.write_text("my notes", encoding="utf-8")
    with pytest.raises(RuleViolation) as refused:
        desk.outbox.write(target)
    assert refused.value.code == "not_an_outbox" and "notes.json" in refused.value.message
    assert target.read_text(encoding="utf-8") == "my notes"
    assert desk.outbox.pending_count() == 5


def test_a_write_that_fails_midway_leaves_the_decisions_unsent(desk, clock, tmp_path,
                                                               monkeypatch):
    decide_four(desk, clock)

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(FileUnusable, match="outbox.json: Input/output error; nothing"):
        desk.outbox.write(tmp_path / "outbox.json")
    assert not (tmp_path / "outbox.json").exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    assert desk.outbox.pending_count() == 5


def test_decisions_in_the_outbox_are_marked_sent(desk, clock, tmp_path):
    decide_four(desk, clock)
    clock.set("2026-03-02T10:00:00Z")
    desk.outbox.write(tmp_path / "outbox.json")
    history = desk.sessions.history("r-1")
    assert [(a.action, a.sent_at) for a in history] == [("accept", clock.now())]
    assert desk.settings.get("last_outbox_at") == clock.now().isoformat()


def test_no_outbox_before_an_export_named_the_mentor(services, tmp_path):
    with pytest.raises(RuleViolation) as caught:
        services.outbox.write(tmp_path / "outbox.json")
    assert caught.value.code == "no_mentor"
    assert not (tmp_path / "outbox.json").exists()


def test_build_does_not_mark_anything_sent(desk, clock):
    decide_four(desk, clock)
    document, ids = desk.outbox.build()
    valid(document)
    assert len(ids) == 5 and desk.outbox.pending_count() == 5
