"""The mentees: the list (where each stands in the mentorship cycle, bundle, sessions, intro
decision) and one mentee's profile with their journal."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session as DB
from sqlalchemy.orm import selectinload

from services.errors import NotFound
from services.models import (
    Bundle,
    Goal,
    GoalIndicator,
    Mentee,
    MenteeJournal,
    Session,
    SessionNote,
)
from services.records import (
    BundleRecord,
    GoalRecord,
    IndicatorRecord,
    MenteeProfile,
    MenteeRow,
    NoteRecord,
    ProgressRecord,
    Status,
)
from services.store import ServiceBase, chunks

# A session that took place, or was due to: the last one of a mentee is the newest of these.
TOOK_PLACE = (Status.COMPLETED, Status.NO_SHOW, Status.MENTOR_NO_SHOW, Status.SCHEDULED)


def suggested_stage(held_paid: int, active_left: int | None, had_bundle: bool,
                    intro_rejected: bool) -> str:
    """Where the sessions put a mentee in the cycle.

    With an active bundle: the kickoff until a paid session is held, the closing once at most one
    session of it is left unused, regular work in between. Without one: finished once a bundle
    ran out or the intro ended in a rejection, else still at the intro.
    """
    if active_left is not None:
        if held_paid == 0:
            return "kickoff"
        return "closing" if active_left <= 1 else "regular"
    return "finished" if had_bundle or intro_rejected else "intro"


class MenteeService(ServiceBase):
    def rows(self, mentee_ids: tuple[str, ...] | None = None) -> list[MenteeRow]:
        """Every mentee (or those of `mentee_ids`) as the list shows them, by name."""
        now = self.now()
        with self._factory() as db:
            return _rows(db, now, mentee_ids)

    def row(self, mentee_id: str) -> MenteeRow:
        found = self.rows((mentee_id,))
        if not found:
            raise NotFound("mentee", mentee_id)
        return found[0]

    def profile(self, mentee_id: str) -> MenteeProfile:
        now = self.now()
        with self._factory() as db:
            rows = _rows(db, now, (mentee_id,))
            if not rows:
                raise NotFound("mentee", mentee_id)
            journal = db.get(MenteeJournal, mentee_id)
            return MenteeProfile(
                row=rows[0],
                bundles=tuple(_bundles(db, mentee_id)),
                profile_note=journal.profile_note if journal else "",
                goals=tuple(goals_of(db, mentee_id)),
                notes=tuple(session_notes(db, Session.mentee_id == mentee_id)),
            )


def _rows(db: DB, now: datetime, mentee_ids: tuple[str, ...] | None) -> list[MenteeRow]:
    def scoped(stmt: Any, column: Any) -> list[Any]:
        if mentee_ids is None:
            return list(db.execute(stmt))
        found: list[Any] = []
        for some in chunks(list(mentee_ids)):
            found += db.execute(stmt.where(column.in_(some)))
        return found

    held = Session.status == Status.COMPLETED
    figures = {r.mentee_id: r for r in scoped(
        select(
            Session.mentee_id,
            func.max(case((and_(Session.start_utc <= now, Session.status.in_(TOOK_PLACE)),
                           Session.start_utc))).label("last"),
            func.min(case((and_(Session.status == Status.SCHEDULED, Session.start_utc > now),
                           Session.start_utc))).label("next"),
            func.sum(case((held, 1), else_=0)).label("held"),
            func.sum(case((and_(held, Session.type == "paid"), 1), else_=0)).label("held_paid"),
            func.sum(case((and_(Session.type == "intro", Session.status == Status.SCHEDULED,
                                Session.end_utc <= now), 1), else_=0)).label("open_intro"),
        ).group_by(Session.mentee_id), Session.mentee_id)}
    # The decision on each mentee's latest confirmed intro: the last one read wins.
    decided: dict[str, str] = {}
    for mentee_id, decision in scoped(
            select(Session.mentee_id, Session.decision)
            .where(Session.type == "intro", Session.decision.is_not(None))
            .order_by(Session.start_utc, Session.id), Session.mentee_id):
        decided[mentee_id] = decision
    booked = _booked(db)
    bundles: dict[str, list[Any]] = defaultdict(list)
    for b in scoped(select(Bundle.id, Bundle.mentee_id, Bundle.sessions_total,
                           Bundle.sessions_used, Bundle.status)
                    .order_by(Bundle.purchased_at, Bundle.id), Bundle.mentee_id):
        bundles[b.mentee_id].append(b)
    chosen = dict(scoped(select(MenteeJournal.mentee_id, MenteeJournal.stage)
                         .where(MenteeJournal.stage.is_not(None)), MenteeJournal.mentee_id))
    rows = []
    for m in scoped(select(Mentee.id, Mentee.name, Mentee.email, Mentee.timezone)
                    .order_by(Mentee.name, Mentee.id), Mentee.id):
        f = figures.get(m.id)
        active = [b for b in bundles.get(m.id, ()) if b.status == "active"]
        bundle = active[-1] if active else None
        decision = "open" if f is not None and f.open_intro else decided.get(m.id)
        suggestion = suggested_stage(
            f.held_paid if f is not None else 0,
            None if bundle is None else bundle.sessions_total - bundle.sessions_used,
            bool(bundles.get(m.id)), decided.get(m.id) == "reject")
        stage = chosen.get(m.id)
        rows.append(MenteeRow(
            id=m.id, name=m.name, email=m.email, timezone=m.timezone,
            stage=stage or suggestion, stage_suggested=suggestion, stage_chosen=stage is not None,
            bundle_id=None if bundle is None else bundle.id,
            sessions_left=None if bundle is None else max(
                0, bundle.sessions_total - bundle.sessions_used - booked.get(bundle.id, 0)),
            last_session=None if f is None else f.last,
            next_session=None if f is None else f.next,
            sessions_held=0 if f is None else int(f.held or 0),
            intro_decision=decision,
        ))
    return rows


def _booked(db: DB) -> dict[str, int]:
    """Scheduled sessions holding a share of each bundle."""
    return dict(db.execute(select(Session.bundle_id, func.count())
                           .where(Session.status == Status.SCHEDULED,
                                  Session.bundle_id.is_not(None))
                           .group_by(Session.bundle_id)).all())


def _bundles(db: DB, mentee_id: str) -> list[BundleRecord]:
    booked = _booked(db)
    rows = db.execute(select(Bundle, Mentee.name).join(Mentee, Mentee.id == Bundle.mentee_id)
                      .where(Bundle.mentee_id == mentee_id)
                      .order_by(Bundle.purchased_at, Bundle.id))
    return [BundleRecord(id=b.id, mentee_id=b.mentee_id, mentee_name=name,
                         sessions_total=b.sessions_total, sessions_used=b.sessions_used,
                         sessions_booked=booked.get(b.id, 0), status=b.status,
                         price_cents=b.price_cents, currency=b.currency,
                         purchased_at=b.purchased_at) for b, name in rows]


def goals_of(db: DB, mentee_id: str) -> list[GoalRecord]:
    rows = db.scalars(select(Goal).where(Goal.mentee_id == mentee_id)
                      .options(selectinload(Goal.indicators)
                               .selectinload(GoalIndicator.progress))
                      .order_by(Goal.position, Goal.id))
    return [goal_record(g) for g in rows]


def goal_record(g: Goal) -> GoalRecord:
    return GoalRecord(
        id=g.id, mentee_id=g.mentee_id, title=g.title, due=g.due,
        indicators=tuple(IndicatorRecord(
            id=i.id, name=i.name, target=i.target, unit=i.unit,
            progress=tuple(ProgressRecord(p.id, p.value, p.session_id, p.recorded_at)
                           for p in i.progress)) for i in g.indicators))


def session_notes(db: DB, *where: Any, limit: int | None = None) -> list[NoteRecord]:
    """Notes on sessions, newest session first."""
    stmt = (select(SessionNote, Session.start_utc, Session.type, Session.mentee_id, Mentee.name)
            .join(Session, Session.id == SessionNote.session_id)
            .join(Mentee, Mentee.id == Session.mentee_id)
            .where(*where).order_by(Session.start_utc.desc(), Session.id.desc()))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [NoteRecord(mentee_id=mentee_id, mentee_name=name, session_id=note.session_id,
                       session_start=start, session_type=kind, text=note.text,
                       updated_at=note.updated_at)
            for note, start, kind, mentee_id, name in db.execute(stmt)]


def profile_notes(db: DB, *where: Any, limit: int | None = None) -> list[NoteRecord]:
    stmt = (select(MenteeJournal, Mentee.name).join(Mentee, Mentee.id == MenteeJournal.mentee_id)
            .where(MenteeJournal.profile_note != "", *where).order_by(Mentee.name, Mentee.id))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [NoteRecord(mentee_id=j.mentee_id, mentee_name=name, session_id=None,
                       session_start=None, session_type=None, text=j.profile_note,
                       updated_at=j.updated_at) for j, name in db.execute(stmt)]


def sorted_rows(rows: list[MenteeRow], sort: str = "name") -> list[MenteeRow]:
    """`rows` ordered by a column ('-' for descending); missing values (no next session, no
    bundle) come last either way, and ties go by name."""
    from services.records import STAGES

    key = sort.lstrip("-")
    value = {
        "name": lambda r: r.name.casefold(),
        "stage": lambda r: STAGES.index(r.stage),
        "last": lambda r: r.last_session,
        "next": lambda r: r.next_session,
        "held": lambda r: r.sessions_held,
        "left": lambda r: r.sessions_left,
    }[key]
    by_name = sorted(rows, key=lambda r: (r.name.casefold(), r.id))
    present = [r for r in by_name if value(r) is not None]
    missing = [r for r in by_name if value(r) is None]
    return sorted(present, key=value, reverse=sort.startswith("-")) + missing
