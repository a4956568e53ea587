"""Sessions: what the mentor sees (lists, history, bundles) and every decision they take."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session as DB
from sqlalchemy.orm import joinedload

from services import policy, rules, search_index
from services.earnings import earn, record_earnings
from services.journal import JOURNAL_ACTIONS
from services.journal import restore as restore_journal
from services.errors import NotFound, RuleViolation
from services.expiry import derived_status, open_request_sql, status_expression
from services.models import Action, Bundle, Mentee, Session
from services.scope import mentor_of, sole_mentor
from services.records import (
    DECISIONS,
    OUTBOX_ACTIONS,
    OUTCOME_STATUS,
    OUTCOMES,
    ActionRecord,
    BundleRecord,
    Change,
    InvitationReview,
    MenteeRecord,
    Refusal,
    SessionRecord,
    Status,
)
from services.store import (
    ServiceBase,
    busy_record,
    load_mentee,
    load_session,
    log_action,
    records_of,
    sessions_within,
    to_record,
)
from services.timefmt import ago, month_bounds, span

CONFIRMED = (Status.COMPLETED, Status.NO_SHOW, Status.MENTOR_NO_SHOW)
# The reason a booking taken back by Undo (before any outbox carried it) shows in the history.
WITHDRAWN_REASON = "booking undone before it was sent to the platform"


@dataclass(frozen=True)
class SessionQuery:
    """A filter and sort over all sessions, run in the database."""

    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    mentee: str = ""
    mentee_id: str | None = None
    start_from: datetime | None = None
    start_before: datetime | None = None
    text: str = ""
    sort: str = "-start"


# What each of the mentor's three work lists holds, for the lists and their badge counts alike.
def _upcoming(now: datetime) -> tuple[Any, ...]:
    return (Session.status == Status.SCHEDULED, Session.end_utc > now,
            Session.start_utc <= now + policy.UPCOMING_WINDOW)


def _open_requests(now: datetime) -> tuple[Any, ...]:
    return (open_request_sql(now),)


def _ended_unconfirmed(now: datetime) -> tuple[Any, ...]:
    return (Session.status == Status.SCHEDULED, Session.end_utc <= now)


class SessionService(ServiceBase):
    _has_index: bool | None = None

    # -- reading -------------------------------------------------------------------------------

    def get(self, session_id: str) -> SessionRecord:
        with self._factory() as db:
            return to_record(load_session(db, session_id), self.now())

    def upcoming(self) -> list[SessionRecord]:
        """Scheduled sessions starting within the next 72 hours (and the one under way), soonest first."""
        now = self.now()
        stmt = self._base().where(*_upcoming(now)).order_by(Session.start_utc, Session.id)
        return self._records(stmt, now)

    def invitations(self) -> list[SessionRecord]:
        """Intro requests still open (their start has not passed), soonest start first."""
        now = self.now()
        stmt = self._base().where(*_open_requests(now)).order_by(Session.start_utc, Session.id)
        return self._records(stmt, now)

    def pending_confirmation(self) -> list[SessionRecord]:
        """Scheduled sessions that have ended, oldest first."""
        now = self.now()
        stmt = self._base().where(*_ended_unconfirmed(now)).order_by(Session.end_utc, Session.id)
        return self._records(stmt, now)

    def counts(self) -> dict[str, int]:
        """Badge numbers for the pages, in one statement (each count served by its index)."""
        now = self.now()
        lists = {"upcoming": _upcoming(now), "invitations": _open_requests(now),
                 "pending_confirmation": _ended_unconfirmed(now), "all": ()}
        stmt = select(*(select(func.count()).select_from(Session).where(*where)
                        .scalar_subquery().label(key) for key, where in lists.items()))
        with self._factory() as db:
            row = db.execute(stmt).one()
        return {key: value or 0 for key, value in row._mapping.items()}

    def search(self, query: SessionQuery, offset: int = 0,
               limit: int | None = None) -> list[SessionRecord]:
        """The sessions `query` selects, in its order; with `limit`, one page of them.

        The ids are found first and their rows read after, as plain rows: the database then
        orders and skips narrow rows (on the default sort, from an index alone) instead of
        whole sessions joined to their mentees, which keeps a page deep into 100 000 sessions
        cheap. A page of a search by text alone, in order of start, comes from the search
        index, which keeps that order.
        """
        now = self.now()
        folds_case, scan = self._like_folds_case(), self._narrowed(query)
        with self._factory() as db:
            indexed = self._indexed(db)
            if limit is not None and indexed and self._text_only(query) \
                    and query.sort.lstrip("-") == "start":
                return self._text_page(db, query, offset, limit, now)
            stmt = self._filtered(select(Session.id), query, now, folds_case, indexed,
                                  mentor_of(db))
            stmt = self._sorted(stmt, query.sort, now, scan).offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return records_of(db, list(db.scalars(stmt)), now)

    def count(self, query: SessionQuery) -> int:
        now = self.now()
        with self._factory() as db:
            if self._indexed(db) and self._text_only(query):
                index, docid, hit = search_index.hits(search_index.SESSIONS, query.text.strip())
                return db.scalar(self._mine(db, select(func.count()).select_from(index).where(
                    hit), docid)) or 0
            # count(*), which SQLite answers from its narrowest index (count(id) reads another).
            stmt = self._filtered(select(func.count()).select_from(Session), query, now,
                                  self._like_folds_case(), self._indexed(db), mentor_of(db))
            return db.scalar(stmt) or 0

    def in_range(self, start: datetime, end: datetime,
                 statuses: tuple[str, ...] = ()) -> list[SessionRecord]:
        """Sessions overlapping [start, end), for calendars and agendas."""
        now = self.now()
        stmt = self._base().where(*sessions_within(start, end))
        if statuses:
            stmt = stmt.where(status_expression(now).in_(statuses))
        return self._records(stmt.order_by(Session.start_utc, Session.id), now)

    def mentee_history(self, mentee_id: str, limit: int) -> tuple[list[SessionRecord], int]:
        """The mentee's newest `limit` sessions, newest first, and how many they have in all,
        in one statement (a long-standing mentee may have thousands)."""
        now = self.now()
        stmt = (self._base().add_columns(func.count().over())
                .where(Session.mentee_id == mentee_id)
                .order_by(Session.start_utc.desc(), Session.id.desc()).limit(limit))
        with self._factory() as db:
            rows = db.execute(stmt).unique().all()
        return [to_record(row, now) for row, _ in rows], rows[0][1] if rows else 0

    def intros_this_month(self, mentee_id: str, at: datetime) -> int:
        """Intros that count against the mentee's monthly limit in the month holding `at`."""
        with self._factory() as db:
            return rules.intros_in_month(db, mentee_id, at, self.home_zone(), self.now())

    def history(self, session_id: str) -> list[ActionRecord]:
        with self._factory() as db:
            load_session(db, session_id)
            rows = db.scalars(
                select(Action).where(Action.session_id == session_id,
                                     Action.action.not_in(JOURNAL_ACTIONS)).order_by(Action.id)
            )
            return [_action_record(a) for a in rows]

    def mentees(self) -> list[MenteeRecord]:
        with self._factory() as db:
            rows = db.scalars(select(Mentee).order_by(Mentee.name, Mentee.id))
            return [MenteeRecord(m.id, m.name, m.email, m.timezone) for m in rows]

    def mentee(self, mentee_id: str) -> MenteeRecord:
        with self._factory() as db:
            m = load_mentee(db, mentee_id)
            return MenteeRecord(m.id, m.name, m.email, m.timezone)

    def bundles(self, mentee_id: str | None = None) -> list[BundleRecord]:
        with self._factory() as db:
            booked = dict(db.execute(
                select(Session.bundle_id, func.count())
                .where(Session.status == Status.SCHEDULED, Session.bundle_id.is_not(None))
                .group_by(Session.bundle_id)
            ).all())
            stmt = select(Bundle).options(joinedload(Bundle.mentee))
            if mentee_id is not None:
                stmt = stmt.where(Bundle.mentee_id == mentee_id)
            rows = db.scalars(stmt.order_by(Bundle.purchased_at, Bundle.id))
            return [_bundle_record(b, booked.get(b.id, 0)) for b in rows]

    def bundle(self, bundle_id: str) -> BundleRecord:
        with self._factory() as db:
            row = db.get(Bundle, bundle_id, options=(joinedload(Bundle.mentee),))
            if row is None:
                raise NotFound("bundle", bundle_id)
            return _bundle_record(row, rules.bundle_booked(db, bundle_id))

    def last_undoable(self) -> ActionRecord | None:
        """The newest decision not yet written to an outbox, which Undo would take back."""
        with self._factory() as db:
            row = self._undoable(db)
            return None if row is None else _action_record(row)

    def invitation_reviews(self) -> list[InvitationReview]:
        """Every open intro request, soonest first, with what the mentor weighs before accepting
        it (red flags, the mentee's intros that month, the refusal Accept would meet), read in a
        few statements for the whole list."""
        now = self.now()
        stmt = self._base().where(*_open_requests(now)).order_by(Session.start_utc, Session.id)
        with self._factory() as db:
            return self._reviews(db, list(db.scalars(stmt).unique()), now)

    def review(self, session_id: str) -> InvitationReview:
        """What `invitation_reviews` says of one session (any session: a paid one has no red
        flags, and one that is no open request would be refused)."""
        now = self.now()
        with self._factory() as db:
            return self._reviews(db, [load_session(db, session_id)], now)[0]

    def _reviews(self, db: DB, rows: list[Session], now: datetime) -> list[InvitationReview]:
        from services.redflags import find_red_flags  # its word lists load on first use

        home, shown = self.home_zone(), self.timezone()
        around = rules.surroundings(db, rows, home, now)
        reviews = []
        for row in rows:
            record = to_record(row, now)
            clashes = [busy_record(b) for b in around.busy_clashes(row)]
            flags = find_red_flags(record, clashes, shown) if row.type == "intro" else []
            others = rules.count_intros(around.intros, row.mentee_id, row.start_utc, home,
                                        exclude=row.id)
            counted = any(intro.id == row.id for intro in around.intros)
            try:
                self._require(row, now, Status.REQUESTED, "accepted")
                refusal = rules.accept_refusal(row, around, home, shown)
            except RuleViolation as exc:
                refusal = exc
            reviews.append(InvitationReview(
                record=record, red_flags=tuple(flags), intros_this_month=others + counted,
                intro_limit=policy.INTROS_PER_MONTH,
                month=month_bounds(row.start_utc, home)[0].astimezone(home).date(),
                accept_refusal=None if refusal is None else Refusal.of(refusal)))
        return reviews

    def cancel_refusal(self, session_id: str) -> Refusal | None:
        """Why cancelling the session would be refused now, or None if it would not be."""
        now = self.now()
        with self._factory() as db:
            row = load_session(db, session_id)
            try:
                self._check_cancellable(row, now)
            except RuleViolation as exc:
                return Refusal.of(exc)
        return None

    # -- deciding ------------------------------------------------------------------------------

    def accept(self, session_id: str, despite_busy: bool = False) -> SessionRecord:
        """Accept an intro request. The mentee booked it under the platform's notice, window and
        availability rules, so only the monthly limit, double booking and busy time apply here."""
        now = self.now()
        home, shown = self.home_zone(), self.timezone()
        with self._writing() as db:
            row = load_session(db, session_id)
            self._require(row, now, Status.REQUESTED, "accepted")
            refusal = rules.accept_refusal(row, rules.surroundings(db, [row], home, now), home,
                                           shown, despite_busy)
            if refusal is not None:
                raise refusal
            record = self._decide(db, row, now, "accept", Status.SCHEDULED)
        self._emit(record, "accepted", outbox=True)
        return record

    def reject(self, session_id: str, reason: str) -> SessionRecord:
        now = self.now()
        with self._writing() as db:
            row = load_session(db, session_id)
            self._require(row, now, Status.REQUESTED, "rejected")
            text = rules.check_reason(reason, "reject")
            record = self._decide(db, row, now, "reject", Status.REJECTED, {"reason": text},
                                  reject_reason=text)
        self._emit(record, "rejected", outbox=True)
        return record

    def cancel(self, session_id: str, reason: str) -> SessionRecord:
        now = self.now()
        with self._writing() as db:
            row = load_session(db, session_id)
            self._check_cancellable(row, now)
            text = rules.check_reason(reason, "cancel")
            record = self._decide(db, row, now, "cancel", Status.CANCELLED, {"reason": text},
                                  cancel_reason=text)
        self._emit(record, "cancelled", bundle_id=record.bundle_id, outbox=True)
        return record

    def confirm(self, session_id: str, outcome: str, decision: str | None = None) -> SessionRecord:
        if outcome not in OUTCOMES:
            raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}")
        if decision is not None and decision not in DECISIONS:
            raise ValueError(f"decision must be one of {', '.join(DECISIONS)}")
        now = self.now()
        with self._writing() as db:
            row = load_session(db, session_id)
            if row.status in CONFIRMED:
                raise RuleViolation("already_confirmed", session_id=row.id,
                                    status=row.status.replace("_", " "), state=row.status)
            self._require(row, now, Status.SCHEDULED, "confirmed")
            if now < row.end_utc:
                raise RuleViolation("not_ended", ends_in=span(row.end_utc - now),
                                    remaining=row.end_utc - now)
            if row.type == "intro" and decision is None:
                raise RuleViolation("decision_required")
            if row.type == "paid" and decision is not None:
                raise RuleViolation("decision_not_for_paid", session_id=row.id)
            # Undo's snapshot must hold the bundle as it was: decide first, then move it.
            record = self._decide(db, row, now, "confirm", OUTCOME_STATUS[outcome],
                                  {"outcome": outcome, "decision": decision},
                                  outcome=outcome, decision=decision)
            if row.type == "paid" and outcome == "held" and row.bundle is not None:
                bundle = row.bundle
                bundle.sessions_used += 1
                if bundle.sessions_used >= bundle.sessions_total and bundle.status == "active":
                    bundle.status = "completed"
                earn(db, row, now)
        self._emit(record, "confirmed", bundle_id=record.bundle_id, outbox=True)
        return record

    def request_intro(self, mentee_id: str, start: datetime, form: dict[str, str] | None = None,
                      despite_busy: bool = False) -> SessionRecord:
        """Enter an intro request for a mentee, under every platform booking rule."""
        now = self.now()
        end = start + timedelta(minutes=policy.INTRO_MINUTES)
        # Availability and the monthly limit follow the mentor's own zone; times in a refusal
        # read in the zone they are shown in.
        home, shown = self.home_zone(), self.timezone()
        with self._writing() as db:
            mentee = load_mentee(db, mentee_id)
            rules.check_intro_notice(start, now)
            rules.check_availability(db, "intro", start, end, home)
            rules.check_intro_limit(db, mentee, start, home, now)
            rules.check_no_double_booking(db, start, end, shown)
            rules.check_busy(db, start, end, shown, despite_busy)
            row = self._new_session(db, "intro", Status.REQUESTED, mentee, start,
                                    policy.INTRO_MINUTES, now, form=form or {})
            row.requested_at = now
            log_action(db, now, "request", row.id, {})
            record = to_record(row, now)
        self._emit(record, "requested")
        return record

    def book_paid(self, mentee_id: str, start: datetime,
                  minutes: int = policy.PAID_DEFAULT_MINUTES,
                  despite_busy: bool = False) -> SessionRecord:
        now = self.now()
        home, shown = self.home_zone(), self.timezone()
        with self._writing() as db:
            mentee = load_mentee(db, mentee_id)
            if not policy.PAID_MIN_MINUTES <= minutes <= policy.PAID_MAX_MINUTES:
                raise RuleViolation("bad_duration", min=policy.PAID_MIN_MINUTES,
                                    max=policy.PAID_MAX_MINUTES, minutes=minutes)
            rules.check_not_past(start, now, shown)
            end = start + timedelta(minutes=minutes)
            bundle = rules.bookable_bundle(db, mentee)
            rules.check_availability(db, "paid", start, end, home)
            rules.check_no_double_booking(db, start, end, shown)
            rules.check_busy(db, start, end, shown, despite_busy)
            row = self._new_session(db, "paid", Status.SCHEDULED, mentee, start, minutes, now)
            row.bundle_id = bundle.id
            log_action(db, now, "book", row.id, {})
            record = to_record(row, now)
        self._emit(record, "booked", bundle_id=bundle.id, outbox=True)
        return record

    def undo_last(self) -> ActionRecord:
        """Take back the newest decision not yet written to an outbox, or the newest edit of the
        journal, whichever came last."""
        now = self.now()
        with self._writing() as db:
            action = self._undoable(db)
            if action is None:
                raise RuleViolation("nothing_to_undo")
            if action.action in JOURNAL_ACTIONS:
                mentee_id = restore_journal(db, action, now)
                action.undone = True
                result = _action_record(action)
            else:
                result, bundle_id = self._undo_decision(db, action, now)
        if action.action in JOURNAL_ACTIONS:
            self._hub.emit(Change(mentee_ids=(mentee_id,), journal=True,
                                  summary=f"undid {result.action} of {result.subject}"))
        else:
            self._hub.emit(Change(session_ids=(result.session_id,),
                                  bundle_ids=(bundle_id,) if bundle_id else (), outbox=True,
                                  summary=f"undid {result.action} of {result.session_id}"))
        return result

    def _undo_decision(self, db: DB, action: Action,
                       now: datetime) -> tuple[ActionRecord, str | None]:
        """Put a session (and its bundle) back as they were before the decision."""
        row = load_session(db, action.session_id)
        before = action.before
        if action.action == "cancel":
            rules.check_no_double_booking(db, row.start_utc, row.end_utc, self.timezone(),
                                          exclude=row.id)
        if action.action == "book":
            # A booking the platform has not heard of is withdrawn: the session stays in the
            # history (and calendars can be told it is off), holding no time and no bundle.
            row.status, row.cancel_reason = Status.CANCELLED, WITHDRAWN_REASON
        else:
            for key in ("status", "cancel_reason", "reject_reason", "outcome", "decision"):
                setattr(row, key, before.get(key))
        if action.outcome == "held" and row.bundle is not None:
            # Take back this session's count only: an import since may have changed the rest.
            bundle = row.bundle
            bundle.sessions_used = max(0, bundle.sessions_used - 1)
            was = before.get("bundle", {}).get("status")
            if bundle.status == "completed" and was not in (None, "completed"):
                bundle.status = was
        self._touch(row, now)
        action.undone = True
        db.flush()
        record_earnings(db, now, (row.id,))
        return _action_record(action), row.bundle_id

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _base() -> Select[tuple[Session]]:
        return select(Session).options(joinedload(Session.mentee))

    def _records(self, stmt: Select[tuple[Session]], now: datetime) -> list[SessionRecord]:
        with self._factory() as db:
            return [to_record(row, now) for row in db.scalars(stmt).unique()]

    @staticmethod
    def _filtered(stmt: Select[Any], query: SessionQuery, now: datetime,
                  folds_case: bool = False, indexed: bool = False,
                  mentor: str | None = None) -> Select[Any]:
        """`stmt` narrowed to what `query` asks for; its text through the search index where
        the database has it (`indexed`), else through LIKE (`folds_case`: see
        `search_index.like`)."""
        if query.types:
            stmt = stmt.where(Session.type.in_(query.types))
        if query.statuses:
            stmt = stmt.where(status_expression(now).in_(query.statuses))
        if query.mentee_id is not None:
            stmt = stmt.where(Session.mentee_id == query.mentee_id)
        if query.start_from is not None:
            stmt = stmt.where(Session.start_utc >= query.start_from)
        if query.start_before is not None:
            stmt = stmt.where(Session.start_utc < query.start_before)
        mentee_text = query.mentee.strip()
        if mentee_text:
            stmt = stmt.where(Session.mentee_id.in_(select(Mentee.id).where(or_(
                Mentee.id == mentee_text,
                Mentee.name.ilike(search_index.contains(mentee_text), escape="\\"),
            ))))
        text = query.text.strip()
        if text:
            stmt = stmt.where(
                Session.id.in_(search_index.matching(search_index.SESSIONS, text, mentor))
                if indexed
                else search_index.like(search_index.SESSIONS, text, Session.__table__,
                                       folds_case))
        return stmt

    def _indexed(self, db: DB) -> bool:
        """Whether this database has the search index (looked up once)."""
        if self._has_index is None:
            self._has_index = search_index.indexed(db.connection(), search_index.SESSIONS)
        return self._has_index

    @staticmethod
    def _text_only(query: SessionQuery) -> bool:
        return bool(query.text.strip()) and query == SessionQuery(text=query.text,
                                                                  sort=query.sort)

    def _text_page(self, db: DB, query: SessionQuery, offset: int, limit: int,
                   now: datetime) -> list[SessionRecord]:
        """A page of a search by text alone, in order of start, read from the search index,
        which holds the sessions in that order: the newest (or oldest) matches come first
        without any sorting, however many there are.

        The index orders sessions that start in the same second as they came, the search by
        id: the match either side of the page is read too, and when one starts in the same
        second as the page's end, the page is read over whole seconds and ordered here."""
        doc = search_index.SESSIONS
        index, docid, hit = search_index.hits(doc, query.text.strip())
        documents = search_index.content(doc)
        descending = query.sort.startswith("-")
        around = min(offset, 1)
        mine = documents.c.mentor_id == (mentor_of(db) or "")
        keys = db.execute(select(docid, documents.c.ref).join(documents,
                                                              documents.c.docid == docid)
                          .where(hit, mine).order_by(docid.desc() if descending else docid.asc())
                          .offset(offset - around).limit(limit + around + 1)).all()
        page = keys[around:around + limit]
        if not page:
            return []

        def second(key: int) -> int:
            return key // search_index.PER_SECOND

        if (around and second(keys[0][0]) == second(page[0][0])) or \
                (len(keys) > around + limit and second(keys[-1][0]) == second(page[-1][0])):
            low, high = sorted((second(page[0][0]), second(page[-1][0])))
            low, high = low * search_index.PER_SECOND, (high + 1) * search_index.PER_SECOND - 1
            beyond = docid > high if descending else docid < low
            before = db.scalar(self._mine(db, select(func.count()).select_from(index).where(
                hit, beyond), docid)) or 0
            window = select(documents.c.ref).where(documents.c.docid.in_(
                select(docid).where(hit, docid.between(low, high))))
            ids = list(db.scalars(self._sorted(select(Session.id).where(Session.id.in_(window)),
                                               query.sort, now)))
            return records_of(db, ids[offset - before:offset - before + limit], now)
        records = sorted(records_of(db, [ref for _, ref in page], now), key=lambda r: r.id)
        return sorted(records, key=lambda r: r.start, reverse=descending)

    @staticmethod
    def _mine(db: DB, count: Select[Any], docid: Any) -> Select[Any]:
        """`count` of search-index matches kept to the desk's mentor's documents. When the
        mentor is the only one the database holds, every document is theirs: the count is
        the index's alone, without reading each match's document (a one-letter search
        matches every session: 8 ms against 76 ms at 100 000)."""
        if sole_mentor(db):
            return count
        documents = search_index.content(search_index.SESSIONS)
        return count.join(documents, documents.c.docid == docid).where(
            documents.c.mentor_id == (mentor_of(db) or ""))

    def _like_folds_case(self) -> bool:
        bind = self._factory.kw.get("bind")
        return bind is not None and bind.dialect.name == "sqlite"

    @staticmethod
    def _narrowed(query: SessionQuery) -> bool:
        """Whether only filters that no index serves narrow the query (see `_sorted`)."""
        indexed = query.mentee_id is not None or query.start_from or query.start_before
        return not indexed and bool(query.types or query.statuses or query.mentee.strip()
                                    or query.text.strip())

    @staticmethod
    def _sorted(stmt: Select[Any], sort: str, now: datetime, scan: bool = False) -> Select[Any]:
        """Order by `sort` ('-' for descending), then by start and id.

        With `scan`, the start time is ordered as an expression, which no index serves: under a
        filter the database then reads the table in order and sorts what matches (bounded, about
        20 ms at 100 000 sessions) rather than walking the start index and visiting every session
        in random order to find a few matches (over 100 ms).
        """
        descending = sort.startswith("-")
        key = sort.lstrip("-")
        start: Any = func.coalesce(Session.start_utc, Session.start_utc) if scan \
            else Session.start_utc
        columns: list[Any]
        if key == "mentee":
            columns = [select(func.lower(Mentee.name)).where(Mentee.id == Session.mentee_id)
                       .scalar_subquery()]
        elif key == "status":
            columns = [status_expression(now)]
        elif key == "type":
            columns = [Session.type]
        elif key == "start":
            columns = [start]
        elif key == "duration":
            columns = [Session.duration_minutes]
        elif key == "outcome":
            columns = [func.coalesce(Session.outcome, ""), func.coalesce(Session.decision, "")]
        elif key == "bundle":
            columns = [func.coalesce(Session.bundle_id, "")]
        elif key == "reason":
            columns = [func.coalesce(Session.reject_reason, Session.cancel_reason, "")]
        elif key == "id":
            columns = [Session.id]
        else:
            raise ValueError(f"cannot sort by {sort}")
        if key != "start":
            columns.append(start)
        order = [c.desc() if descending else c.asc() for c in columns]
        return stmt.order_by(*order, Session.id)

    def _check_cancellable(self, row: Session, now: datetime) -> None:
        if derived_status(row, now) == Status.AWAITING_CONFIRMATION:
            raise RuleViolation("cancel_started", session_id=row.id)
        self._require(row, now, Status.SCHEDULED, "cancelled")
        rules.check_cancel_notice(row, now)

    @staticmethod
    def _require(row: Session, now: datetime, wanted: str, verb: str) -> None:
        status = derived_status(row, now)
        if status == Status.EXPIRED and verb == "accepted":
            raise RuleViolation("request_expired", started_ago=ago(now - row.start_utc),
                                since=now - row.start_utc)
        if row.status != wanted or status == Status.EXPIRED:
            raise RuleViolation("invalid_transition", session_id=row.id,
                                status=status.replace("_", " "), verb=verb, state=status)

    @staticmethod
    def _new_session(db: DB, kind: str, status: str, mentee: Mentee, start: datetime,
                     minutes: int, now: datetime, form: dict[str, str] | None = None) -> Session:
        ident = f"local-{uuid.uuid4().hex[:12]}"
        row = Session(
            id=ident, client_id=ident, type=kind, status=status, start_utc=start,
            end_utc=start + timedelta(minutes=minutes), duration_minutes=minutes,
            mentee=mentee, mentee_id=mentee.id, form=form, origin="local",
            created_at=now, updated_at=now, revision=0,
        )
        db.add(row)
        # The action logged next refers to this row by id only (no relationship), so the unit of
        # work cannot order the two inserts by itself.
        db.flush()
        return row

    def _decide(self, db: DB, row: Session, now: datetime, action: str, status: str,
                logged: dict[str, Any] | None = None, **columns: Any) -> SessionRecord:
        """Apply a decision to `row` and log it with the state it replaces (for Undo)."""
        before = _snapshot(row)
        row.status = status
        for column, value in columns.items():
            setattr(row, column, value)
        self._touch(row, now)
        log_action(db, now, action, row.id, before, **(logged or {}))
        return to_record(row, now)

    @staticmethod
    def _touch(row: Session, now: datetime) -> None:
        row.updated_at = now
        row.revision = (row.revision or 0) + 1

    @staticmethod
    def _undoable(db: DB) -> Action | None:
        newest = db.scalars(
            select(Action).where(Action.action.in_(OUTBOX_ACTIONS + JOURNAL_ACTIONS),
                                 Action.undone.is_(False))
            .order_by(Action.id.desc()).limit(1)
        ).first()
        return newest if newest is not None and newest.sent_at is None else None

    def _emit(self, record: SessionRecord, verb: str, bundle_id: str | None = None,
              outbox: bool = False) -> None:
        """Say what changed; `outbox` when the action waits to go to the platform (and is what
        Undo takes back)."""
        self._hub.emit(Change(session_ids=(record.id,),
                              bundle_ids=(bundle_id,) if bundle_id else (), outbox=outbox,
                              summary=f"{record.id} {verb}"))


def _snapshot(row: Session) -> dict[str, Any]:
    before: dict[str, Any] = {
        "status": row.status, "cancel_reason": row.cancel_reason,
        "reject_reason": row.reject_reason, "outcome": row.outcome, "decision": row.decision,
    }
    if row.bundle is not None:
        before["bundle"] = {"sessions_used": row.bundle.sessions_used,
                            "status": row.bundle.status}
    return before


def _action_record(a: Action) -> ActionRecord:
    return ActionRecord(id=a.id, uid=a.uid, at=a.at, session_id=a.session_id, action=a.action,
                        reason=a.reason, outcome=a.outcome, decision=a.decision,
                        undone=a.undone, sent_at=a.sent_at,
                        subject=a.session_id or (a.before or {}).get("mentee_id"))


def _bundle_record(b: Bundle, booked: int) -> BundleRecord:
    return BundleRecord(id=b.id, mentee_id=b.mentee_id, mentee_name=b.mentee.name,
                        sessions_total=b.sessions_total, sessions_used=b.sessions_used,
                        sessions_booked=booked, status=b.status)
