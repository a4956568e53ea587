"""The mentor a desk is signed in as, and the one place that keeps every query to that mentor's
rows.

Several mentors may share one database (a team on a server); a desk works for one of them. The
session factory of a desk carries its `Scope`, and `install` makes every ORM statement of its
sessions (SELECT, UPDATE, DELETE, the loading of a row by its key and of its relations) read
and change only rows whose `mentor_id` is the scope's mentor, and gives every new row that
mentor. A statement of SQLAlchemy Core (the import's set-wise writes) names the mentor itself,
through `mentor_of`.

Which mentor a desk works for (`choose`): the one asked for (`--mentor ID`, MENTORDESK_MENTOR);
else the only mentor the database shows it (a SQLite file holds one; on a server, the one the
desk's role is granted); none yet in a new database, where the first import brings it. Rows
written before any import (availability, days off) belong to a placeholder mentor,
`LOCAL_MENTOR`, which the first import replaces by the export's mentor.

On a server set up for a team (`services/team_server.py`), the database itself holds each
role to its mentors' rows (row-level security); this scope is what the app asks for within
what the server allows.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, event, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria
from sqlalchemy.orm import Session as DB
from sqlalchemy.orm import sessionmaker

from services.errors import FileUnusable, NotPermitted
from services.models import Mentor, Owned

# The mentor of the rows written before the first import (see the module's text).
LOCAL_MENTOR = "local"
# Chooses the mentor, as --mentor does.
MENTOR_ENV = "MENTORDESK_MENTOR"
# The execution option that lifts the scope, for the few reads that must see every mentor's
# ids (an import checking that its ids are not another mentor's).
EVERY_MENTOR = "mentordesk_every_mentor"
# Where a session keeps the mentor a unit of work changed to (an import replacing the
# placeholder), until it commits.
_SESSION_MENTOR = "mentordesk_mentor"


@dataclass
class Scope:
    """The mentor whose rows a desk reads and writes; None before a new database's first
    import."""

    mentor_id: str | None = None


def chosen_mentor(mentor: str | None) -> str | None:
    """--mentor wins, then MENTORDESK_MENTOR; None leaves it to the database."""
    return mentor or os.environ.get(MENTOR_ENV) or None


def choose(conn: Connection, wanted: str | None, where: object) -> Scope:
    """The scope of a desk opening the database on `conn`: the mentor `wanted`, else the only
    one the database shows. Refused (FileUnusable) when `wanted` is not there or several are
    and none was chosen."""
    shown = list(conn.execute(select(Mentor.id).order_by(Mentor.id)).scalars())
    if wanted is not None:
        if wanted not in shown:
            known = f"it holds {_listed(shown)}" if shown else "it holds no mentor yet"
            raise FileUnusable(f"mentor {wanted} is not in {where} ({known}, as far as this "
                               "connection may see): check --mentor or MENTORDESK_MENTOR")
        return Scope(wanted)
    if len(shown) > 1:
        raise FileUnusable(f"{where} holds several mentors ({_listed(shown)}): choose the one "
                           f"to work for with --mentor ID or {MENTOR_ENV}")
    return Scope(shown[0] if shown else None)


def _listed(ids: list[str]) -> str:
    return ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")


def install(factory: sessionmaker, scope: Scope) -> None:
    """Keep every session `factory` makes to `scope`'s mentor."""
    factory.configure(info={**factory.kw.get("info", {}), "scope": scope})
    event.listen(factory, "do_orm_execute", _keep_to_mentor)
    event.listen(factory, "before_flush", _give_new_rows_their_mentor)
    event.listen(factory, "after_commit", _settle)


def scope_of_factory(factory: sessionmaker) -> Scope:
    return factory.kw["info"]["scope"]


