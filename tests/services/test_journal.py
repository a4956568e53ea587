"""The journal: notes per session, stage, goals with indicators and progress, the profile note;
each edit one step of Undo; private (never in the outbox or a calendar export); kept through
imports."""

from __future__ import annotations

import json
from datetime import date

import pytest

from services import policy
from services.errors import NotFound, RuleViolation
from services.mentees import suggested_stage
from tests.services.builders import BERLIN, bundle, export, intro, mentee, paid

HOSTILE = "<b>bold</b> &amp; *stars*\n- a list\r\n=SUM(A1)"


def desk_export() -> dict:
    return export(BERLIN, bundles=[bundle("b-1", "u-1", 4, 1)], sessions=[
        intro("i-1", "u-1", "2026-02-01T10:00:00Z", "completed"),
        paid("p-1", "u-1", "b-1", "2026-02-10T10:00:00Z", "completed"),
        paid("p-2", "u-1", "b-1", "2026-03-01T10:00:00Z"),
        paid("p-3", "u-1", "b-1", "2026-03-09T10:00:00Z"),
        intro("i-2", "u-2", "2026-02-20T10:00:00Z", "completed"),
    ])


@pytest.fixture
def desk(services):
    services.importer.import_document(desk_export())
    return services


def test_a_note_is_kept_as_typed_and_one_edit_is_one_undo(desk) -> None:
    assert desk.journal.note("p-1") is None
    first = desk.journal.set_note("p-1", HOSTILE)
    assert first.text == HOSTILE.replace("\r\n", "\n")
    desk.journal.set_note("p-1", "second version")
    assert desk.journal.note("p-1").text == "second version"
    undone = desk.sessions.undo_last()
    assert (undone.action, undone.subject) == ("note", "p-1")
    assert desk.journal.note("p-1").text == first.text
    desk.sessions.undo_last()
    assert desk.journal.note("p-1") is None


def test_an_empty_note_removes_it_and_the_same_text_is_no_edit(desk) -> None:
    desk.journal.set_note("p-1", "x")
    desk.journal.set_note("p-1", "x")
    desk.journal.set_note("p-1", "   ")
    assert desk.journal.note("p-1") is None
    desk.sessions.undo_last()
    assert desk.journal.note("p-1").text == "x"
    desk.sessions.undo_last()
    assert desk.journal.note("p-1") is None
    with pytest.raises(RuleViolation, match="nothing left to undo|no decision left"):
        desk.sessions.undo_last()


def test_a_note_may_be_as_long_as_the_policy_says_and_not_a_character_more(desk) -> None:
    limit = policy.NOTE_MAX_CHARS
    assert len(desk.journal.set_note("p-1", "a" * limit).text) == limit
    with pytest.raises(RuleViolation) as refused:
        desk.journal.set_note("p-1", "a" * (limit + 1))
    assert str(limit) in refused.value.message and str(limit + 1) in refused.value.message
    assert len(desk.journal.note("p-1").text) == limit


def test_undo_takes_back_journal_edits_and_decisions_in_the_order_made(desk, clock) -> None:
    clock.set("2026-03-01T11:00:00Z")
    desk.sessions.confirm("p-2", "held")
    desk.journal.set_note("p-2", "went well")
    assert desk.sessions.last_undoable().action == "note"
    desk.sessions.undo_last()
    assert desk.journal.note("p-2") is None
    assert desk.sessions.get("p-2").status == "completed"
    assert desk.sessions.undo_last().action == "confirm"
    assert desk.sessions.get("p-2").status == "awaiting_confirmation"


def test_journal_edits_stay_out_of_the_history_the_outbox_and_the_calendar(desk, clock,
                                                                         tmp_path) -> None:
    clock.set("2026-03-01T11:00:00Z")
    desk.sessions.confirm("p-2", "held")
    desk.journal.set_note("p-2", "SECRET-NOTE discussed salary")
    desk.journal.set_profile_note("u-1", "SECRET-PROFILE")
    desk.journal.add_goal("u-1", "SECRET-GOAL", None, [("SECRET-INDICATOR", 3, "")])
    assert [a.action for a in desk.sessions.history("p-2")] == ["confirm"]
    out = tmp_path / "outbox.json"
    desk.outbox.write(out)
    written = out.read_text(encoding="utf-8")
    assert [a["action"] for a in json.loads(written)["actions"]] == ["confirm"]
    desk.calendar_export.write(tmp_path / "calendar.ics")
    calendar = (tmp_path / "calendar.ics").read_text(encoding="utf-8")
    assert "p-2" in calendar
    for secret in ("SECRET", "salary"):
        assert secret not in written and secret not in calendar


