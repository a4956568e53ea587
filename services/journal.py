"""The mentor's journal: a note per session, and per mentee their stage, SMART goals with
indicators and progress, and a profile note.

The journal is private: nothing of it goes into an outbox or a calendar export. Notes are plain
text, kept exactly as typed (simple formatting such as "- " lists or *stars* stays text). Each
edit is one step of Undo: it is logged as an action with what it replaced, and `restore` puts
that back.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DB

from services import policy, search_index
from services.errors import RuleViolation
from services.mentees import goal_record, profile_notes, session_notes
from services.models import (
    Action,
    Goal,
    GoalIndicator,
    IndicatorProgress,
    Mentee,
    MenteeJournal,
    Session,
    SessionNote,
)
from services.records import STAGES, Change, GoalRecord, NoteRecord
from services.scope import mentor_of
from services.store import ServiceBase, load, load_mentee, load_session, log_action

# The journal's kinds of action: each is one step of Undo, never in an outbox.
JOURNAL_ACTIONS = ("note", "profile_note", "stage", "goal")
SEARCH_LIMIT = 200


def _text(text: str, field: str = "note") -> str:
    cleaned = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    limit = policy.NOTE_MAX_CHARS if field == "note" else policy.GOAL_MAX_CHARS
    if len(cleaned) > limit:
        raise RuleViolation(f"{field}_too_long", max_chars=limit, chars=len(cleaned))
    return cleaned


def _number(value: float | int | str, what: str) -> float:
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise RuleViolation("bad_amount", what=what, value=str(value)) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise RuleViolation("bad_amount", what=what, value=str(value))
    return number


class JournalService(ServiceBase):
    _has_index: bool | None = None

    # -- reading -------------------------------------------------------------------------------

    def note(self, session_id: str) -> NoteRecord | None:
        with self._factory() as db:
            load_session(db, session_id)
            found = session_notes(db, SessionNote.session_id == session_id)
            return found[0] if found else None

    def notes(self, mentee_id: str) -> list[NoteRecord]:
        """A mentee's journal: the notes on their sessions, newest session first."""
        with self._factory() as db:
            load_mentee(db, mentee_id)
            return session_notes(db, Session.mentee_id == mentee_id)

    def goals(self, mentee_id: str) -> list[GoalRecord]:
        from services.mentees import goals_of

        with self._factory() as db:
            load_mentee(db, mentee_id)
            return goals_of(db, mentee_id)

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[NoteRecord]:
        """Notes holding `text`: on sessions, newest first, then profile notes. Through the
        search index where the database has one (words from their start, any case, accents
        folded: "tomas" finds "Tomás"; on PostgreSQL the same, through `search_index.holds`), else
        any part of a word (LIKE); "" finds every note."""
        words = text.strip()
        with self._factory() as db:
            if words and self._indexed(db):
                mentor = mentor_of(db)
                found = session_notes(db, SessionNote.session_id.in_(
                    search_index.matching(search_index.NOTES, words, mentor)), limit=limit)
                found += profile_notes(db, MenteeJournal.mentee_id.in_(
                    search_index.matching(search_index.PROFILES, words, mentor)), limit=limit)
            else:
                found = session_notes(db, search_index.holds(words, SessionNote.text),
                                      limit=limit)
                found += profile_notes(db, search_index.holds(words, MenteeJournal.profile_note),
                                       limit=limit)
            return found[:limit]

    def matching_mentees(self, text: str) -> set[str]:
        """Mentees whose name, e-mail or id, or whose journal (notes on their sessions, profile
        note, goals and indicators), holds `text` (as `search` finds it)."""
        words = text.strip()
        if not words:
            return set()
        with self._factory() as db:
            found = set(db.scalars(select(Mentee.id).where(Mentee.id == words)))
            if self._indexed(db):
                mentor = mentor_of(db)

                def matching(doc: search_index.Document, words: str) -> Any:
                    return search_index.matching(doc, words, mentor)

                found.update(db.scalars(matching(search_index.MENTEES, words)))
                found.update(db.scalars(select(Session.mentee_id).where(
                    Session.id.in_(matching(search_index.NOTES, words)))))
                found.update(db.scalars(matching(search_index.PROFILES, words)))
                goals = [int(ref) for ref in db.scalars(matching(search_index.GOALS, words))]
                if goals:
                    found.update(db.scalars(select(Goal.mentee_id).where(Goal.id.in_(goals))))
                return found

            def holds(*columns: Any) -> Any:
                return search_index.holds(words, *columns)

            found.update(db.scalars(select(Mentee.id).where(holds(Mentee.name, Mentee.email))))
            found.update(db.scalars(select(Session.mentee_id)
                                    .join(SessionNote, SessionNote.session_id == Session.id)
                                    .where(holds(SessionNote.text))))
            found.update(db.scalars(select(MenteeJournal.mentee_id).where(
                holds(MenteeJournal.profile_note))))
            found.update(db.scalars(
                select(Goal.mentee_id).outerjoin(GoalIndicator, GoalIndicator.goal_id == Goal.id)
                .where(holds(Goal.title, GoalIndicator.name, GoalIndicator.unit))))
            return found

    def _indexed(self, db: DB) -> bool:
        """Whether this database has the journal's search index (looked up once)."""
        if self._has_index is None:
            self._has_index = search_index.indexed(db.connection(), search_index.NOTES)
        return self._has_index

    # -- writing -------------------------------------------------------------------------------

    def set_note(self, session_id: str, text: str) -> NoteRecord | None:
        """Write the session's note (an empty text removes it); one step of Undo."""
        cleaned = _text(text)
        now = self.now()
        with self._writing() as db:
            session = load_session(db, session_id)
            row = db.get(SessionNote, session_id)
            before = None if row is None else row.text
            if before == (cleaned or None):
                return self._note_record(db, session_id)
            log_action(db, now, "note", session_id, {"mentee_id": session.mentee_id,
                                                     "text": before})
            _put_note(db, session_id, cleaned or None, now)
            db.flush()
            record = self._note_record(db, session_id)
            mentee_id = session.mentee_id
        self._emit(mentee_id, f"note on {session_id}")
        return record

    def set_profile_note(self, mentee_id: str, text: str) -> str:
        cleaned = _text(text)
        now = self.now()
        with self._writing() as db:
            load_mentee(db, mentee_id)
            journal = _journal(db, mentee_id, now)
            if journal.profile_note == cleaned:
                return cleaned
            log_action(db, now, "profile_note", None, {"mentee_id": mentee_id,
                                                       "profile_note": journal.profile_note})
            journal.profile_note, journal.updated_at = cleaned, now
        self._emit(mentee_id, f"profile note of {mentee_id}")
        return cleaned

    def set_stage(self, mentee_id: str, stage: str | None) -> None:
        """Put the mentee at `stage` of the cycle; None follows the stage the sessions suggest."""
        if stage is not None and stage not in STAGES:
            raise RuleViolation("unknown_stage", stage=stage, stages=", ".join(STAGES))
        now = self.now()
        with self._writing() as db:
            load_mentee(db, mentee_id)
            journal = _journal(db, mentee_id, now)
            if journal.stage == stage:
                return
            log_action(db, now, "stage", None, {"mentee_id": mentee_id, "stage": journal.stage})
            journal.stage, journal.updated_at = stage, now
        self._emit(mentee_id, f"stage of {mentee_id}")

    def add_goal(self, mentee_id: str, title: str, due: date | None = None,
                 indicators: list[tuple[str, float | str, str]] | None = None) -> GoalRecord:
        """A SMART goal with its outcome indicators (name, target, unit)."""
        title = self._title(title)
        now = self.now()
        with self._writing() as db:
            load_mentee(db, mentee_id)
            position = len(db.scalars(select(Goal.id).where(Goal.mentee_id == mentee_id)).all())
            goal = Goal(mentee_id=mentee_id, title=title, due=due, position=position,
                        created_at=now)
            for i, (name, target, unit) in enumerate(indicators or ()):
                goal.indicators.append(self._indicator(name, target, unit, i))
            db.add(goal)
            db.flush()
            log_action(db, now, "goal", None, {"mentee_id": mentee_id, "goal_id": goal.id,
                                               "goal": None})
            record = goal_record(goal)
        self._emit(mentee_id, f"goal of {mentee_id}")
        return record

    def edit_goal(self, goal_id: int, title: str, due: date | None) -> GoalRecord:
        title = self._title(title)
        return self._goal_edit(goal_id, lambda db, goal: _assign(goal, title=title, due=due))

    def remove_goal(self, goal_id: int) -> None:
        now = self.now()
        with self._writing() as db:
            goal = load(db, Goal, goal_id, "goal")
            mentee_id = goal.mentee_id
            log_action(db, now, "goal", None, {"mentee_id": mentee_id, "goal_id": goal_id,
                                               "goal": _goal_snapshot(goal)})
            db.delete(goal)
        self._emit(mentee_id, f"goal {goal_id} removed")

    def add_indicator(self, goal_id: int, name: str, target: float | str,
                      unit: str = "") -> GoalRecord:
        indicator = self._indicator(name, target, unit, 0)

        def add(db: DB, goal: Goal) -> None:
            indicator.position = len(goal.indicators)
            goal.indicators.append(indicator)

        return self._goal_edit(goal_id, add)

    def remove_indicator(self, indicator_id: int) -> GoalRecord:
        with self._factory() as db:
            goal_id = load(db, GoalIndicator, indicator_id, "indicator").goal_id

        def remove(db: DB, goal: Goal) -> None:
            goal.indicators.remove(db.get(GoalIndicator, indicator_id))

        return self._goal_edit(goal_id, remove)

    def record_progress(self, indicator_id: int, value: float | str,
                        session_id: str | None = None) -> GoalRecord:
        """Where the indicator stands now, recorded at `session_id` (or between sessions)."""
        number = _number(value, "progress")
        now = self.now()
        with self._factory() as db:
            indicator = load(db, GoalIndicator, indicator_id, "indicator")
            goal_id = indicator.goal_id
            if session_id is not None:
                session = load_session(db, session_id)
                owner = db.get(Goal, goal_id).mentee_id
                if session.mentee_id != owner:
                    raise RuleViolation("progress_other_mentee", session_id=session_id,
                                        mentee_id=owner)

        def record(db: DB, goal: Goal) -> None:
            row = db.get(GoalIndicator, indicator_id)
            recorded_at = now
            if session_id is not None:
                recorded_at = db.get(Session, session_id).start_utc
            row.progress.append(IndicatorProgress(value=number, session_id=session_id,
                                                  recorded_at=recorded_at))

        return self._goal_edit(goal_id, record)

    def seed(self, journals: dict[str, dict[str, Any]]) -> None:
        """Write whole journals at once, outside Undo (the sample data): per mentee id, an
        optional "stage", "profile" note, "notes" by session id, and "goals", each with
        "title", "due" and "indicators" ({"name", "target", "unit", "progress": [(session
        id, value), ...]})."""
        now = self.now()
        with self._writing() as db:
            for mentee_id, journal in journals.items():
                load_mentee(db, mentee_id)
                row = _journal(db, mentee_id, now)
                row.stage = journal.get("stage")
                row.profile_note = _text(journal.get("profile", ""))
                for session_id, text in journal.get("notes", {}).items():
                    _put_note(db, load_session(db, session_id).id, _text(text), now)
                for position, goal in enumerate(journal.get("goals", ())):
                    row_goal = Goal(mentee_id=mentee_id, title=self._title(goal["title"]),
                                    due=goal.get("due"), position=position, created_at=now)
                    for i, spec in enumerate(goal.get("indicators", ())):
                        indicator = self._indicator(spec["name"], spec["target"],
                                                    spec.get("unit", ""), i)
                        for session_id, value in spec.get("progress", ()):
                            indicator.progress.append(IndicatorProgress(
                                value=_number(value, "progress"), session_id=session_id,
                                recorded_at=load_session(db, session_id).start_utc))
                        row_goal.indicators.append(indicator)
                    db.add(row_goal)
        self._hub.emit(Change(mentee_ids=tuple(journals), journal=True, summary="journal"))

    # -- helpers -------------------------------------------------------------------------------

    def _goal_edit(self, goal_id: int, edit: Any) -> GoalRecord:
        now = self.now()
        with self._writing() as db:
            goal = load(db, Goal, goal_id, "goal")
            log_action(db, now, "goal", None, {"mentee_id": goal.mentee_id, "goal_id": goal_id,
                                               "goal": _goal_snapshot(goal)})
            edit(db, goal)
            db.flush()
            db.refresh(goal)
            record = goal_record(goal)
            mentee_id = goal.mentee_id
        self._emit(mentee_id, f"goal {goal_id}")
        return record

    @staticmethod
    def _title(title: str) -> str:
        cleaned = _text(title, "goal")
        if not cleaned:
            raise RuleViolation("goal_empty")
        return cleaned

    @staticmethod
    def _indicator(name: str, target: float | str, unit: str, position: int) -> GoalIndicator:
        cleaned = _text(name, "goal")
        if not cleaned:
            raise RuleViolation("indicator_empty")
        return GoalIndicator(name=cleaned, target=_number(target, "a target"),
                             unit=unit.strip()[:40], position=position)

    @staticmethod
    def _note_record(db: DB, session_id: str) -> NoteRecord | None:
        found = session_notes(db, SessionNote.session_id == session_id)
        return found[0] if found else None

    def _emit(self, mentee_id: str, summary: str) -> None:
        self._hub.emit(Change(mentee_ids=(mentee_id,), journal=True, summary=summary))


