"""keep the first local id of a session booked here (client_id), through the platform's re-id

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

LOCAL = sa.text("client_id IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('client_id', sa.String(length=100), nullable=True))
        batch_op.create_index('ix_session_client_id', ['client_id'], unique=True,
                              sqlite_where=LOCAL, postgresql_where=LOCAL)
    # Every session created here so far still has the id it was given here.
    op.execute("UPDATE session SET client_id = id WHERE origin = 'local'")


def downgrade() -> None:
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_index('ix_session_client_id')
        batch_op.drop_column('client_id')