def test_stage_is_suggested_from_the_sessions_and_may_be_set_and_given_back(desk) -> None:
    row = desk.mentees.row("u-1")
    assert (row.stage, row.stage_chosen) == ("regular", False)
    desk.journal.set_stage("u-1", "closing")
    row = desk.mentees.row("u-1")
    assert (row.stage, row.stage_suggested, row.stage_chosen) == ("closing", "regular", True)
    desk.journal.set_stage("u-1", None)
    assert desk.mentees.row("u-1").stage_chosen is False
    desk.sessions.undo_last()
    assert desk.mentees.row("u-1").stage == "closing"
    with pytest.raises(RuleViolation):
        desk.journal.set_stage("u-1", "graduated")


@pytest.mark.parametrize("held_paid,left,had_bundle,rejected,stage", [
    (0, None, False, False, "intro"),
    (0, None, False, True, "finished"),
    (0, 4, True, False, "kickoff"),
    (1, 3, True, False, "regular"),
    (1, 2, True, False, "regular"),
    (3, 1, True, False, "closing"),
    (4, 0, True, False, "closing"),
    (4, None, True, False, "finished"),
])
def test_the_stage_the_sessions_suggest(held_paid, left, had_bundle, rejected, stage) -> None:
    assert suggested_stage(held_paid, left, had_bundle, rejected) == stage


def test_a_profile_note_and_its_undo(desk) -> None:
    desk.journal.set_profile_note("u-1", "likes homework")
    assert desk.mentees.profile("u-1").profile_note == "likes homework"
    assert desk.sessions.last_undoable().subject == "u-1"
    desk.sessions.undo_last()
    assert desk.mentees.profile("u-1").profile_note == ""
    with pytest.raises(NotFound):
        desk.journal.set_profile_note("u-404", "x")


def test_goals_with_indicators_and_progress_and_undo_of_each_step(desk) -> None:
    goal = desk.journal.add_goal("u-1", "Backend role by December", date(2026, 12, 31),
                                 [("PRs merged", "10", "PRs"), ("Mock interviews", 3, "")])
    prs = goal.indicators[0]
    assert (prs.name, prs.target, prs.unit, prs.current) == ("PRs merged", 10.0, "PRs", None)
    goal = desk.journal.record_progress(prs.id, "2,5", "p-1")
    assert goal.indicators[0].current == 2.5 and goal.indicators[0].reached == 0.25
    assert goal.indicators[0].progress[0].session_id == "p-1"
    goal = desk.journal.record_progress(prs.id, 12)
    assert goal.indicators[0].reached == 1.0
    desk.journal.remove_goal(goal.id)
    assert desk.journal.goals("u-1") == []
    desk.sessions.undo_last()  # the removal
    [back] = desk.journal.goals("u-1")
    assert back == goal
    desk.sessions.undo_last()  # the second progress
    assert desk.journal.goals("u-1")[0].indicators[0].current == 2.5
    desk.sessions.undo_last()
    desk.sessions.undo_last()  # the goal itself
    assert desk.journal.goals("u-1") == []
    with pytest.raises(RuleViolation):
        desk.journal.add_goal("u-1", "  ")
    with pytest.raises(RuleViolation):
        desk.journal.add_goal("u-1", "x", None, [("", 1, "")])
    with pytest.raises(RuleViolation):
        desk.journal.add_goal("u-1", "x", None, [("n", "lots", "")])


def test_progress_is_recorded_only_at_the_mentees_own_sessions(desk) -> None:
    goal = desk.journal.add_goal("u-1", "Goal", None, [("n", 1, "")])
    with pytest.raises(RuleViolation):
        desk.journal.record_progress(goal.indicators[0].id, 1, "i-2")
    with pytest.raises(NotFound):
        desk.journal.record_progress(goal.indicators[0].id, 1, "nope")


def test_editing_a_goal_and_its_indicators(desk) -> None:
    goal = desk.journal.add_goal("u-1", "Goal", None, [("n", 1, "")])
    goal = desk.journal.edit_goal(goal.id, "Better goal", date(2026, 6, 30))
    goal = desk.journal.add_indicator(goal.id, "second", 5, "h")
    assert [i.name for i in goal.indicators] == ["n", "second"]
    goal = desk.journal.remove_indicator(goal.indicators[0].id)
    assert (goal.title, goal.due, [i.name for i in goal.indicators]) == (
        "Better goal", date(2026, 6, 30), ["second"])


