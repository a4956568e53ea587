"""Import of the platform's export file: validated whole, applied in one transaction or not at all.

Merge policy, per record:
- A record is keyed on its platform id; re-importing the same file changes nothing.
- An export older than the one that last set a record does not touch it (stale).
- A session the mentor decided on locally keeps the local decision while that decision is not yet
  in an outbox, or was written to one at or after the export was made: the platform could not
  have known it, so its state is older than the mentor's.
- A bundle's count of used sessions is the platform's count plus the held confirmations the
  platform could not have known yet, for the same reason.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as DB

from services import policy
from services.errors import InvalidInput, Problem
from services.files import read_json, schema_problems
from services.models import Action, Bundle, Mentee, Mentor, Session
from services.records import DECISION_ACTIONS, Change, Status
from services.settings import LAST_EXPORT_AT, LAST_IMPORT_AT
from services.store import ServiceBase, chunks, get_setting, put_setting
from services.timefmt import is_known_zone, parse_instant

PLATFORM_STATUS = {
    "requested": (Status.REQUESTED, None),
    "scheduled": (Status.SCHEDULED, None),
    "cancelled": (Status.CANCELLED, None),
    "rejected": (Status.REJECTED, None),
    "completed": (Status.COMPLETED, "held"),
    "no_show": (Status.NO_SHOW, "mentee_no_show"),
}
Progress = Callable[[int, int], None]


@dataclass
class ImportResult:
    source: str
    exported_at: datetime
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    stale: Counter[str] = field(default_factory=Counter)
    kept_local: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(sum(self.created.values()) or sum(self.updated.values()))

    def summary(self) -> str:
        def part(counter: Counter[str], verb: str) -> str | None:
            total = sum(counter.values())
            if not total:
                return None
            kinds = ", ".join(f"{n} {k}" for k, n in sorted(counter.items()) if n)
            return f"{verb} {kinds}"

        parts = [p for p in (part(self.created, "added"), part(self.updated, "updated"),
                             part(self.stale, "left as newer than this export:")) if p]
        if self.kept_local:
            parts.append(f"kept your decisions on {len(self.kept_local)} sessions")
        if not parts:
            return f"{self.source}: nothing new (already up to date)"
        return f"{self.source}: " + "; ".join(parts)


class PlatformImporter(ServiceBase):
    def import_file(self, path: str | Path, progress: Progress | None = None) -> ImportResult:
        path = Path(path)
        document = read_json(path)
        return self.import_document(document, path.name, progress)

    def import_document(self, document: Any, source: str = "export",
                        progress: Progress | None = None) -> ImportResult:
        problems = schema_problems(document, "platform-export.schema.json")
        if problems:
            raise InvalidInput(source, problems)
        now = self.now()
        # The references are checked in the writer that applies the file: what they found in
        # the database is still there when the file is applied.
        with self._writing() as db:
            problems = self._reference_problems(db, document)
            if problems:
                raise InvalidInput(source, problems)
            exported_at = parse_instant(document["exported_at"])
            result = ImportResult(source=source, exported_at=exported_at)
            current = db.scalars(select(Mentor)).first()
            latest = get_setting(db, LAST_EXPORT_AT)
            latest_at = parse_instant(latest) if latest else None
            if latest_at is None or exported_at >= latest_at:
                self._merge_mentor(db, current, document["mentor"], result)
            self._merge_mentees(db, document["mentees"], exported_at, result)
            self._merge_bundles(db, document["bundles"], exported_at, result)
            self._merge_sessions(db, document["sessions"], exported_at, now, result, progress)
            db.flush()
            self._recount_bundles(db, {b["id"] for b in document["bundles"]}, exported_at)
            result.warnings.extend(self._overlaps(db, document["sessions"]))
            if result.changed or latest_at is None or exported_at > latest_at:
                put_setting(db, LAST_IMPORT_AT, now.isoformat())
                if latest_at is None or exported_at > latest_at:
                    put_setting(db, LAST_EXPORT_AT, exported_at.isoformat())
        if result.changed:
            self._hub.emit(Change(session_ids=tuple(s["id"] for s in document["sessions"]),
                                  bundle_ids=tuple(b["id"] for b in document["bundles"]),
                                  summary=result.summary()))
        return result

    # -- validation past the schema ------------------------------------------------------------

    def _reference_problems(self, db: DB, doc: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []

        def add(path: str, message: str, record_id: str | None = None) -> None:
            problems.append(Problem(path, message, record_id))

        _check_time(doc["exported_at"], "$.exported_at", None, add)
        mentor = doc["mentor"]
        if not is_known_zone(mentor["timezone"]):
            add("$.mentor.timezone", f"{mentor['timezone']} is not a known IANA time zone",
                mentor["id"])
        current = db.scalars(select(Mentor)).first()
        if current is not None and current.id != mentor["id"]:
            add("$.mentor.id", f"this database holds mentor {current.id}; this export is for "
                f"{mentor['id']}", mentor["id"])

        mentee_ids = _unique(doc["mentees"], "mentees", add)
        bundle_ids = _unique(doc["bundles"], "bundles", add)
        _unique(doc["sessions"], "sessions", add)
        for i, mentee in enumerate(doc["mentees"]):
            zone_name = mentee.get("timezone")
            if zone_name is not None and not is_known_zone(zone_name):
                add(f"$.mentees[{i}].timezone", f"{zone_name} is not a known IANA time zone",
                    mentee["id"])

        known_mentees = set(mentee_ids) | _existing(db, Mentee.id, _refs(doc, "mentee_id")
                                                      - set(mentee_ids))
        bundle_owner = {b["id"]: b["mentee_id"] for b in doc["bundles"]}
        missing_bundles = _refs(doc["sessions"], "bundle_id") - set(bundle_ids)
        if missing_bundles:
            bundle_owner.update(dict(db.execute(
                select(Bundle.id, Bundle.mentee_id).where(Bundle.id.in_(missing_bundles))).all()))

        for i, bundle in enumerate(doc["bundles"]):
            where = f"$.bundles[{i}]"
            if bundle["mentee_id"] not in known_mentees:
                add(f"{where}.mentee_id", f"mentee {bundle['mentee_id']} is neither in this file "
                    "nor in the database", bundle["id"])
            if bundle["sessions_used"] > bundle["sessions_total"]:
                add(f"{where}.sessions_used", f"{bundle['sessions_used']} sessions used of a "
                    f"bundle of {bundle['sessions_total']}", bundle["id"])
            if "purchased_at" in bundle:
                _check_time(bundle["purchased_at"], f"{where}.purchased_at", bundle["id"], add)

        for i, session in enumerate(doc["sessions"]):
            where = f"$.sessions[{i}]"
            sid = session["id"]
            _check_time(session["start"], f"{where}.start", sid, add)
            if "requested_at" in session:
                _check_time(session["requested_at"], f"{where}.requested_at", sid, add)
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
        return problems

    # -- merging -------------------------------------------------------------------------------

    @staticmethod
    def _merge_mentor(db: DB, current: Mentor | None, data: dict[str, Any],
                      result: ImportResult) -> None:
        values = {"name": data["name"], "email": data["email"], "timezone": data["timezone"]}
        if current is None:
            db.add(Mentor(id=data["id"], **values))
            result.created["mentor"] += 1
        elif _assign(current, values):
            result.updated["mentor"] += 1

    def _merge_mentees(self, db: DB, items: list[dict[str, Any]], exported_at: datetime,
                       result: ImportResult) -> None:
        existing = _load(db, Mentee, [m["id"] for m in items])
        for data in items:
            values = {"name": data["name"], "email": data["email"],
                      "timezone": data.get("timezone")}
            self._upsert(db, Mentee, existing.get(data["id"]), data["id"], values, exported_at,
                         "mentees", result)

    def _merge_bundles(self, db: DB, items: list[dict[str, Any]], exported_at: datetime,
                       result: ImportResult) -> None:
        existing = _load(db, Bundle, [b["id"] for b in items])
        for data in items:
            values = {
                "mentee_id": data["mentee_id"],
                "sessions_total": data["sessions_total"],
                "platform_sessions_used": data["sessions_used"],
                "status": data["status"],
                "price_cents": data.get("price_cents"),
                "currency": data.get("currency"),
                "purchased_at": _maybe_instant(data.get("purchased_at")),
            }
            row = existing.get(data["id"])
            if row is None:
                values["sessions_used"] = data["sessions_used"]
            self._upsert(db, Bundle, row, data["id"], values, exported_at, "bundles", result)

    def _merge_sessions(self, db: DB, items: list[dict[str, Any]], exported_at: datetime,
                        now: datetime, result: ImportResult, progress: Progress | None) -> None:
        done = 0
        for chunk in chunks(items):
            ids = [s["id"] for s in chunk]
            existing = _load(db, Session, ids)
            guarded = self._locally_decided(db, ids, exported_at)
            for data in chunk:
                status, outcome = PLATFORM_STATUS[data["status"]]
                start = parse_instant(data["start"])
                values: dict[str, Any] = {
                    "type": data["type"],
                    "mentee_id": data["mentee_id"],
                    "bundle_id": data.get("bundle_id"),
                    "start_utc": start,
                    "end_utc": start + timedelta(minutes=data["duration_minutes"]),
                    "duration_minutes": data["duration_minutes"],
                    "form": data.get("form"),
                    "requested_at": _maybe_instant(data.get("requested_at")),
                }
                decided = {
                    "status": status,
                    "outcome": outcome,
                    "cancel_reason": data.get("cancel_reason"),
                    "reject_reason": data.get("reject_reason"),
                }
                row = existing.get(data["id"])
                if row is not None and data["id"] in guarded:
                    if any(getattr(row, k) != v for k, v in decided.items()):
                        result.kept_local.append(data["id"])
                else:
                    values.update(decided)
                if row is None:
                    values.update(origin="platform", created_at=now, updated_at=now, revision=0)
                changed = self._upsert(db, Session, row, data["id"], values, exported_at,
                                       "sessions", result)
                if changed and row is not None:
                    row.updated_at = now
                    row.revision = (row.revision or 0) + 1
            db.flush()
            done += len(chunk)
            if progress is not None:
                progress(done, len(items))

    @staticmethod
    def _upsert(db: DB, model: type, row: Any, ident: str, values: dict[str, Any],
                exported_at: datetime, kind: str, result: ImportResult) -> bool:
        if row is None:
            db.add(model(id=ident, exported_at=exported_at, **values))
            result.created[kind] += 1
            return True
        if row.exported_at is not None and exported_at < row.exported_at:
            result.stale[kind] += 1
            return False
        row.exported_at = max(exported_at, row.exported_at or exported_at)
        if _assign(row, values):
            result.updated[kind] += 1
            return True
        result.unchanged[kind] += 1
        return False

    @staticmethod
    def _locally_decided(db: DB, ids: list[str], exported_at: datetime) -> set[str]:
        """Sessions with a decision the platform could not have known when it exported."""
        rows = db.execute(select(Action.session_id, Action.sent_at).where(
            Action.session_id.in_(ids), Action.action.in_(DECISION_ACTIONS), Action.undone.is_(False)
        )).all()
        return {sid for sid, sent_at in rows if sent_at is None or sent_at >= exported_at}

    def _recount_bundles(self, db: DB, bundle_ids: set[str], exported_at: datetime) -> None:
        if not bundle_ids:
            return
        pending = Counter(db.scalars(
            select(Session.bundle_id).join(Action, Action.session_id == Session.id).where(
                Session.bundle_id.in_(bundle_ids), Action.action == "confirm",
                Action.outcome == "held", Action.undone.is_(False),
                (Action.sent_at.is_(None)) | (Action.sent_at >= exported_at),
            )))
        for bundle in _load(db, Bundle, list(bundle_ids)).values():
            used = bundle.platform_sessions_used + pending.get(bundle.id, 0)
            if bundle.sessions_used != used:
                bundle.sessions_used = used
            if used >= bundle.sessions_total and bundle.status == "active":
                bundle.status = "completed"

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
                warnings.append(f"sessions {reach_id} and {sid} overlap; cancel one of them")
            if reach is None or end > reach:
                reach, reach_id = end, sid
        return warnings


def _check_time(text: str, path: str, record_id: str | None, add: Callable[..., None]) -> None:
    try:
        parse_instant(text)
    except ValueError:
        add(path, f"{text!r} is not an ISO 8601 time with an offset", record_id)


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


def _load(db: DB, model: type, ids: list[str]) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    for some in chunks(ids):
        rows.update((row.id, row) for row in db.scalars(select(model).where(model.id.in_(some))))
    return rows


def _assign(row: Any, values: dict[str, Any]) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def _maybe_instant(text: str | None) -> datetime | None:
    return None if text is None else parse_instant(text)