def follow_first_mentor(factory: sessionmaker) -> bool:
    """A desk with no mentor yet, or only the placeholder, takes the one mentor the database
    now shows it (another desk's first write or import brought it); True if it did."""
    scope = scope_of_factory(factory)
    if scope.mentor_id not in (None, LOCAL_MENTOR):
        return False
    with factory() as db:
        shown = _two_mentors(db)
    if len(shown) != 1 or shown[0] == scope.mentor_id:
        return False
    scope.mentor_id = shown[0]
    return True


def mentor_of(db: DB) -> str | None:
    """The mentor `db` reads and writes for (None before a new database's first import)."""
    return db.info.get(_SESSION_MENTOR) or db.info["scope"].mentor_id


def sole_mentor(db: DB) -> bool:
    """Whether the desk's mentor is the only mentor the database holds (then every row is
    theirs, and a read may leave out the criterion). One read of at most two keys."""
    mentor = mentor_of(db)
    if mentor is None:
        return False
    return _two_mentors(db) == [mentor]


def _two_mentors(db: DB) -> list[str]:
    """Up to two of the mentors the database holds (as far as this connection may see):
    enough to tell none, one and several apart."""
    return list(db.scalars(select(Mentor.id).limit(2).execution_options(
        **{EVERY_MENTOR: True})))


def own_row(db: DB, model: type[Owned], **key: str) -> Any:
    """The row of `model` with `key` that belongs to `db`'s mentor (None if there is none):
    the tables whose keys Mentor Desk makes itself (settings, UIDs) are keyed per mentor."""
    return db.get(model, {**key, "mentor_id": mentor_of(db) or ""})


def switch_to(db: DB, mentor_id: str) -> None:
    """From now on in this unit of work, `db` is `mentor_id`'s; the desk is too once it
    commits (an import replacing the placeholder, or bringing a new database's mentor)."""
    db.info[_SESSION_MENTOR] = mentor_id


def writing_mentor(db: DB) -> str:
    """The mentor the rows written now belong to: the scope's, else the placeholder (made
    on the first write of a new database)."""
    mentor = mentor_of(db)
    if mentor is not None:
        return mentor
    if db.execute(select(Mentor.id).where(Mentor.id == LOCAL_MENTOR).execution_options(
            **{EVERY_MENTOR: True})).first() is None:
        db.connection().execute(insert(Mentor.__table__).values(
            id=LOCAL_MENTOR, name="", email="", timezone="UTC"))
    switch_to(db, LOCAL_MENTOR)
    return LOCAL_MENTOR


@contextmanager
def refused_by_server() -> Iterator[None]:
    """A change the server's grants or row-level security refuse (SQLSTATE 42501), or one
    that found its row hidden from this role (an UPDATE or DELETE of no row), as NotPermitted:
    one sentence instead of a traceback."""
    try:
        yield
    except StaleDataError:
        raise NotPermitted("the row to change is hidden from this desk's role") from None
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":
            raise
        raise NotPermitted(str(exc.orig).strip().splitlines()[0]) from None


def _keep_to_mentor(state: ORMExecuteState) -> None:
    if not (state.is_select or state.is_update or state.is_delete) \
            or state.execution_options.get(EVERY_MENTOR):
        return
    # "" matches no row: before the first import a desk has no rows to see.
    mentor = mentor_of(state.session) or ""
    state.statement = state.statement.options(
        with_loader_criteria(Owned, lambda cls: cls.mentor_id == mentor, include_aliases=True),
        with_loader_criteria(Mentor, lambda cls: cls.id == mentor, include_aliases=True),
    )


def _give_new_rows_their_mentor(db: DB, _context: Any, _instances: Any) -> None:
    new = [row for row in db.new if isinstance(row, Owned) and row.mentor_id is None]
    if new:
        mentor = writing_mentor(db)
        for row in new:
            row.mentor_id = mentor


def _settle(db: DB) -> None:
    mentor = db.info.pop(_SESSION_MENTOR, None)
    if mentor is not None:
        db.info["scope"].mentor_id = mentor
