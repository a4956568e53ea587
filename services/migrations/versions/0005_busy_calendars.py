"""busy calendars known by the file they come from, not by their name

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'busy_calendar',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('label', sa.String(length=300), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=False),
        sa.Column('origin', sa.String(length=1000), nullable=True),
        sa.Column('imported_at', sa.DateTime(), nullable=True),
        sa.Column('window_start', sa.DateTime(), nullable=True),
        sa.Column('window_end', sa.DateTime(), nullable=True),
        sa.Column('next_event_utc', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_busy_calendar')),
        sa.UniqueConstraint('label', name=op.f('uq_busy_calendar_label')),
        sa.UniqueConstraint('origin', name=op.f('uq_busy_calendar_origin')),
    )
    # Until now a calendar was its name: each name becomes a calendar of its own, not yet tied
    # to a file (the first import of a file of that name takes it over).
    op.execute("INSERT INTO busy_calendar (label, name) "
               "SELECT DISTINCT source, source FROM busy_block")
    with op.batch_alter_table('busy_block', schema=None) as batch_op:
        batch_op.add_column(sa.Column('calendar_id', sa.Integer(), nullable=True))
    op.execute("UPDATE busy_block SET calendar_id = "
               "(SELECT id FROM busy_calendar WHERE label = busy_block.source)")
    with op.batch_alter_table('busy_block', schema=None) as batch_op:
        batch_op.alter_column('calendar_id', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_index(batch_op.f('ix_busy_block_source'))
        batch_op.drop_column('source')
        batch_op.create_index(batch_op.f('ix_busy_block_calendar_id'), ['calendar_id'],
                              unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_busy_block_calendar_id_busy_calendar'),
                                    'busy_calendar', ['calendar_id'], ['id'],
                                    ondelete='CASCADE')


def downgrade() -> None:
    with op.batch_alter_table('busy_block', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=300), nullable=True))
    op.execute("UPDATE busy_block SET source = "
               "(SELECT label FROM busy_calendar WHERE id = busy_block.calendar_id)")
    with op.batch_alter_table('busy_block', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_busy_block_calendar_id_busy_calendar'),
                                 type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_busy_block_calendar_id'))
        batch_op.drop_column('calendar_id')
        batch_op.alter_column('source', existing_type=sa.String(length=300), nullable=False)
        batch_op.create_index(batch_op.f('ix_busy_block_source'), ['source'], unique=False)
    op.drop_table('busy_calendar')
