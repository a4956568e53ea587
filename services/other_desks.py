"""What other desks wrote: a cheap mark the window reads every few seconds, so that it shows a
change made elsewhere (another window, the command line, a desk on another machine) without a
restart.

The mark is the count of the mentor's writing transactions (`mentor_writes.version`), which
every writer takes and raises as it starts (services.store.writing), on SQLite and on a server
alike; a rolled-back writer leaves it as it was. One indexed row is read per look, from a file
or over the network, and the versions this desk counted itself are told apart from others'
exactly (SQLite's PRAGMA data_version cannot: the window's own pooled connections are "other
connections" to it; LISTEN/NOTIFY would need a connection held open and listening, on one
engine only).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from services import scope
from services.changes import ChangeHub
from services.db import OWN_WRITES
from services.models import MentorWrites
from services.records import Change
from services.store import NO_MENTOR

# What another desk may have changed: anything, as far as this one knows.
ELSEWHERE = Change(sessions=True, bundles=True, availability=True, busy=True, outbox=True,
                   settings=True, timezone=True, journal=True, earnings=True,
                   summary="changed on another desk")


class OtherDesks:
    def __init__(self, factory: sessionmaker, hub: ChangeHub) -> None:
        self._factory = factory
        self._hub = hub
        self._seen: tuple[str, int] | None = None

    def mark(self) -> tuple[str, int]:
        """The desk's row of `mentor_writes` and how many writing transactions its mentor's
        desks have committed."""
        row = scope.scope_of_factory(self._factory).mentor_id or NO_MENTOR
        with self._factory() as db:
            return row, db.scalar(select(MentorWrites.version).where(
                MentorWrites.mentor_id == row)) or 0

    def look(self) -> bool:
        """Whether another desk committed a write since the last look (the first look only
        takes the mark); if so, the hub hears that anything may have changed. A desk with no
        mentor yet follows the one another desk's first import brought."""
        followed = scope.follow_first_mentor(self._factory)
        mark = self.mark()
        seen, self._seen = self._seen, mark
        if seen is None or mark == seen:
            return False
        own: set[tuple[str, int]] = self._factory.kw.get("info", {}).get(OWN_WRITES, set())
        row, version = mark
        if row != seen[0]:
            # The desk's mentor changed: by its own first import, or by following another's.
            theirs = followed
        else:
            # A count below what was seen: the database was put back (a restore); all is new.
            theirs = version < seen[1] or any((row, v) not in own
                                              for v in range(seen[1] + 1, version + 1))
        own.difference_update([w for w in own if w[0] != row or w[1] <= version])
        if theirs:
            self._hub.forget()
            self._hub.emit(ELSEWHERE)
        return theirs
