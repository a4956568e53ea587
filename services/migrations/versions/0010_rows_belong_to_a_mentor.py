"""every row belongs to a mentor: mentor_id on every table of a mentor's data, so that several
mentors can share one database (a team on a server) with each desk seeing only its own

Revision ID: 0010
Revises: 0009

A database before this revision holds at most one mentor (an import of another mentor's export
was refused): every row becomes that mentor's. One that holds rows but no mentor yet (days off
or availability entered before the first import) gets the placeholder mentor a new database
gets for them (services/scope.py, LOCAL_MENTOR), which the first import then replaces. The
count of writers (`mentor_writes`, one row before this revision) moves to that mentor's row.

On SQLite each table is made anew (Alembic's batch mode), which drops tables other tables
refer to: services.db.migrate runs the migrations with foreign keys off, and checks every
reference before it commits.
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

# As services/scope.py names it (a migration keeps its own copy of what it writes).
LOCAL_MENTOR = "local"
# Every table of a mentor's data, parents before children.
TABLES = ("mentee", "bundle", "session", "availability_window", "day_off", "busy_calendar",
          "busy_block", "exported_free_block", "action", "setting", "server_event",
          "mentee_journal", "session_note", "goal", "goal_indicator", "indicator_progress",
          "earning")
# The tables that get an index of their own on mentor_id (the others have one that leads with
# it, or are small and read by key).
INDEXED = ("mentee", "availability_window", "mentee_journal", "session_note", "goal",
           "goal_indicator", "indicator_progress", "earning")
# Indexes that now lead with the mentor: (name, table, columns after mentor_id).
LEADING = (
    ("ix_session_start_end", "session", ("start_utc", "end_utc")),
    ("ix_session_status_start", "session", ("status", "start_utc")),
    ("ix_session_start_id", "session", ("start_utc", "id")),
    ("ix_busy_block_start_end", "busy_block", ("start_utc", "end_utc")),
    ("ix_action_pending", "action", ("sent_at", "undone", "id")),
)
# Keys unique per mentor rather than in the whole database: (old name, new name, table, columns).
UNIQUE = (
    ("uq_day_off_day", "uq_day_off_mentor_day", "day_off", ("day",)),
    ("uq_busy_calendar_label", "uq_busy_calendar_mentor_label", "busy_calendar", ("label",)),
    ("uq_busy_calendar_origin", "uq_busy_calendar_mentor_origin", "busy_calendar", ("origin",)),
)
# Tables whose primary key becomes (key, mentor_id): names and UIDs Mentor Desk makes itself.
KEYED = {"setting": ("key",), "exported_free_block": ("uid",), "server_event": ("uid",)}


def upgrade() -> None:
    conn = op.get_bind()
    mentors = conn.execute(sa.text("SELECT id FROM mentor ORDER BY id")).scalars().all()
    if len(mentors) > 1:
        raise RuntimeError(f"this database holds {len(mentors)} mentors; it held one at most "
                           "before this revision")
    owner = mentors[0] if mentors else None
    if owner is None and any(conn.execute(sa.text(f'SELECT 1 FROM "{table}" LIMIT 1')).first()
                             for table in TABLES):
        conn.execute(sa.text("INSERT INTO mentor (id, name, email, timezone) "
                             "VALUES (:id, '', '', 'UTC')"), {"id": LOCAL_MENTOR})
        owner = LOCAL_MENTOR
    if owner is not None:
        # The writers' row of a desk without a mentor (0009 had only that one) is the owner's.
        conn.execute(sa.text("UPDATE mentor_writes SET mentor_id = :owner WHERE mentor_id = ''"),
                     {"owner": owner})
    for table in TABLES:
        op.add_column(table, sa.Column('mentor_id', sa.String(length=100), nullable=True))
        if owner is not None:
            conn.execute(sa.text(f'UPDATE "{table}" SET mentor_id = :owner'), {"owner": owner})
        for name, _, columns in (x for x in LEADING if x[1] == table):
            op.drop_index(name, table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.alter_column('mentor_id', existing_type=sa.String(length=100),
                                  nullable=False)
            batch_op.create_foreign_key(batch_op.f(f'fk_{table}_mentor_id_mentor'), 'mentor',
                                        ['mentor_id'], ['id'])
            for old, new, _, columns in (x for x in UNIQUE if x[2] == table):
                batch_op.drop_constraint(old, type_='unique')
                batch_op.create_unique_constraint(new, ['mentor_id', *columns])
            if table in KEYED:
                batch_op.drop_constraint(f'pk_{table}', type_='primary')
                batch_op.create_primary_key(f'pk_{table}', [*KEYED[table], 'mentor_id'])
        for name, _, columns in (x for x in LEADING if x[1] == table):
            op.create_index(name, table, ['mentor_id', *columns], unique=False)
        if table in INDEXED:
            op.create_index(op.f(f'ix_{table}_mentor_id'), table, ['mentor_id'], unique=False)
    if conn.dialect.name == "sqlite":
        # The indexes now lead with the mentor: without figures on how little that narrows,
        # SQLite's planner takes them for narrow ones (services.db.refresh_statistics).
        conn.exec_driver_sql("ANALYZE")


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM mentor_writes WHERE mentor_id NOT IN "
                         "(SELECT mentor_id FROM mentor_writes ORDER BY mentor_id LIMIT 1)"))
    conn.execute(sa.text("UPDATE mentor_writes SET mentor_id = ''"))
    for table in reversed(TABLES):
        if table in INDEXED:
            op.drop_index(op.f(f'ix_{table}_mentor_id'), table_name=table)
        for name, _, columns in (x for x in LEADING if x[1] == table):
            op.drop_index(name, table_name=table)
        with op.batch_alter_table(table) as batch_op:
            if table in KEYED:
                batch_op.drop_constraint(f'pk_{table}', type_='primary')
                batch_op.create_primary_key(f'pk_{table}', list(KEYED[table]))
            for old, new, _, columns in (x for x in UNIQUE if x[2] == table):
                batch_op.drop_constraint(new, type_='unique')
                batch_op.create_unique_constraint(old, list(columns))
            batch_op.drop_constraint(batch_op.f(f'fk_{table}_mentor_id_mentor'),
                                     type_='foreignkey')
            batch_op.drop_column('mentor_id')
        for name, _, columns in (x for x in LEADING if x[1] == table):
            op.create_index(name, table, list(columns), unique=False)
