"""events on the mentor's calendar server as last sent, for ETags and conflicts

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'server_event',
        sa.Column('uid', sa.String(length=120), nullable=False),
        sa.Column('href', sa.String(length=1000), nullable=False),
        sa.Column('etag', sa.String(length=200), nullable=True),
        sa.Column('fingerprint', sa.String(length=64), nullable=False),
        sa.Column('summary', sa.String(length=300), nullable=False),
        sa.Column('start_utc', sa.DateTime(), nullable=False),
        sa.Column('end_utc', sa.DateTime(), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=False),
        sa.Column('conflict', sa.String(length=16), nullable=True),
        sa.Column('server_etag', sa.String(length=200), nullable=True),
        sa.Column('server_summary', sa.String(length=300), nullable=True),
        sa.Column('server_start_utc', sa.DateTime(), nullable=True),
        sa.Column('server_end_utc', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('uid', name=op.f('pk_server_event')),
    )


def downgrade() -> None:
    op.drop_table('server_event')