def restore(db: DB, action: Action, now: datetime) -> str:
    """Put back what a journal action replaced (for Undo); returns the mentee it concerned."""
    before = action.before
    mentee_id = before["mentee_id"]
    if action.action == "note":
        if db.get(Session, action.session_id) is not None:
            _put_note(db, action.session_id, before.get("text"), now)
    elif action.action in ("profile_note", "stage"):
        journal = _journal(db, mentee_id, now)
        setattr(journal, action.action, before.get(action.action))
        if journal.profile_note is None:
            journal.profile_note = ""
        journal.updated_at = now
    elif action.action == "goal":
        current = db.get(Goal, before["goal_id"])
        if current is not None:
            db.delete(current)
            db.flush()
        if before.get("goal") is not None:
            db.add(_goal_from(before["goal"], db))
    return mentee_id


def _put_note(db: DB, session_id: str, text: str | None, now: datetime) -> None:
    row = db.get(SessionNote, session_id)
    if text is None:
        if row is not None:
            db.delete(row)
    elif row is None:
        db.add(SessionNote(session_id=session_id, text=text, created_at=now, updated_at=now))
    else:
        row.text, row.updated_at = text, now


def _assign(goal: Goal, **values: Any) -> None:
    for key, value in values.items():
        setattr(goal, key, value)




