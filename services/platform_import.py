"""Import of the platform's export file: validated whole, applied in one transaction or not at all.

Merge policy, per record:
- A record is keyed on its platform id; re-importing the same file changes nothing.
- An export older than the one that last set a record does not touch it (stale).
- A session the mentor decided on locally keeps the local decision while that decision is not yet
  in an outbox, or was written to one at or after the export was made: the platform could not
  have known it, so its state is older than the mentor's.
- A bundle's count of used sessions is the platform's count plus the held confirmations the
  platform could not have known yet, for the same reason.
- A session booked here comes back under the platform's id with `client_id` naming the local
  one: the local session becomes the platform's (new id, same history and outbox state).

The file is checked by a compiled validator first; only a file it does not pass goes through
jsonschema, whose messages say precisely what is wrong. Rows are written set-wise (SQLAlchemy
Core, one statement per kind of change) inside the one transaction.
"""

from __future__ import annotations

import gc
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, delete, exists, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DB

from services import policy, search_index
from services.db import refresh_statistics
from services.errors import InvalidInput, Problem
from services.files import read_json, schema_problems, short, valid_quickly
from services.earnings import record_earnings
from services.models import Action, Base, Bundle, Mentee, Mentor, Session
from services.plaintext import one_line
from services.records import DECISION_ACTIONS, Change, Status
from services.scope import EVERY_MENTOR, LOCAL_MENTOR, mentor_of, switch_to
from services.settings import LAST_EXPORT_AT, LAST_IMPORT_AT
from services.store import ServiceBase, chunks, get_setting, insert_many, put_setting
from services.timefmt import is_known_zone, parse_instant, plural

PLATFORM_STATUS = {
    "requested": (Status.REQUESTED, None),
    "scheduled": (Status.SCHEDULED, None),
    "cancelled": (Status.CANCELLED, None),
    "rejected": (Status.REJECTED, None),
    "completed": (Status.COMPLETED, "held"),
    "no_show": (Status.NO_SHOW, "mentee_no_show"),
}
Progress = Callable[[int, int], None]
SCHEMA = "platform-export.schema.json"
# PostgreSQL's SQLSTATE for a duplicate key.
UNIQUE_VIOLATION = "23505"
# Times outside these years are refused: nothing on a mentor's calendar lies there, and at the
# ends of Python's calendar an offset would carry the time past what it can hold.
FIRST_YEAR, LAST_YEAR = 1900, 2999
EARLIEST = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
AFTER_LATEST = datetime(LAST_YEAR + 1, 1, 1, tzinfo=UTC)
# Rows written per statement, and how often progress is reported.
ROWS_PER_STATEMENT = 5000
# An empty table filled with this many rows or more gets its plain indexes and its search
# index built after the rows, in one go (5 000 mentees: 0.35 s kept up row by row, 0.03 s so).
BULK_ROWS = 1000
# SQLite's page cache while an export is applied, in KiB (its default is 2 000).
IMPORT_CACHE_KIB = 65_536
SESSION_VALUES = ("type", "mentee_id", "bundle_id", "start_utc", "end_utc", "duration_minutes",
                  "form", "requested_at", "origin")
DECIDED_VALUES = ("status", "outcome", "cancel_reason", "reject_reason")


@dataclass
class ImportResult:
    source: str
    exported_at: datetime
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    stale: Counter[str] = field(default_factory=Counter)
    kept_local: list[str] = field(default_factory=list)
    # (local id, platform id) of sessions booked here that the platform now knows.
    adopted: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(sum(self.created.values()) or sum(self.updated.values()))

    def summary(self) -> str:
        def part(counter: Counter[str], verb: str) -> str | None:
            total = sum(counter.values())
            if not total:
                return None
            kinds = ", ".join(plural(n, k.removesuffix("s")) for k, n in sorted(counter.items())
                              if n)
            return f"{verb} {kinds}"

        parts = [p for p in (part(self.created, "added"), part(self.updated, "updated"),
                             part(self.stale, "left as newer than this export:")) if p]
        if self.kept_local:
            parts.append(f"kept your decisions on {plural(len(self.kept_local), 'session')}")
        if self.adopted:
            parts.append(f"the platform confirmed {plural(len(self.adopted), 'session')} "
                         "booked here")
        if not parts:
            return f"{one_line(self.source)}: nothing new (already up to date)"
        return f"{one_line(self.source)}: " + "; ".join(parts)