def test_search_finds_notes_in_any_case_and_the_mentees_behind_them(desk) -> None:
    desk.journal.set_note("p-1", "Talked about Kubernetes")
    desk.journal.set_profile_note("u-2", "kubernetes fan")
    found = desk.journal.search("KUBERNETES")
    assert [(n.session_id, n.mentee_id) for n in found] == [("p-1", "u-1"), (None, "u-2")]
    assert desk.journal.matching_mentees("kubernetes") == {"u-1", "u-2"}
    assert desk.journal.matching_mentees("Priya") == {"u-2"}
    desk.journal.add_goal("u-3", "Public speaking", None, [("talks given", 2, "")])
    assert desk.journal.matching_mentees("talks") == {"u-3"}
    assert desk.journal.search("100%") == [] and desk.journal.matching_mentees("_") == set()


def test_an_import_never_deletes_the_journal_and_a_re_id_carries_the_note(services) -> None:
    from tests.services.builders import open_all_week

    services.importer.import_document(export(BERLIN, bundles=[bundle("b-1", "u-1", 4)]))
    open_all_week(services, "paid")
    booked = services.sessions.book_paid("u-1", services.clock.now().replace(day=5, hour=10))
    services.journal.set_note(booked.id, "prepare the CV review")
    services.journal.set_profile_note("u-1", "profile")
    goal = services.journal.add_goal("u-1", "Goal", None, [("n", 3, "")])
    services.journal.record_progress(goal.indicators[0].id, 1, booked.id)
    later = export(BERLIN, exported_at="2026-03-02T10:00:00Z", mentees=[mentee("u-2")],
                   bundles=[bundle("b-1", "u-1", 4)],
                   sessions=[paid("s-900", "u-1", "b-1", booked.start, client_id=booked.id)])
    later["mentees"].append(mentee("u-1", "Sam Lee"))
    services.importer.import_document(later)
    assert services.journal.note("s-900").text == "prepare the CV review"
    profile = services.mentees.profile("u-1")
    assert profile.profile_note == "profile"
    assert profile.goals[0].indicators[0].progress[0].session_id == "s-900"


def test_one_search_index_finds_notes_names_and_goals_with_accents_folded(desk) -> None:
    """The journal feeds the search index the sessions use: "tomas" finds "Tomás" in a note, a
    profile note, a goal and a name, and the index follows every edit and its undo."""
    from services.sessions import SessionQuery

    def sessions(words: str) -> set[str]:
        return {s.id for s in desk.sessions.search(SessionQuery(text=words))}

    desk.journal.set_note("p-1", "Tomás recommended the system design book")
    assert [n.session_id for n in desk.journal.search("tomas")] == ["p-1"]
    assert [n.session_id for n in desk.journal.search("TOMÁS RECOMM")] == ["p-1"]
    assert desk.journal.matching_mentees("tomas") == {"u-1"}
    assert sessions("tomas") == {"p-1"}  # All sessions and `sessions --search` find it too
    desk.journal.set_note("p-1", "Read the book")
    assert desk.journal.search("tomas") == [] and sessions("tomas") == set()
    desk.sessions.undo_last()
    assert sessions("tomas") == {"p-1"}
    desk.journal.set_profile_note("u-2", "Wants to work in Málaga")
    assert [(n.session_id, n.mentee_id) for n in desk.journal.search("malaga")] == [
        (None, "u-2")]
    desk.journal.add_goal("u-3", "Entrevistas técnicas", None, [("ofertas recibidas", 1, "")])
    assert desk.journal.matching_mentees("tecnicas") == desk.journal.matching_mentees(
        "ofertas") == {"u-3"}
    assert desk.journal.matching_mentees("malaga") == {"u-2"}
    # Words are found from their start; a name as well as an id.
    assert desk.journal.search("omas") == []
    assert desk.journal.matching_mentees("u-2") == {"u-2"}
    # Without the index (a server database), the same search runs on LIKE.
    from services import search_index
    from services.journal import JournalService

    with desk.engine.begin() as conn:
        search_index.drop(conn)
    plain = JournalService(desk.factory, desk.clock, desk.hub)
    assert [n.session_id for n in plain.search("Tomás")] == ["p-1"]
    assert plain.matching_mentees("técnicas") == {"u-3"}
