"""The outbox file for the platform: the mentor's decisions since the last one, each once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session as DB

from services.errors import RuleViolation
from services.files import schema_problems, write_atomically
from services.models import Action, Mentor
from services.records import DECISION_ACTIONS, Change
from services.settings import LAST_OUTBOX_AT
from services.store import ServiceBase, chunks, put_setting
from services.timefmt import utc_z


@dataclass(frozen=True)
class OutboxResult:
    path: Path
    count: int
    # Actions kept from an outbox file already at that path (perhaps never uploaded).
    carried: int = 0


class OutboxService(ServiceBase):
    def pending_count(self) -> int:
        with self._factory() as db:
            return len(db.scalars(self._pending()).all())

    def build(self) -> tuple[dict[str, Any], list[int]]:
        """The outbox document for what is pending, and the ids of the actions in it."""
        with self._factory() as db:
            return self._build(db)

    def _build(self, db: DB) -> tuple[dict[str, Any], list[int]]:
        now = self.now()
        mentor = db.scalars(select(Mentor)).first()
        if mentor is None:
            raise RuleViolation("no_mentor")
        actions = list(db.scalars(self._pending()))
        items = []
        for a in actions:
            item: dict[str, Any] = {"id": a.uid, "at": utc_z(a.at), "session_id": a.session_id,
                                    "action": a.action}
            if a.action in ("reject", "cancel"):
                item["reason"] = a.reason
            if a.action == "confirm":
                item["outcome"] = a.outcome
                if a.decision is not None:
                    item["decision"] = a.decision
            items.append(item)
        document = {"format": "mentor-desk-outbox", "version": 1, "written_at": utc_z(now),
                    "mentor_id": mentor.id, "actions": items}
        problems = schema_problems(document, "outbox.schema.json")
        if problems:  # a defect of ours, never of the user's input
            raise RuntimeError("outbox does not match its schema: "
                               + "; ".join(map(str, problems)))
        return document, [a.id for a in actions]

    def write(self, path: str | Path) -> OutboxResult:
        """Write the outbox atomically; only once it is on disk are its actions marked sent.

        An outbox already at `path` may not have been uploaded yet: its actions are kept in the
        new file (each once; the platform knows them by their stable ids), so that writing to
        the same name twice never loses a decision. Any other file there is left alone.
        """
        path = Path(path)
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
        self._hub.emit(Change(summary=f"outbox {path.name}: {len(ids)} actions"))
        return OutboxResult(path, len(ids), len(carried))

    @staticmethod
    def _carried(path: Path, document: dict[str, Any]) -> list[dict[str, Any]]:
        if not path.exists():
            return []
        try:
            existing = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            existing = None
        if (not isinstance(existing, dict) or existing.get("format") != document["format"]
                or schema_problems(existing, "outbox.schema.json")):
            raise RuleViolation("not_an_outbox", path=path.name)
        if existing["mentor_id"] != document["mentor_id"]:
            raise RuleViolation("not_an_outbox", path=path.name)
        return list(existing["actions"])

    @staticmethod
    def _pending():  # noqa: ANN205 - a select
        return (select(Action)
                .where(Action.action.in_(DECISION_ACTIONS), Action.undone.is_(False),
                       Action.sent_at.is_(None))
                .order_by(Action.at, Action.id))