class PlatformImporter(ServiceBase):
    def import_file(self, path: str | Path, progress: Progress | None = None) -> ImportResult:
        path = Path(path)
        with _cycles_uncollected():
            document = read_json(path)
            return self.import_document(document, path.name, progress)

    def import_document(self, document: Any, source: str = "export",
                        progress: Progress | None = None) -> ImportResult:
        with _cycles_uncollected():
            return self._import_document(document, source, progress)

    def _import_document(self, document: Any, source: str,
                         progress: Progress | None) -> ImportResult:
        if not valid_quickly(document, SCHEMA):
            problems = schema_problems(document, SCHEMA)
            if problems:
                raise InvalidInput(source, problems)
        now = self.now()
        try:
            return self._apply(document, source, now, progress)
        except IntegrityError as exc:
            if getattr(exc.orig, "sqlstate", None) != UNIQUE_VIOLATION:
                raise
            # On a server that hides other mentors' rows from this desk (row-level security),
            # an id of theirs is only met when it is written (see `_foreign_ids`).
            raise InvalidInput(source, [Problem(
                "$", "it holds ids (of mentees, bundles or sessions) that another mentor of this "
                "database already has; an export brings one mentor's own records, so nothing "
                "of it was applied")]) from None

    def _apply(self, document: Any, source: str, now: datetime,
               progress: Progress | None) -> ImportResult:
        times: dict[tuple[str, int, str], datetime] = {}
        # The references are checked in the writer that applies the file: what they found in
        # the database is still there when the file is applied.
        with self._writing() as db, _roomy_cache(db):
            problems = self._reference_problems(db, document, times)
            if problems:
                raise InvalidInput(source, problems)
            exported_at = times["exported_at", 0, ""]
            result = ImportResult(source=source, exported_at=exported_at)
            latest = get_setting(db, LAST_EXPORT_AT)
            latest_at = parse_instant(latest) if latest else None
            newest = latest_at is None or exported_at >= latest_at
            zone_moved = False
            if newest:
                zone_before = db.scalar(select(Mentor.timezone).limit(1))
                self._merge_mentor(db, document["mentor"], result)
                zone_moved = zone_before != document["mentor"]["timezone"]
            self._merge_mentees(db, document["mentees"], exported_at, result)
            self._merge_bundles(db, document["bundles"], exported_at, times, result)
            self._adopt(db, document["sessions"], result)
            self._merge_sessions(db, document["sessions"], exported_at, times, now, result,
                                 progress)
            self._recount_bundles(db, {b["id"] for b in document["bundles"]}, exported_at)
            # Sessions the platform reports held earn, at the commission in force now; one it
            # no longer reports held stops earning. The journal is never touched.
            record_earnings(db, now)
            result.warnings.extend(self._overlaps(db, document["sessions"]))
            stamped = result.changed or latest_at is None or exported_at > latest_at
            if stamped:
                put_setting(db, LAST_IMPORT_AT, now.isoformat())
                if latest_at is None or exported_at > latest_at:
                    put_setting(db, LAST_EXPORT_AT, exported_at.isoformat())
            if result.changed:
                refresh_statistics(db.connection())
        if result.changed or stamped:
            ids = tuple(s["id"] for s in document["sessions"]) if result.changed else ()
            self._hub.emit(Change(
                session_ids=ids + tuple(old for old, _ in result.adopted),
                bundle_ids=tuple(b["id"] for b in document["bundles"]) if result.changed else (),
                outbox=bool(result.adopted), settings=stamped, timezone=zone_moved,
                summary=result.summary()))
        return result

    # -- validation past the schema ------------------------------------------------------------

    def _reference_problems(self, db: DB, doc: dict[str, Any],
                            times: dict[tuple[str, int, str], datetime]) -> list[Problem]:
        """Every problem the schema cannot see; the times read on the way are kept in `times`,
        keyed by (list, index, key), for the merge."""
        problems: list[Problem] = []

        def add(path: str, message: str, record_id: str | None = None) -> None:
            problems.append(Problem(path, message, record_id))

        def instant(kind: str, i: int, key: str, text: str, record_id: str | None) -> None:
            value, problem = _instant(text)
            if problem is None:
                times[kind, i, key] = value
            else:
                add(f"$.{kind}[{i}].{key}" if key else f"$.{kind}", problem, record_id)

        instant("exported_at", 0, "", doc["exported_at"], None)
        mentor = doc["mentor"]
        if not is_known_zone(mentor["timezone"]):
            add("$.mentor.timezone", f"{mentor['timezone']} is not a known IANA time zone",
                mentor["id"])
        current = mentor_of(db)
        if current not in (None, LOCAL_MENTOR, mentor["id"]):
            add("$.mentor.id", f"this database holds mentor {current}; this export is for "
                f"{mentor['id']}", mentor["id"])
        else:
            self._foreign_ids(db, doc, mentor["id"], add)

        mentee_ids = _unique(doc["mentees"], "mentees", add)
        bundle_ids = _unique(doc["bundles"], "bundles", add)
        session_ids = _unique(doc["sessions"], "sessions", add)
        for i, mentee in enumerate(doc["mentees"]):
            zone_name = mentee.get("timezone")
            if zone_name is not None and not is_known_zone(zone_name):
                add(f"$.mentees[{i}].timezone", f"{zone_name} is not a known IANA time zone",
                    mentee["id"])

        known_mentees = set(mentee_ids) | _existing(db, Mentee.id, _refs(doc, "mentee_id")
                                                      - set(mentee_ids))
        bundle_owner = {b["id"]: b["mentee_id"] for b in doc["bundles"]}
        missing_bundles = _refs(doc["sessions"], "bundle_id") - set(bundle_ids)
        for some in chunks(sorted(missing_bundles)):
            bundle_owner.update(dict(db.execute(
                select(Bundle.id, Bundle.mentee_id).where(Bundle.id.in_(some))).all()))

        for i, bundle in enumerate(doc["bundles"]):
            where = f"$.bundles[{i}]"
            if bundle["mentee_id"] not in known_mentees:
                add(f"{where}.mentee_id", f"mentee {bundle['mentee_id']} is neither in this file "
                    "nor in the database", bundle["id"])
            if bundle["sessions_used"] > bundle["sessions_total"]:
                add(f"{where}.sessions_used", f"{bundle['sessions_used']} sessions used of a "
                    f"bundle of {bundle['sessions_total']}", bundle["id"])
            if "purchased_at" in bundle:
                instant("bundles", i, "purchased_at", bundle["purchased_at"], bundle["id"])

        for i, session in enumerate(doc["sessions"]):
            where = f"$.sessions[{i}]"
            sid = session["id"]
            instant("sessions", i, "start", session["start"], sid)
            if "requested_at" in session:
                instant("sessions", i, "requested_at", session["requested_at"], sid)
            if session["mentee_id"] not in known_mentees:
                add(f"{where}.mentee_id", f"mentee {session['mentee_id']} is neither in this "
                    "file nor in the database", sid)
            if session["type"] == "intro":
                if session["duration_minutes"] != policy.INTRO_MINUTES:
                    add(f"{where}.duration_minutes", f"an intro session lasts "
                        f"{policy.INTRO_MINUTES} minutes, not {session['duration_minutes']}", sid)
                if "bundle_id" in session:
                    add(f"{where}.bundle_id", "an intro session is free: it takes no bundle", sid)
            else:
                if session["status"] == "requested":
                    add(f"{where}.status", "only intro sessions are requested; paid sessions "
                        "are booked directly", sid)
                bundle_id = session.get("bundle_id")
                if bundle_id is None:
                    add(where, "a paid session needs a bundle_id", sid)
                elif bundle_id not in bundle_owner:
                    add(f"{where}.bundle_id", f"bundle {bundle_id} is neither in this file nor "
                        "in the database", sid)
                elif bundle_owner[bundle_id] != session["mentee_id"]:
                    add(f"{where}.bundle_id", f"bundle {bundle_id} belongs to mentee "
                        f"{bundle_owner[bundle_id]}, not {session['mentee_id']}", sid)
        self._client_id_problems(db, doc["sessions"], set(session_ids), add)
        return problems

    @staticmethod
    def _foreign_ids(db: DB, doc: dict[str, Any], mentor_id: str,
                     add: Callable[..., None]) -> None:
        """Platform ids are the platform's, one record each: an id that another mentor of this
        database already holds is not this mentor's to import (a mentee who also sees another
        mentor of the team is refused here). Read across every mentor this connection may see;
        on a server that hides the others, the database refuses such an id when it is written
        (`import_document`)."""
        every = {EVERY_MENTOR: True}
        mentors = set(db.scalars(select(Mentor.id).execution_options(**every)))
        if not mentors - {mentor_id, LOCAL_MENTOR}:
            return
        for kind, model in (("mentees", Mentee), ("bundles", Bundle), ("sessions", Session)):
            ids = sorted({item["id"] for item in doc[kind]})
            taken: dict[str, str] = {}
            for some in chunks(ids):
                taken.update(db.execute(select(model.id, model.mentor_id).where(
                    model.id.in_(some), model.mentor_id != mentor_id)
                    .execution_options(**every)).all())
            for i, item in enumerate(doc[kind]):
                if item["id"] in taken:
                    add(f"$.{kind}[{i}].id", f"{kind[:-1]} {item['id']} belongs to mentor "
                        f"{taken[item['id']]} of this database, not to {mentor_id}", item["id"])

    @staticmethod
    def _client_id_problems(db: DB, items: list[dict[str, Any]], session_ids: set[str],
                            add: Callable[..., None]) -> None:
        """A client_id names one session booked here, and only one session of the file."""
        claims = {i: s["client_id"] for i, s in enumerate(items) if "client_id" in s}
        if not claims:
            return
        here: dict[str, tuple[str, str | None, str]] = {}  # by id and by client_id
        wanted = sorted(set(claims.values()))
        for some in chunks(wanted):
            for row in db.execute(select(Session.id, Session.client_id, Session.mentee_id)
                                  .where(Session.id.in_(some) | Session.client_id.in_(some))):
                here[row.id] = tuple(row)
                if row.client_id is not None:
                    here[row.client_id] = tuple(row)
        first: dict[str, int] = {}
        for i, client_id in claims.items():
            where, session = f"$.sessions[{i}].client_id", items[i]
            sid = session["id"]
            if client_id in first:
                add(where, f"client_id {client_id} is also claimed by "
                    f"$.sessions[{first[client_id]}]", sid)
                continue
            first[client_id] = i
            if client_id != sid and client_id in session_ids:
                add(where, f"client_id {client_id} is the id of another session in this file",
                    sid)
                continue
            row = here.get(client_id)
            if row is None:
                continue  # booked on another desk: nothing here to match
            row_id, row_client_id, mentee_id = row
            if row_client_id != client_id:
                add(where, f"client_id {client_id} names a session that was not booked here",
                    sid)
            elif row_id not in (client_id, sid):
                add(where, f"the session booked here as {client_id} is already the platform's "
                    f"{row_id}", sid)
            elif mentee_id != session["mentee_id"]:
                add(where, f"the session booked here as {client_id} is with mentee {mentee_id}, "
                    f"not {session['mentee_id']}", sid)

    # -- merging -------------------------------------------------------------------------------

    @staticmethod
    def _merge_mentor(db: DB, data: dict[str, Any], result: ImportResult) -> None:
        table = Mentor.__table__
        values = {"name": data["name"], "email": data["email"], "timezone": data["timezone"]}
        current = db.execute(select(table).where(table.c.id == data["id"])).mappings().first()
        if current is None:
            db.execute(insert(table).values(id=data["id"], **values))
            result.created["mentor"] += 1
            _take_over_placeholder(db, data["id"])
            switch_to(db, data["id"])
        elif any(current[k] != v for k, v in values.items()):
            db.execute(update(table).where(table.c.id == current["id"]).values(**values))
            result.updated["mentor"] += 1

    def _merge_mentees(self, db: DB, items: list[dict[str, Any]], exported_at: datetime,
                       result: ImportResult) -> None:
        rows = [(m["id"], {"name": m["name"], "email": m["email"],
                           "timezone": m.get("timezone")}, {}) for m in items]
        _Upsert(db, Mentee.__table__, "mentees", exported_at, result).run(rows)

    def _merge_bundles(self, db: DB, items: list[dict[str, Any]], exported_at: datetime,
                       times: dict[tuple[str, int, str], datetime],
                       result: ImportResult) -> None:
        rows = []
        for i, b in enumerate(items):
            values = {"mentee_id": b["mentee_id"], "sessions_total": b["sessions_total"],
                      "platform_sessions_used": b["sessions_used"], "status": b["status"],
                      "price_cents": b.get("price_cents"), "currency": b.get("currency"),
                      "purchased_at": times.get(("bundles", i, "purchased_at"))}
            # A bundle's own count starts as the platform's; later it is recounted.
            rows.append((b["id"], values, {"sessions_used": b["sessions_used"]}))
        _Upsert(db, Bundle.__table__, "bundles", exported_at, result).run(rows)

    def _adopt(self, db: DB, items: list[dict[str, Any]], result: ImportResult) -> None:
        """Sessions booked here that the platform now exports under its own id become that id:
        the row moves, and everything that refers to it follows (its history, its outbox
        state). The merge then brings the platform's values as for any session."""
        claims = {s["client_id"]: s["id"] for s in items
                  if "client_id" in s and s["client_id"] != s["id"]}
        if not claims:
            return
        table = Session.__table__
        local: list[dict[str, Any]] = []
        for some in chunks(sorted(claims)):
            local += db.execute(select(table).where(
                table.c.id.in_(some), table.c.origin == "local",
                table.c.mentor_id == mentor_of(db))).mappings().all()
        for row in local:
            old, new = row["id"], claims[row["id"]]
            if not db.scalar(select(exists().where(table.c.id == new))):
                # Its client_id is unique: the copy takes it once the original is gone.
                db.execute(insert(table).values({**row, "id": new, "client_id": None}))
            for column in _references_to(table.c.id):
                db.execute(update(column.table).where(column == old).values({column.name: new}))
            db.execute(delete(table).where(table.c.id == old))
            db.execute(update(table).where(table.c.id == new).values(client_id=old))
            result.adopted.append((old, new))

    def _merge_sessions(self, db: DB, items: list[dict[str, Any]], exported_at: datetime,
                        times: dict[tuple[str, int, str], datetime], now: datetime,
                        result: ImportResult, progress: Progress | None) -> None:
        upsert = _Upsert(db, Session.__table__, "sessions", exported_at, result,
                         bump=now, progress=progress)
        rows = []
        if_new = {"created_at": now, "updated_at": now, "revision": 0}
        # A file has few lengths of session: each is made a timedelta once.
        lengths: dict[int, timedelta] = {}
        for i, data in enumerate(items):
            status, outcome = PLATFORM_STATUS[data["status"]]
            start = times["sessions", i, "start"]
            minutes = data["duration_minutes"]
            length = lengths.get(minutes)
            if length is None:
                length = lengths[minutes] = timedelta(minutes=minutes)
            values: dict[str, Any] = {
                "type": data["type"],
                "mentee_id": data["mentee_id"],
                "bundle_id": data.get("bundle_id"),
                "start_utc": start,
                "end_utc": start + length,
                "duration_minutes": data["duration_minutes"],
                "form": data.get("form"),
                "requested_at": times.get(("sessions", i, "requested_at")),
                "origin": "platform",
                "status": status,
                "outcome": outcome,
                "cancel_reason": data.get("cancel_reason"),
                "reject_reason": data.get("reject_reason"),
            }
            if "client_id" in data:
                values["client_id"] = data["client_id"]
            rows.append((data["id"], values, if_new))
        upsert.guard = lambda ids: self._locally_decided(db, ids, exported_at)
        upsert.run(rows)

    @staticmethod
    def _locally_decided(db: DB, ids: list[str], exported_at: datetime) -> set[str]:
        """Sessions with a decision the platform could not have known when it exported."""
        found: set[str] = set()
        for some in chunks(ids):
            rows = db.execute(select(Action.session_id, Action.sent_at).where(
                Action.session_id.in_(some), Action.action.in_(DECISION_ACTIONS),
                Action.undone.is_(False))).all()
            found.update(sid for sid, sent_at in rows
                         if sent_at is None or sent_at >= exported_at)
        return found

    def _recount_bundles(self, db: DB, bundle_ids: set[str], exported_at: datetime) -> None:
        if not bundle_ids:
            return
        # Few confirmations are that recent: read them all, rather than per bundle of the file.
        pending = Counter(db.scalars(
            select(Session.bundle_id).join(Action, Action.session_id == Session.id).where(
                Session.bundle_id.is_not(None), Action.action == "confirm",
                Action.outcome == "held", Action.undone.is_(False),
                (Action.sent_at.is_(None)) | (Action.sent_at >= exported_at),
            )))
        ordered = sorted(bundle_ids)
        table = Bundle.__table__
        changes = []
        for some in chunks(ordered):
            for b in db.execute(select(table.c.id, table.c.sessions_total, table.c.sessions_used,
                                       table.c.platform_sessions_used, table.c.status)
                                .where(table.c.id.in_(some),
                                       table.c.mentor_id == mentor_of(db))):
                used = b.platform_sessions_used + pending.get(b.id, 0)
                status = "completed" if used >= b.sessions_total and b.status == "active" \
                    else b.status
                if (used, status) != (b.sessions_used, b.status):
                    changes.append({"b_id": b.id, "sessions_used": used, "status": status})
        if changes:
            db.execute(update(table).where(table.c.id == bindparam("b_id")), changes)

    @staticmethod
    def _overlaps(db: DB, items: list[dict[str, Any]]) -> list[str]:
        scheduled = sorted(
            db.execute(select(Session.start_utc, Session.end_utc, Session.id)
                       .where(Session.status == Status.SCHEDULED)).all())
        ids = {s["id"] for s in items}
        warnings = []
        reach, reach_id = None, None  # the latest end so far, and whose it is
        for start, end, sid in scheduled:
            if reach is not None and start < reach and (sid in ids or reach_id in ids):
                warnings.append(f"sessions {one_line(reach_id)} and {one_line(sid)} overlap; "
                                "cancel one of them")
            if reach is None or end > reach:
                reach, reach_id = end, sid
        return warnings


