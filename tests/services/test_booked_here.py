"""Sessions booked in Mentor Desk: out once as `book` (outbox version 2), before anything else on
them, and back under the platform's id, with the same history, calendar UID and outbox state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from services.errors import InvalidInput, NotFound, RuleViolation
from services.files import SCHEMA_DIR
from services.ical_export import ExportOptions
from services.sessions import WITHDRAWN_REASON, SessionQuery
from tests.services.builders import BERLIN, bundle, dump, export, intro, local, open_all_week

V2 = json.loads((SCHEMA_DIR / "outbox.schema.json").read_text(encoding="utf-8"))
EXPORTED = "2026-03-01T00:00:00Z"


def read(path: Path) -> dict:
    document = json.loads(path.read_text(encoding="utf-8"))
    assert [e.message for e in Draft202012Validator(V2).iter_errors(document)] == []
    return document


def brief(document: dict) -> list[tuple[str, str]]:
    return [(a["action"], a["session_id"]) for a in document["actions"]]


@pytest.fixture
def desk(services, clock):
    services.importer.import_document(export(
        BERLIN, exported_at=EXPORTED, bundles=[bundle("b-1", "u-2", 4, 0)],
        sessions=[intro("r-1", "u-1", local(BERLIN, "2026-03-16T10:00"))]))
    open_all_week(services, "intro")
    open_all_week(services, "paid")
    return services


def booked(desk, clock) -> str:
    """A paid session booked here on Monday 2 March at 09:00 UTC; its local id."""
    clock.set("2026-03-02T09:00:00Z")
    return desk.sessions.book_paid("u-2", local(BERLIN, "2026-03-11T10:00"), 45).id


def platform_copy(local_id: str, platform_id: str = "p-77", exported_at: str = "2026-03-03T08:00:00Z",
                  **changes) -> dict:
    """The export in which the platform brings the booking back under its own id."""
    session = {"id": platform_id, "type": "paid", "mentee_id": "u-2", "bundle_id": "b-1",
               "start": "2026-03-11T09:00:00Z", "duration_minutes": 45, "status": "scheduled",
               "client_id": local_id, **changes}
    return export(BERLIN, exported_at=exported_at, bundles=[bundle("b-1", "u-2", 4, 0)],
                  sessions=[session])


# -- out: outbox version 2 -----------------------------------------------------------------------

def test_a_paid_session_booked_here_goes_out_as_book_once(desk, clock, tmp_path):
    local_id = booked(desk, clock)
    assert desk.outbox.pending_count() == 1
    clock.set("2026-03-02T10:00:00Z")
    desk.outbox.write(tmp_path / "1.json")
    document = read(tmp_path / "1.json")
    assert document["version"] == 2
    [action] = document["actions"]
    assert {k: v for k, v in action.items() if k != "id"} == {
        "at": "2026-03-02T09:00:00Z", "session_id": local_id, "action": "book",
        "session": {"type": "paid", "mentee_id": "u-2", "bundle_id": "b-1",
                    "start": "2026-03-11T09:00:00Z", "duration_minutes": 45}}
    assert desk.outbox.pending_count() == 0
    desk.outbox.write(tmp_path / "2.json")
    assert read(tmp_path / "2.json")["actions"] == []


def test_the_booking_goes_out_before_a_later_action_on_it_even_in_the_same_minute(desk, clock,
                                                                               tmp_path):
    local_id = booked(desk, clock)
    desk.sessions.cancel(local_id, "Clash with a conference")  # same clock reading
    desk.outbox.write(tmp_path / "outbox.json")
    assert brief(read(tmp_path / "outbox.json")) == [("book", local_id), ("cancel", local_id)]


def test_an_intro_entered_here_goes_out_as_book_once_accepted(desk, clock, tmp_path):
    clock.set("2026-03-02T09:00:00Z")
    entered = desk.sessions.request_intro("u-3", local(BERLIN, "2026-03-10T10:00"))
    assert desk.outbox.pending_count() == 0  # a request alone is not for the platform
    clock.set("2026-03-02T09:30:00Z")
    desk.sessions.accept(entered.id)
    desk.sessions.accept("r-1")  # a platform request: an ordinary accept
    desk.outbox.write(tmp_path / "outbox.json")
    actions = read(tmp_path / "outbox.json")["actions"]
    assert brief({"actions": actions}) == [("book", entered.id), ("accept", "r-1")]
    assert actions[0]["session"] == {"type": "intro", "mentee_id": "u-3",
                                     "start": "2026-03-10T09:00:00Z", "duration_minutes": 20}
    assert actions[0]["at"] == "2026-03-02T09:30:00Z"  # when it was booked: accepted


def test_a_request_entered_and_rejected_here_never_reaches_the_platform(desk, clock, tmp_path):
    clock.set("2026-03-02T09:00:00Z")
    entered = desk.sessions.request_intro("u-3", local(BERLIN, "2026-03-10T10:00"))
    desk.sessions.reject(entered.id, "Entered by mistake")
    assert desk.outbox.pending_count() == 0
    desk.outbox.write(tmp_path / "outbox.json")
    assert read(tmp_path / "outbox.json")["actions"] == []


def test_undo_withdraws_a_booking_not_yet_sent(desk, clock, tmp_path):
    local_id = booked(desk, clock)
    assert desk.sessions.bundle("b-1").sessions_booked == 1
    assert desk.sessions.last_undoable().action == "book"
    undone = desk.sessions.undo_last()
    assert (undone.action, undone.session_id) == ("book", local_id)
    record = desk.sessions.get(local_id)
    assert (record.status, record.reason) == ("cancelled", WITHDRAWN_REASON)
    assert desk.sessions.bundle("b-1").sessions_booked == 0  # its share is free again
    assert desk.outbox.pending_count() == 0
    desk.outbox.write(tmp_path / "outbox.json")
    assert read(tmp_path / "outbox.json")["actions"] == []
    # The time is free again: the same slot can be booked anew.
    assert desk.sessions.book_paid("u-2", local(BERLIN, "2026-03-11T10:00"), 45).id != local_id


def test_a_booking_written_to_an_outbox_cannot_be_undone(desk, clock, tmp_path):
    booked(desk, clock)
    desk.outbox.write(tmp_path / "outbox.json")
    with pytest.raises(RuleViolation) as refused:
        desk.sessions.undo_last()
    assert refused.value.code == "nothing_to_undo"


def test_undo_takes_back_the_later_action_before_the_booking(desk, clock):
    local_id = booked(desk, clock)
    desk.sessions.cancel(local_id, "Clash")
    assert desk.sessions.undo_last().action == "cancel"
    assert desk.sessions.get(local_id).status == "scheduled"
    assert desk.sessions.undo_last().action == "book"


@pytest.mark.parametrize("version", [1, 2])
def test_an_earlier_outbox_of_either_version_is_carried_into_version_2(desk, clock, tmp_path,
                                                                       version):
    earlier = {"format": "mentor-desk-outbox", "version": version,
               "written_at": "2026-03-01T10:00:00Z", "mentor_id": "m-1",
               "actions": [{"id": "earlier-1", "at": "2026-03-01T09:00:00Z",
                            "session_id": "s-old", "action": "accept"}]}
    target = tmp_path / "outbox.json"
    target.write_text(json.dumps(earlier), encoding="utf-8")
    local_id = booked(desk, clock)
    result = desk.outbox.write(target)
    assert (result.count, result.carried) == (1, 1)
    document = read(target)
    assert document["version"] == 2
    assert brief(document) == [("accept", "s-old"), ("book", local_id)]


def test_an_outbox_file_of_an_unknown_version_is_not_overwritten(desk, clock, tmp_path):
    target = tmp_path / "outbox.json"
    target.write_text(json.dumps({"format": "mentor-desk-outbox", "version": 3,
                                  "written_at": EXPORTED, "mentor_id": "m-1", "actions": []}))
    booked(desk, clock)
    with pytest.raises(RuleViolation) as refused:
        desk.outbox.write(target)
    assert refused.value.code == "not_an_outbox"
    assert desk.outbox.pending_count() == 1


# -- back in: the platform's id ------------------------------------------------------------------

def test_the_platform_re_ids_a_session_booked_here(desk, clock, tmp_path):
    local_id = booked(desk, clock)
    ics_before = desk.calendar_export.build(ExportOptions(what="sessions", days=30)).data
    assert not desk.sessions.get(local_id).platform_confirmed
    desk.outbox.write(tmp_path / "outbox.json")

    clock.set("2026-03-03T09:00:00Z")
    result = desk.importer.import_document(platform_copy(local_id))
    assert result.adopted == [(local_id, "p-77")]
    assert "the platform confirmed 1 session booked here" in result.summary()

    record = desk.sessions.get("p-77")
    assert (record.client_id, record.platform_confirmed, record.status) == \
        (local_id, True, "scheduled")
    with pytest.raises(NotFound):
        desk.sessions.get(local_id)
    # Listed once everywhere: the history, the mentee's sessions, the bundle's share.
    ids = [r.id for r in desk.sessions.search(SessionQuery())]
    assert ids.count("p-77") == 1 and local_id not in ids
    assert desk.sessions.bundle("b-1").sessions_booked == 1
    history = desk.sessions.history("p-77")
    assert [(a.action, a.sent_at is not None) for a in history] == [("book", True)]
    # The calendar event keeps its UID: a calendar app updates it rather than adding a second.
    ics_after = desk.calendar_export.build(ExportOptions(what="sessions", days=30)).data
    uid = f"UID:session-{local_id}@mentordesk".encode()
    assert uid in ics_before and ics_after.count(uid) == 1
    assert b"p-77" not in ics_after


def test_an_action_not_yet_sent_follows_the_session_to_its_new_id(desk, clock, tmp_path):
    local_id = booked(desk, clock)
    desk.outbox.write(tmp_path / "1.json")
    clock.set("2026-03-02T12:00:00Z")
    desk.sessions.cancel(local_id, "Clash with a conference")
    clock.set("2026-03-03T09:00:00Z")
    # Exported before the platform heard of the cancellation: the local decision stands.
    result = desk.importer.import_document(platform_copy(local_id))
    assert result.kept_local == ["p-77"]
    record = desk.sessions.get("p-77")
    assert (record.status, record.reason) == ("cancelled", "Clash with a conference")
    desk.outbox.write(tmp_path / "2.json")
    assert brief(read(tmp_path / "2.json")) == [("cancel", "p-77")]


def test_importing_the_re_id_again_changes_nothing(desk, clock, tmp_path):
    local_id = booked(desk, clock)
    desk.outbox.write(tmp_path / "outbox.json")
    clock.set("2026-03-03T09:00:00Z")
    desk.importer.import_document(platform_copy(local_id))
    before = dump(desk.engine)
    again = desk.importer.import_document(platform_copy(local_id))
    assert not again.changed and again.adopted == []
    assert dump(desk.engine) == before


def test_a_booking_the_platform_has_not_confirmed_stays_marked(desk, clock, tmp_path):
    local_id = booked(desk, clock)
    desk.outbox.write(tmp_path / "outbox.json")
    clock.set("2026-03-03T09:00:00Z")
    # The platform refused it: the booking is simply absent from the next export.
    desk.importer.import_document(export(BERLIN, exported_at="2026-03-03T08:00:00Z",
                                         bundles=[bundle("b-1", "u-2", 4, 0)]))
    record = desk.sessions.get(local_id)
    assert (record.status, record.platform_confirmed) == ("scheduled", False)
    item = record.to_json(desk.sessions.timezone())
    assert (item["client_id"], item["platform_confirmed"]) == (local_id, False)


def test_a_platform_id_equal_to_the_local_one_confirms_it_in_place(desk, clock, tmp_path):
    local_id = booked(desk, clock)
    desk.outbox.write(tmp_path / "outbox.json")
    result = desk.importer.import_document(platform_copy(local_id, platform_id=local_id))
    assert result.adopted == []
    record = desk.sessions.get(local_id)
    assert (record.platform_confirmed, record.client_id) == (True, local_id)


def test_a_client_id_from_another_desk_is_kept_as_it_is(desk, clock):
    desk.importer.import_document(platform_copy("local-elsewhere1"))
    record = desk.sessions.get("p-77")
    assert (record.client_id, record.platform_confirmed) == ("local-elsewhere1", True)


def refused(desk, document) -> list[tuple[str, str | None, str]]:
    before = dump(desk.engine)
    with pytest.raises(InvalidInput) as caught:
        desk.importer.import_document(document, "export.json")
    assert dump(desk.engine) == before
    return [(p.path, p.record_id, p.message) for p in caught.value.problems]


def test_one_client_id_claimed_twice_in_a_file_is_refused(desk, clock):
    local_id = booked(desk, clock)
    document = platform_copy(local_id)
    document["sessions"].append({**document["sessions"][0], "id": "p-78",
                                 "start": "2026-03-12T09:00:00Z"})
    assert refused(desk, document) == [
        ("$.sessions[1].client_id", "p-78", f"client_id {local_id} is also claimed by "
                                            "$.sessions[0]")]


def test_a_client_id_naming_a_platform_session_is_refused(desk, clock):
    [(path, record_id, message)] = refused(desk, platform_copy("r-1"))
    assert (path, record_id) == ("$.sessions[0].client_id", "p-77")
    assert message == "client_id r-1 names a session that was not booked here"


def test_a_booking_already_re_ided_cannot_be_claimed_by_another_id(desk, clock, tmp_path):
    local_id = booked(desk, clock)
    desk.importer.import_document(platform_copy(local_id))
    [(path, _, message)] = refused(desk, platform_copy(local_id, platform_id="p-99",
                                                       exported_at="2026-03-04T08:00:00Z"))
    assert message == f"the session booked here as {local_id} is already the platform's p-77"


def test_a_client_id_with_another_mentee_is_refused(desk, clock):
    local_id = booked(desk, clock)
    document = platform_copy(local_id)
    document["bundles"].append(bundle("b-3", "u-3", 4, 0))
    document["sessions"][0].update(mentee_id="u-3", bundle_id="b-3")
    [(_, _, message)] = refused(desk, document)
    assert message == f"the session booked here as {local_id} is with mentee u-2, not u-3"
