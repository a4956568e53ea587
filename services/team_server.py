"""A team on a PostgreSQL server: several mentors (and assistants) in one database, each desk
connecting as a database role of its own, and the server itself keeping each role to the
mentors it is granted.

`init_server` (run as the database's owner) brings the schema up to date and sets the team
up: the grants table (`team_grant`: role, mentor, kind 'mentor' or 'assistant'), two group
roles whose members the desks are (`mentordesk_desk` for mentors' desks, which read and write
their mentors' rows; `mentordesk_assistant` for assistants, which read their mentors' rows and
decide their invitations, and nothing else), the privileges of each, and row-level security
on every table: ENABLE and FORCE, with policies that compare each row's mentor with the
mentors `current_user` is granted. The owner keeps a policy of its own that sees every row
(for the next upgrade and for these commands). Everything PUBLIC could do with the database
is revoked. Running it again (after an upgrade of Mentor Desk, say) applies it anew.

`add_mentor` creates a mentor and the LOGIN role of its desk; `grant` gives a role (an
assistant's, made if it does not exist) access to a mentor. Both answer with the URL the desk
connects with. `revoke` takes a grant back; a role left without a grant of its kind leaves
that kind's group, and one left without any grant may no longer connect.

The policies read the grants table through a subquery, under the querying role's own rights:
the grants table has row-level security too (a role sees its own grants only), so no function
with the owner's rights is needed, and the planner evaluates the subquery once per statement
rather than once per row.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url

from services.db import make_engine, resolve_db_url, upgrade
from services.errors import FileUnusable, NotFound
from services.models import Base, Mentor
from services.timefmt import is_known_zone

GRANTS = "team_grant"
DESKS = "mentordesk_desk"
ASSISTANTS = "mentordesk_assistant"
KINDS = ("mentor", "assistant")
# The invitations an assistant decides: requested sessions become scheduled or rejected, and
# the decision is logged as the mentor's own would be (for the outbox).
DECIDED_FROM, DECIDED_TO = "requested", ("scheduled", "rejected")
DECISIONS = ("accept", "reject")
# The columns of a session deciding an invitation changes.
DECIDED_COLUMNS = ("status", "reject_reason", "updated_at", "revision")
ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass(frozen=True)
class Desk:
    """A role that may connect, and the URL its desk connects with (None for a role that
    existed: its password is not known here)."""

    role: str
    mentor_id: str
    kind: str
    url: str | None


@dataclass(frozen=True)
class Revoked:
    """A grant taken back, and how many grants the role still holds."""

    role: str
    mentor_id: str
    kind: str
    left: int


def server_engine(url: str) -> Engine:
    """An engine on a PostgreSQL database; anything else is refused in one sentence."""
    resolved = resolve_db_url(url)
    if not resolved.startswith("postgresql"):
        raise FileUnusable("a team shares a PostgreSQL server: give its URL, e.g. "
                           "postgresql+psycopg://admin@db.example.org/mentordesk (a database "
                           "file holds one mentor)")
    return make_engine(resolved)


def _owned_tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables if "mentor_id" in t.c]


def _q(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def _granted(kinds: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{k}'" for k in kinds)
    return (f"(SELECT g.mentor_id FROM {GRANTS} AS g WHERE g.role_name = current_user "
            f"AND g.kind IN ({listed}))")


def init_server(url: str) -> list[str]:
    """Set the database at `url` up for a team (see the module's text); returns the tables
    now under row-level security."""
    engine = server_engine(url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            _set_up(conn)
        return [*_owned_tables(), Mentor.__tablename__, GRANTS]
    finally:
        engine.dispose()


def _set_up(conn: Connection) -> None:
    owner = conn.execute(text("SELECT current_user")).scalar_one()
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    run = conn.exec_driver_sql
    for group in (DESKS, ASSISTANTS):
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                        {"r": group}).first() is None:
            run(f"CREATE ROLE {group} NOLOGIN")
    run(f"CREATE TABLE IF NOT EXISTS {GRANTS} (role_name VARCHAR(63) NOT NULL, "
        "mentor_id VARCHAR(100) NOT NULL REFERENCES mentor (id), kind VARCHAR(16) NOT NULL "
        f"CHECK (kind IN ('mentor', 'assistant')), PRIMARY KEY (role_name, mentor_id))")
    db, sch, own = _q(conn, database), _q(conn, schema), _q(conn, owner)
    run(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
    run(f"REVOKE ALL ON SCHEMA {sch} FROM PUBLIC")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {sch} FROM PUBLIC")
    run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {sch} FROM PUBLIC")
    run(f"GRANT CONNECT ON DATABASE {db} TO {DESKS}, {ASSISTANTS}")
    run(f"GRANT USAGE ON SCHEMA {sch} TO {DESKS}, {ASSISTANTS}")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {sch} FROM {DESKS}, {ASSISTANTS}")
    owned = _owned_tables()
    listed = ", ".join(_q(conn, t) for t in owned)
    run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {listed} TO {DESKS}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {sch} TO {DESKS}")
    run(f"GRANT SELECT ON {listed} TO {ASSISTANTS}")
    run(f"GRANT UPDATE ({', '.join(DECIDED_COLUMNS)}) ON session TO {ASSISTANTS}")
    run(f"GRANT INSERT ON action TO {ASSISTANTS}")
    # Every writer counts itself on its mentor's row (services.store.writing).
    run(f"GRANT INSERT, UPDATE (version) ON mentor_writes TO {ASSISTANTS}")
    run(f"GRANT USAGE ON SEQUENCE action_id_seq TO {ASSISTANTS}")
    run(f"GRANT SELECT, UPDATE (name, email, timezone) ON mentor TO {DESKS}")
    run(f"GRANT SELECT ON mentor, {GRANTS}, alembic_version TO {DESKS}, {ASSISTANTS}")

    everyone = f"{DESKS}, {ASSISTANTS}"
    readers, writers = _granted(KINDS), _granted(("mentor",))
    assistants = _granted(("assistant",))

    def policies(table: str, column: str, statements: list[str]) -> None:
        t = _q(conn, table)
        run(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        run(f"ALTER TABLE {t} FORCE ROW LEVEL SECURITY")
        for name in conn.execute(text("SELECT policyname FROM pg_policies WHERE "
                                      "schemaname = :s AND tablename = :t"),
                                 {"s": schema, "t": table}).scalars().all():
            run(f"DROP POLICY {_q(conn, name)} ON {t}")
        run(f"CREATE POLICY owner_all ON {t} TO {own} USING (true) WITH CHECK (true)")
        for statement in statements:
            run(statement.format(t=t, c=column))

    for table in owned:
        statements = [
            f"CREATE POLICY mentor_read ON {{t}} FOR SELECT TO {everyone} "
            f"USING ({{c}} IN {readers})",
            f"CREATE POLICY mentor_write ON {{t}} FOR ALL TO {DESKS} USING ({{c}} IN {writers}) "
            f"WITH CHECK ({{c}} IN {writers})",
        ]
        if table == "session":
            statements.append(
                f"CREATE POLICY assistant_decides ON {{t}} FOR UPDATE TO {ASSISTANTS} "
                f"USING ({{c}} IN {assistants} AND status = '{DECIDED_FROM}') "
                f"WITH CHECK ({{c}} IN {assistants} AND status IN "
                f"({', '.join(repr(s) for s in DECIDED_TO)}))")
        if table == "action":
            statements.append(
                f"CREATE POLICY assistant_logs ON {{t}} FOR INSERT TO {ASSISTANTS} "
                f"WITH CHECK ({{c}} IN {assistants} AND action IN "
                f"({', '.join(repr(s) for s in DECISIONS)}) AND sent_at IS NULL)")
        if table == "mentor_writes":
            statements += [
                f"CREATE POLICY assistant_claims ON {{t}} FOR INSERT TO {ASSISTANTS} "
                f"WITH CHECK ({{c}} IN {assistants})",
                f"CREATE POLICY assistant_counts ON {{t}} FOR UPDATE TO {ASSISTANTS} "
                f"USING ({{c}} IN {assistants}) WITH CHECK ({{c}} IN {assistants})",
            ]
        policies(table, "mentor_id", statements)
    policies("mentor", "id", [
        f"CREATE POLICY mentor_read ON {{t}} FOR SELECT TO {everyone} USING ({{c}} IN {readers})",
        f"CREATE POLICY mentor_write ON {{t}} FOR UPDATE TO {DESKS} USING ({{c}} IN {writers}) "
        f"WITH CHECK ({{c}} IN {writers})",
    ])
    policies(GRANTS, "role_name", [
        f"CREATE POLICY own_grants ON {{t}} FOR SELECT TO {everyone} USING ({{c}} = current_user)",
    ])


def _require_team(conn: Connection) -> None:
    if conn.execute(text("SELECT to_regclass(:t)"), {"t": GRANTS}).scalar() is None:
        raise FileUnusable("this database is not set up for a team yet: run "
                           "`mentordesk db init-server URL` first, as its owner")


def role_name_for(mentor_id: str) -> str:
    """The role a mentor's desk gets unless one is named: desk_ and the id, as a role name."""
    return "desk_" + re.sub(r"[^a-z0-9_]", "_", mentor_id.lower())[:57]


def _check_role(role: str) -> None:
    if not ROLE_NAME.fullmatch(role):
        raise FileUnusable(f"{role!r} cannot be a role name here: use lower-case letters, "
                           "digits and _ (at most 63, not starting with a digit)")


def _create_role(conn: Connection, role: str, password: str, group: str) -> None:
    literal = "'" + password.replace("'", "''") + "'"
    conn.exec_driver_sql(f"CREATE ROLE {_q(conn, role)} LOGIN PASSWORD {literal} "
                         f"IN ROLE {group}")


def _role_exists(conn: Connection, role: str) -> bool:
    return conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                        {"r": role}).first() is not None