class _Upsert:
    """Merges records of one kind into their table, set-wise: the rows already there are read
    a chunk at a time, then new ones inserted and changed ones updated, one statement each.

    Each record is (id, values, values_if_new). A row set by a newer export is left alone
    (stale); with `bump`, a changed row gets updated_at = bump and its revision raised; with
    `guard`, the ids it returns keep their status, outcome and reasons (the mentor's decision).
    """

    def __init__(self, db: DB, table: Table, kind: str, exported_at: datetime,
                 result: ImportResult, bump: datetime | None = None,
                 progress: Progress | None = None) -> None:
        self.db, self.table, self.kind = db, table, kind
        self.exported_at, self.result = exported_at, result
        self.bump, self.progress = bump, progress
        self.guard: Callable[[list[str]], set[str]] = lambda ids: set()

    def run(self, records: list[tuple[str, dict[str, Any], dict[str, Any]]]) -> None:
        self.mentor = mentor_of(self.db)
        empty = not self.db.scalar(select(exists().where(self.table.c.mentor_id == self.mentor)))
        connection = self.db.connection()
        # Filling an empty table of a file, its plain indexes are built once at the end, from
        # rows in order, rather than kept up row by row (inside the transaction: a failure
        # undoes both). A server's tables are shared, and not the desk's to change.
        alone = empty and connection.dialect.name == "sqlite" and not self.db.scalar(
            select(exists().select_from(self.table)))
        bulk = alone and len(records) >= BULK_ROWS
        deferred = [index for index in self.table.indexes if not index.unique] if bulk else []
        for index in deferred:
            index.drop(connection)
        with search_index.refilled(connection, self.table.name) if bulk else nullcontext():
            done = 0
            for chunk in chunks(records, ROWS_PER_STATEMENT):
                self._merge(chunk, empty)
                done += len(chunk)
                if self.progress is not None:
                    self.progress(done, len(records))
        for index in deferred:
            index.create(connection)

    def _merge(self, chunk: Iterable[tuple[str, dict[str, Any], dict[str, Any]]],
               empty: bool) -> None:
        chunk = list(chunk)
        existing: dict[str, Any] = {}
        guarded: set[str] = set()
        if not empty:
            ids = [ident for ident, _, _ in chunk]
            for some in chunks(ids):
                existing.update((row["id"], row) for row in self.db.execute(
                    select(self.table).where(self.table.c.id.in_(some),
                                             self.table.c.mentor_id == self.mentor)).mappings())
            guarded = self.guard(ids)
        created, changed, touched = [], defaultdict(list), []
        for ident, values, if_new in chunk:
            row = existing.get(ident)
            if row is None:
                values.update(if_new, id=ident, exported_at=self.exported_at,
                              mentor_id=self.mentor)
                created.append(values)
                continue
            if row["exported_at"] is not None and self.exported_at < row["exported_at"]:
                self.result.stale[self.kind] += 1
                continue
            if ident in guarded:
                decided = {k: values.pop(k) for k in DECIDED_VALUES}
                if any(row[k] != v for k, v in decided.items()):
                    self.result.kept_local.append(ident)
            stamp = max(self.exported_at, row["exported_at"] or self.exported_at)
            if any(row[k] != v for k, v in values.items()):
                values["exported_at"] = stamp
                if self.bump is not None:
                    values.update(updated_at=self.bump, revision=(row["revision"] or 0) + 1)
                changed[tuple(values)].append({"b_id": ident, **values})
                self.result.updated[self.kind] += 1
            else:
                if stamp != row["exported_at"]:
                    touched.append({"b_id": ident, "exported_at": stamp})
                self.result.unchanged[self.kind] += 1
        if created:
            # One statement for all: rows that lack a column (an optional one) get None.
            columns = {key for row in created for key in row}
            ragged = [row for row in created if len(row) != len(columns)]
            for row in ragged:
                row.update((c, None) for c in columns - row.keys())
            insert_many(self.db, self.table, created)
            self.result.created[self.kind] += len(created)
        where = (self.table.c.id == bindparam("b_id")) & (self.table.c.mentor_id == self.mentor)
        for group in (*changed.values(), touched):
            if group:
                self.db.execute(update(self.table).where(where), group)


