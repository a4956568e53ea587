"""free blocks as last exported, for SEQUENCE and cancelled events in .ics files

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'exported_free_block',
        sa.Column('uid', sa.String(length=120), nullable=False),
        sa.Column('kind', sa.String(length=8), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('start_utc', sa.DateTime(), nullable=False),
        sa.Column('end_utc', sa.DateTime(), nullable=False),
        sa.Column('sequence', sa.Integer(), nullable=False),
        sa.Column('cancelled', sa.Boolean(), nullable=False),
        sa.Column('changed_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('uid', name=op.f('pk_exported_free_block')),
    )
    with op.batch_alter_table('exported_free_block', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exported_free_block_day'), ['day'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('exported_free_block', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_exported_free_block_day'))
    op.drop_table('exported_free_block')