def _desk_url(engine: Engine, role: str, password: str) -> str:
    url = make_url(engine.url.render_as_string(hide_password=False))
    return url.set(username=role, password=password).render_as_string(hide_password=False)


def add_mentor(url: str, mentor_id: str, name: str, timezone: str, email: str = "",
               role: str | None = None, password: str | None = None) -> Desk:
    """A new mentor in the team's database and the LOGIN role of its desk (a password made
    up unless given); a mentor already there (brought by an import before the team was set
    up) keeps its row and gets the role."""
    if not mentor_id.strip():
        raise FileUnusable("a mentor needs an id: the platform's id of the mentor")
    if not is_known_zone(timezone):
        raise FileUnusable(f"{timezone} is not a known time zone (an IANA name, e.g. "
                           "Europe/Berlin)")
    role = role or role_name_for(mentor_id)
    _check_role(role)
    password = password or secrets.token_urlsafe(18)
    engine = server_engine(url)
    try:
        with engine.begin() as conn:
            _require_team(conn)
            if _role_exists(conn, role):
                raise FileUnusable(f"the role {role} already exists: name another with --role")
            if conn.execute(text("SELECT 1 FROM mentor WHERE id = :m"),
                            {"m": mentor_id}).first() is None:
                conn.execute(text("INSERT INTO mentor (id, name, email, timezone) "
                                  "VALUES (:m, :n, :e, :z)"),
                             {"m": mentor_id, "n": name, "e": email, "z": timezone})
            _create_role(conn, role, password, DESKS)
            conn.execute(text(f"INSERT INTO {GRANTS} (role_name, mentor_id, kind) "
                              "VALUES (:r, :m, 'mentor')"), {"r": role, "m": mentor_id})
        return Desk(role, mentor_id, "mentor", _desk_url(engine, role, password))
    finally:
        engine.dispose()