@contextmanager
def _roomy_cache(db: DB) -> Iterator[None]:
    """On SQLite, a page cache of IMPORT_CACHE_KIB while the export is applied: with the
    default 2 MB the transaction of a large export spills the pages of its indexes to the
    write-ahead log and writes many of them again (100 000 sessions write 100 MB; a quarter
    of a second of system time is saved). The connection's own size comes back after."""
    conn = db.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


_pauses = {"count": 0, "enabled": False}
_pauses_lock = threading.Lock()


@contextmanager
def _cycles_uncollected() -> Iterator[None]:
    """Python's collector of reference cycles paused while an export is read and applied: it
    runs every few hundred new objects and walks every object still alive, and an export of
    100 000 sessions makes millions that live until the end (1.2 s of 9 s of CPU at 100 000
    sessions). Reference counting frees what the import drops, as ever; the few cycles it
    leaves wait for the next collection after it. Imports on several threads share one pause."""
    with _pauses_lock:
        if _pauses["count"] == 0:
            _pauses["enabled"] = gc.isenabled()
            gc.disable()
        _pauses["count"] += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses["count"] -= 1
            if _pauses["count"] == 0 and _pauses["enabled"]:
                gc.enable()


def _take_over_placeholder(db: DB, mentor_id: str) -> None:
    """The rows written before the first import (see services/scope.py) become the export's
    mentor's, and the placeholder goes."""
    if mentor_of(db) != LOCAL_MENTOR:
        return
    for table in Base.metadata.sorted_tables:
        if "mentor_id" in table.c:
            db.execute(update(table).where(table.c.mentor_id == LOCAL_MENTOR)
                       .values(mentor_id=mentor_id))
    db.execute(delete(Mentor.__table__).where(Mentor.__table__.c.id == LOCAL_MENTOR))


