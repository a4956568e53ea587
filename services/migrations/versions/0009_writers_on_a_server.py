"""one row per mentor that every writer on a server locks (and counts), and room for the
longer action names

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "availability_remove" is 19 letters: SQLite kept it whole, PostgreSQL refuses it.
    with op.batch_alter_table('action') as batch:
        batch.alter_column('action', existing_type=sa.String(length=16),
                           type_=sa.String(length=32), existing_nullable=False)
    op.create_table(
        'mentor_writes',
        sa.Column('mentor_id', sa.String(length=100), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('mentor_id', name=op.f('pk_mentor_writes')),
    )


def downgrade() -> None:
    op.drop_table('mentor_writes')
    with op.batch_alter_table('action') as batch:
        batch.alter_column('action', existing_type=sa.String(length=32),
                           type_=sa.String(length=16), existing_nullable=False)