def grant(url: str, role: str, mentor_id: str, kind: str = "assistant",
          password: str | None = None) -> Desk:
    """Give `role` access to `mentor_id`'s rows as `kind`: an assistant reads them and decides
    their invitations; a mentor's desk reads and writes them. A role that does not exist is
    made (LOGIN, with a password made up unless given) and its URL returned."""
    if kind not in KINDS:
        raise FileUnusable(f"{kind} is not a kind of grant: mentor or assistant")
    _check_role(role)
    engine = server_engine(url)
    try:
        with engine.begin() as conn:
            _require_team(conn)
            if conn.execute(text("SELECT 1 FROM mentor WHERE id = :m"),
                            {"m": mentor_id}).first() is None:
                raise NotFound("mentor", mentor_id)
            group = DESKS if kind == "mentor" else ASSISTANTS
            made = None
            if not _role_exists(conn, role):
                made = password or secrets.token_urlsafe(18)
                _create_role(conn, role, made, group)
            else:
                conn.exec_driver_sql(f"GRANT {group} TO {_q(conn, role)}")
            conn.execute(text(
                f"INSERT INTO {GRANTS} (role_name, mentor_id, kind) VALUES (:r, :m, :k) "
                "ON CONFLICT (role_name, mentor_id) DO UPDATE SET kind = EXCLUDED.kind"),
                {"r": role, "m": mentor_id, "k": kind})
        return Desk(role, mentor_id, kind,
                    _desk_url(engine, role, made) if made is not None else None)
    finally:
        engine.dispose()


def revoke(url: str, role: str, mentor_id: str) -> Revoked:
    """Take back `role`'s access to `mentor_id`'s rows (NotFound if it had none): from the
    next statement on, the server shows the role none of them. The role itself stays (the
    administrator may drop it); without a grant of the kind it had, it leaves that kind's
    group, and without any grant it may no longer connect."""
    _check_role(role)
    engine = server_engine(url)
    try:
        with engine.begin() as conn:
            _require_team(conn)
            kind = conn.execute(text(f"DELETE FROM {GRANTS} WHERE role_name = :r AND "
                                     "mentor_id = :m RETURNING kind"),
                                {"r": role, "m": mentor_id}).scalar()
            if kind is None:
                raise NotFound(f"grant of mentor {mentor_id} to", role)
            kinds = conn.execute(text(f"SELECT kind FROM {GRANTS} WHERE role_name = :r"),
                                 {"r": role}).scalars().all()
            if kind not in kinds:
                group = DESKS if kind == "mentor" else ASSISTANTS
                conn.exec_driver_sql(f"REVOKE {group} FROM {_q(conn, role)}")
        return Revoked(role, mentor_id, kind, len(kinds))
    finally:
        engine.dispose()