def _references_to(column: Any) -> list[Any]:
    """Every column of the schema that is a foreign key to `column`."""
    return [fk.parent for table in Base.metadata.sorted_tables for fk in table.foreign_keys
            if fk.column is column]


def _instant(text: str) -> tuple[datetime | None, str | None]:
    """The instant `text` names, or what is wrong with it."""
    try:
        value = parse_instant(text)
    except (ValueError, OverflowError):
        return None, f"{short(repr(text))} is not an ISO 8601 time with an offset"
    if not EARLIEST <= value < AFTER_LATEST:
        return None, f"{text} lies outside the years {FIRST_YEAR} to {LAST_YEAR}"
    return value, None


def _unique(items: list[dict[str, Any]], kind: str, add: Callable[..., None]) -> list[str]:
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        ident = item["id"]
        if ident in seen:
            add(f"$.{kind}[{i}].id", f"id {ident} is used twice in {kind} "
                f"(first at $.{kind}[{seen[ident]}])", ident)
        else:
            seen[ident] = i
    return list(seen)


def _refs(items: Any, key: str) -> set[str]:
    if isinstance(items, dict):
        return {x[key] for k in ("bundles", "sessions") for x in items[k] if key in x}
    return {x[key] for x in items if key in x}


def _existing(db: DB, column: Any, ids: set[str]) -> set[str]:
    found: set[str] = set()
    for some in chunks(sorted(ids)):
        found.update(db.scalars(select(column).where(column.in_(some))))
    return found