def _journal(db: DB, mentee_id: str, now: datetime) -> MenteeJournal:
    row = db.get(MenteeJournal, mentee_id)
    if row is None:
        row = MenteeJournal(mentee_id=mentee_id, stage=None, profile_note="", updated_at=now)
        db.add(row)
    return row


def _goal_snapshot(goal: Goal) -> dict[str, Any]:
    """The goal as JSON, whole (indicators and progress, with their ids), for Undo."""
    return {
        "id": goal.id, "mentee_id": goal.mentee_id, "title": goal.title,
        "due": goal.due.isoformat() if goal.due else None, "position": goal.position,
        "created_at": goal.created_at.isoformat(),
        "indicators": [{
            "id": i.id, "name": i.name, "target": i.target, "unit": i.unit,
            "position": i.position,
            "progress": [{"id": p.id, "value": p.value, "session_id": p.session_id,
                          "recorded_at": p.recorded_at.isoformat()} for p in i.progress],
        } for i in goal.indicators],
    }


def _goal_from(snapshot: dict[str, Any], db: DB) -> Goal:
    goal = Goal(id=snapshot["id"], mentee_id=snapshot["mentee_id"], title=snapshot["title"],
                due=date.fromisoformat(snapshot["due"]) if snapshot["due"] else None,
                position=snapshot["position"],
                created_at=datetime.fromisoformat(snapshot["created_at"]))
    for i in snapshot["indicators"]:
        indicator = GoalIndicator(id=i["id"], name=i["name"], target=i["target"], unit=i["unit"],
                                  position=i["position"])
        for p in i["progress"]:
            # A session the progress was recorded at may have gone since (it never does today).
            session_id = p["session_id"] if p["session_id"] and db.get(
                Session, p["session_id"]) is not None else None
            indicator.progress.append(IndicatorProgress(
                id=p["id"], value=p["value"], session_id=session_id,
                recorded_at=datetime.fromisoformat(p["recorded_at"])))
        goal.indicators.append(indicator)
    return goal
