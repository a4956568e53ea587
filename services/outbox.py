"""The outbox file for the platform: the mentor's decisions and bookings since the last one,
each once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session as DB

from services.errors import RuleViolation
from services.files import schema_problems, writable_target, write_atomically
from services.models import Action, Mentor, Session
from services.records import OUTBOX_ACTIONS, Change
from services.settings import LAST_OUTBOX_AT
from services.store import ServiceBase, chunks, put_setting
from services.timefmt import utc_z

# The version written; an earlier outbox of either version at the target path is carried over.
OUTBOX_VERSION = 2
OUTBOX_SCHEMAS = {1: "outbox.v1.schema.json", 2: "outbox.schema.json"}


@dataclass(frozen=True)
class OutboxResult:
    path: Path
    count: int
    # Actions kept from an outbox file already at that path (perhaps never uploaded).
    carried: int = 0


class OutboxService(ServiceBase):
    def pending_count(self) -> int:
        with self._factory() as db:
            return db.scalar(select(func.count()).select_from(self._pending().subquery())) or 0

    def build(self) -> tuple[dict[str, Any], list[int]]:
        """The outbox document for what is pending, and the ids of the actions in it."""
        with self._factory() as db:
            return self._build(db)

    def _build(self, db: DB) -> tuple[dict[str, Any], list[int]]:
        now = self.now()
        mentor = db.scalars(select(Mentor)).first()
        if mentor is None:
            raise RuleViolation("no_mentor")
        pending = db.execute(self._pending()).all()
        entered_here = _entered_here(db, [a.session_id for a, _ in pending if a.action == "accept"])
        items = []
        for a, session in pending:
            item: dict[str, Any] = {"id": a.uid, "at": utc_z(a.at), "session_id": a.session_id,
                                    "action": a.action}
            if a.action == "book" or session.id in entered_here:
                # The platform has never seen this session: it learns of it from this booking,
                # under the id it was given here (the platform keeps it as client_id).
                item.update(action="book", session_id=session.client_id or session.id,
                            session=_booked(session))
            if a.action in ("reject", "cancel"):
                item["reason"] = a.reason
            if a.action == "confirm":
                item["outcome"] = a.outcome
                if a.decision is not None:
                    item["decision"] = a.decision
            items.append(item)
        document = {"format": "mentor-desk-outbox", "version": OUTBOX_VERSION,
                    "written_at": utc_z(now), "mentor_id": mentor.id, "actions": items}
        problems = schema_problems(document, OUTBOX_SCHEMAS[OUTBOX_VERSION])
        if problems:  # a defect of ours, never of the user's input
            raise RuntimeError("outbox does not match its schema: "
                               + "; ".join(map(str, problems)))
        return document, [a.id for a, _ in pending]

    def write(self, path: str | Path) -> OutboxResult:
        """Write the outbox atomically; only once it is on disk are its actions marked sent.

        An outbox already at `path` may not have been uploaded yet: its actions are kept in the
        new file (each once; the platform knows them by their stable ids), so that writing to
        the same name twice never loses a decision. Any other file there is left alone.
        """
        path = writable_target(Path(path))
        # One writer from reading the pending decisions to marking them sent: an Undo or a
        # second outbox in another window waits, so no decision is both undone and sent.
        with self._writing() as db:
            document, ids = self._build(db)
            carried = self._carried(path, document)
            if carried:
                known = {a["id"] for a in document["actions"]}
                kept = [a for a in carried if a["id"] not in known]
                document["actions"] = sorted(kept + document["actions"], key=lambda a: a["at"])
                carried = kept
            payload = json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
            write_atomically(path, payload)
            now = self.now()
            for some in chunks(ids):
                db.execute(update(Action).where(Action.id.in_(some)).values(sent_at=now))
            put_setting(db, LAST_OUTBOX_AT, now.isoformat())
        self._hub.emit(Change(outbox=True, settings=True,
                              summary=f"outbox {path.name}: {len(ids)} actions"))
        return OutboxResult(path, len(ids), len(carried))

    @staticmethod
    def _carried(path: Path, document: dict[str, Any]) -> list[dict[str, Any]]:
        """The actions of an earlier outbox at `path` (of any version this desk wrote)."""
        if not path.exists():
            return []
        try:
            existing = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError):
            existing = None
        version = existing.get("version") if isinstance(existing, dict) else None
        schema = OUTBOX_SCHEMAS.get(version) if isinstance(version, int) else None
        if (schema is None or existing.get("format") != document["format"]
                or schema_problems(existing, schema)
                or existing["mentor_id"] != document["mentor_id"]):
            raise RuleViolation("not_an_outbox", path=path.name)
        return list(existing["actions"])

    @staticmethod
    def _pending():  # noqa: ANN205 - a select
        """Actions not yet sent, oldest first, with their sessions. A request entered here and
        rejected here never reaches the platform, so neither does its rejection."""
        return (select(Action, Session)
                .join(Session, Session.id == Action.session_id)
                .where(Action.action.in_(OUTBOX_ACTIONS), Action.undone.is_(False),
                       Action.sent_at.is_(None),
                       ~and_(Action.action == "reject", Session.origin == "local"))
                .order_by(Action.at, Action.id))


def _entered_here(db: DB, session_ids: list[str]) -> set[str]:
    """Those of `session_ids` that were entered here as requests (their accept is a booking)."""
    found: set[str] = set()
    for some in chunks(session_ids):
        found.update(db.scalars(select(Action.session_id).where(
            Action.action == "request", Action.session_id.in_(some))))
    return found


def _booked(session: Session) -> dict[str, Any]:
    booked: dict[str, Any] = {"type": session.type, "mentee_id": session.mentee_id,
                              "start": utc_z(session.start_utc),
                              "duration_minutes": session.duration_minutes}
    if session.bundle_id is not None:
        booked["bundle_id"] = session.bundle_id
    return booked
